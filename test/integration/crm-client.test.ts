// A CRM connected through @exoflow/client (client/), over the real stack: browser tokens scoped
// to one agent and to starting and reading its calls; idempotency that answers 409 naming what
// differs; a CRM endpoint down for ten minutes of scaled time while calls and a campaign happen,
// which then receives every event through the package's webhook receiver example (verified with
// `standardwebhooks`), in per-resource order, none twice after dedupe by webhook-id; and a call
// stream cut mid-call that the client resumes with Last-Event-ID, missing no state.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExoflowClient,
  type ExoflowApiError,
  type ExoflowClient,
  type ExoflowEvent,
  FINAL_CALL_STATUSES,
  followCall,
  unwrap,
} from '../../client/src/index.js';
import { webhookReceiver } from '../../client/examples/webhook-receiver.js';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { ADMIN_API_KEY, API_KEY, type AppStack, eventually, ROLE_KEYS, startAppStack } from '../support/app-stack.js';

const SENDER = '+918047100003';
/** The dispatcher's production retry schedule (5 s doubling to an hour), a hundred times faster. */
const TIME_SCALE = 0.01;
const TEN_MINUTES_SCALED_MS = 10 * 60_000 * TIME_SCALE;

let stack: AppStack;
/** The CRM's backend (agent, marketer and privacy roles), an agent-only backend, and an admin. */
let crm: ExoflowClient;
let agentBackend: ExoflowClient;
let admin: ExoflowClient;

beforeAll(async () => {
  stack = await startAppStack({
    WHATSAPP_SENDING_NUMBER: SENDER,
    WHATSAPP_MESSAGES_PER_SECOND: '200',
    WEBHOOK_TIME_SCALE: String(TIME_SCALE),
  });
  stack.sim.whatsapp.setUrls({ inboundUrl: whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET) });
  const client = (key: string) => createExoflowClient({ baseUrl: stack.apiUrl, credential: key });
  [crm, agentBackend, admin] = [client(API_KEY), client(ROLE_KEYS.agent), client(ADMIN_API_KEY)];
});
afterAll(async () => {
  await stack?.stop();
});

const phone = () => `98${randomInt(10_000_000, 99_999_999)}`;
const e164 = (national: string) => `+91${national}`;
const errorOf = (result: { error?: unknown }) => (result.error as { error: ExoflowApiError }).error;

async function settled(ids: string[]) {
  return eventually(
    async () => {
      const calls = await Promise.all(
        ids.map(async (id) => unwrap(await crm.GET('/v1/calls/{id}', { params: { path: { id } } }))),
      );
      return calls.every(
        (call) =>
          FINAL_CALL_STATUSES.has(call.status) && call.creditsUsed !== null && call.recording?.status !== 'pending',
      )
        ? calls
        : undefined;
    },
    90_000,
    'calls settled',
  );
}

