// WhatsApp campaigns over the real stack: contacts, consent and templates through the API, the
// campaign workflow on the Temporal dev server, sends to the Exotel simulator, its delivery
// reports and inbound messages back through the webhook into PostgreSQL. The simulator's own
// record of every message it received is the ground truth for "exactly once".
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';
import { startWorkerProcess } from '../support/worker-process.js';

const SENDER = '+918047100001';
let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({ WHATSAPP_SENDING_NUMBER: SENDER, WHATSAPP_MESSAGES_PER_SECOND: '400' });
  stack.sim.whatsapp.setUrls({ inboundUrl: whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET) });
});
afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown) => stack.api(path, { method: 'POST', body: JSON.stringify(body) });

/** `count` fresh numbers under a fresh tag. */
function audience(count: number) {
  const tag = `t-${randomUUID().slice(0, 8)}`;
  const base = randomInt(100_000, 899_999);
  const phones = Array.from(
    { length: count },
    (_, i) =>
      `+9197${String(base * 1000 + i)
        .padStart(8, '0')
        .slice(-8)}`,
  );
  return { tag, phones };
}

async function importContacts(phones: string[], tag: string, optIn: boolean) {
  const { status, body } = await json(
    await post('/v1/contacts/import', {
      contacts: phones.map((phone, i) => ({ phone, name: `Customer ${i}`, tags: [tag] })),
      ...(optIn
        ? {
            consent: {
              purpose: 'marketing',
              action: 'opt_in',
              evidence: 'Checkout page checkbox "WhatsApp me offers"',
            },
          }
        : {}),
    }),
  );
  expect(status).toBe(200);
  expect(body.failed).toEqual([]);
}

async function template(name: string) {
  const { status, body } = await json(
    await post('/v1/templates', {
      name: `${name}_${randomInt(1e6)}`,
      language: 'en',
      category: 'marketing',
      status: 'approved',
      components: {
        body: { text: 'Hi {{1}}, Diwali offers are live!' },
        buttons: [{ type: 'quick_reply', text: 'Show me', payload: 'offers' }],
      },
    }),
  );
  expect(status).toBe(201);
  return body as { id: string; name: string };
}

async function createCampaign(definition: Record<string, unknown>) {
  const { status, body } = await json(await post('/v1/campaigns', definition));
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string };
}

async function campaign(id: string) {
  return (await json(await stack.api(`/v1/campaigns/${id}`))).body;
}

const whenStatus = (id: string, status: string, timeoutMs = 60_000) =>
  eventually(
    async () => {
      const current = await campaign(id);
      return current.status === status ? current : undefined;
    },
    timeoutMs,
    `campaign ${id} to be ${status}`,
  );

/** What the simulator received for a template, per recipient. */
function received(templateName: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of stack.sim.whatsapp.messages({ template: templateName }))
    counts.set(message.to, (counts.get(message.to) ?? 0) + 1);
  return counts;
}

