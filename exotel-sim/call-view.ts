// Renders a simulated call as Exotel's v1 `Call` object, as seen at a given moment.
import { callStatusAt, durationsAt, lastChangeAt, legStatusesAt, type LegStatus, type SimCall } from './calls.js';
import { echoPhone } from './phone.js';
import { formatExotelTime } from './time.js';
import type { Variants } from './variants.js';

export interface ViewContext {
  variants: Variants;
  /** What recording URLs start with. */
  publicUrl: string;
  now: number;
}

export interface CallDetails {
  ConversationDuration: number;
  Leg1Status: string | null;
  Leg2Status: string | null;
  Legs: { Leg: { Id: number; OnCallDuration: number } }[];
}

export interface CallObject {
  Sid: string;
  ParentCallSid: null;
  DateCreated: string;
  DateUpdated: string;
  AccountSid: string;
  To: string;
  From: string;
  PhoneNumberSid: string;
  Status: string;
  StartTime: string;
  EndTime: string | null;
  Duration: string | null;
  Price: string | null;
  Direction: 'outbound-api';
  AnsweredBy: null;
  ForwardedFrom: null;
  CallerName: null;
  Uri: string;
  RecordingUrl: string | null;
  PreSignedRecordingUrl?: string | null;
  Details?: CallDetails;
}

export function recordingUrl(call: SimCall, publicUrl: string): string {
  return `${publicUrl}/exotelrecordings/${encodeURIComponent(call.accountSid)}/${call.sid}.mp3`;
}

export function presignedRecordingUrl(call: SimCall, publicUrl: string): string | null {
  if (!call.recording) return null;
  return `${recordingUrl(call, publicUrl)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-Signature=${call.recording.presignToken}`;
}

export function recordingAvailable(call: SimCall, now: number): boolean {
  return call.recording !== undefined && now >= call.recording.availableAt;
}

export function legStatusText(status: LegStatus, variants: Variants): string | null {
  if (status !== undefined) return status;
  return variants.unattemptedLegStatus === 'null' ? null : '';
}

function details(call: SimCall, ctx: ViewContext): CallDetails {
  const [leg1, leg2] = legStatusesAt(call, ctx.now);
  const durations = durationsAt(call, ctx.now);
  return {
    ConversationDuration: durations.conversationSec,
    Leg1Status: legStatusText(leg1, ctx.variants),
    Leg2Status: legStatusText(leg2, ctx.variants),
    Legs: [
      { Leg: { Id: 1, OnCallDuration: durations.leg1OnCallSec } },
      { Leg: { Id: 2, OnCallDuration: durations.leg2OnCallSec } },
    ],
  };
}

export function callObject(call: SimCall, ctx: ViewContext, withDetails = false): CallObject {
  const { variants, now } = ctx;
  const time = (at: number) => formatExotelTime(at, variants.timestampOffsetMinutes);
  const delayedFieldsReady = now >= call.playout.endedAt + variants.delayedFieldsMs;
  const hasRecording = recordingAvailable(call, now);
  const view: CallObject = {
    Sid: call.sid,
    ParentCallSid: null,
    DateCreated: time(call.createdAt),
    DateUpdated: time(lastChangeAt(call, now)),
    AccountSid: call.accountSid,
    To: echoPhone(call.request.to, variants.numberEcho),
    From: echoPhone(call.request.from, variants.numberEcho),
    PhoneNumberSid: echoPhone(call.request.callerId, variants.numberEcho),
    Status: callStatusAt(call, now, variants.initialStatus),
    StartTime: time(call.createdAt),
    EndTime: delayedFieldsReady ? time(call.playout.endedAt) : null,
    Duration: delayedFieldsReady ? String(call.playout.durationSec) : null,
    Price: delayedFieldsReady ? call.playout.price : null,
    Direction: 'outbound-api',
    AnsweredBy: null,
    ForwardedFrom: null,
    CallerName: null,
    Uri: `/v1/Accounts/${call.accountSid}/Calls.json/${call.sid}`,
    RecordingUrl: hasRecording ? recordingUrl(call, ctx.publicUrl) : null,
  };
  if (variants.presignedRecordingUrl)
    view.PreSignedRecordingUrl = hasRecording ? presignedRecordingUrl(call, ctx.publicUrl) : null;
  if (withDetails) view.Details = details(call, ctx);
  return view;
}