describe('browser tokens', () => {
  it('let a page start and follow its own agent’s calls, and nothing else', async () => {
    const [agent, other] = [phone(), phone()];
    const issued = unwrap(await agentBackend.POST('/v1/browser-tokens', { body: { agentNumber: agent } }));
    expect(issued).toMatchObject({
      tokenType: 'Bearer',
      agentNumber: e164(agent),
      scopes: ['calls:start', 'calls:read'],
    });
    const lifetime = Date.parse(issued.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(300_000);
    const browser = createExoflowClient({ baseUrl: stack.apiUrl, credential: issued.token });

    // Its own agent's call: started, followed live to completed, read.
    const started = await browser.POST('/v1/calls', {
      body: { agentNumber: agent, customerNumber: phone(), record: false },
    });
    expect(started.response.status).toBe(202);
    const statuses: string[] = [];
    const final = await followCall(started.data!.id, {
      baseUrl: stack.apiUrl,
      credential: issued.token,
      onState: (call) => statuses.push(call.status),
    });
    expect(final.status).toBe('completed');
    expect(statuses.at(-1)).toBe('completed');
    const read = await browser.GET('/v1/calls/{id}', { params: { path: { id: started.data!.id } } });
    expect(read.response.status).toBe(200);

    // Another agent: starting for them is refused naming the field, and nothing is written.
    const before = await stack.db.call.count({ where: { agentNumber: e164(other) } });
    const foreignStart = await browser.POST('/v1/calls', {
      body: { agentNumber: other, customerNumber: phone(), record: false },
    });
    expect(foreignStart.response.status).toBe(403);
    expect(errorOf(foreignStart).fields.map((field) => field.field)).toEqual(['agentNumber']);
    expect(await stack.db.call.count({ where: { agentNumber: e164(other) } })).toBe(before);
    // ...and their calls cannot be read, nor streamed.
    const theirs = unwrap(
      await crm.POST('/v1/calls', { body: { agentNumber: other, customerNumber: phone(), record: false } }),
    );
    const foreignRead = await browser.GET('/v1/calls/{id}', { params: { path: { id: theirs.id } } });
    expect(foreignRead.response.status).toBe(403);
    await expect(
      followCall(theirs.id, { baseUrl: stack.apiUrl, credential: issued.token, onState: () => undefined }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });

    // Out of scope: every other route, even those the backend's key could call.
    for (const refused of [
      await browser.GET('/v1/calls', { params: { query: {} } }),
      await browser.GET('/v1/credits'),
      await browser.POST('/v1/browser-tokens', { body: { agentNumber: agent } }),
    ]) {
      expect(refused.response.status).toBe(403);
      expect(errorOf(refused).message).toContain('A browser token may only start calls and read them');
    }

    // Forged (another signature) and expired tokens: 401.
    const forged = `${issued.token.slice(0, -4)}${issued.token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const forgedRead = await createExoflowClient({ baseUrl: stack.apiUrl, credential: forged }).GET('/v1/calls/{id}', {
      params: { path: { id: started.data!.id } },
    });
    expect(forgedRead.response.status).toBe(401);
    const short = unwrap(
      await agentBackend.POST('/v1/browser-tokens', { body: { agentNumber: agent, ttlSeconds: 1 } }),
    );
    await eventually(async () => (Date.now() > Date.parse(short.expiresAt) + 1_000 ? true : undefined), 5_000);
    const expired = await createExoflowClient({ baseUrl: stack.apiUrl, credential: short.token }).POST('/v1/calls', {
      body: { agentNumber: agent, customerNumber: phone(), record: false },
    });
    expect(expired.response.status).toBe(401);
    expect(errorOf(expired).code).toBe('token_expired');

    // Minutes, not longer than configured; a viewer key cannot ask for one.
    const tooLong = await agentBackend.POST('/v1/browser-tokens', { body: { agentNumber: agent, ttlSeconds: 3600 } });
    expect(tooLong.response.status).toBe(400);
    expect(errorOf(tooLong).fields).toEqual([{ field: 'ttlSeconds', message: 'must be at most 300' }]);
    const viewer = createExoflowClient({ baseUrl: stack.apiUrl, credential: ROLE_KEYS.viewer });
    expect((await viewer.POST('/v1/browser-tokens', { body: { agentNumber: agent } })).response.status).toBe(403);
  });
});

describe('idempotency', () => {
  it('returns the earlier call for the same request and answers 409 naming what differs', async () => {
    const [agent, customer] = [phone(), phone()];
    const trackingId = `lead-${randomUUID()}`;
    const body = { agentNumber: agent, customerNumber: customer, trackingId, record: false };
    const first = await crm.POST('/v1/calls', { body });
    expect(first.response.status).toBe(202);
    // The same request, numbers written another way: the earlier call.
    const again = await crm.POST('/v1/calls', {
      body: { ...body, agentNumber: e164(agent), customerNumber: `0${customer}` },
    });
    expect(again.response.status).toBe(200);
    expect(again.data!.id).toBe(first.data!.id);
    // Another customer and recording under the same trackingId: 409 naming both, nothing written.
    const changed = await crm.POST('/v1/calls', { body: { ...body, customerNumber: phone(), record: true } });
    expect(changed.response.status).toBe(409);
    expect(errorOf(changed).code).toBe('idempotency_conflict');
    expect(errorOf(changed).fields.map((field) => field.field)).toEqual(['customerNumber', 'record']);
    expect(errorOf(changed).message).toContain('customerNumber, record');
    const listed = unwrap(await crm.GET('/v1/calls', { params: { query: { trackingId } } }));
    expect(listed.calls.map((call) => call.id)).toEqual([first.data!.id]);

    // Idempotency-Key stands for trackingId.
    const key = `crm-request-${randomUUID()}`;
    const keyed = () => ({ params: { header: { 'Idempotency-Key': key } } });
    const byKey = await crm.POST('/v1/calls', { ...keyed(), body: { agentNumber: agent, customerNumber: customer } });
    expect(byKey.response.status).toBe(202);
    const byKeyAgain = await crm.POST('/v1/calls', {
      ...keyed(),
      body: { agentNumber: agent, customerNumber: customer },
    });
    expect([byKeyAgain.response.status, byKeyAgain.data!.id]).toEqual([200, byKey.data!.id]);
    const otherAgent = await crm.POST('/v1/calls', {
      ...keyed(),
      body: { agentNumber: phone(), customerNumber: customer },
    });
    expect(otherAgent.response.status).toBe(409);
    expect(errorOf(otherAgent).fields.map((field) => field.field)).toEqual(['agentNumber']);
    const mismatch = await crm.POST('/v1/calls', {
      ...keyed(),
      body: { agentNumber: agent, customerNumber: customer, trackingId: 'another-id' },
    });
    expect(mismatch.response.status).toBe(400);
    expect(errorOf(mismatch).fields.map((field) => field.field)).toEqual(['Idempotency-Key']);
    const badKey = await crm.POST('/v1/calls', {
      params: { header: { 'Idempotency-Key': 'has spaces in it' } },
      body: { agentNumber: agent, customerNumber: customer },
    });
    expect(badKey.response.status).toBe(400);
    expect(errorOf(badKey).fields.map((field) => field.field)).toEqual(['Idempotency-Key']);
    await settled([first.data!.id, byKey.data!.id]);
  });
});

/** Every event in the log after `after`, paged with the client. */
async function logAfter(after: string) {
  const events: ExoflowEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = unwrap(await crm.GET('/v1/events', { params: { query: { after: cursor, limit: 1000 } } })) as {
      events: ExoflowEvent[];
      nextCursor: string;
    };
    events.push(...page.events);
    if (page.events.length < 1000) return events;
    cursor = page.nextCursor;
  }
}

async function runCampaign(size: number) {
  const tag = `crm-${randomUUID().slice(0, 8)}`;
  const base = randomInt(100_000, 899_999);
  const contacts = Array.from({ length: size }, (_, i) => ({
    phone: `+9195${String(base * 100 + i).slice(-8)}`,
    name: `Lead ${i}`,
    tags: [tag],
  }));
  const imported = unwrap(
    await crm.POST('/v1/contacts/import', {
      body: { contacts, consent: { purpose: 'marketing', action: 'opt_in', evidence: 'Ticked "WhatsApp me offers"' } },
    }),
  );
  expect(imported.failed).toEqual([]);
  const template = unwrap(
    await crm.POST('/v1/templates', {
      body: {
        name: `crm_offer_${randomInt(1e6)}`,
        language: 'en',
        category: 'marketing',
        status: 'approved',
        components: { body: { text: 'Hi {{1}}, offers are live!' } },
      },
    }),
  );
  const campaign = unwrap(
    await crm.POST('/v1/campaigns', {
      body: {
        name: 'Outage',
        audience: { tags: [tag] },
        schedule: { window: null },
        steps: [{ templateId: template.id, params: { body: [{ field: 'name' }] } }],
      },
    }),
  );
  unwrap(await crm.POST('/v1/campaigns/{id}/start', { params: { path: { id: campaign.id } } }));
  return campaign.id;
}

describe('a CRM endpoint down for ten minutes (scaled)', () => {
  it('receives every event afterwards, verified, in per-resource order, none twice after dedupe', async () => {
    const state = { down: true, refused: 0, unverified: 0 };
    const delivered: ExoflowEvent[] = [];
    let receiver: ReturnType<typeof webhookReceiver> | undefined;
    const server = createServer((req, res) => {
      if (state.down || !receiver) {
        state.refused += 1;
        req.resume();
        res.writeHead(503).end('down for maintenance');
        return;
      }
      res.on('finish', () => {
        if (res.statusCode === 401) state.unverified += 1;
      });
      receiver(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exoflow`;
      // The document leaves the endpoint's shape open (docs/api.md#webhook-endpoints-to-the-crm).
      const endpoint = unwrap(await admin.POST('/v1/webhook-endpoints', { body: { url, description: 'CRM' } })) as {
        id: string;
        secret: string;
      };
      receiver = webhookReceiver({ secret: endpoint.secret, onEvent: (event) => void delivered.push(event) });
      const { rows } = await stack.db.pool.query<{ cursor: string }>(
        `SELECT cursor_event_id::text AS cursor FROM webhook_endpoints WHERE id = $1`,
        [endpoint.id],
      );
      const from = rows[0]!.cursor;
      const downSince = Date.now();

      // While it is down: calls (one recorded) and a WhatsApp campaign with its messages.
      const callIds = await Promise.all(
        [true, false, false].map(
          async (record) =>
            unwrap(await crm.POST('/v1/calls', { body: { agentNumber: phone(), customerNumber: phone(), record } })).id,
        ),
      );
      const campaignId = await runCampaign(20);
      await eventually(
        async () => {
          const campaign = unwrap(await crm.GET('/v1/campaigns/{id}', { params: { path: { id: campaignId } } }));
          return campaign.status === 'completed' && campaign.funnel[0]!.read === 20 ? true : undefined;
        },
        90_000,
        'campaign completed and read',
      );
      await settled(callIds);
      await eventually(
        async () => (Date.now() - downSince >= TEN_MINUTES_SCALED_MS ? true : undefined),
        TEN_MINUTES_SCALED_MS + 1_000,
      );
      const attempts = unwrap(
        await admin.GET('/v1/webhook-endpoints/{id}/attempts', {
          params: { path: { id: endpoint.id }, query: { limit: 200 } },
        }),
      ) as { attempts: { statusCode: number | null; ok: boolean }[] };
      // Retried on the (scaled) schedule while down, every attempt refused.
      expect(attempts.attempts.length).toBeGreaterThanOrEqual(5);
      expect(attempts.attempts.every((attempt) => attempt.statusCode === 503 && !attempt.ok)).toBe(true);
      const outageMinutes = (Date.now() - downSince) / TIME_SCALE / 60_000;
      console.log(`CRM down for ${outageMinutes.toFixed(1)} scaled minutes, ${state.refused} requests refused`);

      state.down = false;
      const expected = await logAfter(from);
      expect(expected.filter((event) => event.type.startsWith('message.')).length).toBeGreaterThanOrEqual(60);
      expect(expected.some((event) => event.type === 'campaign.completed')).toBe(true);
      expect(expected.some((event) => event.type === 'call.ended')).toBe(true);
      expect(expected.some((event) => event.type === 'call.recording.archived')).toBe(true);
      await eventually(
        async () => {
          const got = new Set(delivered.map((event) => event.id));
          return expected.every((event) => got.has(event.id)) ? true : undefined;
        },
        90_000,
        'every event at the CRM',
      );

      // Every request passed the standardwebhooks check; deduped by webhook-id, each event once,
      // and each resource's events in the log's order, none missing between them.
      expect(state.unverified).toBe(0);
      expect(delivered.length).toBe(new Set(delivered.map((event) => event.id)).size);
      const byResource = (events: ExoflowEvent[]) => {
        const map = new Map<string, string[]>();
        for (const event of events) {
          const key = `${event.resource.type}:${event.resource.id}`;
          map.set(key, [...(map.get(key) ?? []), `${event.resource.seq}:${event.id}`]);
        }
        return map;
      };
      const wanted = byResource(expected);
      const got = byResource(delivered.filter((event) => BigInt(event.id) <= BigInt(expected.at(-1)!.id)));
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(wanted));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 300_000);
});

describe('a call stream cut mid-call', () => {
  it('is resumed by the client with Last-Event-ID, missing no state', async () => {
    let connections = 0;
    const seen: { id: string; status: string }[] = [];
    const resumedWith: { sent: string | null; lastSeen: string | undefined }[] = [];
    // The first connection is cut after its first message, like a proxy dropping it.
    const cutting: typeof fetch = async (input, init) => {
      connections += 1;
      resumedWith.push({ sent: new Headers(init?.headers).get('last-event-id'), lastSeen: seen.at(-1)?.id });
      const response = await fetch(input, init);
      if (connections > 1 || !response.body) return response;
      const reader = response.body.getReader();
      const first = await reader.read();
      await reader.cancel();
      return new Response(first.value, { status: response.status, headers: response.headers });
    };
    const started = unwrap(
      await crm.POST('/v1/calls', { body: { agentNumber: phone(), customerNumber: phone(), record: false } }),
    );
    const final = await followCall(started.id, {
      baseUrl: stack.apiUrl,
      credential: API_KEY,
      fetch: cutting,
      resumeDelayMs: 100,
      onState: (call, id) => seen.push({ id, status: call.status }),
    });
    expect(final.status).toBe('completed');
    expect(connections).toBeGreaterThanOrEqual(2);
    expect(resumedWith[0]!.sent).toBeNull();
    expect(resumedWith[1]!.sent).toBe(resumedWith[1]!.lastSeen);
    // After the first snapshot, exactly the call's events of the log, in order.
    const log = unwrap(
      await crm.GET('/v1/events', {
        params: { query: { resourceType: 'call', resourceId: started.id, after: seen[0]!.id } },
      }),
    ) as { events: ExoflowEvent[] };
    const streamed = seen.slice(1).map((state) => state.id);
    expect(streamed).toEqual(log.events.map((event) => event.id).slice(0, streamed.length));
    expect(new Set(streamed).size).toBe(streamed.length);
  });
});
