// Contacts, consent and erasure over the real API and test database: upserts by number, imports
// with a per-row report, consent history with evidence, STOP/START from the webhook's side,
// send-time consent reads, audiences, and DPDPA erasure. Nothing of ours is mocked.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audienceQuery } from '../../contacts/audience.js';
import { consentStates } from '../../contacts/consent-states.js';
import { recordInboundConsent } from '../../contacts/consents.js';
import { SuppressionList } from '../../contacts/suppressions.js';
import { API_KEY, type AppStack, json, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack();
});
afterAll(async () => {
  await stack?.stop();
});
const suppressions = () => new SuppressionList(stack.env.SUPPRESSION_PEPPER);

type Body = Record<string, any>;
const post = async (path: string, body: unknown) =>
  json(await stack.api(path, { method: 'POST', body: JSON.stringify(body) }));
const get = async (path: string) => json(await stack.api(path));
const fingerprint = `key:${createHash('sha256').update(API_KEY).digest('hex').slice(0, 12)}`;

/** Indian mobile numbers (national form) unique to this file's run: 9, a random 3-digit block, a 6-digit index. */
const block = randomInt(100, 1000);
let next = 0;
const newNumber = () => `9${block}${String(next++).padStart(6, '0')}`;
const e164 = (national: string) => `+91${national}`;
const runTag = (name: string) => `${name}-${block}`;

