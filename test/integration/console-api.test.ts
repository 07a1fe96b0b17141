// What the console's Contacts, Calls and Overview pages need from the API, over the real stack:
// CSV imports with a per-row report, contact search, a contact's timeline, calls filtered and
// paged with customer numbers masked by role, budgets calls are charged to (and deleted), and
// the caller's roles. Nothing of ours is mocked.
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_KEY, type AppStack, json, ROLE_KEYS, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack({ TEMPORAL_UI_URL: 'http://temporal-ui.example:8233/' });
});
afterAll(async () => {
  await stack?.stop();
});

type Body = Record<string, any>;
const as = (key: string) => ({ authorization: `Bearer ${key}` });
const get = async (path: string, key?: string) => json(await stack.api(path, key ? { headers: as(key) } : undefined));
const post = async (path: string, body: unknown, key?: string) =>
  json(await stack.api(path, { method: 'POST', body: JSON.stringify(body), ...(key ? { headers: as(key) } : {}) }));
const postCsv = (path: string, csv: string) =>
  stack.api(path, { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } });

const block = randomInt(100, 1000);
let next = 0;
/** Indian mobile numbers unique to this run. */
const newNumber = () => `8${block}${String(next++).padStart(6, '0')}`;

describe('CSV import', () => {
  it('imports the good rows and reports each bad one by its line and column', async () => {
    const [good1, good2, good3] = [newNumber(), newNumber(), newNumber()];
    const tag = `csv-${block}`;
    const csv = [
      'Mobile,Full name,Labels,City',
      `${good1},Asha,${tag};vip,Pune`,
      `12345,Bad Number,${tag},Delhi`,
      `"${good2}","Ravi, Jr.",${tag},Mumbai`,
      `${good3},,${tag},`,
      `,No Number,${tag},Goa`,
    ].join('\n');
    const response = await postCsv(
      `/v1/contacts/import?phone=Mobile&name=${encodeURIComponent('Full name')}&tags=Labels&attributes=city:City`,
      csv,
    );
    const { status, body } = await json(response);
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 5, created: 3, updated: 0 });
    expect(body.failed.map((entry: Body) => [entry.row, entry.field])).toEqual([
      [3, 'Mobile'],
      [6, 'Mobile'],
    ]);
    expect(body.failed[0].message).toContain('not an Indian number');

    const listed = await get(`/v1/contacts?tag=${tag}&limit=200`);
    const byPhone = new Map<string, Body>(listed.body.contacts.map((contact: Body) => [contact.phone, contact]));
    expect([...byPhone.keys()].sort()).toEqual([good1, good2, good3].map((n) => `+91${n}`).sort());
    expect(byPhone.get(`+91${good1}`)).toMatchObject({
      name: 'Asha',
      tags: [tag, 'vip'],
      attributes: { city: 'Pune' },
    });
    expect(byPhone.get(`+91${good2}`)).toMatchObject({ name: 'Ravi, Jr.', attributes: { city: 'Mumbai' } });
    expect(byPhone.get(`+91${good3}`)).toMatchObject({ name: null, attributes: {} });
  });

  it('records the consent given in the query, with its evidence', async () => {
    const phone = newNumber();
    const { status, body } = await json(
      await postCsv(
        `/v1/contacts/import?consentPurpose=marketing&consentAction=opt_in&consentEvidence=${encodeURIComponent('Signed up at the Pune store, 2026-11-20')}`,
        `phone,name\n${phone},Meera\n`,
      ),
    );
    expect(status).toBe(200);
    expect(body.consent).toEqual({ recorded: 1, skipped: [] });
    const [contact] = (await get(`/v1/contacts?phone=${phone}`)).body.contacts;
    expect(contact.consent.marketing.status).toBe('opted_in');
  });

  it('refuses a file without the mapped columns and writes nothing', async () => {
    const phone = newNumber();
    const { status, body } = await json(await postCsv('/v1/contacts/import?phone=Mobile', `Phone,Name\n${phone},X\n`));
    expect(status).toBe(400);
    expect(body.error.fields).toEqual([{ field: 'phone', message: expect.stringContaining('Phone, Name') }]);
    expect((await get(`/v1/contacts?phone=${phone}`)).body.contacts).toEqual([]);
  });

  it('reports a line that is not CSV and imports the others', async () => {
    const [before, after] = [newNumber(), newNumber()];
    const { status, body } = await json(
      await postCsv('/v1/contacts/import', `phone,name\n${before},A\n${after},B\n"${newNumber()},unclosed\n`),
    );
    expect(status).toBe(200);
    expect(body.created).toBe(2);
    expect(body.failed).toEqual([{ row: 4, field: '(row)', message: expect.stringContaining('Quote') }]);
  });
});

