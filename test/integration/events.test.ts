// Events out, over the real stack: calls and a WhatsApp campaign produce events in the log; a
// CRM receiver that is down (503) for a while, then back, gets every one of them as a Standard
// Webhook, signed (verified with the standardwebhooks package), in per-resource order, none
// twice after dedupe by webhook-id; an SSE client that disconnects and resumes with
// Last-Event-ID misses nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { ADMIN_API_KEY, type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';

const SENDER = '+918047100002';
let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({
    WHATSAPP_SENDING_NUMBER: SENDER,
    WHATSAPP_MESSAGES_PER_SECOND: '200',
    // Scaled down: 200 ms, 400 ms, ... up to 1 s between attempts.
    WEBHOOK_RETRY_BASE_MS: '200',
    WEBHOOK_RETRY_MAX_MS: '1000',
  });
  stack.sim.whatsapp.setUrls({ inboundUrl: whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET) });
});
afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown) => stack.api(path, { method: 'POST', body: JSON.stringify(body) });
/** Webhook endpoints carry signing secrets, and resends reach every CRM: admin keys only. */
const asAdmin = (path: string, init: RequestInit = {}) =>
  stack.api(path, { ...init, headers: { authorization: `Bearer ${ADMIN_API_KEY}` } });
const adminPost = (path: string, body: unknown) => asAdmin(path, { method: 'POST', body: JSON.stringify(body) });

interface Received {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  event: { id: string; type: string; resource: { type: string; id: string; seq: number }; data: any };
}

