// POST /v2/accounts/:sid/messages: the documented request and answer, the 100-message limit,
// auth, per-message failures, every UNCERTAIN answer shape, and the send rate limit.
import { describe, expect, it } from 'vitest';
import { auth, useSimulator } from './fixture.js';
import { fastWhatsApp, postSend, sendBody, sidsOf, templateMessage } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });
const url = () => ctx.sim.whatsapp.messagesUrl;
const recipients = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => templateMessage(`+9198${String(from + index).padStart(8, '0')}`));

describe('WhatsApp send: accepted requests', () => {
  it('answers 202 with the documented envelope and records each message', async () => {
    const answer = await postSend(
      url(),
      sendBody([templateMessage('+919800000001'), templateMessage('09800000002', { custom_data: 'msg-level' })], {
        custom_data: 'req-level',
      }),
    );
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({
      method: 'POST',
      http_code: 202,
      metadata: { total: 2, success: 2, failed: 0 },
      response: {
        whatsapp: {
          messages: [
            { code: 202, status: 'success', error_data: null },
            { code: 202, status: 'success', error_data: null },
          ],
        },
      },
    });
    expect(answer.json.request_id).toMatch(/^[0-9a-f]{32}$/);
    const sids = sidsOf(answer);
    expect(new Set(sids).size).toBe(2);

    const records = ctx.sim.whatsapp.messages();
    expect(records.map((record) => record.sid)).toEqual(sids);
    expect(records[0]).toMatchObject({
      from: '+918047112345',
      to: '+919800000001',
      type: 'template',
      template: 'order_confirmation',
      language: 'en',
      parameters: ['Rahul'],
      customData: 'req-level',
      requestId: answer.json.request_id,
      rejection: null,
      fate: 'read',
    });
    expect(records[1]?.customData).toBe('msg-level');
    expect(Date.parse(records[0]?.receivedAt ?? '')).toBeGreaterThan(Date.now() - 5_000);
  });

  it('accepts text messages and records their body', async () => {
    const text = {
      from: '+918047112345',
      to: '+919800000001',
      content: { recipient_type: 'individual', type: 'text', text: { preview_url: false, body: 'Your order shipped' } },
    };
    expect((await postSend(url(), sendBody([text]))).status).toBe(202);
    expect(ctx.sim.whatsapp.messages()[0]).toMatchObject({
      type: 'text',
      text: 'Your order shipped',
      template: null,
      parameters: [],
    });
  });

  it('accepts exactly 100 messages and refuses 101 with a 400, recording nothing', async () => {
    expect((await postSend(url(), sendBody(recipients(100)))).status).toBe(202);
    const tooMany = await postSend(url(), sendBody(recipients(101, 100)));
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(tooMany.json)).toContain('at most 100');
    expect(ctx.sim.whatsapp.stats()).toMatchObject({ received: 100, requests: { accepted: 1, refused: 1 } });
  });

  it.each([
    ['the flat [N] body without the whatsapp wrapper', { messages: [templateMessage('+919800000001')] }],
    [
      'a message without to',
      sendBody([{ from: '+918047112345', content: templateMessage('+919800000001').content as object }]),
    ],
    [
      'a template without a name',
      sendBody([
        templateMessage('+919800000001', { content: { type: 'template', template: { language: { code: 'en' } } } }),
      ]),
    ],
    ['an empty message list', sendBody([])],
  ])('refuses %s with a 400 and records nothing', async (_name, body) => {
    const answer = await postSend(url(), body);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      http_code: 400,
      response: { status: 'failure', error_data: { message: expect.stringContaining('Invalid request') } },
    });
    expect(ctx.sim.whatsapp.messages()).toHaveLength(0);
  });

  it('refuses a body that is not sent as JSON', async () => {
    const answer = await postSend(url(), JSON.stringify(sendBody([templateMessage('+919800000001')])), {
      ...auth,
      'content-type': 'text/plain',
    });
    expect(answer.status).toBe(400);
  });

  it('answers 401 without or with wrong credentials and 403 for another account', async () => {
    const body = sendBody([templateMessage('+919800000001')]);
    const wrong = {
      authorization: `Basic ${Buffer.from('k:nope').toString('base64')}`,
      'content-type': 'application/json',
    };
    expect((await postSend(url(), body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await postSend(url(), body, wrong)).status).toBe(401);
    expect((await postSend(`${ctx.sim.url}/v2/accounts/other/messages`, body)).status).toBe(403);
    expect(ctx.sim.whatsapp.messages()).toHaveLength(0);
  });

  it('keeps a summary of the send in the request log, not the message bodies', async () => {
    await postSend(url(), sendBody(recipients(3), { status_callback: 'https://crm.example/wa' }));
    expect(ctx.sim.requests({ path: '/v2/accounts/acme/messages' })[0]).toMatchObject({
      method: 'POST',
      responseStatus: 202,
      authUser: 'k',
      body: { status_callback: 'https://crm.example/wa', whatsapp: { messageCount: 3 } },
    });
  });
});

