// What the console's campaign pages ask of the API, over the real stack: the audience preview (a
// dry run that agrees with what sending then does), parameter fallbacks, the frequency cap across
// campaigns, drafts changed and deleted only while drafts, recipients paged and exported as CSV,
// and a template rendered as the text the customer reads.
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';

let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({ WHATSAPP_SENDING_NUMBER: '+918047100002', WHATSAPP_MESSAGES_PER_SECOND: '200' });
});
afterAll(async () => {
  await stack?.stop();
});

const send = async (method: string, path: string, body?: unknown) =>
  json(await stack.api(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
const phone = () => `+9196${String(randomInt(10_000_000, 99_999_999))}`;
const evidence = 'Checkout page checkbox "WhatsApp me offers"';

/** A contact under `tag` with the given consent (none: never asked). */
async function contact(tag: string, consent: 'opt_in' | 'opt_out' | null, extra: Record<string, unknown> = {}) {
  const { status, body } = await send('POST', '/v1/contacts', {
    phone: phone(),
    name: 'Asha',
    tags: [tag],
    attributes: { city: 'Pune' },
    ...extra,
    ...(consent ? { consent: { purpose: 'marketing', action: consent, evidence } } : {}),
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; phone: string };
}

async function template(text = 'Hi {{1}}, offers in {{2}} are live!') {
  const { status, body } = await send('POST', '/v1/templates', {
    name: `offer_${randomInt(1e9)}`,
    language: 'en',
    category: 'marketing',
    status: 'approved',
    components: {
      body: { text },
      footer: { text: 'Acme Stores' },
      buttons: [{ type: 'quick_reply', text: 'Show me' }],
    },
  });
  expect(status).toBe(201);
  return body as { id: string; name: string };
}

const definition = (tag: string, templateId: string, extra: Record<string, unknown> = {}) => ({
  name: `Preview ${tag}`,
  audience: { tags: [tag] },
  schedule: { window: null },
  steps: [
    { templateId, params: { body: [{ field: 'name', fallback: 'there' }, { field: 'attributes.city' }] } },
    { templateId, params: { body: [{ field: 'name' }, { value: 'Mumbai' }] }, condition: 'not_read', delayMinutes: 0 },
  ],
  ...extra,
});

const whenStatus = (id: string, status: string) =>
  eventually(
    async () => {
      const { body } = await send('GET', `/v1/campaigns/${id}`);
      return body.status === status ? body : undefined;
    },
    60_000,
    `campaign ${id} to be ${status}`,
  );

async function runCampaign(body: unknown) {
  const created = await send('POST', '/v1/campaigns', body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await send('POST', `/v1/campaigns/${created.body.id}/start`)).status).toBe(202);
  return whenStatus(created.body.id, 'completed');
}

describe('the audience preview', () => {
  it('counts who would be sent and who skipped by reason, writes nothing, and sending agrees', async () => {
    const tag = `p-${randomUUID().slice(0, 8)}`;
    const offer = await template();
    await contact(tag, 'opt_in');
    await contact(tag, 'opt_in', { name: undefined }); // the name's fallback stands in
    await contact(tag, null);
    await contact(tag, null);
    await contact(tag, 'opt_out');
    await contact(tag, 'opt_in', { attributes: {} }); // the city has no fallback
    const capped = await contact(tag, 'opt_in');

    // The capped contact had a marketing message from another campaign a moment ago.
    const earlier = await runCampaign({
      name: 'Earlier',
      audience: { contactIds: [capped.id] },
      schedule: { window: null },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }, { value: 'Delhi' }] } }],
    });
    expect(earlier.funnel[0].sent).toBe(1);

    const body = definition(tag, offer.id, { limits: { frequencyCap: { perDay: 1 } } });
    const before = (await send('GET', '/v1/campaigns?limit=100')).body.campaigns.length;
    const preview = await send('POST', '/v1/campaigns/preview', body);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({
      recipients: 7,
      send: 2,
      blocked: null,
      skipped: { no_consent: 2, opted_out: 1, missing_parameter: 1, frequency_cap: 1, erased: 0 },
    });
    expect((await send('GET', '/v1/campaigns?limit=100')).body.campaigns.length).toBe(before);

    // The stored draft previews the same; then sending decides exactly as previewed.
    const created = await send('POST', '/v1/campaigns', body);
    expect((await send('GET', `/v1/campaigns/${created.body.id}/preview`)).body).toEqual(preview.body);
    expect((await send('POST', `/v1/campaigns/${created.body.id}/start`)).status).toBe(202);
    const done = await whenStatus(created.body.id, 'completed');
    expect(done.funnel[0].sent).toBe(preview.body.send);
    expect(done.funnel[0].skipped).toEqual(
      Object.fromEntries(Object.entries(preview.body.skipped).filter(([, count]) => count !== 0)),
    );
    // The fallback went out: the simulator received "there" for the contact with no name.
    const texts = stack.sim.whatsapp
      .messages({ template: offer.name })
      .map((message) => JSON.stringify(message))
      .filter((message) => message.includes('"there"'));
    expect(texts).toHaveLength(1);
  });

  it('refuses a campaign the API would refuse, naming the field, and writes nothing', async () => {
    const { status, body } = await send('POST', '/v1/campaigns/preview', {
      name: 'Bad',
      audience: { tags: ['x'] },
      steps: [{ templateId: randomUUID(), params: {} }],
    });
    expect(status).toBe(400);
    expect(body.error.fields).toEqual([{ field: 'steps.0.templateId', message: 'no such template' }]);
  });
});