describe('WhatsApp campaigns', () => {
  it('sends step 1 only to opted-in contacts and step 2 only to those who did not read it', async () => {
    const { tag, phones } = audience(1000);
    const consenting = phones.slice(0, 700);
    await importContacts(consenting, tag, true);
    await importContacts(phones.slice(700), tag, false);
    // 200 of the consenting never read; everyone else reads within a second.
    const nonReaders = consenting.slice(0, 200);
    for (const to of nonReaders) stack.sim.whatsapp.script({ match: { to }, script: { reach: 'delivered' } });
    const offer = await template('diwali_offer');
    const reminder = await template('diwali_reminder');

    const created = await createCampaign({
      name: 'Diwali',
      audience: { tags: [tag] },
      schedule: { window: null },
      steps: [
        { templateId: offer.id, params: { body: [{ field: 'name' }] } },
        { templateId: reminder.id, params: { body: [{ field: 'name' }] }, condition: 'not_read', delayMinutes: 0.1 },
      ],
    });
    expect((await json(await post(`/v1/campaigns/${created.id}/start`, {}))).status).toBe(202);
    const done = await whenStatus(created.id, 'completed', 90_000);

    expect(done.recipientCount).toBe(1000);
    expect(done.funnel[0]).toMatchObject({
      step: 1,
      targeted: 1000,
      decided: 1000,
      sent: 700,
      skipped: { no_consent: 300 },
      failed: {},
    });
    expect(done.funnel[0].delivered).toBe(700);
    expect(done.funnel[0].read).toBe(500);
    expect(done.funnel[1]).toMatchObject({
      step: 2,
      decided: 1000,
      sent: 200,
      skipped: { no_consent: 300, condition_not_met: 500 },
    });

    // The simulator's own record: every opted-in contact got the offer once, nobody else did.
    const offers = received(offer.name);
    expect(offers.size).toBe(700);
    expect([...offers.values()].every((count) => count === 1)).toBe(true);
    expect(consenting.every((phone) => offers.has(phone))).toBe(true);
    const reminders = received(reminder.name);
    expect([...reminders.keys()].sort()).toEqual([...nonReaders].sort());
    expect([...reminders.values()].every((count) => count === 1)).toBe(true);
    // Each message carried the contact's own name.
    const [fifth] = stack.sim.whatsapp.messages({ to: consenting[5]! });
    expect(fifth).toMatchObject({ from: SENDER, template: offer.name });
    expect(fifth!.parameters[0]).toBe('Customer 5');
  });

  it('does not send the next step to a contact who wrote STOP in between', async () => {
    const { tag, phones } = audience(20);
    await importContacts(phones, tag, true);
    const first = await template('welcome');
    const second = await template('follow_up');
    const created = await createCampaign({
      name: 'Welcome',
      audience: { tags: [tag] },
      schedule: { window: null },
      steps: [
        { templateId: first.id, params: { body: [{ field: 'name' }] } },
        { templateId: second.id, params: { body: [{ value: 'friend' }] }, delayMinutes: 0.15 },
      ],
    });
    await post(`/v1/campaigns/${created.id}/start`, {});
    await eventually(
      async () => (received(first.name).size === 20 ? true : undefined),
      30_000,
      'step 1 to reach everyone',
    );
    const inbound = await stack.sim.whatsapp.sendInbound({ from: phones[3]!, to: SENDER, text: 'Stop' });
    expect(inbound.delivered).toBe(true);

    const done = await whenStatus(created.id, 'completed');
    expect(done.funnel[1]).toMatchObject({ sent: 19, skipped: { opted_out: 1 } });
    expect(received(second.name).has(phones[3]!)).toBe(false);
    const contact = (await json(await stack.api(`/v1/contacts?phone=${encodeURIComponent(phones[3]!)}`))).body
      .contacts[0];
    expect(contact.consent.marketing).toMatchObject({ status: 'opted_out' });
  });

  it('counts a quick-reply click as a reply', async () => {
    const { tag, phones } = audience(3);
    await importContacts(phones, tag, true);
    const offer = await template('quick_reply');
    for (const to of phones.slice(0, 1)) {
      stack.sim.whatsapp.script({
        match: { to },
        script: { readAfterMs: 50, reply: { afterReadMs: 50, button: { payload: 'offers', text: 'Show me' } } },
      });
    }
    const created = await createCampaign({
      name: 'Replies',
      audience: { tags: [tag] },
      schedule: { window: null },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
    });
    await post(`/v1/campaigns/${created.id}/start`, {});
    await whenStatus(created.id, 'completed');
    const replied = await eventually(
      async () => {
        const current = await campaign(created.id);
        return current.funnel[0].replied === 1 ? current : undefined;
      },
      15_000,
      'the reply to be counted',
    );
    expect(replied.funnel[0]).toMatchObject({ sent: 3, replied: 1 });
  });

  it('stops sending while paused and finishes after resume with nobody missed or sent twice', async () => {
    const { tag, phones } = audience(400);
    await importContacts(phones, tag, true);
    const offer = await template('paced');
    const created = await createCampaign({
      name: 'Paced',
      audience: { tags: [tag] },
      schedule: { window: null },
      limits: { messagesPerSecond: 50 },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
    });
    await post(`/v1/campaigns/${created.id}/start`, {});
    await eventually(async () => (received(offer.name).size >= 50 ? true : undefined), 20_000, 'sending to start');
    const paused = await json(await post(`/v1/campaigns/${created.id}/pause`, {}));
    expect(paused.body).toMatchObject({ status: 'paused', pauseReason: 'paused_by_operator' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const sentWhilePausing = received(offer.name).size;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(received(offer.name).size).toBe(sentWhilePausing);
    expect(sentWhilePausing).toBeLessThan(400);

    expect((await json(await post(`/v1/campaigns/${created.id}/resume`, {}))).body.status).toBe('running');
    const done = await whenStatus(created.id, 'completed');
    expect(done.funnel[0]).toMatchObject({ decided: 400, sent: 400 });
    const counts = received(offer.name);
    expect(counts.size).toBe(400);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
  });

  it('pauses with budget_exhausted when the campaign budget runs out', async () => {
    const { tag, phones } = audience(60);
    await importContacts(phones, tag, true);
    const offer = await template('budgeted');
    const name = `Budgeted ${tag}`;
    const created = await createCampaign({
      name,
      audience: { tags: [tag] },
      schedule: { window: null },
      budget: { credits: 25 },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
    });
    await post(`/v1/campaigns/${created.id}/start`, {});
    const paused = await whenStatus(created.id, 'paused', 30_000);
    expect(paused.pauseReason).toBe('budget_exhausted');
    expect(paused.funnel[0].sent).toBe(25);
    expect(received(offer.name).size).toBe(25);
    const budget = (await json(await stack.api('/v1/credits/budgets'))).body.budgets.find(
      (candidate: { id: string }) => candidate.id === `campaign-${created.id}`,
    );
    expect(budget).toMatchObject({ granted: 25, used: 25, reserved: 0, available: 0 });

    // Ops find it in the Temporal UI among every campaign paused for its budget.
    const listed = await eventually(
      async () => {
        const runs = [];
        for await (const run of stack.temporal.workflow.list({
          query: `CampaignStatus = 'paused' AND CampaignPauseReason = 'budget_exhausted' AND CampaignName = '${name}'`,
        }))
          runs.push(run.workflowId);
        return runs.length > 0 ? runs : undefined;
      },
      15_000,
      'the paused campaign in the Temporal visibility list',
    );
    expect(listed).toEqual([`campaign-${created.id}`]);
  });

  it('refuses a pause, resume or cancel that does not apply with a 409 naming where the campaign stands', async () => {
    const { tag, phones } = audience(2);
    await importContacts(phones, tag, true);
    const offer = await template('tomorrow');
    const created = await createCampaign({
      name: 'Tomorrow',
      audience: { tags: [tag] },
      schedule: { window: null, startAt: new Date(Date.now() + 24 * 3600_000).toISOString() },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
    });
    const act = async (action: string) => json(await post(`/v1/campaigns/${created.id}/${action}`, {}));
    const refused = async (action: string, code: string) => {
      const { status, body } = await act(action);
      expect(status, JSON.stringify(body)).toBe(409);
      expect(body.error.code).toBe(code);
      return body.error.message as string;
    };

    // A draft has no workflow yet: there is nothing to pause or cancel, and nothing is written.
    expect(await refused('cancel', 'campaign_not_started')).toBe('Start the campaign before you cancel it');
    await refused('pause', 'campaign_not_started');
    expect((await campaign(created.id)).status).toBe('draft');

    expect((await act('start')).status).toBe(202);
    await whenStatus(created.id, 'scheduled');
    expect(await refused('resume', 'campaign_scheduled')).toBe('Cannot resume the campaign: it is scheduled');
    expect((await act('pause')).body).toMatchObject({ status: 'paused', pauseReason: 'paused_by_operator' });
    expect(await refused('pause', 'campaign_paused')).toBe(
      'Cannot pause the campaign: it is paused (paused_by_operator)',
    );
    expect((await act('resume')).body).toMatchObject({ status: 'scheduled', pauseReason: null });
    expect((await act('cancel')).body).toMatchObject({ status: 'cancelled' });
    // The workflow has ended: the row it wrote last says why nothing applies any more.
    expect(await refused('cancel', 'campaign_cancelled')).toBe('Cannot cancel the campaign: it is cancelled');
    await refused('resume', 'campaign_cancelled');
    await refused('start', 'campaign_cancelled');
    expect(received(offer.name).size).toBe(0);
  });

  it('rejects a campaign whose template is not approved or whose parameters do not fit, naming the field', async () => {
    const offer = await template('strict');
    const { body: pending } = await json(
      await post('/v1/templates', {
        name: `pending_${randomInt(1e6)}`,
        language: 'en',
        category: 'marketing',
        components: { body: { text: 'Hello' } },
      }),
    );
    const { status, body } = await json(
      await post('/v1/campaigns', {
        name: 'Broken',
        audience: { tags: ['anyone'] },
        steps: [
          { templateId: offer.id, params: { body: [] } },
          { templateId: pending.id, params: {}, condition: 'not_read' },
        ],
      }),
    );
    expect(status).toBe(400);
    expect(body.error.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'steps.0.params.body',
      'steps.1.templateId',
    ]);
    const listed = await json(await stack.api('/v1/campaigns?limit=100'));
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.campaigns.some((c: { name: string }) => c.name === 'Broken')).toBe(false);
  });
});

