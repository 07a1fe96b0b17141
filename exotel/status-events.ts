// Exotel's voice status callback (webhook) and Call Details response, both turned into the
// one CallEvent shape the call workflow understands.
import { z } from 'zod';
import type { CallEvent, LegReport } from '../domain/call-state.js';
import { type ExotelCallWithDetails, exotelTime, exotelUrl, looseNumber, looseString } from './wire.js';

const legSchema = z.looseObject({
  Status: looseString,
  OnCallDuration: looseNumber,
  AnsweredBy: looseString,
});

/** The StatusCallback body, JSON or form (after bracket keys are unflattened). */
export const statusCallbackSchema = z.looseObject({
  CallSid: z.string().regex(/^[A-Za-z0-9]{8,64}$/, 'must be an Exotel Call Sid'),
  Status: z.string().min(1, 'is required'),
  EventType: looseString,
  DateUpdated: looseString,
  StartTime: exotelTime,
  EndTime: exotelTime,
  ConversationDuration: looseNumber,
  RecordingUrl: exotelUrl,
  CustomField: looseString,
  Legs: z
    .union([z.array(legSchema), z.record(z.string(), legSchema)])
    .optional()
    .transform((legs) => (legs === undefined ? [] : Array.isArray(legs) ? legs : Object.values(legs))),
});
export type StatusCallback = z.infer<typeof statusCallbackSchema>;

export function eventFromCallback(callback: StatusCallback, receivedAt: string): CallEvent {
  const eventType = callback.EventType?.toLowerCase();
  return {
    source: 'webhook',
    kind: eventType === 'answered' || eventType === 'terminal' ? eventType : 'snapshot',
    callSid: callback.CallSid,
    status: callback.Status,
    legs: callback.Legs.map((leg): LegReport => ({ status: leg.Status, onCallDurationSec: leg.OnCallDuration })),
    conversationDurationSec: callback.ConversationDuration,
    startTime: callback.StartTime,
    endTime: callback.EndTime,
    recordingUrl: callback.RecordingUrl,
    receivedAt,
  };
}

export function eventFromCallDetails(call: ExotelCallWithDetails, receivedAt: string): CallEvent {
  const details = call.Details;
  const legStatuses = [details?.Leg1Status ?? null, details?.Leg2Status ?? null];
  const durations = new Map((details?.Legs ?? []).map(({ Leg }) => [Leg.Id, Leg.OnCallDuration]));
  return {
    source: 'poll',
    kind: 'snapshot',
    callSid: call.Sid,
    status: call.Status,
    legs: legStatuses.map((status, index) => ({ status, onCallDurationSec: durations.get(index + 1) ?? null })),
    conversationDurationSec: details?.ConversationDuration ?? null,
    startTime: call.StartTime,
    endTime: call.EndTime,
    recordingUrl: call.RecordingUrl,
    receivedAt,
  };
}
