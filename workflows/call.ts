// One workflow per click-to-call: place the call through Exotel, follow it to a terminal status
// (webhooks as signals, Call Details polls when they go quiet), and keep the call log current.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  TimeoutFailure,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { CallActivities } from '../activities/calls.js';
import type { CreditActivities } from '../activities/credits.js';
import type { MessageActivities } from '../activities/messages.js';
import type { RecordingActivities } from '../activities/recordings.js';
import {
  callHardBoundMs,
  callStateQuery,
  type CallView,
  type ClickToCallInput,
  exotelEventsSignal,
} from '../contracts/calls.js';
import type { RecordingOutcome } from '../contracts/recordings.js';
import {
  applyEvent,
  type CallState,
  initialCallState,
  isTerminal,
  markDialing,
  markFailed,
} from '../domain/call-state.js';
import { ConnectFailure } from '../domain/connect-failures.js';
import { callCredits } from '../domain/credits.js';
import { nonRetryableRecordingErrorTypes } from '../domain/recording-errors.js';
import { CallStatus, ExotelCallSid } from '../contracts/search-attributes.js';

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
/** Queuing a follow-up message: our database and Temporal, retried until it works (idempotent by the call). */
const { requestCallFollowUp } = proxyActivities<MessageActivities>(callLogWrites);
/** Recording outcomes that need no archive (none, or a permanent failure) are call log writes. */
const { saveRecordingOutcome } = proxyLocalActivities<RecordingActivities>(callLogWrites);

/** The archive step's whole time, retries included; less when the run's own timeout is nearer. */
export const RECORDING_ARCHIVE_BUDGET_MS = 90 * 60 * 1000;

/**
 * Archiving the recording. One attempt streams for at most RECORDING_FETCH_TIMEOUT_MS (60 minutes
 * at most, config/recordings-env.ts) and then verifies, so its limit lies above that, and the
 * heartbeat (every 10 s while it runs) notices a dead worker within a minute. Exotel publishes a
 * recording 1-5 minutes after the call and answers 404 until then: retried 15 s, 30 s, 1 min,
 * then every 2 minutes, each time with a fresh URL from Call Details, until the step's budget
 * runs out. Refused sources, rejected downloads, non-audio, oversized files, key conflicts and
 * missing encryption are final at once (domain/recording-errors.ts).
 */
function archiveActivity(scheduleToCloseMs: number) {
  return proxyActivities<RecordingActivities>({
    startToCloseTimeout: '65 minutes',
    heartbeatTimeout: '1 minute',
    scheduleToCloseTimeout: scheduleToCloseMs,
    retry: {
      initialInterval: '15 seconds',
      backoffCoefficient: 2,
      maximumInterval: '2 minutes',
      nonRetryableErrorTypes: [...nonRetryableRecordingErrorTypes],
    },
  }).archiveCallRecording;
}

// ---- The workflow ------------------------------------------------------------------------------

export async function clickToCall(input: ClickToCallInput): Promise<CallView> {
  let state = initialCallState();
  let creditsUsed: number | null = null;
  let recording: RecordingOutcome | null = null;
  let saved = '';
  const deadline = Date.now() + callHardBoundMs(input.timing);
  const now = () => new Date().toISOString();
  const view = (): CallView => ({
    ...state,
    callId: input.callId,
    trackingId: input.trackingId,
    creditsUsed,
    recording,
  });

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
  state =
    'callSid' in placed ? markDialing(state, placed.callSid, dialledAt) : markFailed(state, placed.failure, now());

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

  // 5. The CRM's follow-up message, once, when the outcome is one it named (runs from before
  // follow-ups carry none; the patch marks runs that ask).
  if (input.followUp && patched('call-follow-up')) {
    await requestCallFollowUp({ callId: input.callId, status: state.status });
  }

  // 6. Keep the recording in our own bucket (runs from before archival end at step 4).
  if (input.record && patched('recording-archival')) recording = await archiveRecording(input.callId, state);
  return view();
}

/**
 * Archives the call's recording, or records why there is none. A permanent failure is written
 * to the call log (and returned), never thrown: the call itself ended fine.
 */
async function archiveRecording(callId: string, state: CallState): Promise<RecordingOutcome> {
  if (!expectsRecording(state)) {
    const outcome: RecordingOutcome = { status: 'none' };
    await saveRecordingOutcome({ callId, outcome });
    return outcome;
  }
  try {
    const archive = archiveActivity(archiveBudgetMs());
    return await archive({ callId, callSid: state.callSid!, recordingUrl: state.recordingUrl });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const outcome: RecordingOutcome = { status: 'failed', ...archiveFailure(error) };
    await saveRecordingOutcome({ callId, outcome });
    return outcome;
  }
}

/**
 * Exotel records only a conversation: a recording exists when it named one, or when the call
 * completed with both parties talking (the URL may come later, through Call Details).
 */
function expectsRecording(state: CallState): boolean {
  if (state.recordingUrl) return true;
  return state.callSid !== null && state.status === 'completed' && (state.conversationDurationSec ?? 1) > 0;
}

/** The archive budget, cut short so the step ends well inside the run's own timeout. */
function archiveBudgetMs(): number {
  const { runStartTime, runTimeoutMs } = workflowInfo();
  const left = runTimeoutMs ? runStartTime.getTime() + runTimeoutMs - Date.now() - 5 * 60 * 1000 : Infinity;
  return Math.max(Math.min(RECORDING_ARCHIVE_BUDGET_MS, left), 60 * 1000);
}

/**
 * Why archiving failed for good, as the call log shows it: the last error's type and message,
 * saying so when it was the step's time budget that ended the retries.
 */
function archiveFailure(error: ActivityFailure): { errorType: string; message: string } {
  const outOfTime = 'gave up when the archive step ran out of time; last error: ';
  const cause = error.cause;
  if (cause instanceof TimeoutFailure) {
    const last = cause.cause instanceof ApplicationFailure ? cause.cause : undefined;
    return { errorType: last?.type ?? 'ArchiveTimedOut', message: `${outOfTime}${last?.message ?? cause.message}` };
  }
  const prefix = error.retryState === 'TIMEOUT' ? outOfTime : '';
  if (cause instanceof ApplicationFailure)
    return { errorType: cause.type ?? 'Error', message: `${prefix}${cause.message}` };
  return { errorType: cause?.name ?? 'Error', message: `${prefix}${cause?.message ?? error.message}` };
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