/** Every contact with a tag, through the list API, page by page. */
async function listAll(tag: string): Promise<Body[]> {
  const contacts: Body[] = [];
  let cursor: string | null = null;
  do {
    const { status, body }: { status: number; body: Body } = await get(
      `/v1/contacts?tag=${encodeURIComponent(tag)}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(status).toBe(200);
    contacts.push(...body.contacts);
    cursor = body.nextCursor;
  } while (cursor);
  return contacts;
}

const optIn = {
  purpose: 'marketing',
  action: 'opt_in',
  source: 'web_form',
  evidence: 'Checkbox "WhatsApp offers" on /signup, 2026-11-20 10:42 IST',
};

describe('contacts', () => {
  it('creates a contact with its number in E.164, and the same number again updates it (200, tags added, attributes merged)', async () => {
    const number = newNumber();
    const created = await post('/v1/contacts', {
      phone: number,
      name: 'Asha',
      tags: ['vip'],
      attributes: { city: 'Pune' },
      consent: optIn,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      phone: e164(number),
      name: 'Asha',
      tags: ['vip'],
      attributes: { city: 'Pune' },
      consent: { marketing: { status: 'opted_in', source: 'web_form' }, transactional: { status: 'none' } },
      canMessage: { marketing: true, transactional: true },
    });

    const again = await post('/v1/contacts', {
      phone: `0${number}`,
      tags: ['diwali', 'vip'],
      attributes: { orderId: 'A-1042' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: created.body.id,
      name: 'Asha',
      tags: ['vip', 'diwali'],
      attributes: { city: 'Pune', orderId: 'A-1042' },
    });
    expect((await get(`/v1/contacts/${created.body.id}`)).body).toEqual(again.body);
    expect((await get(`/v1/contacts?phone=%2B91${number}`)).body.contacts.map((c: Body) => c.id)).toEqual([
      created.body.id,
    ]);
  });

  it('rejects a bad contact naming each field, and writes nothing', async () => {
    const bad = await post('/v1/contacts', {
      phone: '12345',
      tags: ['ok', ''],
      attributes: { 'bad key': 1 },
      consent: { purpose: 'marketing', action: 'opt_in' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields.map((f: Body) => f.field).sort()).toEqual([
      'attributes.bad key',
      'consent.evidence',
      'phone',
      'tags.1',
    ]);

    // A valid number with an opt-in lacking evidence: refused whole, the contact is not created.
    const number = newNumber();
    const noEvidence = await post('/v1/contacts', {
      phone: number,
      consent: { purpose: 'marketing', action: 'opt_in' },
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.fields).toEqual([
      { field: 'consent.evidence', message: expect.stringContaining('evidence') },
    ]);
    expect((await get(`/v1/contacts?phone=${number}`)).body.contacts).toEqual([]);
    expect((await get('/v1/contacts/not-a-uuid')).status).toBe(400);
    expect((await get(`/v1/contacts/${randomUUID()}`)).status).toBe(404);
  });
});

describe('imports', () => {
  it('1,000 rows with bad ones: a precise per-row report, only the good rows written', async () => {
    const tag = runTag('import-1k');
    const rows: unknown[] = Array.from({ length: 1000 }, (_, i) => ({
      phone: newNumber(),
      name: `Person ${i}`,
      tags: [tag],
      attributes: { n: i },
    }));
    rows[3] = { phone: '98765', tags: [tag] };
    rows[10] = { phone: newNumber(), tags: [tag], attributes: { 'first name': 'x' } };
    rows[500] = { phone: newNumber(), tags: tag, nickname: 'x' };
    rows[999] = 'not an object';
    const first = rows[0] as Body;
    rows[20] = { phone: `+91${first.phone}`, tags: [tag, 'repeat'], attributes: { second: true } };
    const failedNumbers = [rows[10], rows[500]].map((row) => e164((row as Body).phone));

    const { status, body } = await post('/v1/contacts/import', {
      contacts: rows,
      consent: {
        purpose: 'marketing',
        action: 'opt_in',
        evidence: 'Diwali signup list, web form with WhatsApp checkbox',
      },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      rows: 1000,
      created: 995,
      updated: 1,
      failed: [
        { row: 3, field: 'phone', message: expect.stringContaining('not an Indian number') },
        { row: 10, field: 'attributes.first name', message: 'attribute names are 1-64 letters, digits or _' },
        { row: 500, field: 'tags', message: expect.any(String) },
        { row: 500, field: '(row)', message: expect.stringContaining('nickname') },
        { row: 999, field: '(row)', message: expect.stringContaining('expected object') },
      ],
      consent: { recorded: 995, skipped: [] },
    });

    const listed = await listAll(tag);
    expect(listed).toHaveLength(995);
    const phones = new Set(listed.map((contact) => contact.phone));
    for (const number of failedNumbers) expect(phones.has(number)).toBe(false);
    const repeated = listed.find((contact) => contact.phone === e164(first.phone))!;
    expect(repeated).toMatchObject({
      name: 'Person 0',
      tags: [tag, 'repeat'],
      attributes: { n: 0, second: true },
      canMessage: { marketing: true },
    });
  });

  it('imports 10,000 rows in one request', async () => {
    const tag = runTag('import-10k');
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      phone: newNumber(),
      name: `Bulk ${i}`,
      tags: [tag],
      attributes: { city: `City ${i % 50}` },
    }));
    const { status, body } = await post('/v1/contacts/import', {
      contacts: rows,
      consent: { purpose: 'transactional', action: 'opt_in', evidence: 'Order confirmations opt-in at checkout' },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      rows: 10_000,
      created: 10_000,
      updated: 0,
      failed: [],
      consent: { recorded: 10_000 },
    });
    const { rows: counted } = await stack.db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM contacts WHERE tags @> ARRAY[$1]`,
      [tag],
    );
    expect(Number(counted[0]!.n)).toBe(10_000);
  });

  it('refuses an import whose envelope is wrong, naming the field, and writes nothing', async () => {
    const tag = runTag('import-refused');
    const noEvidence = await post('/v1/contacts/import', {
      contacts: [{ phone: newNumber(), tags: [tag] }],
      consent: { purpose: 'marketing', action: 'opt_in' },
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.fields.map((f: Body) => f.field)).toEqual(['consent.evidence']);
    const tooMany = await post('/v1/contacts/import', {
      contacts: Array.from({ length: 10_001 }, () => ({ phone: '1' })),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields.map((f: Body) => f.field)).toEqual(['contacts']);
    expect(await listAll(tag)).toEqual([]);
  });
});

