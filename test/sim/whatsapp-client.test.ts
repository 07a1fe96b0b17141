// Our WhatsApp client (exotel/whatsapp-client.ts) against the simulator: results in input order,
// per-message failures, every answer variant, 429 with and without Retry-After, timeouts,
// an unreachable Exotel, and the webhooks it produces parsed into our events.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ExotelRateLimitError } from '../../exotel/errors.js';
import { WhatsAppClient, whatsappClientFromEnv, type OutboundWhatsApp } from '../../exotel/whatsapp-client.js';
import { eventsFromWebhook } from '../../exotel/whatsapp-events.js';
import { whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';
import { type ClientOptions, rejection, useClients } from './clients.js';
import { useSimulator } from './fixture.js';
import { BUSINESS, fastWhatsApp } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });
const clients = useClients(ctx);
const client = (options: ClientOptions = {}) => clients.whatsapp(options);

const promo = (to: string, customData?: string): OutboundWhatsApp => ({
  from: BUSINESS,
  to,
  customData,
  content: {
    type: 'template',
    name: 'diwali_offer',
    language: 'en',
    components: [
      {
        type: 'body',
        parameters: [
          { type: 'text', text: 'Rahul' },
          { type: 'text', text: '20%' },
        ],
      },
    ],
  },
});

describe('sendMessages against the simulator', () => {
  it('returns one sid per message in input order, and sends the documented request', async () => {
    const numbers = ['+919800000001', '+919800000002', '+919800000003'];
    const results = await client().sendMessages({
      messages: numbers.map((to, index) => promo(to, `contact-${index}`)),
      statusCallback: `${ctx.receiver.url}/dlr`,
    });
    expect(results.every((result) => result.ok)).toBe(true);
    const records = ctx.sim.whatsapp.messages();
    expect(results).toEqual(records.map((record) => ({ ok: true, sid: record.sid })));
    expect(records.map((record) => [record.to, record.customData])).toEqual(
      numbers.map((to, index) => [to, `contact-${index}`]),
    );
    expect(records[0]).toMatchObject({
      from: BUSINESS,
      template: 'diwali_offer',
      language: 'en',
      parameters: ['Rahul', '20%'],
      statusCallback: `${ctx.receiver.url}/dlr`,
    });
  });

  it('sends text messages and per-message status callbacks', async () => {
    await client().sendMessages({
      messages: [
        {
          from: BUSINESS,
          to: '+919800000001',
          content: { type: 'text', body: 'Your order shipped' },
          statusCallback: `${ctx.receiver.url}/mine`,
        },
      ],
      statusCallback: `${ctx.receiver.url}/dlr`,
    });
    expect(ctx.sim.whatsapp.messages()[0]).toMatchObject({
      type: 'text',
      text: 'Your order shipped',
      statusCallback: `${ctx.receiver.url}/mine`,
    });
  });

  it('reports a refused message in its place with its code and message', async () => {
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { reject: 'template-not-found' } });
    const results = await client().sendMessages({
      messages: [promo('+919800000001'), promo('+919800000002'), promo('+919800000003')],
    });
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1]).toEqual({
      ok: false,
      code: 404,
      message: 'Template not found for this name and language',
      errorCode: 30024,
    });
  });

  it.each([
    ['the bare response', { whatsappEnvelope: 'response-only' }],
    ['no method or error_data', { whatsappMethodField: false, whatsappErrorDataOnSuccess: 'absent' }],
    ['flat failures', { whatsappFailureShape: 'flat' }],
  ] as const)('reads answers with %s', async (_name, variants) => {
    ctx.sim.setVariants(variants);
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { reject: 'invalid-number' } });
    const results = await client().sendMessages({ messages: [promo('+919800000001'), promo('+919800000002')] });
    expect(results[0]).toEqual({ ok: true, sid: ctx.sim.whatsapp.messages()[0]?.sid });
    expect(results[1]).toMatchObject({ ok: false, code: 400, message: 'Invalid destination number' });
  });

  it('returns per-message failures when every message is refused with a 400', async () => {
    ctx.sim.setVariants({ whatsappAllFailedStatus: 400 });
    ctx.sim.whatsapp.script({ script: { reject: 'template-params' } });
    const results = await client().sendMessages({ messages: [promo('+919800000001'), promo('+919800000002')] });
    expect(results).toEqual(
      Array(2).fill({
        ok: false,
        code: 400,
        message: 'Template parameters do not match the template',
        errorCode: 30023,
      }),
    );
  });

  it('refuses batches it cannot send before calling Exotel', async () => {
    await expect(client().sendMessages({ messages: [] })).rejects.toThrow(TypeError);
    await expect(
      client().sendMessages({
        messages: Array.from({ length: 101 }, (_, index) => promo(`+9198${String(index).padStart(8, '0')}`)),
      }),
    ).rejects.toThrow(/1 to 100/);
    await expect(client().sendMessages({ messages: [promo('not a number')] })).rejects.toThrow(/to/);
    expect(ctx.sim.requests({ path: '/messages' })).toHaveLength(0);
  });
});