describe('contact search', () => {
  it('finds contacts by part of the name, digits of the number, or a tag', async () => {
    const phone = newNumber();
    const unique = `Zephyrine${block}`;
    const tag = `search-${block}`;
    const created = await post('/v1/contacts', { phone, name: `${unique} Rao`, tags: [tag] });
    const id = created.body.id;
    const ids = async (q: string) =>
      (await get(`/v1/contacts?q=${encodeURIComponent(q)}&limit=200`)).body.contacts.map((c: Body) => c.id);
    expect(await ids(unique.toLowerCase())).toEqual([id]);
    expect(await ids(phone.slice(2))).toContain(id);
    expect(await ids(tag)).toEqual([id]);
    expect(await ids('nobody-is-called-this')).toEqual([]);
  });
});

describe("a contact's timeline", () => {
  it('lists calls, messages and consent changes newest first, page by page', async () => {
    const phone = newNumber();
    const contact = await post('/v1/contacts', {
      phone,
      name: 'Timeline',
      consent: { purpose: 'marketing', action: 'opt_in', source: 'web_form', evidence: 'Ticked the box on /offers' },
    });
    const contactId = contact.body.id;
    // A message sent to them by a campaign, as the sender records it.
    const campaignId = randomUUID();
    await stack.db.pool.query(
      `INSERT INTO campaigns (id, name, status, definition, sending_number, workflow_id)
       VALUES ($1, 'Timeline campaign', 'completed', '{}', '+918047112345', $2)`,
      [campaignId, `campaign-${campaignId}`],
    );
    const sendId = randomUUID();
    await stack.db.pool.query(
      `INSERT INTO message_sends (id, campaign_id, step, contact_id, phone, state, status, sent_at)
       VALUES ($1, $2, 1, $3, $4, 'accepted', 'sent', now())`,
      [sendId, campaignId, contactId, `+91${phone}`],
    );
    const call = await post('/v1/calls', { agentNumber: newNumber(), customerNumber: phone });
    expect(call.status).toBe(202);
    await post(`/v1/contacts/${contactId}/consents`, { purpose: 'marketing', action: 'opt_out' });

    const items: Body[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Body } = await get(
        `/v1/contacts/${contactId}/timeline?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);

    expect(items.map((item) => item.kind)).toEqual(['consent', 'call', 'message', 'consent']);
    expect(items[0]!.consent).toMatchObject({ action: 'opt_out' });
    expect(items[1]!.call).toMatchObject({ id: call.body.id, customerNumber: `+91${phone}` });
    expect(items[2]!.message).toMatchObject({ id: sendId, campaignName: 'Timeline campaign', status: 'sent' });
    expect(items[3]!.consent).toMatchObject({ action: 'opt_in', evidence: 'Ticked the box on /offers' });
    const times = items.map((item) => item.at);
    expect([...times].sort().reverse()).toEqual(times);

    // A viewer sees the same timeline with the customer's number masked.
    const viewed = await get(`/v1/contacts/${contactId}/timeline`, ROLE_KEYS.viewer);
    const viewedCall = viewed.body.items.find((item: Body) => item.kind === 'call');
    expect(viewedCall.call.customerNumber).toBe(`+91******${phone.slice(-4)}`);
  });

  it('refuses a cursor it did not hand out', async () => {
    const contact = await post('/v1/contacts', { phone: newNumber() });
    const { status, body } = await get(`/v1/contacts/${contact.body.id}/timeline?cursor=nonsense`);
    expect(status).toBe(400);
    expect(body.error.fields[0].field).toBe('cursor');
  });
});

describe('listing calls', () => {
  it('filters by status, agent, customer and time, and pages with a cursor', async () => {
    const agent = newNumber();
    const customers = [newNumber(), newNumber(), newNumber()];
    const since = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (const customer of customers) {
      const started = await post('/v1/calls', { agentNumber: agent, customerNumber: customer });
      ids.push(started.body.id);
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Body } = await get(
        `/v1/calls?agent=${agent}&from=${encodeURIComponent(since)}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.calls.map((call: Body) => call.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse()); // newest first, each once

    const byCustomer = await get(`/v1/calls?customer=${customers[1]}`);
    expect(byCustomer.body.calls.map((call: Body) => call.id)).toEqual([ids[1]]);
    const before = await get(`/v1/calls?agent=${agent}&to=${encodeURIComponent(since)}`);
    expect(before.body.calls).toEqual([]);
    const statuses = (await get(`/v1/calls?agent=${agent}`)).body.calls.map((call: Body) => call.status);
    const oneStatus = statuses[0];
    const filtered = await get(`/v1/calls?agent=${agent}&status=${oneStatus},canceled`);
    expect(filtered.body.calls.every((call: Body) => [oneStatus, 'canceled'].includes(call.status))).toBe(true);

    const bad = await get('/v1/calls?status=ringing');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('status');
  });

  it('masks the customer number for roles that may not see numbers, in lists, calls and events', async () => {
    const customer = newNumber();
    const started = await post('/v1/calls', { agentNumber: newNumber(), customerNumber: customer });
    const id = started.body.id;
    const masked = `+91******${customer.slice(-4)}`;

    const asViewer = await get(`/v1/calls?customer=${customer}`, ROLE_KEYS.viewer);
    expect(asViewer.body.calls[0].customerNumber).toBe(masked);
    expect((await get(`/v1/calls/${id}`, ROLE_KEYS.viewer)).body.customerNumber).toBe(masked);
    const events = await get(`/v1/events?resourceType=call&resourceId=${id}`, ROLE_KEYS.viewer);
    expect(events.body.events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events.body)).not.toContain(customer);

    for (const key of [ROLE_KEYS.agent, ROLE_KEYS.privacy, ADMIN_API_KEY]) {
      expect((await get(`/v1/calls/${id}`, key)).body.customerNumber).toBe(`+91${customer}`);
    }
  });

  it('links a call to its workflow run in the Temporal UI', async () => {
    const started = await post('/v1/calls', { agentNumber: newNumber(), customerNumber: newNumber() });
    const { body } = await get(`/v1/calls/${started.body.id}`);
    expect(body.temporalUrl).toBe(
      `http://temporal-ui.example:8233/namespaces/default/workflows/call-${started.body.id}`,
    );
  });
});