/** A CRM: answers 503 while `down`, else 200, and keeps every request it answered 200. */
async function crmReceiver() {
  const state = { down: true, requests: 0, refused: 0, received: [] as Received[] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      state.requests += 1;
      if (state.down) {
        state.refused += 1;
        res.writeHead(503).end('down for maintenance');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      state.received.push({
        id: String(req.headers['webhook-id']),
        timestamp: String(req.headers['webhook-timestamp']),
        signature: String(req.headers['webhook-signature']),
        body,
        event: JSON.parse(body),
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/crm/hooks`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function placeCall(record = false) {
  const { status, body } = await json(
    await post('/v1/calls', {
      agentNumber: `98${randomInt(10_000_000, 99_999_999)}`,
      customerNumber: `97${randomInt(10_000_000, 99_999_999)}`,
      record,
    }),
  );
  expect(status).toBe(202);
  return body.id as string;
}

async function runCampaign(size: number) {
  const tag = `ev-${randomUUID().slice(0, 8)}`;
  const base = randomInt(100_000, 899_999);
  const phones = Array.from({ length: size }, (_, i) => `+9196${String(base * 100 + i).slice(-8)}`);
  const imported = await json(
    await post('/v1/contacts/import', {
      contacts: phones.map((phone, i) => ({ phone, name: `Customer ${i}`, tags: [tag] })),
      consent: { purpose: 'marketing', action: 'opt_in', evidence: 'Ticked "WhatsApp me offers"' },
    }),
  );
  expect(imported.status).toBe(200);
  const template = await json(
    await post('/v1/templates', {
      name: `ev_offer_${randomInt(1e6)}`,
      language: 'en',
      category: 'marketing',
      status: 'approved',
      components: { body: { text: 'Hi {{1}}, offers are live!' } },
    }),
  );
  const created = await json(
    await post('/v1/campaigns', {
      name: 'Events',
      audience: { tags: [tag] },
      schedule: { window: null },
      steps: [{ templateId: template.body.id, params: { body: [{ field: 'name' }] } }],
    }),
  );
  expect(created.status).toBe(201);
  expect((await post(`/v1/campaigns/${created.body.id}/start`, {})).status).toBe(202);
  await eventually(
    async () => {
      const { body } = await json(await stack.api(`/v1/campaigns/${created.body.id}`));
      return body.status === 'completed' && body.funnel[0].read === size ? body : undefined;
    },
    90_000,
    'campaign completed and read',
  );
  return created.body.id as string;
}

/** Every event in the log after `after`, paging through GET /v1/events. */
async function logAfter(after: string, query = '') {
  const events: Received['event'][] = [];
  let cursor = after;
  for (;;) {
    const { status, body } = await json(await stack.api(`/v1/events?after=${cursor}&limit=1000${query}`));
    expect(status).toBe(200);
    events.push(...body.events);
    if (body.events.length < 1000) return events;
    cursor = body.nextCursor;
  }
}

/** Reads an SSE stream until `stop` says so; returns the events and their `id:` lines. */
async function readStream(path: string, headers: Record<string, string>, stop: (seen: any[]) => boolean) {
  const controller = new AbortController();
  const response = await stack.api(path, { headers, signal: controller.signal });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const seen: { id: string; event: any }[] = [];
  let buffer = '';
  while (!stop(seen)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const chunk = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (chunk.startsWith(':')) continue;
      const id = /^id: (.*)$/m.exec(chunk)?.[1];
      const data = /^data: (.*)$/m.exec(chunk)?.[1];
      if (id && data) seen.push({ id, event: JSON.parse(data) });
    }
  }
  controller.abort();
  await reader.cancel().catch(() => undefined);
  return seen;
}

describe('events out', () => {
  it('delivers every call and message event to a CRM that was down, signed, in order per resource, none twice', async () => {
    const crm = await crmReceiver();
    try {
      const created = await json(await adminPost('/v1/webhook-endpoints', { url: crm.url, description: 'CRM' }));
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_/);
      const endpointId = created.body.id as string;
      const { rows } = await stack.db.pool.query<{ cursor: string }>(
        `SELECT cursor_event_id::text AS cursor FROM webhook_endpoints WHERE id = $1`,
        [endpointId],
      );
      const from = rows[0]!.cursor;

      // Calls and a campaign while the CRM answers 503.
      const callIds = await Promise.all([placeCall(true), placeCall(), placeCall()]);
      const campaignId = await runCampaign(30);
      await eventually(
        async () => {
          const calls = await Promise.all(
            callIds.map(async (id) => (await json(await stack.api(`/v1/calls/${id}`))).body),
          );
          return calls.every((call) => call.creditsUsed !== null && call.recording?.status !== 'pending')
            ? calls
            : undefined;
        },
        90_000,
        'calls settled and archived',
      );
      expect(crm.state.refused).toBeGreaterThan(0);
      const attemptsWhileDown = await json(await asAdmin(`/v1/webhook-endpoints/${endpointId}/attempts?limit=5`));
      expect(attemptsWhileDown.body.attempts[0]).toMatchObject({ statusCode: 503, ok: false });

      crm.state.down = false;
      const expected = await logAfter(from);
      expect(expected.filter((event) => event.type.startsWith('message.')).length).toBeGreaterThanOrEqual(90);
      expect(expected.some((event) => event.type === 'call.recording.archived')).toBe(true);
      expect(expected.some((event) => event.type === 'campaign.completed' && event.resource.id === campaignId)).toBe(
        true,
      );
      const wanted = new Set(expected.map((event) => event.id));
      await eventually(
        async () => {
          const got = new Set(crm.state.received.map((request) => request.event.id));
          return [...wanted].every((id) => got.has(id)) ? true : undefined;
        },
        60_000,
        'every event at the CRM',
      );

      // Signed per the spec: the package's own verifier accepts every request.
      const verifier = new Webhook(created.body.secret);
      for (const request of crm.state.received) {
        expect(() =>
          verifier.verify(request.body, {
            'webhook-id': request.id,
            'webhook-timestamp': request.timestamp,
            'webhook-signature': request.signature,
          }),
        ).not.toThrow();
        expect(request.id).toBe(`evt_${request.event.id}`);
      }
      // Deduped by webhook-id: each event once, and each resource's events in seq order.
      const unique = new Map(crm.state.received.map((request) => [request.id, request.event]));
      const deduped = [...unique.values()];
      expect(deduped.length).toBe(new Set(crm.state.received.map((r) => r.event.id)).size);
      const lastSeq = new Map<string, number>();
      for (const request of crm.state.received) {
        const key = `${request.event.resource.type}:${request.event.resource.id}`;
        const previous = lastSeq.get(key) ?? 0;
        // A repeat of a delivered one may come again; a newer one never before an older one.
        expect(request.event.resource.seq).toBeGreaterThanOrEqual(previous);
        lastSeq.set(key, Math.max(previous, request.event.resource.seq));
      }
      // Payloads are the REST representation.
      const lastCallEvent = deduped.filter((event) => event.resource.id === callIds[0]).at(-1)!;
      const { body: restCall } = await json(await stack.api(`/v1/calls/${callIds[0]}`));
      // The REST answer adds the inbox events and the Temporal UI link; the event is the call itself.
      const { events: _inbox, temporalUrl: _link, ...restWithoutInbox } = restCall;
      expect(lastCallEvent.data).toEqual(restWithoutInbox);

      // Manual resend: the same webhook-id again.
      const before = crm.state.received.length;
      const resend = await json(await adminPost(`/v1/events/${lastCallEvent.id}/resend`, {}));
      expect(resend.status).toBe(202);
      // Other tests may have endpoints of their own in the same database: this one is among those queued.
      expect(resend.body.queuedFor).toContain(endpointId);
      await eventually(async () => (crm.state.received.length > before ? true : undefined), 10_000, 'the resend');
      expect(crm.state.received.at(-1)!.id).toBe(`evt_${lastCallEvent.id}`);
    } finally {
      await crm.close();
    }
  }, 240_000);

  it('signs with both secrets during a rotation, and rejects bad endpoint requests naming the field', async () => {
    const bad = await json(
      await adminPost('/v1/webhook-endpoints', { url: 'ftp://crm', eventTypes: ['call.exploded'] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'eventTypes.0',
      'url',
    ]);
    const crm = await crmReceiver();
    crm.state.down = false;
    try {
      const created = await json(await adminPost('/v1/webhook-endpoints', { url: crm.url, eventTypes: ['call.*'] }));
      const rotated = await json(
        await asAdmin(`/v1/webhook-endpoints/${created.body.id}`, {
          method: 'PATCH',
          body: JSON.stringify({ rotateSecret: { overlapSeconds: 3600 } }),
        }),
      );
      expect(rotated.status).toBe(200);
      expect(rotated.body.secret).not.toBe(created.body.secret);
      const callId = await placeCall();
      await eventually(
        async () => (crm.state.received.some((r) => r.event.resource.id === callId) ? true : undefined),
        30_000,
        'a call event',
      );
      const request = crm.state.received.find((r) => r.event.resource.id === callId)!;
      expect(request.signature.split(' ')).toHaveLength(2);
      const headers = {
        'webhook-id': request.id,
        'webhook-timestamp': request.timestamp,
        'webhook-signature': request.signature,
      };
      expect(() => new Webhook(created.body.secret).verify(request.body, headers)).not.toThrow();
      expect(() => new Webhook(rotated.body.secret).verify(request.body, headers)).not.toThrow();
      // Only call events, as filtered.
      expect(crm.state.received.every((r) => r.event.type.startsWith('call.'))).toBe(true);
      const listed = await json(await asAdmin('/v1/webhook-endpoints'));
      expect(listed.body.endpoints.find((e: { id: string }) => e.id === created.body.id)).not.toHaveProperty('secret');
      expect((await asAdmin(`/v1/webhook-endpoints/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
    } finally {
      await crm.close();
    }
  }, 60_000);

  it('streams events over SSE and resumes after a disconnect with Last-Event-ID, missing nothing', async () => {
    const { rows } = await stack.db.pool.query<{ id: string }>(`SELECT COALESCE(max(id), 0)::text AS id FROM events`);
    const from = rows[0]!.id;
    const first = [await placeCall(), await placeCall()];
    // The first connection takes a few events and drops.
    const part1 = await readStream(`/v1/events/stream?type=call.*&after=${from}`, {}, (seen) => seen.length >= 3);
    expect(part1.length).toBe(3);
    const more = [await placeCall(), await placeCall()];
    const all = [...first, ...more];
    await eventually(
      async () => {
        const calls = await Promise.all(all.map(async (id) => (await json(await stack.api(`/v1/calls/${id}`))).body));
        return calls.every((call) => call.creditsUsed !== null) ? true : undefined;
      },
      60_000,
      'calls charged',
    );
    const expected = (await logAfter(from, '&type=call.*')).filter((event) => all.includes(event.resource.id));
    const part2 = await readStream(
      `/v1/events/stream?type=call.*`,
      { 'last-event-id': part1.at(-1)!.id },
      (seen) => seen.filter((s) => all.includes(s.event.resource.id)).length >= expected.length - part1.length,
    );
    const streamed = [...part1, ...part2].filter((s) => all.includes(s.event.resource.id));
    expect(streamed.map((s) => s.id)).toEqual(expected.map((event) => event.id));
    expect(streamed.every((s) => s.id === s.event.id)).toBe(true);
    // Bad resume points are refused, naming the header.
    const bad = await json(await stack.api('/v1/events/stream', { headers: { 'last-event-id': 'yesterday' } }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('Last-Event-ID');
  }, 120_000);
});
