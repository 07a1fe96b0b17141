// Single WhatsApp messages, call follow-ups and "call me" replies over the real stack: the API,
// the worker's workflows on the Temporal dev server, the Exotel simulator for both voice and
// WhatsApp (its ledger of received messages and calls is the ground truth for "exactly once"),
// delivery reports and inbound messages back through the webhook.
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { type AppStack, eventually, json, startAppStack } from '../support/app-stack.js';
import { startWorkerProcess } from '../support/worker-process.js';

const SENDER = '+918047100002';
const AGENT = '+919800001111';
let stack: AppStack;

beforeAll(async () => {
  stack = await startAppStack({
    WHATSAPP_SENDING_NUMBER: SENDER,
    CALLBACK_DEFAULT_AGENT_NUMBER: AGENT,
    // Always inside the calling hours, so the call back is placed at once.
    CALLING_HOURS: '00:00-00:00',
  });
  stack.sim.whatsapp.setUrls({ inboundUrl: whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET) });
});
afterAll(async () => {
  await stack?.stop();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  stack.api(path, { method: 'POST', body: JSON.stringify(body), headers });

const freshPhone = () => `+9196${String(randomInt(10_000_000, 99_999_999))}`;

/** A contact, opted in to `purpose` (or not at all). */
async function contact(optIn: 'marketing' | 'transactional' | null, phone = freshPhone()) {
  const { status, body } = await json(
    await post('/v1/contacts', {
      phone,
      name: 'Asha',
      ...(optIn ? { consent: { purpose: optIn, action: 'opt_in', evidence: 'Booking form checkbox' } } : {}),
    }),
  );
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return { id: body.id as string, phone };
}

async function template(category: 'marketing' | 'utility', buttons: unknown[] = []) {
  const { status, body } = await json(
    await post('/v1/templates', {
      name: `${category}_${randomInt(1e9)}`,
      language: 'en',
      category,
      status: 'approved',
      components: { body: { text: 'Hi {{1}}, your appointment is tomorrow at 10.' }, buttons },
    }),
  );
  expect(status, JSON.stringify(body)).toBe(201);
  return body as { id: string; name: string };
}

const message = async (id: string) => (await json(await stack.api(`/v1/messages/${id}`))).body;
const received = (templateName: string) => stack.sim.whatsapp.messages({ template: templateName });

async function eventsOf(resourceId: string) {
  const { body } = await json(await stack.api(`/v1/events?resourceId=${resourceId}&limit=100`));
  return (body.events as { type: string; data: Record<string, any> }[]) ?? [];
}

describe('single messages', () => {
  it('sends a utility reminder to a consenting contact once and tracks it to read, with events', async () => {
    const asha = await contact('transactional');
    const reminder = await template('utility');
    const { status, body } = await json(
      await post('/v1/messages', {
        contactId: asha.id,
        templateId: reminder.id,
        params: { body: [{ field: 'name' }] },
      }),
    );
    expect(status, JSON.stringify(body)).toBe(202);
    expect(body).toMatchObject({ source: 'api', contactId: asha.id, state: 'queued' });

    const read = await eventually(
      async () => {
        const current = await message(body.id);
        return current.status === 'read' ? current : undefined;
      },
      60_000,
      'the message to be read',
    );
    expect(read.state).toBe('accepted');
    expect(read.timeline.map((entry: { status: string }) => entry.status)).toEqual([
      'queued',
      'sent',
      'delivered',
      'read',
    ]);
    expect(received(reminder.name).map((sent) => sent.to.replace(/^\+?/, '+'))).toEqual([asha.phone]);
    const types = await eventually(
      async () => {
        const seen = (await eventsOf(body.id)).map((event) => event.type);
        return seen.includes('message.read') ? seen : undefined;
      },
      30_000,
      'message events',
    );
    expect(types).toEqual(expect.arrayContaining(['message.sent', 'message.delivered', 'message.read']));
    // Held when accepted, charged once Exotel took it, as a campaign's sends are.
    const { rows: hold } = await stack.db.pool.query<{ state: string; used_milli: string }>(
      `SELECT state, used_milli FROM credit_reservations WHERE id = $1`,
      [`message:${body.id}`],
    );
    expect(hold).toEqual([{ state: 'settled', used_milli: '1000' }]);
  });

  it('refuses a marketing template to a contact without a marketing opt-in, naming the reason, and writes nothing', async () => {
    const ravi = await contact('transactional');
    const offer = await template('marketing');
    const { status, body } = await json(
      await post('/v1/messages', { contactId: ravi.id, templateId: offer.id, params: { body: [{ value: 'Ravi' }] } }),
    );
    expect(status).toBe(422);
    expect(body.error.code).toBe('no_consent');
    expect(body.error.message).toMatch(/marketing opt-in/);
    const { rows } = await stack.db.pool.query(`SELECT 1 FROM message_sends WHERE contact_id = $1`, [ravi.id]);
    expect(rows).toEqual([]);
  });

  it('answers a repeated Idempotency-Key with the same message, and 409 naming the fields when the body differs', async () => {
    const meera = await contact('marketing');
    const reminder = await template('utility');
    const key = `reminder-${randomUUID()}`;
    const request = { contactId: meera.id, templateId: reminder.id, params: { body: [{ value: 'Meera' }] } };
    const first = await json(await post('/v1/messages', request, { 'idempotency-key': key }));
    const again = await json(await post('/v1/messages', request, { 'idempotency-key': key }));
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);

    const other = await json(
      await post(
        '/v1/messages',
        { ...request, params: { body: [{ value: 'Someone else' }] } },
        { 'idempotency-key': key },
      ),
    );
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    expect(other.body.error.fields.map((field: { field: string }) => field.field)).toEqual(['params.body.0.value']);

    await eventually(async () => ((await message(first.body.id)).state === 'accepted' ? true : undefined), 60_000);
    expect(received(reminder.name)).toHaveLength(1);
  });
});

describe('voice and WhatsApp together', () => {
  async function callWithFollowUp(customer: string, templateId: string) {
    stack.sim.script({ match: { to: customer }, script: { outcome: 'no-answer' } });
    const { status, body } = await json(
      await post('/v1/calls', {
        agentNumber: AGENT,
        customerNumber: customer,
        followUp: { on: ['no-answer', 'busy'], templateId, params: { body: [{ field: 'name' }] } },
      }),
    );
    expect(status, JSON.stringify(body)).toBe(202);
    return eventually(
      async () => {
        const call = (await json(await stack.api(`/v1/calls/${body.id}`))).body;
        return call.followUp?.status !== 'pending' && call.creditsUsed !== null ? call : undefined;
      },
      90_000,
      'the call to end and its follow-up to be decided',
    );
  }

  it('sends exactly one follow-up after a no-answer call to a consenting customer', async () => {
    const customer = await contact('transactional');
    const missed = await template('utility');
    const call = await callWithFollowUp(customer.phone, missed.id);
    expect(call.status).toBe('no-answer');
    expect(call.followUp).toMatchObject({ status: 'queued', templateId: missed.id });
    const sent = await eventually(
      async () => {
        const current = await message(call.followUp.messageId);
        return current.state === 'accepted' ? current : undefined;
      },
      60_000,
      'the follow-up to be sent',
    );
    expect(sent).toMatchObject({ source: 'call_follow_up', callId: call.id, contactId: customer.id });
    expect(received(missed.name)).toHaveLength(1);
    // The call's events show the follow-up it triggered.
    const callEvents = await eventsOf(call.id);
    expect(callEvents.some((event) => event.data.followUp?.messageId === call.followUp.messageId)).toBe(true);
  });

  it('refuses a call whose follow-up could never be sent, before dialling anyone', async () => {
    const customer = freshPhone();
    const { status, body } = await json(
      await post('/v1/calls', {
        agentNumber: AGENT,
        customerNumber: customer,
        followUp: { on: ['no-answer'], templateId: randomUUID(), params: {} },
      }),
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({ code: 'template_not_approved', fields: [{ field: 'followUp.templateId' }] });
    const { rows } = await stack.db.pool.query(`SELECT 1 FROM calls WHERE customer_number = $1`, [customer]);
    expect(rows).toEqual([]);
  });

  it('sends no follow-up to a customer who opted out', async () => {
    const customer = await contact('transactional');
    const inbound = await stack.sim.whatsapp.sendInbound({ from: customer.phone, to: SENDER, text: 'STOP' });
    expect(inbound.delivered).toBe(true);
    const missed = await template('utility');
    const call = await callWithFollowUp(customer.phone, missed.id);
    expect(call.followUp).toMatchObject({ status: 'skipped', reason: 'opted_out', messageId: null });
    const { rows } = await stack.db.pool.query(`SELECT 1 FROM message_sends WHERE contact_id = $1`, [customer.id]);
    expect(rows).toEqual([]);
    expect(received(missed.name)).toHaveLength(0);
  });

  it('places exactly one call back when a contact taps "Call me", even if the reply arrives twice', async () => {
    const customer = await contact('transactional');
    const offer = await template('utility', [{ type: 'quick_reply', text: 'Call me', payload: 'CALL_ME' }]);
    const sent = await json(
      await post('/v1/messages', {
        contactId: customer.id,
        templateId: offer.id,
        params: { body: [{ value: 'Asha' }] },
      }),
    );
    await eventually(async () => ((await message(sent.body.id)).state === 'accepted' ? true : undefined), 60_000);

    // The same inbound message twice (Exotel retries a webhook it thinks failed).
    const webhookUrl = whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET);
    const tap = {
      whatsapp: {
        messages: [
          {
            callback_type: 'incoming_message',
            sid: `in-${randomUUID()}`,
            from: customer.phone,
            to: SENDER,
            timestamp: new Date().toISOString(),
            content: { type: 'button', button: { payload: 'CALL_ME', text: 'Call me' } },
          },
        ],
      },
    };
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(tap),
      });
      expect(answer.status).toBe(200);
    }
    const placed = await eventually(
      async () => {
        const { rows } = await stack.db.pool.query<{
          status: string;
          call_id: string | null;
          message_id: string | null;
        }>(`SELECT status, call_id, message_id FROM callback_requests WHERE contact_id = $1`, [customer.id]);
        return rows[0]?.status === 'placed' ? rows : undefined;
      },
      30_000,
      'the call back to be placed',
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]!.message_id).toBe(sent.body.id);
    const { rows: made } = await stack.db.pool.query<{ agent_number: string }>(
      `SELECT agent_number FROM calls WHERE customer_number = $1`,
      [customer.phone],
    );
    expect(made).toEqual([{ agent_number: AGENT }]);
    const { rows: requests } = await stack.db.pool.query<{ id: string }>(
      `SELECT id FROM callback_requests WHERE contact_id = $1`,
      [customer.id],
    );
    const types = (await eventsOf(requests[0]!.id)).map((event) => event.type);
    expect(types).toEqual(['callback.requested', 'callback.placed']);
  });
});

