// Incoming messages: on request through the control API and the library, as scripted replies
// after reading, in every content type, to the account's inbound URL.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './fixture.js';
import { fastWhatsApp, pause, postSend, sendBody, templateMessage } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });

async function postInbound(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${ctx.sim.url}/_sim/whatsapp/inbound`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const firstItem = (json: unknown) =>
  (json as { whatsapp: { messages: Record<string, unknown>[] } }).whatsapp.messages[0];

describe('incoming messages on request', () => {
  it('posts an incoming_message webhook with the text to the account inbound URL', async () => {
    const set = await fetch(`${ctx.sim.url}/_sim/whatsapp/urls`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ inboundUrl: `${ctx.receiver.url}/inbound` }),
    });
    expect(await set.json()).toEqual({
      urls: { inboundUrl: `${ctx.receiver.url}/inbound`, defaultStatusCallback: null },
    });
    const answer = await postInbound({ from: '09800000001', to: '+918047112345', text: 'STOP', profileName: 'Aman' });
    expect(answer).toMatchObject({
      status: 200,
      json: { sid: expect.stringMatching(/^[A-Za-z0-9_-]{32,64}$/), delivered: true, responseStatus: 200 },
    });
    const [callback] = await ctx.receiver.waitFor(1);
    expect(callback?.path).toBe('/inbound');
    expect(firstItem(callback?.json)).toEqual({
      callback_type: 'incoming_message',
      sid: answer.json.sid,
      from: '+919800000001',
      to: '+918047112345',
      profile_name: 'Aman',
      timestamp: expect.stringMatching(/\+05:30$/),
      content: { type: 'text', text: { body: 'STOP' } },
    });
  });

  it.each([
    [
      'a quick-reply button',
      { button: { payload: 'STOP_PROMOS', text: 'Stop promotions' } },
      { type: 'button', button: { payload: 'STOP_PROMOS', text: 'Stop promotions' } },
    ],
    [
      'an interactive button reply',
      { buttonReply: { id: 'yes', title: 'Yes' } },
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } },
    ],
    [
      'a list reply',
      { listReply: { id: 'slot-2', title: '2 pm' } },
      { type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'slot-2', title: '2 pm' } } },
    ],
    [
      'an image',
      { image: { url: 'https://cdn.example/p.jpg', caption: 'my bill' } },
      { type: 'image', image: { url: 'https://cdn.example/p.jpg', caption: 'my bill' } },
    ],
  ])('sends %s in its wire shape', async (_name, content, wire) => {
    await ctx.sim.whatsapp.sendInbound({
      from: '+919800000001',
      to: '+918047112345',
      url: `${ctx.receiver.url}/inbound`,
      ...content,
    });
    const [callback] = await ctx.receiver.waitFor(1);
    expect(firstItem(callback?.json)?.content).toEqual(wire);
  });

  it('names the callback type icm by variant', async () => {
    ctx.sim.setVariants({ whatsappIncomingCallbackType: 'icm' });
    await ctx.sim.whatsapp.sendInbound({
      from: '+919800000001',
      to: '+918047112345',
      url: `${ctx.receiver.url}/inbound`,
      text: 'hi',
    });
    const [callback] = await ctx.receiver.waitFor(1);
    expect(firstItem(callback?.json)?.callback_type).toBe('icm');
  });

  it('answers 409 without an inbound URL, and 400 for no or two contents', async () => {
    expect((await postInbound({ from: '+919800000001', to: '+918047112345', text: 'hi' })).status).toBe(409);
    expect(
      (await postInbound({ from: '+919800000001', to: '+918047112345', url: `${ctx.receiver.url}/in` })).status,
    ).toBe(400);
    expect(
      (
        await postInbound({
          from: '+919800000001',
          to: '+918047112345',
          url: `${ctx.receiver.url}/in`,
          text: 'a',
          button: { payload: 'p', text: 't' },
        })
      ).status,
    ).toBe(400);
    expect(ctx.receiver.received).toHaveLength(0);
  });

  it('reports a receiver that refused, and retries it', async () => {
    ctx.receiver.respondWith((callback) => (ctx.receiver.received.indexOf(callback) === 0 ? 500 : 200));
    const answer = await postInbound({
      from: '+919800000001',
      to: '+918047112345',
      url: `${ctx.receiver.url}/in`,
      text: 'hi',
    });
    expect(answer.json).toMatchObject({ delivered: false, responseStatus: 500 });
    await ctx.receiver.waitFor(2);
    await expect.poll(() => ctx.sim.whatsapp.stats().inbound).toMatchObject({ delivered: 1, retries: 1 });
  });
});

describe('scripted replies', () => {
  it('replies after reading, from the recipient to our number', async () => {
    ctx.sim.whatsapp.setUrls({ inboundUrl: `${ctx.receiver.url}/inbound` });
    ctx.sim.whatsapp.script({
      match: { to: '+919800000001' },
      script: { reply: { afterReadMs: 300, button: { payload: 'STOP', text: 'Stop' }, profileName: 'Rahul' } },
    });
    await postSend(
      ctx.sim.whatsapp.messagesUrl,
      sendBody([templateMessage('+919800000001')], { status_callback: `${ctx.receiver.url}/dlr` }),
    );
    const callbacks = await ctx.receiver.waitFor(4);
    expect(callbacks.map((callback) => callback.path)).toEqual(['/dlr', '/dlr', '/dlr', '/inbound']);
    expect(firstItem(callbacks[3]?.json)).toMatchObject({
      callback_type: 'incoming_message',
      from: '+919800000001',
      to: '+918047112345',
      profile_name: 'Rahul',
      content: { type: 'button', button: { payload: 'STOP', text: 'Stop' } },
    });
    expect((callbacks[3]?.receivedAt ?? 0) - (callbacks[2]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(40);
  });

  it('does not reply when the message is never read', async () => {
    ctx.sim.whatsapp.setUrls({ inboundUrl: `${ctx.receiver.url}/inbound` });
    ctx.sim.whatsapp.script({ script: { reach: 'delivered', reply: { afterReadMs: 0, text: 'hello' } } });
    await postSend(
      ctx.sim.whatsapp.messagesUrl,
      sendBody([templateMessage('+919800000001')], { status_callback: `${ctx.receiver.url}/dlr` }),
    );
    await ctx.receiver.waitFor(2);
    await pause(150);
    expect(ctx.receiver.received.map((callback) => callback.path)).toEqual(['/dlr', '/dlr']);
  });
});
