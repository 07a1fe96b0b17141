// The call workflow on Temporal's time-skipping test server: hours of waiting pass in
// milliseconds. Activities are scripted stand-ins here, so each test can make Exotel behave
// one way; the real activities against the simulator are covered by the integration tests.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallActivities } from '../../activities/calls.js';
import type { CreditActivities } from '../../activities/credits.js';
import type { MessageActivities } from '../../activities/messages.js';
import type { FollowUpRequest } from '../../contracts/messages.js';
import type { RecordingActivities } from '../../activities/recordings.js';
import type { ArchiveCallRecordingInput, RecordingOutcome } from '../../contracts/recordings.js';
import { callCost, toCredits } from '../../domain/credits.js';
import type { CallEvent, CallState } from '../../domain/call-state.js';
import { ConnectFailure } from '../../domain/connect-failures.js';
import { RecordingNotYetAvailableError, RecordingSourceRefusedError } from '../../domain/recording-errors.js';
import { bundlerOptions, workflowsPath } from '../../worker/bundle.js';
import { type CallView, callWorkflowId, exotelEventsSignal } from '../../contracts/calls.js';
import { clickToCall } from '../../workflows/call.js';
import { timeSkippingEnvironment } from '../support/time-skipping.js';

let env: TestWorkflowEnvironment;
let workflowBundle: { code: string };

beforeAll(async () => {
  env = await timeSkippingEnvironment();
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  workflowBundle = await bundleWorkflowCode({ workflowsPath, ...bundlerOptions });
}, 120_000);

afterAll(async () => {
  await env?.teardown();
});

const SID = 'c5797dcbaaeed7678c4062a4a3ed2f8a';
const timing = {
  ringTimeoutSec: 30,
  maxDurationSec: 3600,
  firstPollAfterSec: 90,
  maxPollIntervalSec: 600,
  reconcileGraceSec: 30,
};

function event(partial: Partial<CallEvent>): CallEvent {
  return {
    source: 'webhook',
    kind: 'terminal',
    callSid: SID,
    status: 'completed',
    legs: [
      { status: 'completed', onCallDurationSec: 130 },
      { status: 'completed', onCallDurationSec: 110 },
    ],
    conversationDurationSec: 110,
    startTime: '2026-11-25T10:00:00.000Z',
    endTime: '2026-11-25T10:02:10.000Z',
    recordingUrl: null,
    receivedAt: '2026-11-25T10:02:11.000Z',
    ...partial,
  };
}
const answeredAgent = event({
  kind: 'answered',
  status: 'in-progress',
  legs: [
    { status: 'in-progress', onCallDurationSec: null },
    { status: null, onCallDurationSec: null },
  ],
});
const answeredBoth = event({
  kind: 'answered',
  status: 'in-progress',
  legs: [
    { status: 'in-progress', onCallDurationSec: null },
    { status: 'in-progress', onCallDurationSec: null },
  ],
});
const completed = event({});

type ScriptedActivities = CallActivities &
  CreditActivities &
  RecordingActivities &
  Pick<MessageActivities, 'requestCallFollowUp'>;

