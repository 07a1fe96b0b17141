// The message ledger, ground truth for "exactly once": records, filters, duplicate counts,
// the control API over them, recipient scripts over HTTP, and reset.
import { describe, expect, it } from 'vitest';
import type { WhatsAppMessageRecord, WhatsAppStats } from '../../exotel-sim/index.js';
import { startExotelSimulator } from '../../exotel-sim/index.js';
import { useSimulator } from './fixture.js';
import { fastWhatsApp, postSend, sendBody, templateMessage } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });
const url = () => ctx.sim.whatsapp.messagesUrl;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${ctx.sim.url}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('message ledger', () => {
  it('counts (recipient, custom_data) pairs sent more than once, across number formats', async () => {
    await postSend(
      url(),
      sendBody([
        templateMessage('+919800000001', { custom_data: 'c1' }),
        templateMessage('+919800000002', { custom_data: 'c1' }),
      ]),
    );
    await postSend(
      url(),
      sendBody([
        templateMessage('09800000001', { custom_data: 'c1' }),
        templateMessage('9800000001', { custom_data: 'c1' }),
        templateMessage('+919800000001', { custom_data: 'c2' }),
      ]),
    );
    ctx.sim.whatsapp.script({ script: { reject: 'invalid-number' } });
    await postSend(url(), sendBody([templateMessage('+919800000002', { custom_data: 'c1' })]));

    const stats = await getJson<WhatsAppStats>('/_sim/whatsapp/stats');
    expect(stats).toMatchObject({
      received: 6,
      accepted: 5,
      rejected: 1,
      distinctPairs: 3,
      duplicates: 2,
      duplicatePairs: 1,
    });
    expect(stats.sampleDuplicates).toEqual([{ to: '+919800000001', customData: 'c1', count: 3 }]);
    // The library answers the same (DLR counts move on as their timers fire, so compare the ledger's).
    const { received, distinctPairs, duplicates, sampleDuplicates } = ctx.sim.whatsapp.stats();
    expect({ received, distinctPairs, duplicates, sampleDuplicates }).toEqual({
      received: 6,
      distinctPairs: 3,
      duplicates: 2,
      sampleDuplicates: stats.sampleDuplicates,
    });
  });

  it('lists messages by recipient in any format, custom_data, request and sid', async () => {
    const first = await postSend(
      url(),
      sendBody([
        templateMessage('+919800000001', { custom_data: 'a' }),
        templateMessage('+919800000002', { custom_data: 'b' }),
      ]),
    );
    await postSend(url(), sendBody([templateMessage('+919800000001', { custom_data: 'b' })]));

    const byTo = await getJson<{ total: number; messages: WhatsAppMessageRecord[] }>(
      '/_sim/whatsapp/messages?to=09800000001',
    );
    expect(byTo.total).toBe(2);
    expect(byTo.messages.map((message) => message.customData)).toEqual(['a', 'b']);
    expect((await getJson<{ total: number }>('/_sim/whatsapp/messages?customData=b')).total).toBe(2);
    expect(
      (await getJson<{ total: number }>(`/_sim/whatsapp/messages?requestId=${String(first.json.request_id)}`)).total,
    ).toBe(2);
    const limited = await getJson<{ total: number; messages: unknown[] }>('/_sim/whatsapp/messages?limit=1');
    expect(limited).toMatchObject({ total: 3, messages: [expect.anything()] });

    const sid = byTo.messages[0]?.sid ?? '';
    expect(await getJson(`/_sim/whatsapp/messages/${sid}`)).toMatchObject({
      message: { sid, to: '+919800000001', template: 'order_confirmation', parameters: ['Rahul'] },
    });
    expect(ctx.sim.whatsapp.message(sid)?.customData).toBe('a');
    expect((await fetch(`${ctx.sim.url}/_sim/whatsapp/messages/nope`)).status).toBe(404);
  });

  it('forgets messages, counts and scripts on reset', async () => {
    ctx.sim.whatsapp.script({ script: { reach: 'sent' } });
    await postSend(url(), sendBody([templateMessage('+919800000001')]));
    await fetch(`${ctx.sim.url}/_sim/reset`, { method: 'POST' });
    expect(ctx.sim.whatsapp.stats()).toMatchObject({
      received: 0,
      distinctPairs: 0,
      requests: { accepted: 0 },
      dlr: { planned: 0 },
    });
    expect(await getJson('/_sim/whatsapp/scripts')).toEqual({ scripts: [] });
  });

  it('keeps 20 000 messages cheaply', async () => {
    const started = Date.now();
    for (let batch = 0; batch < 200; batch++) {
      const messages = Array.from({ length: 100 }, (_, index) =>
        templateMessage(`+9195${String(batch * 100 + index).padStart(8, '0')}`, { custom_data: `contact-${index}` }),
      );
      expect((await postSend(url(), sendBody(messages))).status).toBe(202);
    }
    expect(ctx.sim.whatsapp.stats()).toMatchObject({ received: 20_000, distinctPairs: 20_000, duplicates: 0 });
    expect(ctx.sim.whatsapp.messages({ to: '+919500019999' })).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('recipient scripts over the control API', () => {
  it('adds, lists and removes rules, and refuses invalid ones', async () => {
    const created = await fetch(`${ctx.sim.url}/_sim/whatsapp/scripts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ match: { to: '+919800000001' }, script: { failCode: 30014 }, times: 2 }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await getJson('/_sim/whatsapp/scripts')).toMatchObject({
      scripts: [{ id, messagesLeft: 2, rule: { script: { failCode: 30014 } } }],
    });

    const invalid = await fetch(`${ctx.sim.url}/_sim/whatsapp/scripts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ script: { failCode: 30001 } }),
    });
    expect(invalid.status).toBe(400);
    expect((await fetch(`${ctx.sim.url}/_sim/whatsapp/scripts/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${ctx.sim.url}/_sim/whatsapp/scripts/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('accepts WhatsApp variants over PUT /_sim/variants and refuses unknown values', async () => {
    const put = (body: unknown) =>
      fetch(`${ctx.sim.url}/_sim/variants`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put({ whatsappDlrBatchSize: 50, whatsappIncomingCallbackType: 'icm' })).status).toBe(200);
    expect(ctx.sim.variants()).toMatchObject({ whatsappDlrBatchSize: 50, whatsappIncomingCallbackType: 'icm' });
    expect((await put({ whatsappEnvelope: 'sometimes' })).status).toBe(400);
  });
});

describe('start options', () => {
  it('takes the inbound URL and default status callback at start, and restores them on reset', async () => {
    const sim = await startExotelSimulator({
      whatsappInboundUrl: `${ctx.receiver.url}/in`,
      whatsappStatusCallback: `${ctx.receiver.url}/dlr`,
    });
    try {
      sim.whatsapp.setUrls({ inboundUrl: null });
      sim.reset();
      expect(sim.whatsapp.urls()).toEqual({
        inboundUrl: `${ctx.receiver.url}/in`,
        defaultStatusCallback: `${ctx.receiver.url}/dlr`,
      });
      expect(sim.whatsapp.messagesUrl).toBe(`${sim.url}/v2/accounts/sandbox/messages`);
    } finally {
      await sim.close();
    }
  });
});
