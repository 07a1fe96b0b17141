// The call workflow on Temporal's time-skipping test server: hours of waiting pass in
// milliseconds. Activities are scripted stand-ins here, so each test can make Exotel behave
// one way; the real activities against the simulator are covered by the integration tests.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallActivities } from '../../activities/calls.js';
import type { CreditActivities } from '../../activities/credits.js';
import { callCost, toCredits } from '../../domain/credits.js';
import type { CallEvent, CallState } from '../../domain/call-state.js';
import { ConnectFailure } from '../../domain/connect-failures.js';
import { bundlerOptions, workflowsPath } from '../../worker/bundle.js';
import { type CallView, callWorkflowId, clickToCall, exotelEventsSignal } from '../../workflows/call.js';
import { searchAttributeDeclarations } from '../../workflows/search-attributes.js';
import { timeSkippingServerPath } from '../support/stack.js';

let env: TestWorkflowEnvironment;
let workflowBundle: { code: string };

beforeAll(async () => {
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: 'default',
    searchAttributes: Object.fromEntries(searchAttributeDeclarations.map(({ name }) => [name, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD])),
  });
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  workflowBundle = await bundleWorkflowCode({ workflowsPath, ...bundlerOptions });
}, 120_000);

afterAll(async () => {
  await env?.teardown();
});

const SID = 'c5797dcbaaeed7678c4062a4a3ed2f8a';
const timing = { ringTimeoutSec: 30, maxDurationSec: 3600, firstPollAfterSec: 90, maxPollIntervalSec: 600, reconcileGraceSec: 30 };

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
const answeredAgent = event({ kind: 'answered', status: 'in-progress', legs: [{ status: 'in-progress', onCallDurationSec: null }, { status: null, onCallDurationSec: null }] });
const answeredBoth = event({ kind: 'answered', status: 'in-progress', legs: [{ status: 'in-progress', onCallDurationSec: null }, { status: 'in-progress', onCallDurationSec: null }] });
const completed = event({});

/** Scripted activities that record what the workflow asked of them. */
function scriptedActivities(script: {
  placeCall?: (attempt: number) => Promise<{ callSid: string }>;
  findPlacedCall?: () => Promise<string | null>;
  fetchCallStatus?: (poll: number) => Promise<CallEvent>;
} = {}) {
  const log = { placeCall: 0, findPlacedCall: 0, fetchCallStatus: 0, saved: [] as CallState[], settled: [] as (number | null)[][] };
  const activities: CallActivities & CreditActivities = {
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
    // The ledger at the guide's rate of 1 credit per leg-minute.
    async settleCallCredits({ legDurationsSec }) {
      log.settled.push(legDurationsSec);
      return toCredits(callCost(legDurationsSec, { voicePerLegMinute: 1000 }));
    },
  };
  return { activities, log };
}

/**
 * Runs one call workflow to its end. `drive` sends signals right after the start: the time
 * skipping server may jump ahead whenever the workflow waits, so a test must not race a timer.
 */
async function runCall(
  activities: CallActivities & CreditActivities,
  drive: (handle: Awaited<ReturnType<typeof env.client.workflow.start<typeof clickToCall>>>) => Promise<void> = async () => {},
): Promise<CallView> {
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  return worker.runUntil(async () => {
    const callId = randomUUID();
    const handle = await env.client.workflow.start(clickToCall, {
      taskQueue,
      workflowId: callWorkflowId(callId),
      args: [{ callId, agentNumber: '+919800000001', customerNumber: '+919800000002', trackingId: null, record: false, creditsPerLegMinute: 1, timing }],
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
      fetchCallStatus: async (poll) => (poll === 1 ? { ...answeredBoth, source: 'poll', kind: 'snapshot' } : { ...completed, source: 'poll', kind: 'snapshot' }),
    });
    const result = await runCall(activities);
    expect(result.status).toBe('completed');
    expect(result.creditsUsed).toBe(5);
    expect(log.fetchCallStatus).toBe(2);
  });

  it.each([
    ['busy', [{ status: 'completed', onCallDurationSec: 12 }, { status: 'busy', onCallDurationSec: 0 }], 1],
    ['no-answer', [{ status: 'completed', onCallDurationSec: 40 }, { status: 'no-answer', onCallDurationSec: 0 }], 1],
    ['failed', [{ status: 'failed', onCallDurationSec: 0 }, { status: null, onCallDurationSec: null }], 0],
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
        throw ApplicationFailure.nonRetryable('Exotel request outcome unknown (timeout)', ConnectFailure.OutcomeUnknown);
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
        throw ApplicationFailure.nonRetryable('Exotel request outcome unknown (timeout)', ConnectFailure.OutcomeUnknown);
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
