// The click-to-call workflow's contract: its ID, messages, input and output. Import-safe: the API,
// the inbox relay and the activities import this file, never workflows/call.ts.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CallEvent, CallState } from '../domain/call-state.js';
import type { FollowUpRequest } from './messages.js';
import type { RecordingOutcome } from './recordings.js';

/** The workflow's type name, as clients start it. */
export const CLICK_TO_CALL_WORKFLOW = 'clickToCall';

export function callWorkflowId(callId: string): string {
  return `call-${callId}`;
}

// ---- Messages --------------------------------------------------------------------------------

/** Exotel status events, batched by the inbox relay: duplicates and stale ones change nothing. */
export const exotelEventsSignal = defineSignal<[CallEvent[]]>('exotelEvents');
/** The call as it stands now: what the API's live view and the Temporal UI show. */
export const callStateQuery = defineQuery<CallView>('callState');

// ---- Input and output --------------------------------------------------------------------------

export interface CallTiming {
  /** Exotel's TimeOut: ring time per leg. */
  ringTimeoutSec: number;
  /** Exotel's TimeLimit: longest conversation. */
  maxDurationSec: number;
  /** Silence after which Call Details is polled; doubles after each quiet poll. */
  firstPollAfterSec: number;
  maxPollIntervalSec: number;
  /** After an ambiguous connect: how long to wait for Exotel to show the call before giving up. */
  reconcileGraceSec: number;
}

export interface ClickToCallInput {
  callId: string;
  agentNumber: string;
  customerNumber: string;
  trackingId: string | null;
  record: boolean;
  /** Only runs from before the credit ledger use it; the ledger charges at the configured rate. */
  creditsPerLegMinute: number;
  timing: CallTiming;
  /** A WhatsApp message to send once after one of its outcomes (absent from runs before follow-ups). */
  followUp?: FollowUpRequest | null;
}

export interface CallView extends CallState {
  callId: string;
  trackingId: string | null;
  creditsUsed: number | null;
  /** What became of the recording once the call ended; null until then, and for unrecorded calls. */
  recording?: RecordingOutcome | null;
}

/** No call workflow outlives this: both legs ringing out, the longest conversation, and slack. */
export function callHardBoundMs(timing: CallTiming): number {
  return (2 * timing.ringTimeoutSec + timing.maxDurationSec + 15 * 60) * 1000;
}

// ---- Activity inputs ---------------------------------------------------------------------------

export interface PlaceCallInput {
  callId: string;
  agentNumber: string;
  customerNumber: string;
  record: boolean;
  ringTimeoutSec: number;
  maxDurationSec: number;
}
