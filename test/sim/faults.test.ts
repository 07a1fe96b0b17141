// Scripted failures: connect faults, ambiguous create-then-fault, and misbehaving callbacks.
import { describe, expect, it } from 'vitest';
import type { CallObject } from '../../exotel-sim/index.js';
import { auth, useSimulator } from './fixture.js';

const ctx = useSimulator();
const fastCall = { agentRingMs: 20, customerRingMs: 20, talkMs: 40 };

function connect(to: string, extra: Record<string, string> = {}, signal?: AbortSignal): Promise<Response> {
  return fetch(`${ctx.sim.accountUrl}/Calls/connect.json`, {
    method: 'POST',
    headers: auth,
    body: new URLSearchParams({ From: '+919800000001', To: to, CallerId: '+918047112345', ...extra }),
    signal,
  });
}

async function listCalls(query: string): Promise<{ Metadata: { Total: number }; Calls: CallObject[] }> {
  const response = await fetch(`${ctx.sim.accountUrl}/Calls.json?${query}`, { headers: auth });
  expect(response.status).toBe(200);
  return (await response.json()) as { Metadata: { Total: number }; Calls: CallObject[] };
}

describe('connect faults', () => {
  it('answers the scripted faults in order, creating nothing, then succeeds', async () => {
    ctx.sim.script({
      match: { to: '+919800000002' },
      script: { connectFaults: [{ status: 429 }, { status: 503, body: 'rest' }, { status: 500, body: 'html' }] },
    });
    const tooMany = await connect('09800000002');
    expect(tooMany.status).toBe(429);
    expect(await tooMany.json()).toMatchObject({ RestException: { Status: 429 } });
    const unavailable = await connect('09800000002');
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toMatchObject({ RestException: { Status: 503 } });
    const html = await connect('09800000002');
    expect(html.status).toBe(500);
    expect(html.headers.get('content-type')).toBe('text/html');
    expect(await html.text()).toContain('<html>');
    expect(ctx.sim.calls()).toHaveLength(0);

    const ok = await connect('09800000002');
    expect(ok.status).toBe(200);
    expect(ctx.sim.calls()).toHaveLength(1);
    expect(ctx.sim.requests({ path: '/Calls/connect' }).map((record) => record.responseStatus)).toEqual([
      429, 503, 500, 200,
    ]);
  });

  it('hangs without answering (the client times out) and creates nothing', async () => {
    ctx.sim.script({ script: { connectFaults: [{ hang: true }] } });
    await expect(connect('09800000002', {}, AbortSignal.timeout(150))).rejects.toThrow();
    expect(ctx.sim.calls()).toHaveLength(0);
    expect(ctx.sim.requests({ path: '/Calls/connect' })[0]?.responseStatus).toBeNull();
  });

  it('answers slowly then succeeds for a delay fault', async () => {
    ctx.sim.script({ script: { connectFaults: [{ delayMs: 150 }] } });
    const started = Date.now();
    expect((await connect('09800000002')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('createThenFault: the call exists and plays out though the response is an error', async () => {
    ctx.sim.script({
      match: { from: '09800000001' },
      script: { ...fastCall, createThenFault: { status: 500, body: 'html' } },
      times: 1,
    });
    const response = await connect('+919800000009', {
      StatusCallback: `${ctx.receiver.url}/cb`,
      'StatusCallbackEvents[0]': 'terminal',
    });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('RestException');

    // A client reconciling the lost response finds the call by its numbers, in any format.
    const found = await listCalls('To=9800000009&From=%2B919800000001');
    expect(found.Metadata.Total).toBe(1);
    expect(found.Calls[0]).toMatchObject({ To: '09800000009', From: '09800000001' });
    const [terminal] = await ctx.receiver.waitFor(1);
    expect(terminal?.fields.CallSid).toBe(found.Calls[0]?.Sid);
    expect(ctx.sim.calls()[0]?.connectResponse).toBe('fault');
  });

  it('createThenFault hang: created, never answered', async () => {
    ctx.sim.script({ script: { ...fastCall, createThenFault: { hang: true } }, times: 1 });
    await expect(connect('+919800000009', {}, AbortSignal.timeout(150))).rejects.toThrow();
    expect((await listCalls('To=09800000009')).Metadata.Total).toBe(1);
  });
});

describe('callback faults', () => {
  const subscribe = {
    'StatusCallbackEvents[0]': 'answered',
    'StatusCallbackEvents[1]': 'terminal',
    StatusCallbackContentType: 'application/json',
  };

  it('drops and duplicates callbacks per event', async () => {
    ctx.sim.script({ script: { ...fastCall, callbacks: { answered: { drop: true }, terminal: { duplicates: 2 } } } });
    const response = await connect('09800000002', { StatusCallback: `${ctx.receiver.url}/cb`, ...subscribe });
    const sid = ((await response.json()) as { Call: CallObject }).Call.Sid;
    const received = await ctx.receiver.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ctx.receiver.received).toHaveLength(3);
    expect(received.map((callback) => (callback.json as { EventType: string }).EventType)).toEqual([
      'terminal',
      'terminal',
      'terminal',
    ]);
    const records = ctx.sim.callbacks({ callSid: sid });
    expect(records.filter((record) => record.outcome === 'dropped').map((record) => record.moment)).toEqual([
      'answered-leg1',
      'answered-leg2',
    ]);
    expect(records.filter((record) => record.outcome === 'delivered').map((record) => record.copy)).toEqual([0, 1, 2]);
  });

  it('delays an event and overrides its encoding', async () => {
    ctx.sim.script({
      script: {
        ...fastCall,
        callbacks: { answered: { delayMs: 300, contentType: 'application/x-www-form-urlencoded' } },
      },
    });
    await connect('09800000002', { StatusCallback: `${ctx.receiver.url}/cb`, ...subscribe });
    const received = await ctx.receiver.waitFor(3);
    // The delayed answered events now arrive after terminal.
    expect(received[0]?.json).toMatchObject({ EventType: 'terminal' });
    expect(received.slice(1).map((callback) => callback.contentType)).toEqual([
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded',
    ]);
  });

  it('retries non-2xx answers when the retry variant is on (none by default)', async () => {
    ctx.receiver.respondWith((callback) => (ctx.receiver.received.indexOf(callback) === 0 ? 500 : 200));
    ctx.sim.setVariants({ callbackRetryDelaysMs: [50, 50] });
    ctx.sim.script({ script: fastCall });
    await connect('09800000002', { StatusCallback: `${ctx.receiver.url}/cb` });
    await ctx.receiver.waitFor(2);
    await expect
      .poll(() => ctx.sim.callbacks().map((record) => [record.attempt, record.responseStatus]))
      .toEqual([
        [0, 500],
        [1, 200],
      ]);
  });
});