/** Scripted activities that record what the workflow asked of them. */
function scriptedActivities(
  script: {
    placeCall?: (attempt: number) => Promise<{ callSid: string }>;
    findPlacedCall?: () => Promise<string | null>;
    fetchCallStatus?: (poll: number) => Promise<CallEvent>;
    archiveCallRecording?: (attempt: number) => Promise<RecordingOutcome>;
  } = {},
) {
  const log = {
    placeCall: 0,
    findPlacedCall: 0,
    fetchCallStatus: 0,
    saved: [] as CallState[],
    settled: [] as (number | null)[][],
    archives: [] as { input: ArchiveCallRecordingInput; at: number }[],
    recordingOutcomes: [] as RecordingOutcome[],
    followUps: [] as { callId: string; status: string }[],
  };
  const activities: ScriptedActivities = {
    async placeCall() {
      log.placeCall += 1;
      return script.placeCall ? script.placeCall(log.placeCall) : { callSid: SID };
    },
    async findPlacedCall() {
      log.findPlacedCall += 1;
      return script.findPlacedCall ? script.findPlacedCall() : null;
    },
    async fetchCallStatus() {
      log.fetchCallStatus += 1;
      if (!script.fetchCallStatus) throw new Error('unexpected poll');
      return script.fetchCallStatus(log.fetchCallStatus);
    },
    async saveCallState({ state }) {
      log.saved.push(state);
    },
    // The ledger at the rate of docs/exotel.md §10 of 1 credit per leg-minute.
    async settleCallCredits({ legDurationsSec }) {
      log.settled.push(legDurationsSec);
      return toCredits(callCost(legDurationsSec, { voicePerLegMinute: 1000 }));
    },
    async archiveCallRecording(input) {
      // The test server's (skipped) time.
      log.archives.push({ input, at: await env.currentTimeMs() });
      if (!script.archiveCallRecording) throw new Error('unexpected archive');
      return script.archiveCallRecording(log.archives.length);
    },
    async saveRecordingOutcome({ outcome }) {
      log.recordingOutcomes.push(outcome);
    },
    async requestCallFollowUp(input) {
      log.followUps.push(input);
      return { status: 'queued' as const, messageId: 'm1', reason: null };
    },
    async deleteExpiredRecordings() {
      throw new Error('not part of a call');
    },
  };
  return { activities, log };
}

/**
 * Runs one call workflow to its end. `drive` sends signals right after the start: the time
 * skipping server may jump ahead whenever the workflow waits, so a test must not race a timer.
 */
async function runCall(
  activities: ScriptedActivities,
  drive: (
    handle: Awaited<ReturnType<typeof env.client.workflow.start<typeof clickToCall>>>,
  ) => Promise<void> = async () => {},
  options: { record?: boolean; followUp?: FollowUpRequest } = {},
): Promise<CallView> {
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  return worker.runUntil(async () => {
    const callId = randomUUID();
    const handle = await env.client.workflow.start(clickToCall, {
      taskQueue,
      workflowId: callWorkflowId(callId),
      args: [
        {
          callId,
          agentNumber: '+919800000001',
          customerNumber: '+919800000002',
          trackingId: null,
          record: options.record ?? false,
          creditsPerLegMinute: 1,
          timing,
          ...(options.followUp ? { followUp: options.followUp } : {}),
        },
      ],
    });
    await drive(handle);
    return handle.result();
  });
}

