// No personal data in clear in Temporal: a real call's history, read by a client WITHOUT the codec,
// holds only ciphertext; the codec endpoint decrypts it for an admin (bearer key, or the console's
// session cookie from the Web UI's origin) and for nobody else; CORS lets the Web UI ask.
import { randomInt } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENCRYPTED_ENCODING } from '../../lib/payload-codec.js';
import { ADMIN_API_KEY, API_KEY, type AppStack, eventually, startAppStack } from '../support/app-stack.js';
import { temporalAddress } from '../support/stack.js';

const UI_ORIGIN = 'http://127.0.0.1:8233';
let stack: AppStack;
let raw: Client;
let rawConnection: Connection;

beforeAll(async () => {
  stack = await startAppStack({ CODEC_CORS_ORIGINS: UI_ORIGIN });
  rawConnection = await Connection.connect({ address: temporalAddress() });
  raw = new Client({ connection: rawConnection }); // no codec: what Temporal and its UI hold
});
afterAll(async () => {
  await rawConnection?.close();
  await stack?.stop();
});

/** Every payload anywhere in a (proto) object, with where it sits: inputs, results, markers, failures. */
function payloadsIn(value: unknown, path = '', found: { path: string; payload: Payload }[] = []) {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return found;
  const record = value as Record<string, unknown>;
  if (record.metadata && typeof record.metadata === 'object' && record.data instanceof Uint8Array)
    found.push({ path, payload: record as Payload });
  else for (const [key, inner] of Object.entries(record)) payloadsIn(inner, `${path}.${key}`, found);
  return found;
}

/**
 * What Temporal itself must read stays in clear by design: search attributes (indexed by the
 * server) and the SDK's own marker bookkeeping (patch IDs, local activity sequence numbers).
 */
const CLEAR_BY_DESIGN = /\.searchAttributes\.|\.markerRecordedEventAttributes\.details\.(data|patch-data)\./;

const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');
const toJson = (payload: Payload) => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
  ),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});
/** Proto3 JSON leaves empty bytes out (`binary/null` payloads have no data). */
const fromJson = (payload: { metadata: Record<string, string>; data?: string }) => ({
  encoding: Buffer.from(payload.metadata.encoding ?? '', 'base64').toString('utf8'),
  data: Buffer.from(payload.data ?? '', 'base64').toString('utf8'),
});

const codec = (path: 'encode' | 'decode', payloads: unknown[], headers: Record<string, string>) =>
  fetch(`${stack.apiUrl}/codec/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-namespace': 'default', ...headers },
    body: JSON.stringify({ payloads }),
  });

async function signIn(apiKey: string): Promise<string> {
  const response = await fetch(`${stack.apiUrl}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ apiKey }),
  });
  expect(response.status).toBe(201);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

let workflowId: string;
let customerE164: string;
let historyPayloads: Payload[];

