// While PostgreSQL cannot be reached the API answers 503 with Retry-After, never a 500: Exotel
// takes a 5xx on a callback as "try again" (and polling covers what it does not retry), a CRM
// knows to come back, and nothing is half-written or dialled.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { InboxWriter } from '../../calls/events-inbox.js';
import { EventHub } from '../../events/feed.js';
import { closeDb, createDb, type Db } from '../../lib/db.js';
import { webhookToken, whatsappWebhookToken } from '../../lib/webhook-token.js';
import { WhatsappInbox } from '../../messages/whatsapp-inbox.js';
import { SuppressionList } from '../../contacts/suppressions.js';
import { freePort } from '../../scripts/lib/net.js';
import { API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';
import { postReport } from '../support/whatsapp-reports.js';

let stack: AppStack;
let down: Db;
let server: Server;
let url: string;

beforeAll(async () => {
  stack = await startAppStack({}, { worker: false });
  // The same API, over a PostgreSQL that is not there: nothing listens on this port.
  const databaseUrl = `postgresql://postgres@127.0.0.1:${await freePort()}/exoflow`;
  down = createDb(databaseUrl, 2, stack.logger);
  server = createApp({
    db: down,
    ledger: stack.ledger,
    temporal: stack.temporal,
    inbox: new InboxWriter(down),
    whatsappInbox: new WhatsappInbox(down.pool, new SuppressionList('database-outage-test-pepper-0123456789')),
    events: new EventHub(down.pool, stack.logger, { databaseUrl }),
    logger: stack.logger,
    env: stack.env,
    recordings: stack.recordings,
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  if (down) await closeDb(down);
  await stack?.stop();
});

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('database_unavailable');
  expect(error.message).toMatch(/retry after 5 seconds/);
}

describe('while PostgreSQL is down', () => {
  it("answers Exotel's voice callbacks and delivery reports 503 with Retry-After", async () => {
    const callId = randomUUID();
    const token = webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, callId);
    await expectUnavailable(
      await fetch(`${url}/v1/webhooks/exotel/voice?call=${callId}&token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          CallSid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
          Status: 'completed',
          EventType: 'terminal',
        }),
      }),
    );
    const whatsappToken = whatsappWebhookToken(stack.env.WEBHOOK_SIGNING_SECRET);
    await expectUnavailable(
      await postReport(`${url}/v1/webhooks/exotel/whatsapp?token=${encodeURIComponent(whatsappToken)}`, {
        sid: 'sid-1',
        to: '919800000001',
        code: 30002,
        detailedStatus: 'EX_MESSAGE_DELIVERED',
      }),
    );
  });

  it("answers the CRM's calls 503 with Retry-After and dials nobody", async () => {
    const headers = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
    await expectUnavailable(
      await fetch(`${url}/v1/calls`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ agentNumber: '9800000001', customerNumber: '9800000002' }),
      }),
    );
    await expectUnavailable(await fetch(`${url}/v1/calls/${randomUUID()}`, { headers }));
    expect(stack.sim.requests({ path: '/Calls/connect' })).toHaveLength(0);
    // The health check says which dependency is down.
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { checks: { database: string } }).checks.database).not.toBe('ok');
  });
});