describe('WhatsApp send: per-message failures', () => {
  it('answers a scripted or invalid recipient as a failure in its place, and accepts the rest', async () => {
    ctx.sim.whatsapp.script({ match: { to: '9800000002' }, script: { reject: 'template-not-found' } });
    const answer = await postSend(
      url(),
      sendBody([templateMessage('+919800000001'), templateMessage('+919800000002'), templateMessage('12')]),
    );
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({
      metadata: { total: 3, success: 1, failed: 2 },
      response: {
        whatsapp: {
          messages: [
            { code: 202, status: 'success' },
            {
              code: 404,
              status: 'failure',
              error_data: { code: 30024, message: expect.stringContaining('Template not found') },
              data: null,
            },
            { code: 400, status: 'failure', error_data: { code: 30005 } },
          ],
        },
      },
    });
    expect(ctx.sim.whatsapp.stats()).toMatchObject({ received: 3, accepted: 1, rejected: 2 });
    expect(ctx.sim.whatsapp.messages({ to: '+919800000002' })[0]?.rejection).toMatchObject({
      code: 404,
      errorCode: 30024,
    });
  });

  it('uses a rule only `times` times, newest rule first', async () => {
    ctx.sim.whatsapp.script({ script: { reject: { code: 403, message: 'Not opted in' } } });
    ctx.sim.whatsapp.script({ match: { to: '+919800000001' }, script: { reject: 'invalid-number' }, times: 1 });
    const answer = await postSend(
      url(),
      sendBody([templateMessage('+919800000001'), templateMessage('+919800000001')]),
    );
    const items = (
      answer.json.response as { whatsapp: { messages: { code: number; error_data: { message: string } }[] } }
    ).whatsapp.messages;
    expect(items.map((item) => item.code)).toEqual([400, 403]);
    expect(items[1]?.error_data.message).toBe('Not opted in');
  });

  it('shapes failures flat, and answers 400 when all fail, by variant', async () => {
    ctx.sim.setVariants({ whatsappFailureShape: 'flat', whatsappAllFailedStatus: 400 });
    ctx.sim.whatsapp.script({ script: { reject: 'invalid-number' } });
    const answer = await postSend(url(), sendBody([templateMessage('+919800000001')]));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ http_code: 400, metadata: { failed: 1 } });
    const [item] = (answer.json.response as { whatsapp: { messages: Record<string, unknown>[] } }).whatsapp.messages;
    expect(item).toEqual({ code: 400, status: 'failure', message: 'Invalid destination number' });
  });
});

describe('WhatsApp send: UNCERTAIN answer shapes', () => {
  it('answers only `response` when the envelope variant says so', async () => {
    ctx.sim.setVariants({ whatsappEnvelope: 'response-only' });
    const answer = await postSend(url(), sendBody([templateMessage('+919800000001')]));
    expect(answer.status).toBe(202);
    expect(Object.keys(answer.json)).toEqual(['response']);
    expect(sidsOf(answer)[0]).toMatch(/^[A-Za-z0-9_-]{32,64}$/);
  });

  it('leaves out `method` and `error_data` when the variants say so', async () => {
    ctx.sim.setVariants({ whatsappMethodField: false, whatsappErrorDataOnSuccess: 'absent' });
    const answer = await postSend(url(), sendBody([templateMessage('+919800000001')]));
    expect(answer.json).not.toHaveProperty('method');
    const [item] = (answer.json.response as { whatsapp: { messages: Record<string, unknown>[] } }).whatsapp.messages;
    expect(item).not.toHaveProperty('error_data');
    expect(item).toMatchObject({ code: 202, status: 'success', data: { sid: expect.any(String) } });
  });
});