describe('request failures', () => {
  it.each(['v2-error-data', 'rest-exception', 'v2-error'] as const)(
    'classifies a 429 (%s body) as a rate limit: refused, nothing sent',
    async (style) => {
      ctx.sim.setVariants({ whatsappRateLimitPerSecond: 1, whatsappRateLimitBurst: 1, whatsappErrorBody: style });
      await client().sendMessages({ messages: [promo('+919800000001')] });
      const error = await rejection(client().sendMessages({ messages: [promo('+919800000002')] }));
      expect(error).toBeInstanceOf(ExotelRateLimitError);
      expect(error).toMatchObject({
        kind: 'refused',
        httpStatus: 429,
        provablyNotProcessed: true,
        retryAfterMs: undefined,
      });
      expect(error.message).toMatch(/429.*(Too many requests|limited)/i);
      expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
    },
  );

  it('carries Retry-After when Exotel sends one', async () => {
    ctx.sim.setVariants({
      whatsappRateLimitPerSecond: 0.5,
      whatsappRateLimitBurst: 1,
      whatsappRateLimitUnit: 'requests',
      whatsappRateLimitRetryAfterHeader: true,
    });
    await client().sendMessages({ messages: [promo('+919800000001')] });
    const error = (await rejection(
      client().sendMessages({ messages: [promo('+919800000002')] }),
    )) as ExotelRateLimitError;
    expect(error.retryAfterMs).toBe(2_000);
  });

  it('classifies bad credentials as rejected', async () => {
    const wrong = new WhatsAppClient({
      baseUrl: ctx.sim.url,
      accountSid: 'acme',
      apiKey: 'k',
      apiToken: 'wrong',
      timeoutMs: 2_000,
    });
    clients.track(wrong);
    const error = await rejection(wrong.sendMessages({ messages: [promo('+919800000001')] }));
    expect(error).toMatchObject({ kind: 'rejected', httpStatus: 401 });
    expect(error.message).toContain('Authentication failed');
  });

  it('a 503 with an error body proves nothing was sent; a bare 500 does not', async () => {
    ctx.sim.whatsapp.queueFaults([
      { fault: { status: 503, body: 'rest' } },
      { fault: { status: 500, body: 'html' }, accepted: true },
    ]);
    expect(await rejection(client().sendMessages({ messages: [promo('+919800000001')] }))).toMatchObject({
      kind: 'refused',
      httpStatus: 503,
    });
    expect(await rejection(client().sendMessages({ messages: [promo('+919800000001')] }))).toMatchObject({
      kind: 'ambiguous',
      httpStatus: 500,
    });
    // The ambiguous one was in fact accepted: the hazard a caller must reconcile, not resend blind.
    expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
  });

  it('times out as ambiguous when Exotel does not answer', async () => {
    ctx.sim.whatsapp.queueFaults([{ fault: { hang: true }, accepted: true }]);
    const started = Date.now();
    const error = await rejection(client({ timeoutMs: 300 }).sendMessages({ messages: [promo('+919800000001')] }));
    expect(error.kind).toBe('ambiguous');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(ctx.sim.whatsapp.messages()).toHaveLength(1);
  });

  it('is unreachable when nothing listens', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    const error = await rejection(
      client({ baseUrl: `http://127.0.0.1:${port}` }).sendMessages({ messages: [promo('+919800000001')] }),
    );
    expect(error).toMatchObject({ kind: 'unreachable', provablyNotProcessed: true });
  });
});

describe('from the environment, through to events', () => {
  it('builds the client from env, and the DLRs and replies it causes parse into our events', async () => {
    const fromEnv = whatsappClientFromEnv({
      EXOTEL_BASE_URL: `${ctx.sim.url}/`,
      EXOTEL_SUBDOMAIN: 'api.exotel.com',
      EXOTEL_SID: 'acme',
      EXOTEL_API_KEY: 'k',
      EXOTEL_API_TOKEN: 't',
      EXOTEL_TIMEOUT_MS: 2_000,
    });
    clients.track(fromEnv);
    ctx.sim.whatsapp.setUrls({ inboundUrl: `${ctx.receiver.url}/inbound` });
    ctx.sim.whatsapp.script({
      match: { to: '+919800000001' },
      script: { reply: { afterReadMs: 10, button: { payload: 'STOP', text: 'Stop' } } },
    });
    ctx.sim.whatsapp.script({ match: { to: '+919800000002' }, script: { failCode: 30014 } });
    const [read, blocked] = await fromEnv.sendMessages({
      messages: [promo('+919800000001', 'c-1'), promo('+919800000002', 'c-2')],
      statusCallback: `${ctx.receiver.url}/dlr`,
    });

    const callbacks = await ctx.receiver.waitFor(5);
    const events = callbacks.flatMap((callback) => eventsFromWebhook(whatsappWebhookSchema.parse(callback.json)));
    const statuses = (sid: string | undefined) =>
      events
        .filter((event) => event.kind === 'status' && event.sid === sid)
        .map((event) => (event.kind === 'status' ? event.status : ''));
    expect(read?.ok && statuses(read.sid)).toEqual(['sent', 'delivered', 'read']);
    expect(blocked?.ok && statuses(blocked.sid)).toEqual(['failed']);
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'status',
        status: 'failed',
        code: 30014,
        detail: 'EX_RECIPIENT_BLOCKED',
        customData: 'c-2',
        to: '919800000002',
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'inbound',
        from: '+919800000001',
        to: BUSINESS,
        text: 'Stop',
        buttonPayload: 'STOP',
      }),
    );
  });
});