describe('budgets', () => {
  const put = async (id: string, body: unknown) =>
    json(
      await stack.api(`/v1/credits/budgets/${id}`, {
        method: 'PUT',
        body: JSON.stringify(body),
        headers: as(ADMIN_API_KEY),
      }),
    );
  const remove = (id: string) =>
    stack.api(`/v1/credits/budgets/${id}`, { method: 'DELETE', headers: as(ADMIN_API_KEY) });

  it("charges a call to an agent's budget", async () => {
    const id = `agent-${block}-${randomInt(1e6)}`;
    const agent = newNumber();
    const created = await put(id, { name: `Agent ${agent}`, credits: 100, owner: { type: 'agent', id: agent } });
    expect(created.body).toMatchObject({ id, ownerType: 'agent', ownerId: agent, granted: 100 });
    const started = await post('/v1/calls', { agentNumber: agent, customerNumber: newNumber(), budgetId: id });
    expect(started.status).toBe(202);
    const ledger = await get(`/v1/credits/ledger?budgetId=${id}`);
    expect(ledger.body.entries[0]).toMatchObject({ kind: 'reserve', ownerId: started.body.id, budgetId: id });
    const [budget] = (await get('/v1/credits/budgets')).body.budgets.filter((b: Body) => b.id === id);
    expect(budget.reserved).toBeGreaterThan(0);
  });

  it('refuses a call naming no budget, and writes nothing', async () => {
    const customer = newNumber();
    const { status, body } = await post('/v1/calls', {
      agentNumber: newNumber(),
      customerNumber: customer,
      budgetId: 'no-such-budget',
    });
    expect(status).toBe(400);
    expect(body.error.fields).toEqual([{ field: 'budgetId', message: expect.stringContaining('names no budget') }]);
    expect((await get(`/v1/calls?customer=${customer}`)).body.calls).toEqual([]);
  });

  it('deletes a budget once nothing is held against it; it then takes no calls', async () => {
    const id = `team-${block}-${randomInt(1e6)}`;
    await put(id, { name: 'Team North', credits: 50, owner: { type: 'team', id: 'north' } });
    const owner = { ownerType: 'call' as const, ownerId: randomUUID(), channel: 'voice' as const };
    await stack.ledger.reserve({
      id: `hold-${id}`,
      ...owner,
      budgetId: id,
      requested: 2000,
      minimum: 2000,
      expiresAt: new Date(Date.now() + 60_000),
    });
    const refused = await json(await remove(id));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('budget_in_use');

    await stack.ledger.settle({ reservationId: `hold-${id}`, used: 0, owner });
    expect((await remove(id)).status).toBe(204);
    expect((await remove(id)).status).toBe(204);
    expect((await get('/v1/credits/budgets')).body.budgets.map((b: Body) => b.id)).not.toContain(id);
    const call = await post('/v1/calls', { agentNumber: newNumber(), customerNumber: newNumber(), budgetId: id });
    expect(call.status).toBe(400);
    expect((await remove(`never-${id}`)).status).toBe(404);
    expect((await remove(id)).status).toBe(204);
    const restored = await put(id, { name: 'Team North', credits: 60 });
    expect(restored.body).toMatchObject({ id, granted: 60, ownerType: 'team', ownerId: 'north' });
  });

  it("keeps a running campaign's budget until the campaign has finished", async () => {
    const campaignId = randomUUID();
    await stack.db.pool.query(
      `INSERT INTO campaigns (id, name, status, definition, sending_number, workflow_id)
       VALUES ($1, 'Budgeted', 'running', '{}', '+918047112345', $2)`,
      [campaignId, `campaign-${campaignId}`],
    );
    const id = `campaign-${campaignId}`;
    await stack.ledger.upsertBudget({
      id,
      name: 'Budgeted',
      limit: 10_000,
      ownerType: 'campaign',
      ownerId: campaignId,
    });
    expect((await json(await remove(id))).body.error.code).toBe('budget_in_use');
    await stack.db.pool.query(`UPDATE campaigns SET status = 'completed' WHERE id = $1`, [campaignId]);
    expect((await remove(id)).status).toBe(204);
  });

  it('raises no alert for a budget set to 0', async () => {
    const id = `zero-${block}-${randomInt(1e6)}`;
    const created = await put(id, { name: 'Nothing yet', credits: 0 });
    expect(created.body).toMatchObject({ granted: 0, usedPercent: 0 });
    const alerts = await get('/v1/credits/alerts');
    expect(alerts.body.alerts.filter((alert: Body) => alert.scope === `budget:${id}`)).toEqual([]);
  });
});

describe('who is signed in', () => {
  it("names the key's roles, so the console shows only what they allow", async () => {
    expect((await get('/v1/sessions/current', ROLE_KEYS.viewer)).body.roles).toEqual(['viewer']);
    expect((await get('/v1/sessions/current', ADMIN_API_KEY)).body.roles).toEqual(['admin']);
  });
});