describe('click-to-call workflow', () => {
  it('follows the webhooks to completed and charges each leg per started minute', async () => {
    const { activities, log } = scriptedActivities();
    const result = await runCall(activities, async (handle) => {
      await handle.signal(exotelEventsSignal, [answeredAgent]);
      await handle.signal(exotelEventsSignal, [answeredBoth]);
      await handle.signal(exotelEventsSignal, [completed]);
    });
    expect(result.status).toBe('completed');
    expect(result.callSid).toBe(SID);
    expect(result.legs.map((leg) => leg.onCallDurationSec)).toEqual([130, 110]);
    expect(result.creditsUsed).toBe(3 + 2);
    // The ledger is charged once, on the legs' actual durations.
    expect(log.settled).toEqual([[130, 110]]);
    expect(log.placeCall).toBe(1);
    expect(log.fetchCallStatus).toBe(0);
    expect(log.saved.at(-1)?.status).toBe('completed');
  });

  it('polls Call Details when the terminal webhook never comes', async () => {
    const { activities, log } = scriptedActivities({
      fetchCallStatus: async (poll) =>
        poll === 1
          ? { ...answeredBoth, source: 'poll', kind: 'snapshot' }
          : { ...completed, source: 'poll', kind: 'snapshot' },
    });
    const result = await runCall(activities);
    expect(result.status).toBe('completed');
    expect(result.creditsUsed).toBe(5);
    expect(log.fetchCallStatus).toBe(2);
  });

  it.each([
    [
      'busy',
      [
        { status: 'completed', onCallDurationSec: 12 },
        { status: 'busy', onCallDurationSec: 0 },
      ],
      1,
    ],
    [
      'no-answer',
      [
        { status: 'completed', onCallDurationSec: 40 },
        { status: 'no-answer', onCallDurationSec: 0 },
      ],
      1,
    ],
    [
      'failed',
      [
        { status: 'failed', onCallDurationSec: 0 },
        { status: null, onCallDurationSec: null },
      ],
      0,
    ],
  ])('ends %s and charges only the legs that connected', async (status, legs, credits) => {
    const { activities } = scriptedActivities();
    const result = await runCall(activities, async (handle) => {
      await handle.signal(exotelEventsSignal, [event({ status, legs, conversationDurationSec: 0 })]);
    });
    expect(result.status).toBe(status);
    expect(result.creditsUsed).toBe(credits);
  });

  it('ignores duplicate and out-of-order events', async () => {
    const { activities } = scriptedActivities();
    const result = await runCall(activities, async (handle) => {
      await handle.signal(exotelEventsSignal, [completed, completed]);
      await handle.signal(exotelEventsSignal, [answeredAgent, answeredBoth, event({ status: 'busy' })]);
    });
    expect(result.status).toBe('completed');
    expect(result.answeredAt).toBeNull();
    expect(result.legs.map((leg) => leg.status)).toEqual(['completed', 'completed']);
  });

  it('retries a connect that Exotel refused with 429 and dials once it is accepted', async () => {
    const { activities, log } = scriptedActivities({
      placeCall: async (attempt) => {
        if (attempt < 3) throw ApplicationFailure.retryable('Exotel rate limit (429)', ConnectFailure.NotPlaced);
        return { callSid: SID };
      },
      fetchCallStatus: async () => ({ ...completed, source: 'poll', kind: 'snapshot' }),
    });
    const result = await runCall(activities);
    expect(log.placeCall).toBe(3);
    expect(result.status).toBe('completed');
  });

  it('never dials again after an ambiguous connect; it finds the call Exotel created', async () => {
    const { activities, log } = scriptedActivities({
      placeCall: async () => {
        throw ApplicationFailure.nonRetryable(
          'Exotel request outcome unknown (timeout)',
          ConnectFailure.OutcomeUnknown,
        );
      },
      findPlacedCall: async () => SID,
      fetchCallStatus: async () => ({ ...completed, source: 'poll', kind: 'snapshot' }),
    });
    const result = await runCall(activities);
    expect(log.placeCall).toBe(1);
    expect(log.findPlacedCall).toBe(1);
    expect(result.callSid).toBe(SID);
    expect(result.status).toBe('completed');
  });

  it('reconciles, rather than gives up, when every connect attempt fails for no stated reason', async () => {
    const { activities, log } = scriptedActivities({
      placeCall: async () => {
        throw new Error('database unavailable');
      },
      findPlacedCall: async () => SID,
      fetchCallStatus: async () => ({ ...completed, source: 'poll', kind: 'snapshot' }),
    });
    const result = await runCall(activities);
    expect(log.placeCall).toBe(6);
    expect(log.findPlacedCall).toBe(1);
    expect(result).toMatchObject({ status: 'completed', callSid: SID });
  });

  it('fails with connect_outcome_unknown, without dialling again, when the call cannot be found', async () => {
    const { activities, log } = scriptedActivities({
      placeCall: async () => {
        throw ApplicationFailure.nonRetryable(
          'Exotel request outcome unknown (timeout)',
          ConnectFailure.OutcomeUnknown,
        );
      },
    });
    const result = await runCall(activities);
    expect(log.placeCall).toBe(1);
    expect(log.findPlacedCall).toBe(2);
    expect(result.status).toBe('failed');
    expect(result.failureReason).toBe('connect_outcome_unknown');
  });

  it('fails with connect_rejected when Exotel rejects the request', async () => {
    const { activities, log } = scriptedActivities({
      placeCall: async () => {
        throw ApplicationFailure.nonRetryable('Exotel rejected the request (400): invalid To', ConnectFailure.Rejected);
      },
    });
    const result = await runCall(activities);
    expect(log.placeCall).toBe(1);
    expect(result).toMatchObject({ status: 'failed', failureReason: 'connect_rejected', creditsUsed: 0 });
    // Nothing was placed: the hold is released with nothing charged.
    expect(log.settled).toEqual([[null, null]]);
  });

  it('keeps going through an Exotel outage and ends at the hard bound instead of failing', async () => {
    const { activities, log } = scriptedActivities({
      fetchCallStatus: async () => {
        throw new Error('Exotel unreachable (ECONNREFUSED)');
      },
    });
    const result = await runCall(activities);
    expect(result).toMatchObject({ status: 'failed', failureReason: 'no_terminal_status' });
    expect(log.fetchCallStatus).toBeGreaterThan(8);
    expect(log.saved.at(-1)).toMatchObject({ status: 'failed', failureReason: 'no_terminal_status' });
  });

  it('gives up at the hard upper bound when no terminal status ever comes', async () => {
    const { activities, log } = scriptedActivities({
      fetchCallStatus: async () => ({ ...answeredBoth, source: 'poll', kind: 'snapshot' }),
    });
    const result = await runCall(activities);
    expect(result).toMatchObject({ status: 'failed', failureReason: 'no_terminal_status' });
    // Polls back off to every 10 minutes: a 75-minute bound takes a handful, not hundreds.
    expect(log.fetchCallStatus).toBeGreaterThan(3);
    expect(log.fetchCallStatus).toBeLessThan(20);
  });
});

