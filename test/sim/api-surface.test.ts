// Validation, auth, rate limiting, the request record, and the /_sim control API over HTTP.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startCallbackReceiver,
  startExotelSimulator,
  type CallbackReceiver,
  type ExotelSimulator,
} from '../../exotel-sim/index.js';

let sim: ExotelSimulator;
const basic = (user: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});
const auth = basic('k', 't');
const valid = { From: '+919800000001', To: '+919800000002', CallerId: '+918047112345' };

beforeAll(async () => {
  sim = await startExotelSimulator({ accountSid: 'acme', apiKey: 'k', apiToken: 't' });
});
afterAll(() => sim.close());
afterEach(() => sim.reset());

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = auth): Promise<Response> {
  return fetch(`${sim.url}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

describe('connect validation', () => {
  it.each(['From', 'To', 'CallerId'])('answers 400 naming a missing %s', async (name) => {
    const fields: Record<string, string> = { ...valid };
    delete fields[name];
    const response = await post('/v1/Accounts/acme/Calls/connect.json', fields);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { RestException: { Status: number; Message: string } };
    expect(body.RestException.Status).toBe(400);
    expect(body.RestException.Message).toContain(name);
  });

  it('rejects a CustomField over 128 characters and accepts 128', async () => {
    expect(
      (await post('/v1/Accounts/acme/Calls/connect.json', { ...valid, CustomField: 'x'.repeat(129) })).status,
    ).toBe(400);
    expect(
      (await post('/v1/Accounts/acme/Calls/connect.json', { ...valid, CustomField: 'x'.repeat(128) })).status,
    ).toBe(200);
  });

  it('accepts multipart/form-data and answers XML without .json', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(valid)) form.append(key, value);
    form.append('StatusCallbackEvents[0]', 'terminal');
    const response = await fetch(`${sim.accountUrl}/Calls/connect`, { method: 'POST', headers: auth, body: form });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^<\?xml[^>]*>\s*<TwilioResponse><Call><Sid>[0-9a-f]{32}<\/Sid>/);
    expect(sim.calls()[0]?.request.statusCallbackEvents).toEqual(['terminal']);
  });
});

describe('auth and limits', () => {
  it('answers 401 RestException without or with wrong credentials', async () => {
    for (const headers of [{}, basic('k', 'wrong'), basic('other', 't')]) {
      const response = await post('/v1/Accounts/acme/Calls/connect.json', valid, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ RestException: { Status: 401 } });
    }
    expect(sim.calls()).toHaveLength(0);
  });

  it('answers 403 (or 404 by variant) for another account sid', async () => {
    expect((await fetch(`${sim.url}/v1/Accounts/other/Calls.json`, { headers: auth })).status).toBe(403);
    sim.setVariants({ wrongAccountStatus: 404 });
    const response = await fetch(`${sim.url}/v1/Accounts/other/Calls.json`, { headers: auth });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ RestException: { Status: 404 } });
  });

  it('answers 429 beyond the per-window limit, then recovers', async () => {
    sim.setVariants({ rateLimitPerMinute: 3, rateLimitWindowMs: 300, rateLimitRetryAfterHeader: true });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index++)
      statuses.push((await fetch(`${sim.accountUrl}/Calls.json`, { headers: auth })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await fetch(`${sim.accountUrl}/Calls.json`, { headers: auth });
    expect(await limited.json()).toMatchObject({ RestException: { Status: 429 } });
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await fetch(`${sim.accountUrl}/Calls.json`, { headers: auth })).status).toBe(200);
  });
});

describe('ground truth', () => {
  it('records every API request with its parsed body, auth user and status', async () => {
    const response = await post('/v1/Accounts/acme/Calls/connect.json', {
      ...valid,
      'StatusCallbackEvents[]': 'terminal',
    });
    const sid = ((await response.json()) as { Call: { Sid: string } }).Call.Sid;
    await post('/v1/Accounts/acme/Calls/connect.json', { From: valid.From }, basic('k', 'nope'));
    await fetch(`${sim.accountUrl}/Calls/${sid}.json?details=true`, { headers: auth });

    const records = sim.requests();
    expect(records).toMatchObject([
      {
        method: 'POST',
        path: '/v1/Accounts/acme/Calls/connect.json',
        authUser: 'k',
        responseStatus: 200,
        callSid: sid,
        body: { ...valid, 'StatusCallbackEvents[]': 'terminal' },
      },
      { method: 'POST', authUser: 'k', responseStatus: 401, callSid: null },
      { method: 'GET', path: `/v1/Accounts/acme/Calls/${sid}.json`, query: { details: 'true' }, responseStatus: 200 },
    ]);
    expect(sim.requests({ path: '/Calls/connect', method: 'post' })).toHaveLength(2);
  });
});

describe('control API', () => {
  let receiver: CallbackReceiver;
  beforeAll(async () => {
    receiver = await startCallbackReceiver();
  });
  afterAll(() => receiver.close());

  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sim.url}/_sim/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('scripts, inspects and resets over HTTP', async () => {
    expect((await control('GET', 'health')).body).toMatchObject({ ok: true, accountSid: 'acme' });
    const added = await control('POST', 'scripts', {
      match: { to: '09800000002' },
      script: { outcome: 'no-answer', agentRingMs: 10, customerRingMs: 10 },
      times: 1,
    });
    expect(added.status).toBe(201);
    expect((await control('POST', 'scripts', { script: { outcome: 'maybe' } })).status).toBe(400);
    expect((await control('PUT', 'variants', { customFieldIn: 'all-events' })).body.variants).toMatchObject({
      customFieldIn: 'all-events',
    });
    expect((await control('PUT', 'variants', { noSuchVariant: true })).status).toBe(400);

    await post('/v1/Accounts/acme/Calls/connect.json', { ...valid, StatusCallback: `${receiver.url}/cb` });
    await receiver.waitFor(1);
    const calls = (await control('GET', 'calls')).body.calls as { finalStatus: string; ruleId: string }[];
    expect(calls).toMatchObject([{ finalStatus: 'no-answer', ruleId: added.body.id }]);
    await expect
      .poll(async () => (await control('GET', 'callbacks')).body.callbacks)
      .toMatchObject([{ eventType: 'terminal', outcome: 'delivered', responseStatus: 200 }]);
    expect(((await control('GET', 'requests?path=connect')).body.requests as unknown[]).length).toBe(1);

    await control('POST', 'reset');
    expect((await control('GET', 'calls')).body.calls).toEqual([]);
    expect((await control('GET', 'requests')).body.requests).toEqual([]);
    expect((await control('GET', 'variants')).body.variants).toMatchObject({ customFieldIn: 'terminal' });
  });

  it('close() cancels callbacks that have not fired yet', async () => {
    const other = await startExotelSimulator({ apiKey: 'k', apiToken: 't' });
    other.script({ script: { agentRingMs: 100, customerRingMs: 100, talkMs: 100 } });
    await fetch(`${other.accountUrl}/Calls/connect.json`, {
      method: 'POST',
      headers: auth,
      body: new URLSearchParams({ ...valid, StatusCallback: `${receiver.url}/late` }),
    });
    await other.close();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(receiver.received.filter((callback) => callback.path === '/late')).toHaveLength(0);
  });
});