describe('payload encryption', () => {
  it('stores a call history in Temporal as ciphertext only', async () => {
    const agent = `98${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    const customer = `97${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    customerE164 = `+91${customer}`;
    const started = await stack.api('/v1/calls', {
      method: 'POST',
      body: JSON.stringify({ agentNumber: agent, customerNumber: customer, trackingId: `enc-${randomInt(1e9)}` }),
    });
    expect(started.status).toBe(202);
    const { id, workflowId: wid } = (await started.json()) as { id: string; workflowId: string };
    workflowId = wid;
    await eventually(
      async () => {
        const call = (await (await stack.api(`/v1/calls/${id}`)).json()) as Record<string, unknown>;
        return call.creditsUsed !== null && call.endedAt ? call : undefined;
      },
      60_000,
      'the call to end',
    );
    const handle = raw.workflow.getHandle(workflowId);
    await eventually(async () => ((await handle.describe()).status.name === 'COMPLETED' ? true : undefined));

    const found = payloadsIn(await handle.fetchHistory());
    for (const { path, payload } of found) {
      expect(text(payload.data), path).not.toContain(customer);
      expect(text(payload.data), path).not.toContain(agent);
      if (!CLEAR_BY_DESIGN.test(path)) expect(text(payload.metadata?.encoding), path).toBe(ENCRYPTED_ENCODING);
    }
    historyPayloads = found.filter(({ path }) => !CLEAR_BY_DESIGN.test(path)).map(({ payload }) => payload);
    // The call's input, activity inputs and results, signals, local activity results, its result.
    expect(historyPayloads.length).toBeGreaterThan(8);
    // Without the codec nothing can be read: not the result, not the search attributes' numbers.
    await expect(handle.result()).rejects.toThrow(/binary\/encrypted/);
    const described = await handle.describe();
    expect(JSON.stringify(described.searchAttributes)).not.toMatch(new RegExp(`${customer}|${agent}`));
    // The application's own client (with the codec) reads the same history in clear.
    expect(await stack.temporal.workflow.getHandle(workflowId).result()).toMatchObject({ status: 'completed' });
  });

  it('refuses a tracking ID quoting a party number: search attributes are never encrypted', async () => {
    const refused = await stack.api('/v1/calls', {
      method: 'POST',
      body: JSON.stringify({ agentNumber: '9800000001', customerNumber: '9700000002', trackingId: 'lead-9700000002' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { fields: [{ field: 'trackingId' }] } });
  });

  it('decrypts through /codec/decode for an admin key, and for an admin session from the Web UI', async () => {
    const payloads = historyPayloads.map(toJson);
    const byKey = await codec('decode', payloads, { authorization: `Bearer ${ADMIN_API_KEY}` });
    expect(byKey.status).toBe(200);
    const decoded = ((await byKey.json()) as { payloads: { metadata: Record<string, string>; data?: string }[] })
      .payloads;
    expect(decoded).toHaveLength(payloads.length);
    expect(decoded.map(fromJson).some((payload) => payload.data.includes(customerE164))).toBe(true);
    expect(decoded.map(fromJson).every((payload) => payload.encoding !== ENCRYPTED_ENCODING)).toBe(true);

    const cookie = await signIn(ADMIN_API_KEY);
    const byUi = await codec('decode', payloads.slice(0, 1), { cookie, origin: UI_ORIGIN });
    expect(byUi.status).toBe(200);
    expect(byUi.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(byUi.headers.get('access-control-allow-credentials')).toBe('true');
    expect(fromJson(((await byUi.json()) as { payloads: never[] }).payloads[0]!).data).toContain(customerE164);
  });

  it('refuses decoding without authentication (401) or without the admin role (403)', async () => {
    const payloads = historyPayloads.slice(0, 1).map(toJson);
    const anonymous = await codec('decode', payloads, { origin: UI_ORIGIN });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(customerE164);
    expect((await codec('decode', payloads, { authorization: 'Bearer wrong-key-0123456789abc' })).status).toBe(401);
    const agent = await codec('decode', payloads, { authorization: `Bearer ${API_KEY}` });
    expect(agent.status).toBe(403);
    expect(((await agent.json()) as { error: { message: string } }).error.message).toMatch(/role admin/);
    const agentSession = await codec('decode', payloads, { cookie: await signIn(API_KEY), origin: UI_ORIGIN });
    expect(agentSession.status).toBe(403);
    // An admin's cookie sent by a page of any other origin is refused before decoding.
    const elsewhere = await codec('decode', payloads, {
      cookie: await signIn(ADMIN_API_KEY),
      origin: 'http://127.0.0.1:9999',
    });
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.text()).not.toContain(customerE164);
  });

  it('answers the Web UI preflight for its origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${stack.apiUrl}/codec/decode`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace',
        },
      });
    const ui = await preflight(UI_ORIGIN);
    expect(ui.status).toBe(204);
    expect(ui.headers.get('access-control-allow-origin')).toBe(UI_ORIGIN);
    expect(ui.headers.get('access-control-allow-credentials')).toBe('true');
    expect(ui.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ui.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-namespace');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('encodes for the UI and CLI, refuses another namespace, tampered payloads and bad bodies with 400', async () => {
    const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
    const plain = { metadata: { encoding: Buffer.from('json/plain').toString('base64') }, data: 'IjEyMyI=' };
    const encoded = await codec('encode', [plain], admin);
    expect(encoded.status).toBe(200);
    const [cipher] = ((await encoded.json()) as { payloads: { metadata: Record<string, string>; data?: string }[] })
      .payloads;
    expect(fromJson(cipher!).encoding).toBe(ENCRYPTED_ENCODING);
    const back = await codec('decode', [cipher], admin);
    expect(((await back.json()) as { payloads: unknown[] }).payloads).toEqual([plain]);
    // A payload never encrypted comes back as it is.
    expect(((await (await codec('decode', [plain], admin)).json()) as { payloads: unknown[] }).payloads).toEqual([
      plain,
    ]);

    const wrongNamespace = await codec('decode', [cipher], { ...admin, 'x-namespace': 'other' });
    expect(wrongNamespace.status).toBe(400);
    expect(await wrongNamespace.json()).toMatchObject({ error: { fields: [{ field: 'X-Namespace' }] } });

    const bytes = Buffer.from(cipher!.data!, 'base64');
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    const tampered = await codec('decode', [plain, { ...cipher, data: bytes.toString('base64') }], admin);
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({
      error: { code: 'undecryptable_payload', fields: [{ field: 'payloads.1' }] },
    });

    const notBase64 = await codec('decode', [{ data: 'not base64!' }], admin);
    expect(notBase64.status).toBe(400);
    expect(await notBase64.json()).toMatchObject({ error: { fields: [{ field: 'payloads.0.data' }] } });
  });
});