describe('consent', () => {
  it('keeps a history, newest first, recorded by the API key; an opt-in without evidence is refused and writes nothing', async () => {
    const { body: contact } = await post('/v1/contacts', { phone: newNumber(), name: 'Ravi' });
    const path = `/v1/contacts/${contact.id}/consents`;

    const first = await post(path, optIn);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      entry: {
        purpose: 'marketing',
        action: 'opt_in',
        source: 'web_form',
        evidence: optIn.evidence,
        recordedBy: fingerprint,
      },
      canMessage: { marketing: true, transactional: true },
    });

    const refused = await post(path, { purpose: 'transactional', action: 'opt_in', source: 'api' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      { field: 'evidence', message: expect.stringContaining('opt-in needs evidence') },
    ]);

    const optOut = await post(path, { purpose: 'marketing', action: 'opt_out' });
    expect(optOut.status).toBe(201);
    expect(optOut.body.canMessage).toEqual({ marketing: false, transactional: false });

    const history = await get(path);
    expect(
      history.body.consents.map((entry: Body) => [entry.purpose, entry.action, entry.source, entry.recordedBy]),
    ).toEqual([
      ['marketing', 'opt_out', 'api', fingerprint],
      ['marketing', 'opt_in', 'web_form', fingerprint],
    ]);
    expect((await get(`/v1/contacts/${contact.id}`)).body.consent.marketing).toMatchObject({
      status: 'opted_out',
      source: 'api',
    });
    expect((await post(`/v1/contacts/${randomUUID()}/consents`, optIn)).status).toBe(404);
  });

  it('STOP from the contact withdraws both purposes, an import cannot opt them back in, START can; unknown numbers are ignored', async () => {
    const number = newNumber();
    const { body: contact } = await post('/v1/contacts', { phone: number, consent: optIn });

    expect(
      await recordInboundConsent(
        stack.db.pool,
        { phone: e164(number), action: 'opt_out', evidence: 'STOP' },
        suppressions(),
      ),
    ).toEqual({ contactId: contact.id });
    let view = (await get(`/v1/contacts/${contact.id}`)).body;
    expect(view.consent).toMatchObject({
      marketing: { status: 'opted_out', source: 'inbound_keyword' },
      transactional: { status: 'opted_out' },
    });
    expect(view.canMessage).toEqual({ marketing: false, transactional: false });

    const reimport = await post('/v1/contacts/import', {
      contacts: [{ phone: number }],
      consent: { purpose: 'marketing', action: 'opt_in', evidence: 'old CRM list' },
    });
    expect(reimport.body).toMatchObject({
      updated: 1,
      consent: { recorded: 0, skipped: [{ row: 0, message: expect.stringContaining('opted out of marketing') }] },
    });
    expect((await get(`/v1/contacts/${contact.id}`)).body.canMessage).toEqual({
      marketing: false,
      transactional: false,
    });

    await recordInboundConsent(
      stack.db.pool,
      { phone: e164(number), action: 'opt_in', evidence: 'START' },
      suppressions(),
    );
    view = (await get(`/v1/contacts/${contact.id}`)).body;
    expect(view.canMessage).toEqual({ marketing: true, transactional: true });
    const history = (await get(`/v1/contacts/${contact.id}/consents`)).body.consents;
    expect(
      history
        .slice(0, 3)
        .map((entry: Body) => [entry.purpose, entry.action, entry.source, entry.evidence, entry.recordedBy]),
    ).toEqual([
      ['marketing', 'opt_in', 'inbound_keyword', 'START', 'inbound:whatsapp'],
      ['transactional', 'opt_out', 'inbound_keyword', 'STOP', 'inbound:whatsapp'],
      ['marketing', 'opt_out', 'inbound_keyword', 'STOP', 'inbound:whatsapp'],
    ]);

    const stranger = e164(newNumber());
    expect(
      await recordInboundConsent(
        stack.db.pool,
        { phone: stranger, action: 'opt_out', evidence: 'STOP' },
        suppressions(),
      ),
    ).toBeNull();
    expect((await get(`/v1/contacts?phone=${encodeURIComponent(stranger)}`)).body.contacts).toEqual([]);
  });

  it('send time reads consent and template fields for a batch of contacts in one call', async () => {
    const marketingNumber = newNumber();
    const { body: marketing } = await post('/v1/contacts', {
      phone: marketingNumber,
      name: 'M',
      attributes: { city: 'Goa' },
      consent: optIn,
    });
    const { body: transactional } = await post('/v1/contacts', {
      phone: newNumber(),
      consent: { purpose: 'transactional', action: 'opt_in', evidence: 'Checkout: "Send order updates on WhatsApp"' },
    });
    const { body: nobody } = await post('/v1/contacts', { phone: newNumber() });
    const missing = randomUUID();

    const states = await consentStates(stack.db.pool, [marketing.id, transactional.id, nobody.id, missing]);
    expect(states.get(marketing.id)).toEqual({
      marketing: true,
      transactional: true,
      erased: false,
      optedOut: false,
      phone: e164(marketingNumber),
      name: 'M',
      attributes: { city: 'Goa' },
    });
    expect(states.get(transactional.id)).toMatchObject({ marketing: false, transactional: true, optedOut: false });
    expect(states.get(nobody.id)).toMatchObject({ marketing: false, transactional: false, optedOut: false });
    expect(states.has(missing)).toBe(false);
    await expect(
      consentStates(
        stack.db.pool,
        Array.from({ length: 1001 }, () => randomUUID()),
      ),
    ).rejects.toThrow(/at most 1,000/);
  });
});

