// Click-to-call over the real stack: HTTP API → Temporal workflow → Exotel simulator →
// status callbacks → inbox → workflow → call log. Assertions check what a CRM sees through the
// API and what the simulator actually received.
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeOrphanedCalls } from '../../calls/start-call.js';
import { type AppStack, CALLER_ID, eventually, startAppStack } from '../support/app-stack.js';

let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** A fresh pair of numbers, so simulator rules and records never mix between tests. */
function parties() {
  const number = () => `98${String(randomInt(0, 1e8)).padStart(8, '0')}`;
  const agent = number();
  const customer = number();
  return { agent, customer, agentE164: `+91${agent}`, customerE164: `+91${customer}` };
}

async function placeCall(body: Record<string, unknown>) {
  const response = await stack.api('/v1/calls', { method: 'POST', body: JSON.stringify(body) });
  return {
    status: response.status,
    body: (await response.json()) as { id: string; workflowId: string; status: string },
  };
}

async function callWhenEnded(id: string, timeoutMs = 30_000) {
  return eventually(
    async () => {
      const call = (await (await stack.api(`/v1/calls/${id}`)).json()) as Record<string, any>;
      return call.creditsUsed !== null && call.endedAt ? call : undefined;
    },
    timeoutMs,
    `call ${id} to end`,
  );
}

const connectRequestsTo = (customerE164: string) =>
  stack.sim
    .requests({ path: '/Calls/connect', method: 'POST' })
    .filter((request) => (request.body as Record<string, string>)?.To === customerE164);