describe('recording archival', () => {
  const RECORDING_URL = `https://s3-ap-southeast-1.amazonaws.com/exotelrecordings/sandbox/${SID}.mp3`;
  const recorded = event({ recordingUrl: RECORDING_URL });
  const archived: RecordingOutcome = {
    status: 'archived',
    key: 'recordings/2026/11/25/x.mp3',
    sha256: 'a'.repeat(64),
    bytes: 4180,
    uploaded: true,
  };
  const sendRecorded = async (handle: Parameters<NonNullable<Parameters<typeof runCall>[1]>>[0]) => {
    await handle.signal(exotelEventsSignal, [answeredBoth, recorded]);
  };

  it('archives the recording the terminal callback named, after the call log and credits', async () => {
    const { activities, log } = scriptedActivities({ archiveCallRecording: async () => archived });
    const result = await runCall(activities, sendRecorded, { record: true });
    expect(result).toMatchObject({ status: 'completed', creditsUsed: 5, recording: archived });
    expect(log.archives.map(({ input }) => input)).toEqual([
      { callId: result.callId, callSid: SID, recordingUrl: RECORDING_URL },
    ]);
    expect(log.recordingOutcomes).toEqual([]);
    expect(log.saved.at(-1)?.status).toBe('completed');
  });

  it('skips archival cleanly when a recorded call had no conversation', async () => {
    const { activities, log } = scriptedActivities();
    const result = await runCall(
      activities,
      async (handle) => {
        await handle.signal(exotelEventsSignal, [
          event({
            status: 'busy',
            legs: [
              { status: 'completed', onCallDurationSec: 12 },
              { status: 'busy', onCallDurationSec: 0 },
            ],
            conversationDurationSec: 0,
          }),
        ]);
      },
      { record: true },
    );
    expect(result).toMatchObject({ status: 'busy', recording: { status: 'none' } });
    expect(log.archives).toEqual([]);
    expect(log.recordingOutcomes).toEqual([{ status: 'none' }]);
  });

  it('does nothing for calls made without recording', async () => {
    const { activities, log } = scriptedActivities();
    const result = await runCall(activities, sendRecorded);
    expect(result).toMatchObject({ status: 'completed', recording: null });
    expect(log.archives).toEqual([]);
    expect(log.recordingOutcomes).toEqual([]);
  });

  it('retries a recording that is not available yet with backoff until it is', async () => {
    const { activities, log } = scriptedActivities({
      archiveCallRecording: async (attempt) => {
        if (attempt < 4) throw new RecordingNotYetAvailableError('s3-ap-southeast-1.amazonaws.com');
        return archived;
      },
    });
    const result = await runCall(activities, sendRecorded, { record: true });
    expect(result.recording).toEqual(archived);
    expect(log.archives).toHaveLength(4);
    // 15 s, 30 s, 60 s apart (in skipped time): minutes in all, as Exotel takes to publish.
    const gaps = log.archives.slice(1).map((archive, index) => archive.at - log.archives[index]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(14_000);
    expect(gaps[2]).toBeGreaterThanOrEqual(59_000);
    expect(log.recordingOutcomes).toEqual([]);
  });

  it('archives a completed call whose recording URL Exotel has not named yet (Call Details will)', async () => {
    const { activities, log } = scriptedActivities({ archiveCallRecording: async () => archived });
    const result = await runCall(
      activities,
      async (handle) => {
        await handle.signal(exotelEventsSignal, [answeredBoth, completed]);
      },
      { record: true },
    );
    expect(result.recording).toEqual(archived);
    expect(log.archives[0]?.input.recordingUrl).toBeNull();
  });

  it('records a permanent failure on the call log without failing the workflow or retrying', async () => {
    const { activities, log } = scriptedActivities({
      archiveCallRecording: async () => {
        throw new RecordingSourceRefusedError('host_not_allowed', 'evil.example.com is not in RECORDING_ALLOWED_HOSTS');
      },
    });
    const result = await runCall(activities, sendRecorded, { record: true });
    expect(result.status).toBe('completed');
    expect(log.archives).toHaveLength(1);
    const failure = {
      status: 'failed',
      errorType: 'RecordingSourceRefusedError',
      message: expect.stringContaining('host_not_allowed'),
    };
    expect(log.recordingOutcomes).toEqual([failure]);
    expect(result.recording).toEqual(failure);
  });

  it('gives up on a recording that never appears when the archive budget runs out, and says so', async () => {
    const { activities, log } = scriptedActivities({
      archiveCallRecording: async () => {
        throw new RecordingNotYetAvailableError('s3-ap-southeast-1.amazonaws.com');
      },
    });
    const result = await runCall(activities, sendRecorded, { record: true });
    expect(result.status).toBe('completed');
    // Every 2 minutes at most, for the 90-minute budget.
    expect(log.archives.length).toBeGreaterThan(30);
    expect(log.archives.length).toBeLessThan(60);
    expect(log.recordingOutcomes).toEqual([
      {
        status: 'failed',
        errorType: 'RecordingNotYetAvailableError',
        message: expect.stringMatching(/^gave up when the archive step ran out of time; last error: .*404/),
      },
    ]);
  });
});

describe('follow-up messages', () => {
  const followUp: FollowUpRequest = {
    on: ['no-answer', 'busy'],
    templateId: randomUUID(),
    params: { body: [], buttons: [] },
  };
  const noAnswer = event({
    status: 'no-answer',
    legs: [
      { status: 'completed', onCallDurationSec: 40 },
      { status: 'no-answer', onCallDurationSec: 0 },
    ],
    conversationDurationSec: 0,
  });

  it('asks once for the follow-up after the call ended and was charged', async () => {
    const { activities, log } = scriptedActivities();
    const result = await runCall(activities, (handle) => handle.signal(exotelEventsSignal, [noAnswer]), { followUp });
    expect(result.status).toBe('no-answer');
    expect(log.followUps).toEqual([{ callId: result.callId, status: 'no-answer' }]);
    expect(log.settled).toHaveLength(1);
  });

  it('asks nothing of calls that name no follow-up', async () => {
    const { activities, log } = scriptedActivities();
    await runCall(activities, (handle) => handle.signal(exotelEventsSignal, [noAnswer]));
    expect(log.followUps).toEqual([]);
  });
});