describe('WhatsApp send: rate limit', () => {
  it('counts messages per second and refuses the request that does not fit, whole', async () => {
    ctx.sim.setVariants({ whatsappRateLimitPerSecond: 110, whatsappRateLimitUnit: 'messages' });
    expect((await postSend(url(), sendBody(recipients(100)))).status).toBe(202);
    const refused = await postSend(url(), sendBody(recipients(100, 100)));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(refused.json).toMatchObject({
      http_code: 429,
      response: {
        status: 'failure',
        error_data: { code: 429, message: expect.stringContaining('110 messages per second') },
      },
    });
    expect(ctx.sim.whatsapp.stats()).toMatchObject({ received: 100, requests: { accepted: 1, rateLimited: 1 } });
  });

  it('counts requests when the unit variant says so, and refills over time', async () => {
    ctx.sim.setVariants({
      whatsappRateLimitPerSecond: 2,
      whatsappRateLimitBurst: 2,
      whatsappRateLimitUnit: 'requests',
      whatsappRateLimitRetryAfterHeader: true,
    });
    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push((await postSend(url(), sendBody([templateMessage('+919800000001')]))).status);
    expect(statuses).toEqual([202, 202, 429]);
    const refused = await postSend(url(), sendBody([templateMessage('+919800000001')]));
    expect(refused.headers.get('retry-after')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await postSend(url(), sendBody([templateMessage('+919800000001')]))).status).toBe(202);
  });

  it.each([
    ['rest-exception', { RestException: { Status: 429, Message: expect.stringContaining('Too many requests') } }],
    ['v2-error', { http_code: 429, response: { error: { code: 'rate_limit_exceeded', message: expect.any(String) } } }],
  ] as const)('answers the 429 in the %s style by variant', async (style, expected) => {
    ctx.sim.setVariants({ whatsappRateLimitPerSecond: 1, whatsappRateLimitBurst: 1, whatsappErrorBody: style });
    await postSend(url(), sendBody([templateMessage('+919800000001')]));
    const refused = await postSend(url(), sendBody([templateMessage('+919800000001')]));
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject(expected);
  });

  it('keeps up with ten requests of 100 at once', async () => {
    ctx.sim.setVariants({ whatsappRateLimitPerSecond: 2_000 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, batch) => postSend(url(), sendBody(recipients(100, batch * 100)))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(202));
    expect(ctx.sim.whatsapp.stats()).toMatchObject({ received: 1_000, distinctPairs: 1_000, duplicates: 0 });
  });
});

describe('WhatsApp send: request faults', () => {
  it('answers queued faults in order before accepting anything, then succeeds', async () => {
    ctx.sim.whatsapp.queueFaults([{ fault: { status: 503, body: 'rest' } }, { fault: { status: 500, body: 'html' } }]);
    const body = sendBody([templateMessage('+919800000001')]);
    expect((await postSend(url(), body)).json).toMatchObject({ RestException: { Status: 503 } });
    const html = await fetch(url(), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(html.status).toBe(500);
    expect(await html.text()).toContain('<html>');
    expect(ctx.sim.whatsapp.messages()).toHaveLength(0);
    expect((await postSend(url(), body)).status).toBe(202);
    expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
  });

  it('accepts the messages and then fails the answer when the fault says accepted', async () => {
    ctx.sim.whatsapp.queueFaults([{ fault: { status: 502, body: 'empty' }, accepted: true }]);
    const response = await fetch(url(), {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(sendBody([templateMessage('+919800000001')])),
    });
    expect(response.status).toBe(502);
    expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
    expect(ctx.sim.requests({ path: '/messages' })[0]?.fault).toContain('whatsappSendFault');
  });

  it('queues faults over the control API too', async () => {
    const queued = await fetch(`${ctx.sim.url}/_sim/whatsapp/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ fault: { status: 429 } }]),
    });
    expect(await queued.json()).toEqual({ faults: [{ fault: { status: 429 } }] });
    expect((await postSend(url(), sendBody([templateMessage('+919800000001')]))).status).toBe(429);
    const invalid = await fetch(`${ctx.sim.url}/_sim/whatsapp/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ fault: { status: 200 } }]),
    });
    expect(invalid.status).toBe(400);
  });
});