describe('a worker killed while single messages are being sent', () => {
  const FAULT_SENDER = '+918047100003';
  let faultStack: AppStack;
  beforeAll(async () => {
    // Accepted with no worker running; sent at 5 a second, so the kill falls mid-way.
    faultStack = await startAppStack(
      { WHATSAPP_SENDING_NUMBER: FAULT_SENDER, WHATSAPP_MESSAGES_PER_SECOND: '5' },
      { worker: false },
    );
  });
  afterAll(async () => {
    await faultStack?.stop();
  });

  it('sends every accepted message at most once, and accounts for each', async () => {
    const api = (path: string, body: unknown) => faultStack.api(path, { method: 'POST', body: JSON.stringify(body) });
    const phones = Array.from({ length: 40 }, () => freshPhone());
    const imported = await json(
      await api('/v1/contacts/import', {
        contacts: phones.map((phone) => ({ phone, name: 'Customer' })),
        consent: { purpose: 'transactional', action: 'opt_in', evidence: 'Clinic booking form' },
      }),
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const reminder = (
      await json(
        await api('/v1/templates', {
          name: `killed_reminder_${randomInt(1e9)}`,
          language: 'en',
          category: 'utility',
          status: 'approved',
          components: { body: { text: 'Hi {{1}}, see you tomorrow.' } },
        }),
      )
    ).body;
    const { rows: contacts } = await faultStack.db.pool.query<{ id: string }>(
      `SELECT id FROM contacts WHERE phone = ANY($1::text[])`,
      [phones],
    );
    const ids: string[] = [];
    for (const { id } of contacts) {
      const accepted = await json(
        await api('/v1/messages', { contactId: id, templateId: reminder.id, params: { body: [{ field: 'name' }] } }),
      );
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
      ids.push(accepted.body.id);
    }
    const got = () => faultStack.sim.whatsapp.messages({ template: reminder.name });

    const first = startWorkerProcess(faultStack.variables);
    await first.ready;
    await eventually(async () => (got().length >= 10 ? true : undefined), 60_000, 'sending to be under way');
    await first.kill();
    expect(got().length).toBeLessThan(40);

    const second = startWorkerProcess(faultStack.variables);
    try {
      await second.ready;
      const states = await eventually(
        async () => {
          const { rows } = await faultStack.db.pool.query<{ state: string }>(
            `SELECT state FROM message_sends WHERE id = ANY($1::uuid[])`,
            [ids],
          );
          return rows.every((row) => row.state === 'accepted' || row.state === 'unknown') ? rows : undefined;
        },
        120_000,
        'every message to be sent or accounted unknown',
      );
      const perRecipient = new Map<string, number>();
      for (const message of got()) perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
      // Nobody got it twice. A message claimed when the worker died (its request perhaps on the
      // wire) is unknown, never repeated: Exotel has no idempotency key. Only those in flight at
      // the kill can be; the rest, still waiting for their slot, were sent by the second worker.
      expect([...perRecipient.values()].filter((count) => count > 1)).toEqual([]);
      const accepted = states.filter((row) => row.state === 'accepted').length;
      const unknown = states.filter((row) => row.state === 'unknown').length;
      expect(accepted + unknown).toBe(40);
      expect(unknown).toBeLessThanOrEqual(5);
      expect(perRecipient.size).toBeGreaterThanOrEqual(accepted);
    } finally {
      await second.kill();
    }
  });
});
