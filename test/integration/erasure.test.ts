// Erasure that erases (DPDPA), over the real stack: a contact is called (recorded) and messaged
// by a campaign, replies, then is erased; afterwards every table of the schema is searched for
// the number, in E.164 and national form, and the recording is gone from the bucket. The number
// stays on the suppression list: a later import cannot opt it back in, only the person's own new
// opt-in can (evidence dated after the erasure, or their START).
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { headRecording } from '../../recordings/recording-metadata.js';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';

const SENDER = '+918047100002';
let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({ WHATSAPP_SENDING_NUMBER: SENDER });
  stack.sim.whatsapp.setUrls({ inboundUrl: whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET) });
});
afterAll(async () => {
  await stack?.stop();
});

type Body = Record<string, any>;
const post = async (path: string, body: unknown) =>
  json(await stack.api(path, { method: 'POST', body: JSON.stringify(body) }));
const get = async (path: string) => json(await stack.api(path));

/** A fresh Indian mobile number, national form (10 digits). */
const nationalNumber = () => `96${String(randomInt(0, 1e8)).padStart(8, '0')}`;

const optIn = {
  purpose: 'marketing',
  action: 'opt_in',
  source: 'web_form',
  evidence: 'Checkbox "WhatsApp offers" on /signup',
};

/** Tables of the schema, with how many of their rows hold `digits` anywhere in their text. */
async function tablesHolding(digits: string): Promise<Record<string, number>> {
  const { rows: tables } = await stack.db.pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  expect(tables.map((table) => table.table_name)).toEqual(
    expect.arrayContaining(['calls', 'call_events', 'events', 'message_sends', 'whatsapp_events', 'audit_log']),
  );
  const found: Record<string, number> = {};
  for (const { table_name } of tables) {
    const { rows } = await stack.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table_name}" t WHERE row_to_json(t)::text LIKE $1`,
      [`%${digits}%`],
    );
    if (rows[0]!.n > 0) found[table_name] = rows[0]!.n;
  }
  return found;
}

/** Places a recorded call to the number and waits for its recording to be archived. */
async function recordedCall(national: string): Promise<Body> {
  stack.sim.script({
    match: { to: `+91${national}` },
    script: { talkMs: 300, recordingAvailableAfterMs: 0 },
    times: 1,
  });
  const placed = await post('/v1/calls', { agentNumber: nationalNumber(), customerNumber: national, record: true });
  expect(placed.status).toBe(202);
  return eventually(
    async () => {
      const { body } = await get(`/v1/calls/${placed.body.id}`);
      return body.recording?.status === 'archived' ? body : undefined;
    },
    60_000,
    'the recording to be archived',
  );
}