describe('a worker killed mid-campaign', () => {
  let faultStack: AppStack;
  beforeAll(async () => {
    faultStack = await startAppStack(
      { WHATSAPP_SENDING_NUMBER: SENDER, WHATSAPP_MESSAGES_PER_SECOND: '200' },
      { worker: false },
    );
  });
  afterAll(async () => {
    await faultStack?.stop();
  });

  it('costs no duplicate and no silent miss: the simulator received each recipient at most once, and every one is accounted for', async () => {
    const { tag, phones } = audience(1000);
    const api = (path: string, body: unknown) => faultStack.api(path, { method: 'POST', body: JSON.stringify(body) });
    await api('/v1/contacts/import', {
      contacts: phones.map((phone, i) => ({ phone, name: `Customer ${i}`, tags: [tag] })),
      consent: { purpose: 'marketing', action: 'opt_in', evidence: 'Store sign-up form' },
    });
    const offer = (
      await json(
        await api('/v1/templates', {
          name: `killed_${randomInt(1e6)}`,
          language: 'en',
          category: 'marketing',
          status: 'approved',
          components: { body: { text: 'Hi {{1}}' } },
        }),
      )
    ).body;
    const created = (
      await json(
        await api('/v1/campaigns', {
          name: 'Killed',
          audience: { tags: [tag] },
          schedule: { window: null },
          steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
        }),
      )
    ).body;
    const got = () => faultStack.sim.whatsapp.messages({ template: offer.name });

    const first = startWorkerProcess(faultStack.variables);
    await first.ready;
    await api(`/v1/campaigns/${created.id}/start`, {});
    // Kill it mid-send: some, not all, recipients reached.
    await eventually(async () => (got().length >= 300 ? true : undefined), 30_000, 'sending to be under way');
    await first.kill();
    const atKill = got().length;
    expect(atKill).toBeLessThan(1000);

    const second = startWorkerProcess(faultStack.variables);
    try {
      await second.ready;
      const done = await eventually(
        async () => {
          const current = (await json(await faultStack.api(`/v1/campaigns/${created.id}`))).body;
          return current.status === 'completed' ? current : undefined;
        },
        120_000,
        'the campaign to complete on the second worker',
      );
      const perRecipient = new Map<string, number>();
      for (const message of got()) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
      // Nobody got the message twice, whatever the moment of the kill.
      expect([...perRecipient.values()].filter((count) => count > 1)).toEqual([]);
      // Everyone is accounted for: sent once, or (only if the kill fell between recording a
      // request and writing it to the socket) reported unknown, never resent: Exotel has no
      // idempotency key, so a send that may have left is not repeated. At most one request's worth.
      // A send counted unknown at the grace period turns sent when its late delivery report comes
      // (on a loaded machine reports can trail the sends by more than the grace): wait for those.
      expect(done.funnel[0].decided).toBe(1000);
      const funnel = await eventually(
        async () => {
          const step = (await json(await faultStack.api(`/v1/campaigns/${created.id}`))).body.funnel[0];
          return step.unknown <= 10 && step.sent === perRecipient.size ? step : undefined;
        },
        60_000,
        'late delivery reports to settle the sends counted unknown',
      );
      expect(funnel.decided).toBe(1000);
      expect(funnel.sent + funnel.unknown).toBe(1000);
      expect(funnel.unknown).toBeLessThanOrEqual(10);
      expect(perRecipient.size).toBe(funnel.sent);
    } finally {
      await second.kill();
    }
  });
});
