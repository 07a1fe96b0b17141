// Every boundary rejects bad input with a clear error naming the field, and writes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookToken } from '../../lib/webhook-token.js';
import { API_KEY, type AppStack, eventually, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack();
});
afterAll(async () => {
  await stack?.stop();
});

const SID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const counts = async () => ({ calls: await stack.db.call.count(), events: await stack.db.callEvent.count() });

function postCallback(
  callId: string,
  body: string,
  contentType: string,
  token = webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, callId),
  headers: Record<string, string> = {},
) {
  return fetch(`${stack.apiUrl}/v1/webhooks/exotel/voice?call=${callId}&token=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
}

describe('API requests', () => {
  it('rejects an invalid call request naming each field, and writes nothing', async () => {
    const before = await counts();
    const response = await stack.api('/v1/calls', {
      method: 'POST',
      body: JSON.stringify({ agentNumber: '12345', customerNumber: '9876543210', trackingId: 'has spaces', extra: 1 }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { code: string; fields: { field: string; message: string }[] };
    };
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((field) => field.field).sort()).toEqual(['(body)', 'agentNumber', 'trackingId']);
    expect(await counts()).toEqual(before);
    expect(stack.sim.requests({ path: '/Calls/connect' })).toHaveLength(0);
  });

  it('rejects malformed JSON and oversized bodies with a stable code', async () => {
    const malformed = await stack.api('/v1/calls', { method: 'POST', body: '{"agentNumber":' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('malformed_body');
    const huge = await stack.api('/v1/calls', {
      method: 'POST',
      body: JSON.stringify({ agentNumber: 'x'.repeat(70_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('requires an API key, and a webhook token is not one', async () => {
    expect((await fetch(`${stack.apiUrl}/v1/calls`)).status).toBe(401);
    const token = webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, randomUUID());
    expect((await fetch(`${stack.apiUrl}/v1/calls`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      401,
    );
    expect((await stack.api('/v1/calls/not-a-uuid')).status).toBe(400);
    expect((await stack.api(`/v1/calls/${randomUUID()}`)).status).toBe(404);
  });

  it('serves health and an OpenAPI document generated from the schemas', async () => {
    const health = await fetch(`${stack.apiUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', checks: { database: 'ok', temporal: 'ok' } });
    const openapi = (await (await fetch(`${stack.apiUrl}/openapi.json`)).json()) as Record<string, any>;
    const body = openapi.paths['/v1/calls'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['agentNumber', 'customerNumber']);
    expect(Object.keys(body.properties)).toEqual([
      'agentNumber',
      'customerNumber',
      'trackingId',
      'record',
      'budgetId',
      'followUp',
    ]);
    expect(openapi.paths).toHaveProperty(['/v1/webhooks/exotel/voice']);
  });
});

describe('voice webhooks', () => {
  it('rejects a malformed callback with 400 naming the field, and stores nothing', async () => {
    const before = await counts();
    const callId = randomUUID();
    const notJson = await postCallback(callId, '{"CallSid":', 'application/json');
    expect(notJson.status).toBe(400);
    const missing = await postCallback(callId, JSON.stringify({ Status: 'completed' }), 'application/json');
    expect(missing.status).toBe(400);
    expect(
      ((await missing.json()) as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field),
    ).toContain('CallSid');
    const wrongType = await postCallback(callId, 'CallSid=x', 'text/plain');
    expect(wrongType.status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('authenticates by the per-call token only', async () => {
    const callId = randomUUID();
    const body = JSON.stringify({ CallSid: SID, Status: 'completed' });
    expect((await postCallback(callId, body, 'application/json', 'forged')).status).toBe(401);
    const otherCallsToken = webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, randomUUID());
    expect((await postCallback(callId, body, 'application/json', otherCallsToken)).status).toBe(401);
    const withApiKey = await fetch(`${stack.apiUrl}/v1/webhooks/exotel/voice?call=${callId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body,
    });
    expect(withApiKey.status).toBe(401); // the token is missing; an API key does not stand in for it
  });

  it('stores a duplicate once and answers 200 to both', async () => {
    const callId = randomUUID();
    const body = JSON.stringify({
      CallSid: SID,
      EventType: 'terminal',
      Status: 'busy',
      Legs: [{ Status: 'busy', OnCallDuration: 0 }],
    });
    const [first, second] = await Promise.all([
      postCallback(callId, body, 'application/json'),
      postCallback(callId, body, 'application/json'),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(await stack.db.callEvent.count({ where: { callId } })).toBe(1);
  });

  it('keeps events for a call with no workflow, for inspection', async () => {
    const callId = randomUUID();
    const form = new URLSearchParams({
      CallSid: SID,
      Status: 'completed',
      'Legs[0][Status]': 'completed',
      'Legs[0][OnCallDuration]': '12',
    });
    expect((await postCallback(callId, form.toString(), 'application/x-www-form-urlencoded')).status).toBe(200);
    const row = await eventually(async () => {
      const stored = await stack.db.callEvent.findFirst({ where: { callId } });
      return stored?.delivery === 'unmatched' ? stored : undefined;
    });
    expect(row.raw).toBe(form.toString());
    expect(row.event).toMatchObject({ status: 'completed', legs: [{ status: 'completed', onCallDurationSec: 12 }] });
  });
});