/** A one-step marketing campaign to one tag, run to completion with its delivery reports in. */
async function messageCampaign(tag: string): Promise<void> {
  const template = await post('/v1/templates', {
    name: `erasure_${randomInt(1e6)}`,
    language: 'en',
    category: 'marketing',
    status: 'approved',
    components: { body: { text: 'Hi {{1}}, your offer is ready' } },
  });
  expect(template.status).toBe(201);
  const created = await post('/v1/campaigns', {
    name: 'Erasure',
    audience: { tags: [tag] },
    schedule: { window: null },
    steps: [{ templateId: template.body.id, params: { body: [{ field: 'phone' }] } }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await post(`/v1/campaigns/${created.body.id}/start`, {})).status).toBe(202);
  await eventually(
    async () => {
      const { body } = await get(`/v1/campaigns/${created.body.id}`);
      return body.status === 'completed' && body.funnel[0].delivered === 1 ? true : undefined;
    },
    60_000,
    'the campaign to complete with its message delivered',
  );
}

describe('erasure', () => {
  it('leaves the number nowhere in the database nor the bucket, and keeps it suppressed', async () => {
    const national = nationalNumber();
    const e164 = `+91${national}`;
    const tag = `erasure-${randomUUID().slice(0, 8)}`;
    const { body: contact } = await post('/v1/contacts', { phone: e164, name: 'Asha', tags: [tag], consent: optIn });

    const call = await recordedCall(national);
    await messageCampaign(tag);
    // Their reply (an inbound message from the number) lands in whatsapp_events.
    expect((await stack.sim.whatsapp.sendInbound({ from: e164, to: SENDER, text: 'Thanks!' })).delivered).toBe(true);
    await eventually(
      async () => ((await tablesHolding(national)).whatsapp_events ? true : undefined),
      10_000,
      'the reply to be stored',
    );
    // Before: the number is in the call log, its callbacks, the messages and the event log.
    expect(Object.keys(await tablesHolding(national))).toEqual(
      expect.arrayContaining(['calls', 'call_events', 'contacts', 'events', 'message_sends', 'whatsapp_events']),
    );

    const erased = await json(await stack.api(`/v1/contacts/${contact.id}`, { method: 'DELETE' }));
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      alreadyErased: false,
      sendsDetached: 1,
      callsRedacted: 1,
      recordingsDeleted: 1,
    });

    // Nowhere: not in E.164, not in its national form, in no table at all.
    expect(await tablesHolding(national)).toEqual({});
    expect(await headRecording(stack.recordings, call.recording.key)).toBeUndefined();
    const after = (await get(`/v1/calls/${call.id}`)).body;
    expect(after).toMatchObject({
      customerNumber: `erased:${contact.id}`,
      recordingUrl: null,
      recording: { status: 'deleted', deletionReason: 'erasure' },
    });
    expect(after.agentNumber).toBe(call.agentNumber);
    const { rows: erasedEvents } = await stack.db.pool.query(
      `SELECT payload FROM events WHERE type = 'contact.erased' AND resource_id = $1`,
      [contact.id],
    );
    expect(erasedEvents).toEqual([{ payload: expect.objectContaining({ phone: `erased:${contact.id}` }) }]);

    // A callback of a call still in progress at the erasure lands later; repeating the erasure drops its body.
    await stack.db.pool.query(
      `INSERT INTO call_events (dedupe_key, call_id, source, event, raw, delivery) VALUES ($1, $2, 'webhook', '{}', $3, 'delivered')`,
      [randomUUID(), call.id, `CallSid=late&To=%2B91${national}&Status=completed`],
    );
    // So does a late delivery report of its message.
    await stack.db.pool.query(
      `INSERT INTO whatsapp_events (dedupe_key, kind, sid, send_id, status, phone, payload)
       SELECT $1, 'status', provider_sid, id, 'read', $2, jsonb_build_object('to', $2::text) FROM message_sends WHERE contact_id = $3`,
      [randomUUID(), e164, contact.id],
    );
    const again = await json(await stack.api(`/v1/contacts/${contact.id}`, { method: 'DELETE' }));
    expect(again.body).toMatchObject({ alreadyErased: true, erasedAt: erased.body.erasedAt, recordingsDeleted: 0 });
    expect(await tablesHolding(national)).toEqual({});

    // The same number imported again is a new contact that a list cannot opt in, with the reason.
    const reimport = await post('/v1/contacts/import', {
      contacts: [{ phone: national, name: 'Asha' }],
      consent: { purpose: 'marketing', action: 'opt_in', evidence: 'old CRM export' },
    });
    expect(reimport.status).toBe(200);
    expect(reimport.body).toMatchObject({
      created: 1,
      consent: {
        recorded: 0,
        skipped: [{ row: 0, reason: 'number_suppressed', message: expect.stringMatching(/erased.*import cannot/) }],
      },
    });
    const fresh = (await get(`/v1/contacts?phone=${national}`)).body.contacts[0];
    expect(fresh.canMessage).toEqual({ marketing: false, transactional: false });
    const consents = `/v1/contacts/${fresh.id}/consents`;

    // The API wants the person's new consent, dated after the erasure.
    const undated = await post(consents, optIn);
    expect(undated.status).toBe(409);
    expect(undated.body.error).toMatchObject({ code: 'number_suppressed', fields: [{ field: 'evidenceAt' }] });
    const stale = await post(consents, { ...optIn, evidenceAt: '2026-01-01T10:00:00+05:30' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/predates/);
    for (const evidenceAt of ['0000-01-01T00:00:00Z', '2999-01-01T00:00:00Z', '2026-02-31T10:00:00Z']) {
      const impossible = await post(consents, { ...optIn, evidenceAt });
      expect(impossible.status, evidenceAt).toBe(400);
      expect(impossible.body.error.fields).toEqual([{ field: 'evidenceAt', message: expect.any(String) }]);
    }
    expect((await get(consents)).body.consents).toEqual([]);

    const renewed = await post(consents, { ...optIn, evidenceAt: new Date().toISOString() });
    expect(renewed.status).toBe(201);
    expect(renewed.body.entry.evidenceAt).not.toBeNull();
    expect(renewed.body.canMessage).toEqual({ marketing: true, transactional: true });
  });

  it("keeps a STOP from a number we never stored: no list opts it in, the person's START does", async () => {
    const e164 = `+91${nationalNumber()}`;
    expect((await stack.sim.whatsapp.sendInbound({ from: e164, to: SENDER, text: 'STOP' })).delivered).toBe(true);

    const refused = await post('/v1/contacts', { phone: e164, consent: { ...optIn, source: 'api' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'number_suppressed', fields: [{ field: 'consent.evidenceAt' }] });
    expect((await get(`/v1/contacts?phone=${encodeURIComponent(e164)}`)).body.contacts).toEqual([]);

    expect((await stack.sim.whatsapp.sendInbound({ from: e164, to: SENDER, text: 'START' })).delivered).toBe(true);
    const listed = await post('/v1/contacts/import', {
      contacts: [{ phone: e164 }],
      consent: { purpose: 'marketing', action: 'opt_in', evidence: 'Signed up at the store' },
    });
    expect(listed.body).toMatchObject({ created: 1, consent: { recorded: 1, skipped: [] } });
  });

  it('erasing recordings by customer number takes the number out of those calls too', async () => {
    const national = nationalNumber();
    const call = await recordedCall(national);
    const erased = await post('/v1/recordings/erasure', { customerNumber: national });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ calls: [{ callId: call.id, objectDeleted: true }], callsRedacted: 1 });
    expect(await tablesHolding(national)).toEqual({});
    expect((await get(`/v1/calls/${call.id}`)).body).toMatchObject({ customerNumber: 'erased', recordingUrl: null });
  });
});