describe('audiences', () => {
  it('selects non-erased contacts by tags, attributes and ids, ordered by id, embeddable after other parameters', async () => {
    const tag = runTag('audience');
    const make = async (tags: string[], city: string) =>
      (await post('/v1/contacts', { phone: newNumber(), tags, attributes: { city, tier: 2 } })).body.id as string;
    const puneVip = await make([tag, 'vip'], 'Pune');
    const puneVip2 = await make([tag, 'vip'], 'Pune');
    const goaVip = await make([tag, 'vip'], 'Goa');
    const puneOther = await make([tag], 'Pune');
    const erased = await make([tag, 'vip'], 'Pune');
    expect((await stack.api(`/v1/contacts/${erased}`, { method: 'DELETE' })).status).toBe(200);

    const run = async (audience: Parameters<typeof audienceQuery>[0]) => {
      // As a campaign embeds it: its own parameter first.
      const query = audienceQuery(audience, 2);
      const { rows } = await stack.db.pool.query<{ id: string; marker: string }>(
        `SELECT a.id, $1::text AS marker FROM (${query.sql}) a`,
        ['x', ...query.params],
      );
      return rows.map((row) => row.id);
    };
    const sorted = (ids: string[]) => [...ids].sort();
    expect(await run({ tags: [tag, 'vip'], attributes: { city: 'Pune' } })).toEqual(sorted([puneVip, puneVip2]));
    expect(await run({ tags: [tag], attributes: { tier: '2' } })).toEqual(
      sorted([puneVip, puneVip2, goaVip, puneOther]),
    );
    expect(await run({ contactIds: [goaVip, erased, puneOther] })).toEqual(sorted([goaVip, puneOther]));
  });
});

