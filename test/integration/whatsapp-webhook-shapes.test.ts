// WhatsApp callbacks in every shape docs/exotel.md §7 lists reach the API and are applied, not
// refused and lost: the envelope, a bare object, an array, items without callback_type. Checked
// as a CRM would: a contact who writes STOP in any of these shapes can no longer be messaged.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { type AppStack, json, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
let webhookUrl: string;
beforeAll(async () => {
  stack = await startAppStack();
  webhookUrl = whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET);
});
afterAll(async () => {
  await stack?.stop();
});

const postWebhook = (body: unknown) =>
  fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function optedInContact(): Promise<{ id: string; phone: string }> {
  const phone = `+9198${String(randomInt(10_000_000, 99_999_999))}`;
  const { status, body } = await json(
    await stack.api('/v1/contacts', {
      method: 'POST',
      body: JSON.stringify({
        phone,
        consent: {
          purpose: 'marketing',
          action: 'opt_in',
          source: 'web_form',
          evidence: 'Ticked "offers on WhatsApp"',
        },
      }),
    }),
  );
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return { id: body.id, phone };
}

const stop = (phone: string) => ({
  sid: `in-${randomInt(1e9)}`,
  from: phone,
  to: '+918047100001',
  timestamp: '2026-11-25T10:00:00+05:30',
  content: { type: 'text', text: { body: 'STOP' } },
});

describe('WhatsApp callbacks in every documented shape', () => {
  it.each([
    [
      'the whatsapp.messages envelope',
      (item: object) => ({ whatsapp: { messages: [{ callback_type: 'incoming_message', ...item }] } }),
    ],
    ['a bare object', (item: object) => ({ callback_type: 'incoming_message', ...item })],
    ['a bare object without callback_type', (item: object) => item],
    ['an array', (item: object) => [{ callback_type: 'icm', ...item }]],
    ['a messages list without the whatsapp key', (item: object) => ({ messages: [item] })],
  ])('applies an inbound STOP sent as %s', async (_shape, shape) => {
    const contact = await optedInContact();
    const response = await postWebhook(shape(stop(contact.phone)));
    expect(response.status).toBe(200);
    const { body } = await json(await stack.api(`/v1/contacts/${contact.id}`));
    expect(body.canMessage.marketing).toBe(false);
    expect(body.consent.marketing).toMatchObject({ status: 'opted_out', source: 'inbound_keyword' });
  });

  it('stores delivery reports sent bare, as an array, for messages it does not know yet', async () => {
    const report = (sid: string) => ({ sid, exo_status_code: 30002, timestamp: '2026-11-25 10:00:05' });
    const sids = [`dlr-${randomInt(1e9)}`, `dlr-${randomInt(1e9)}`];
    expect((await postWebhook(sids.map(report))).status).toBe(200);
    const { rows } = await stack.db.pool.query<{ sid: string; status: string }>(
      'SELECT sid, status FROM whatsapp_events WHERE sid = ANY($1) ORDER BY sid',
      [sids],
    );
    expect(rows.map((row) => row.sid)).toEqual([...sids].sort());
    expect(rows.every((row) => row.status === 'delivered')).toBe(true);
  });

  it('still refuses a body that is none of these, naming the problem', async () => {
    const response = await postWebhook({ hello: 'world' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
  });
});
