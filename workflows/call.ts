// One workflow per click-to-call: place the call through Exotel, follow it to a terminal status
// (webhooks as signals, Call Details polls when they go quiet), and keep the call log current.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  defineQuery,
  defineSignal,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { CallActivities } from '../activities/calls.js';
import type { CreditActivities } from '../activities/credits.js';
import {
  applyEvent,
  type CallEvent,
  type CallState,
  initialCallState,
  isTerminal,
  markDialing,
  markFailed,
} from '../domain/call-state.js';
import { ConnectFailure } from '../domain/connect-failures.js';
import { callCredits } from '../domain/credits.js';
import { CallStatus, ExotelCallSid } from './search-attributes.js';

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
}

export interface CallView extends CallState {
  callId: string;
  trackingId: string | null;
  creditsUsed: number | null;
}

export function callWorkflowId(callId: string): string {
  return `call-${callId}`;
}

/** No call workflow outlives this: both legs ringing out, the longest conversation, and slack. */
export function callHardBoundMs(timing: CallTiming): number {
  return (2 * timing.ringTimeoutSec + timing.maxDurationSec + 15 * 60) * 1000;
}

// ---- Activities, with the timeouts and retries each needs ---------------------------------------

/** Connect: retried only on failures that prove Exotel placed nothing (see activities/calls.ts). */
const { placeCall } = proxyActivities<CallActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '20 seconds',
    maximumAttempts: 6,
    nonRetryableErrorTypes: [ConnectFailure.Rejected, ConnectFailure.OutcomeUnknown],
  },
});

/** Reads from Exotel: harmless to repeat, so retried for a while. */
const { findPlacedCall, fetchCallStatus } = proxyActivities<CallActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 8 },
});

/** Our own database: retried until it works; the call log must end up right. */
const callLogWrites = {
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
} as const;
/** v1 wrote the call log through regular activities; kept for runs that started on v1. */
const { saveCallState: saveCallStateV1 } = proxyActivities<CallActivities>(callLogWrites);
/** Local activities: a short database write needs no task queue round trip of its own. */
const { saveCallState } = proxyLocalActivities<CallActivities>(callLogWrites);
/** Charging the ledger is a database write too, idempotent by the call's reservation. */
const { settleCallCredits } = proxyLocalActivities<CreditActivities>(callLogWrites);

// ---- The workflow ------------------------------------------------------------------------------

export async function clickToCall(input: ClickToCallInput): Promise<CallView> {
  let state = initialCallState();
  let creditsUsed: number | null = null;
  let saved = '';
  const deadline = Date.now() + callHardBoundMs(input.timing);
  const now = () => new Date().toISOString();
  const view = (): CallView => ({ ...state, callId: input.callId, trackingId: input.trackingId, creditsUsed });

  setHandler(exotelEventsSignal, (events) => {
    for (const event of events) state = applyEvent(state, event);
  });
  setHandler(callStateQuery, view);
  const writeCallLog = patched('call-log-via-local-activities') ? saveCallState : saveCallStateV1;

  /** Writes the call log and search attributes when anything changed since the last write. */
  const save = async () => {
    const stamp = `${state.version}/${creditsUsed}`;
    if (stamp === saved) return;
    upsertSearchAttributes([
      { key: CallStatus, value: state.status },
      ...(state.callSid ? [{ key: ExotelCallSid, value: state.callSid }] : []),
    ]);
    await writeCallLog({ callId: input.callId, state, creditsUsed });
    saved = stamp;
  };


  // 1. Place the call.
  const dialledAt = now();
  const placed = await connect(input, () => state);
  state = 'callSid' in placed ? markDialing(state, placed.callSid, dialledAt) : markFailed(state, placed.failure, now());

  // 2. Follow it until Exotel reports a terminal status, polling when the webhooks go quiet.
  let quietFor = input.timing.firstPollAfterSec * 1000;
  while (!isTerminal(state.status)) {
    await save();
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      state = markFailed(state, 'no_terminal_status', now());
      break;
    }
    const seen = state.version;
    const changed = await condition(() => state.version !== seen, Math.min(quietFor, remaining));
    if (changed) {
      quietFor = input.timing.firstPollAfterSec * 1000;
      continue;
    }
    // An Exotel outage that outlasts the poll's retries is one more quiet period, not the end.
    const polled = await unlessExotelFails(fetchCallStatus({ callId: input.callId, callSid: state.callSid! }));
    if (polled) state = applyEvent(state, polled);
    quietFor = Math.min(quietFor * 2, input.timing.maxPollIntervalSec * 1000);
  }

  // 3. Settle: a terminal webhook can lack leg durations, which credits need; Call Details has them.
  if (state.callSid && state.status === 'completed' && state.legs.some((leg) => leg.onCallDurationSec === null)) {
    const settled = await unlessExotelFails(fetchCallStatus({ callId: input.callId, callSid: state.callSid }));
    if (settled) state = applyEvent(state, settled);
  }
  // 4. Charge the credit ledger for the legs' actual minutes (or release the hold when nobody
  // answered). Runs from before the ledger only computed the figure for the call log.
  const legDurationsSec = state.legs.map((leg) => leg.onCallDurationSec);
  creditsUsed = patched('credits-ledger')
    ? await settleCallCredits({ callId: input.callId, legDurationsSec })
    : callCredits(legDurationsSec, input.creditsPerLegMinute);
  await save();
  return view();
}

/**
 * Places the call and returns its Sid, or why no call exists. An ambiguous failure is
 * reconciled, never retried blind: a webhook may already have named the call, else Call lookups
 * by the two parties find it; if neither shows it within the grace period, the call is failed
 * with `connect_outcome_unknown` and nobody is dialled a second time.
 */
async function connect(
  input: ClickToCallInput,
  current: () => CallState,
): Promise<{ callSid: string } | { failure: string }> {
  try {
    const { callSid } = await placeCall({
      callId: input.callId,
      agentNumber: input.agentNumber,
      customerNumber: input.customerNumber,
      record: input.record,
      ringTimeoutSec: input.timing.ringTimeoutSec,
      maxDurationSec: input.timing.maxDurationSec,
    });
    return { callSid };
  } catch (error) {
    const type = failureType(error);
    if (type === ConnectFailure.Rejected) return { failure: 'connect_rejected' };
    // Only refusals prove nothing was placed. Any other failure (every attempt timing out, say)
    // may hide a placed call, so it is reconciled like an ambiguous one; v1 gave up at once.
    const provablyNotPlaced = type === ConnectFailure.NotPlaced || !patched('reconcile-unexplained-connect-failures');
    if (type !== ConnectFailure.OutcomeUnknown && provablyNotPlaced) return { failure: 'connect_failed' };
  }
  const lookup = { callId: input.callId, agentNumber: input.agentNumber, customerNumber: input.customerNumber };
  for (const waitSec of [0, input.timing.reconcileGraceSec]) {
    if (waitSec > 0) await condition(() => current().callSid !== null, waitSec * 1000);
    const known = current().callSid;
    if (known) return { callSid: known };
    const found = await unlessExotelFails(findPlacedCall(lookup));
    if (found) return { callSid: found };
  }
  return { failure: 'connect_outcome_unknown' };
}

/** A read from Exotel that kept failing through its retries: null, for the caller to carry on. */
async function unlessExotelFails<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ActivityFailure) return null;
    throw error;
  }
}

function failureType(error: unknown): string | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof ApplicationFailure ? (cause.type ?? undefined) : undefined;
}