describe('drafts', () => {
  it('can be changed and deleted while drafts, and not once started', async () => {
    const tag = `d-${randomUUID().slice(0, 8)}`;
    const offer = await template();
    await contact(tag, 'opt_in');
    const created = await send('POST', '/v1/campaigns', definition(tag, offer.id));
    const id = created.body.id as string;

    const changed = await send('PUT', `/v1/campaigns/${id}`, { ...definition(tag, offer.id), name: 'Renamed' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ id, name: 'Renamed', status: 'draft' });
    expect((await send('GET', `/v1/campaigns/${id}`)).body.definition.name).toBe('Renamed');

    const invalid = await send('PUT', `/v1/campaigns/${id}`, { ...definition(tag, offer.id), steps: [] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].field).toBe('steps');
    expect((await send('GET', `/v1/campaigns/${id}`)).body.name).toBe('Renamed');

    expect((await send('POST', `/v1/campaigns/${id}/start`)).status).toBe(202);
    await whenStatus(id, 'completed');
    const late = await send('PUT', `/v1/campaigns/${id}`, definition(tag, offer.id));
    expect([late.status, late.body.error.code]).toEqual([409, 'campaign_completed']);
    const gone = await send('DELETE', `/v1/campaigns/${id}`);
    expect([gone.status, gone.body.error.code]).toEqual([409, 'campaign_completed']);

    const draft = await send('POST', '/v1/campaigns', definition(tag, offer.id));
    const deleted = await stack.api(`/v1/campaigns/${draft.body.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await send('GET', `/v1/campaigns/${draft.body.id}`)).status).toBe(404);
    expect((await send('DELETE', `/v1/campaigns/${draft.body.id}`)).status).toBe(404);
  });
});

describe('recipients', () => {
  it('lists every recipient with each step outcome, page by page, and exports the same as CSV', async () => {
    const tag = `r-${randomUUID().slice(0, 8)}`;
    const offer = await template();
    const people = [await contact(tag, 'opt_in'), await contact(tag, null), await contact(tag, 'opt_in')];
    const done = await runCampaign(definition(tag, offer.id));

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await send('GET', `/v1/campaigns/${done.id}/recipients?limit=2${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.recipients);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((row) => row.seq)).toEqual([1, 2, 3]);
    const byPhone = new Map(seen.map((row) => [row.phone, row]));
    expect(byPhone.get(people[1]!.phone)).toMatchObject({
      steps: [
        { step: 1, outcome: 'skipped', skipReason: 'no_consent' },
        { step: 2, outcome: 'skipped', skipReason: 'no_consent' },
      ],
    });
    const reached = byPhone.get(people[0]!.phone) as { steps: { step: number; outcome: string; sentAt: string }[] };
    expect(['sent', 'delivered', 'read', 'replied']).toContain(reached.steps[0]!.outcome);
    expect(reached.steps[0]!.sentAt).toBeTruthy();

    const csv = await stack.api(`/v1/campaigns/${done.id}/recipients.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe(
      'seq,contact_id,phone,name,step1_outcome,step1_skip_reason,step1_error_code,step1_sent_at,step2_outcome,step2_skip_reason,step2_error_code,step2_sent_at',
    );
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes(people[1]!.phone))).toContain('skipped,no_consent,,,skipped,no_consent');

    expect((await send('GET', `/v1/campaigns/${randomUUID()}/recipients`)).status).toBe(404);
    expect((await send('GET', `/v1/campaigns/${done.id}/recipients?limit=0`)).body.error.fields[0].field).toBe('limit');
  });
});

describe('template preview', () => {
  it('renders the text the customer reads, for a contact or with [field] markers', async () => {
    const offer = await template();
    const asha = await contact(`t-${randomUUID().slice(0, 8)}`, 'opt_in', { name: undefined });
    const params = { body: [{ field: 'name', fallback: 'there' }, { field: 'attributes.city' }] };
    const forAsha = await send('POST', `/v1/templates/${offer.id}/render`, { params, contactId: asha.id });
    expect(forAsha.body).toMatchObject({
      ok: true,
      text: 'Hi there, offers in Pune are live!\n\nAcme Stores\n\n[Show me]',
    });
    const markers = await send('POST', `/v1/templates/${offer.id}/render`, { params });
    expect(markers.body.text).toBe(
      'Hi [name, else there], offers in [attributes.city] are live!\n\nAcme Stores\n\n[Show me]',
    );
  });
});
