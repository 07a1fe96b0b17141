// The bodies Exotel POSTs to StatusCallback, per event, and their wire encodings.
import type { SimCall } from './calls.js';
import { legStatusText, presignedRecordingUrl, recordingAvailable, recordingUrl } from './call-view.js';
import type { TerminalStatus } from './playout.js';
import { echoPhone } from './phone.js';
import { formatExotelTime } from './time.js';
import type { Variants } from './variants.js';

/** `answered` fires per answered leg; `terminal-default` is the bare end-of-call POST. */
export type CallbackMoment = 'answered-leg1' | 'answered-leg2' | 'terminal' | 'terminal-default';

export interface CallbackLeg {
  OnCallDuration: number;
  Status: string | null;
  AnsweredBy: string;
}

export interface CallbackPayload {
  CallSid: string;
  DateUpdated: string;
  Status: string;
  RecordingUrl: string | null;
  EventType?: 'answered' | 'terminal';
  DateCreated?: string;
  To?: string;
  From?: string;
  PhoneNumberSid?: string;
  StartTime?: string;
  EndTime?: string | null;
  ConversationDuration?: number;
  Direction?: string;
  CustomField?: string | null;
  PreSignedRecordingUrl?: string | null;
  Legs?: CallbackLeg[];
}

interface PayloadContext {
  variants: Variants;
  publicUrl: string;
  /** When the POST is being made (decides whether the recording counts as available). */
  sentAt: number;
}

function answeredBy(call: SimCall, answered: boolean, variants: Variants): string {
  if (!answered) return 'NA';
  return variants.answeredByCasing === 'upper' ? call.answeredBy.toUpperCase() : call.answeredBy;
}

function leg(
  call: SimCall,
  status: 'in-progress' | TerminalStatus | undefined,
  onCallSec: number,
  answered: boolean,
  variants: Variants,
): CallbackLeg {
  return {
    OnCallDuration: onCallSec,
    Status: legStatusText(status, variants),
    AnsweredBy: answeredBy(call, answered, variants),
  };
}

function recordingFields(call: SimCall, ctx: PayloadContext): { url: string | null; presigned: string | null } {
  if (!call.recording) return { url: null, presigned: null };
  if (ctx.variants.recordingUrlInCallback === 'when-available' && !recordingAvailable(call, ctx.sentAt))
    return { url: null, presigned: null };
  return { url: recordingUrl(call, ctx.publicUrl), presigned: presignedRecordingUrl(call, ctx.publicUrl) };
}

export function buildCallbackPayload(call: SimCall, moment: CallbackMoment, ctx: PayloadContext): CallbackPayload {
  const { variants } = ctx;
  const { playout, request } = call;
  const time = (at: number) => formatExotelTime(at, variants.timestampOffsetMinutes);
  const terminal = moment === 'terminal' || moment === 'terminal-default';
  const happenedAt =
    moment === 'answered-leg1'
      ? playout.leg1AnsweredAt
      : moment === 'answered-leg2'
        ? playout.leg2AnsweredAt
        : playout.endedAt;
  const recording = terminal ? recordingFields(call, ctx) : { url: null, presigned: null };
  const defaults: CallbackPayload = {
    CallSid: call.sid,
    DateUpdated: time(happenedAt ?? playout.endedAt),
    Status: terminal ? playout.finalStatus : 'in-progress',
    RecordingUrl: recording.url,
  };
  if (moment === 'terminal-default') return defaults;

  const legs: CallbackLeg[] = terminal
    ? [
        leg(call, playout.leg1FinalStatus, playout.leg1OnCallSec, playout.leg1AnsweredAt !== undefined, variants),
        leg(call, playout.leg2FinalStatus, playout.leg2OnCallSec, playout.leg2AnsweredAt !== undefined, variants),
      ]
    : [
        leg(call, 'in-progress', 0, true, variants),
        moment === 'answered-leg2'
          ? leg(call, 'in-progress', 0, true, variants)
          : leg(call, undefined, 0, false, variants),
      ];
  const payload: CallbackPayload = {
    ...defaults,
    EventType: terminal ? 'terminal' : 'answered',
    DateCreated: time(call.createdAt),
    To: echoPhone(request.to, variants.numberEcho),
    From: echoPhone(request.from, variants.numberEcho),
    PhoneNumberSid: echoPhone(request.callerId, variants.numberEcho),
    StartTime: time(call.createdAt),
    EndTime: terminal ? time(playout.endedAt) : null,
    ConversationDuration: terminal ? playout.conversationSec : 0,
    Direction: 'outbound-api',
  };
  if (terminal || variants.customFieldIn === 'all-events') payload.CustomField = request.customField ?? null;
  if (variants.presignedRecordingUrl) payload.PreSignedRecordingUrl = recording.presigned;
  payload.Legs = legs;
  return payload;
}

/** PHP-bracket flattening (`Legs[0][Status]`), every value a string, null as "". */
export function flattenForForm(payload: CallbackPayload): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'Legs' && Array.isArray(value)) {
      (value as CallbackLeg[]).forEach((legFields, index) => {
        for (const [legKey, legValue] of Object.entries(legFields))
          fields[`Legs[${index}][${legKey}]`] = legValue === null ? '' : String(legValue);
      });
    } else {
      fields[key] = value === null || value === undefined ? '' : String(value);
    }
  }
  return fields;
}

export type CallbackContentType = 'application/json' | 'multipart/form-data' | 'application/x-www-form-urlencoded';

export function encodeCallback(
  payload: CallbackPayload,
  contentType: CallbackContentType,
): { body: string | FormData; headers: Record<string, string> } {
  if (contentType === 'application/json')
    return { body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } };
  const fields = flattenForForm(payload);
  if (contentType === 'application/x-www-form-urlencoded') {
    return {
      body: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  // fetch writes the multipart content-type with its boundary itself.
  return { body: form, headers: {} };
}