describe('erasure', () => {
  it('removes personal data, keeps consent and send counts, writes an audit entry; the number can come back as a new contact', async () => {
    const number = newNumber();
    const { body: contact } = await post('/v1/contacts', {
      phone: number,
      name: 'Meera',
      tags: ['vip'],
      attributes: { city: 'Pune' },
      consent: optIn,
    });
    await post(`/v1/contacts/${contact.id}/consents`, {
      purpose: 'transactional',
      action: 'opt_in',
      source: 'api',
      evidence: 'Asked by phone on 2026-11-21',
    });
    // A campaign that messaged her: its send rows keep counting after the erasure.
    const campaignId = randomUUID();
    await stack.db.pool.query(
      `INSERT INTO campaigns (id, name, definition, sending_number, workflow_id) VALUES ($1, 'erasure test', '{}', '+918047112345', $2)`,
      [campaignId, `campaign-${campaignId}`],
    );
    await stack.db.pool.query(
      `INSERT INTO message_sends (id, campaign_id, step, contact_id, phone, state) VALUES ($1, $3, 0, $4, $5, 'accepted'), ($2, $3, 1, $4, $5, 'accepted')`,
      [randomUUID(), randomUUID(), campaignId, contact.id, e164(number)],
    );

    const erased = await json(await stack.api(`/v1/contacts/${contact.id}`, { method: 'DELETE' }));
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ id: contact.id, alreadyErased: false, consentsRedacted: 2, sendsDetached: 2 });

    const view = (await get(`/v1/contacts/${contact.id}`)).body;
    expect(view).toMatchObject({
      phone: `erased:${contact.id}`,
      name: null,
      tags: [],
      attributes: {},
      erasedAt: erased.body.erasedAt,
    });
    expect(view.canMessage).toEqual({ marketing: false, transactional: false });
    const history = (await get(`/v1/contacts/${contact.id}/consents`)).body.consents;
    expect(history).toHaveLength(2);
    expect(history.map((entry: Body) => entry.evidence)).toEqual(['[erased]', '[erased]']);
    const sends = await stack.db.pool.query(`SELECT phone FROM message_sends WHERE contact_id = $1`, [contact.id]);
    expect(sends.rows).toEqual([{ phone: null }, { phone: null }]);
    expect((await consentStates(stack.db.pool, [contact.id])).get(contact.id)).toMatchObject({
      erased: true,
      marketing: false,
      transactional: false,
    });

    const audit = await stack.db.pool.query(
      `SELECT actor, action, subject_type, details FROM audit_log WHERE subject_id = $1`,
      [contact.id],
    );
    expect(audit.rows).toEqual([
      {
        actor: fingerprint,
        action: 'contact.erased',
        subject_type: 'contact',
        details: { consentsRedacted: 2, sendsDetached: 2, eventsRedacted: 0, callsRedacted: 0, callEventsRedacted: 0 },
      },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain(number);

    // Erased: no new consent, no inbound match, and a second erasure changes nothing.
    expect(
      (await post(`/v1/contacts/${contact.id}/consents`, { purpose: 'marketing', action: 'opt_out' })).status,
    ).toBe(409);
    expect(
      await recordInboundConsent(
        stack.db.pool,
        { phone: e164(number), action: 'opt_out', evidence: 'STOP' },
        suppressions(),
      ),
    ).toBeNull();
    const again = await json(await stack.api(`/v1/contacts/${contact.id}`, { method: 'DELETE' }));
    expect(again.body).toMatchObject({ alreadyErased: true, erasedAt: erased.body.erasedAt });
    expect((await stack.db.pool.query(`SELECT 1 FROM audit_log WHERE subject_id = $1`, [contact.id])).rowCount).toBe(1);
    await expect(stack.db.pool.query(`DELETE FROM audit_log WHERE subject_id = $1`, [contact.id])).rejects.toThrow(
      /append-only/,
    );

    // The same number imported again is somebody new, with no consent.
    const reimported = await post('/v1/contacts/import', { contacts: [{ phone: number, name: 'Meera' }] });
    expect(reimported.body).toMatchObject({ created: 1, updated: 0 });
    const fresh = (await get(`/v1/contacts?phone=${number}`)).body.contacts;
    expect(fresh).toHaveLength(1);
    expect(fresh[0].id).not.toBe(contact.id);
    expect(fresh[0].canMessage).toEqual({ marketing: false, transactional: false });
    expect((await stack.api(`/v1/contacts/${randomUUID()}`, { method: 'DELETE' })).status).toBe(404);
  });
});