describe('click-to-call over the real stack', () => {
  it('bridges agent and customer and logs status, legs, durations and credits', async () => {
    const { agent, customer, agentE164, customerE164 } = parties();
    // Never a party's number: the tracking ID is searchable in Temporal in clear (refused with 400).
    const lead = `lead-${randomUUID().slice(0, 8)}`;
    const started = await placeCall({
      agentNumber: agent,
      customerNumber: `0${customer}`,
      trackingId: lead,
      record: true,
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ workflowId: `call-${started.body.id}`, status: 'queued' });

    const call = await callWhenEnded(started.body.id);
    expect(call).toMatchObject({
      status: 'completed',
      trackingId: lead,
      agentNumber: agentE164,
      customerNumber: customerE164,
      callerId: CALLER_ID,
      legs: [
        { party: 'agent', status: 'completed' },
        { party: 'customer', status: 'completed' },
      ],
    });
    expect(call.exotelCallSid).toMatch(/^[0-9a-f]{32}$/);
    expect(call.conversationDurationSec).toBeGreaterThan(0);
    expect(call.legs[0].onCallDurationSec).toBeGreaterThanOrEqual(call.conversationDurationSec);
    expect(call.creditsUsed).toBe(2); // a few seconds per leg: one started minute each
    expect(call.recordingUrl).toContain(call.exotelCallSid);
    expect(call.events.filter((event: { source: string }) => event.source === 'webhook').length).toBeGreaterThanOrEqual(
      2,
    );

    // What Exotel received: exactly one connect, with the ExoPhone as caller ID.
    const [connect, ...others] = connectRequestsTo(customerE164);
    expect(others).toHaveLength(0);
    expect(connect?.body).toMatchObject({
      From: agentE164,
      To: customerE164,
      CallerId: CALLER_ID,
      Record: 'true',
      CustomField: started.body.workflowId,
      StatusCallbackContentType: 'application/json',
      'StatusCallbackEvents[0]': 'terminal',
      'StatusCallbackEvents[1]': 'answered',
    });
    const callback = new URL((connect?.body as Record<string, string>).StatusCallback!);
    expect(callback.pathname).toBe('/v1/webhooks/exotel/voice');
    expect(callback.searchParams.get('call')).toBe(started.body.id);
  });

  it('returns the existing call for a repeated tracking ID and never dials twice', async () => {
    const { agent, customer, customerE164 } = parties();
    const ticket = `ticket-${randomUUID().slice(0, 8)}`;
    const body = { agentNumber: agent, customerNumber: customer, trackingId: ticket };
    const [first, second] = await Promise.all([placeCall(body), placeCall(body)]);
    const third = await placeCall(body);
    expect(new Set([first.body.id, second.body.id, third.body.id]).size).toBe(1);
    expect([first.status, second.status].sort()).toEqual([200, 202]);
    await callWhenEnded(first.body.id);
    expect(connectRequestsTo(customerE164)).toHaveLength(1);

    const listed = (await (await stack.api(`/v1/calls?trackingId=${ticket}`)).json()) as {
      calls: { id: string }[];
    };
    expect(listed.calls.map((call) => call.id)).toEqual([first.body.id]);
  });

  it('falls back to polling Call Details when the terminal callback is lost', async () => {
    const { agent, customer, customerE164 } = parties();
    stack.sim.script({ match: { to: customerE164 }, script: { callbacks: { terminal: { drop: true } } } });
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const call = await callWhenEnded(started.body.id);
    expect(call.status).toBe('completed');
    expect(call.creditsUsed).toBe(2);
    expect(call.events.some((event: { source: string }) => event.source === 'poll')).toBe(true);
    expect(stack.sim.requests({ path: `/Calls/${call.exotelCallSid}`, method: 'GET' }).length).toBeGreaterThan(0);
  });

  it('accepts form-encoded callbacks with flattened Legs keys', async () => {
    const { agent, customer, customerE164 } = parties();
    const form = { contentType: 'application/x-www-form-urlencoded' as const };
    stack.sim.script({ match: { to: customerE164 }, script: { callbacks: { answered: form, terminal: form } } });
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const call = await callWhenEnded(started.body.id);
    expect(call).toMatchObject({ status: 'completed', legs: [{ status: 'completed' }, { status: 'completed' }] });
    const sent = stack.sim.callbacks({ callSid: call.exotelCallSid });
    expect(
      sent.some(
        (callback) => callback.contentType === 'application/x-www-form-urlencoded' && callback.responseStatus === 200,
      ),
    ).toBe(true);
  });

  it.each([
    ['busy', 1],
    ['no-answer', 1],
    ['agent-no-answer', 0],
  ] as const)('logs a %s call and charges only the legs that connected', async (outcome, credits) => {
    const { agent, customer, customerE164 } = parties();
    stack.sim.script({ match: { to: customerE164 }, script: { outcome } });
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const call = await callWhenEnded(started.body.id);
    expect(call.status).toBe(outcome === 'agent-no-answer' ? 'no-answer' : outcome);
    expect(call.creditsUsed).toBe(credits);
  });

  it('retries a connect that Exotel refused with 429 and places exactly one call', async () => {
    const { agent, customer, customerE164 } = parties();
    stack.sim.script({ match: { to: customerE164 }, script: { connectFaults: [{ status: 429 }] } });
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const call = await callWhenEnded(started.body.id);
    expect(call.status).toBe('completed');
    const attempts = connectRequestsTo(customerE164);
    expect(attempts.map((request) => request.responseStatus)).toEqual([429, 200]);
    expect(stack.sim.calls().filter((simCall) => simCall.request.to === customerE164)).toHaveLength(1);
  });

  it('does not dial again when the connect answer is lost after Exotel created the call', async () => {
    const { agent, customer, customerE164 } = parties();
    stack.sim.script({ match: { to: customerE164 }, script: { createThenFault: { status: 502, body: 'html' } } });
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const call = await callWhenEnded(started.body.id);
    expect(connectRequestsTo(customerE164)).toHaveLength(1);
    expect(call.status).toBe('completed');
    expect(call.exotelCallSid).toBe(stack.sim.calls().find((simCall) => simCall.request.to === customerE164)?.sid);
  });

  it('streams the workflow state to the CRM as server-sent events until the call ends', async () => {
    const { agent, customer } = parties();
    const started = await placeCall({ agentNumber: agent, customerNumber: customer });
    const response = await stack.api(`/v1/calls/${started.body.id}/events`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text(); // the stream ends with the call
    const states = text
      .split('\n\n')
      .filter((chunk) => chunk.startsWith('event: state'))
      .map((chunk) => JSON.parse(chunk.split('data: ')[1]!) as { status: string; creditsUsed: number | null });
    expect(states.length).toBeGreaterThanOrEqual(2);
    expect(states.at(-1)).toMatchObject({ status: 'completed', creditsUsed: 2 });
  });

  it('makes the run findable in Temporal by tracking ID', async () => {
    const { agent, customer } = parties();
    const trackingId = `lead-ui-${randomUUID().slice(0, 8)}`;
    const started = await placeCall({ agentNumber: agent, customerNumber: customer, trackingId });
    await callWhenEnded(started.body.id);
    const found = await eventually(async () => {
      const runs = [];
      for await (const run of stack.temporal.workflow.list({ query: `TrackingId = '${trackingId}'` })) runs.push(run);
      return runs.length > 0 ? runs : undefined;
    });
    expect(found.map((run) => run.workflowId)).toEqual([started.body.workflowId]);
  });
});

describe('an API that died mid-connect', () => {
  it('has its call resumed by the sweeper and reconciled, never redialled', async () => {
    const { agentE164, customerE164 } = parties();
    // What a crash leaves behind: a committed row whose connect attempt was claimed, no workflow.
    const id = randomUUID();
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await stack.db.call.create({
      data: {
        id,
        workflowId: `call-${id}`,
        agentNumber: agentE164,
        customerNumber: customerE164,
        callerId: CALLER_ID,
        record: false,
        status: 'queued',
        connectState: 'in_flight',
        connectStartedAt: aMinuteAgo,
        createdAt: aMinuteAgo,
      },
    });
    expect(
      await resumeOrphanedCalls({
        db: stack.db,
        ledger: stack.ledger,
        temporal: stack.temporal,
        env: stack.env,
        logger: stack.logger,
      }),
    ).toBeGreaterThanOrEqual(1);
    const call = await callWhenEnded(id, 90_000);
    expect(call).toMatchObject({ status: 'failed', failureReason: 'connect_outcome_unknown', creditsUsed: 0 });
    expect(connectRequestsTo(customerE164)).toHaveLength(0);
    // It looked the call up instead.
    expect(
      stack.sim.requests({ path: '/Calls.json', method: 'GET' }).some((request) => request.query.To === customerE164),
    ).toBe(true);
  });
});
