// Our WhatsApp client (exotel/whatsapp-client.ts) held to what Exotel really sends: the v2 failure
// envelope and request-level error bodies under HTTP 200, a RestException under 200, XML errors,
// and message sids that are not hex, which must round-trip through the client, the DLRs and our events.
import { describe, expect, it } from 'vitest';
import { type ExotelError, ExotelRateLimitError } from '../../exotel/errors.js';
import type { OutboundWhatsApp } from '../../exotel/whatsapp-client.js';
import { eventsFromWebhook } from '../../exotel/whatsapp-events.js';
import { whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';
import type { RawAnswer } from '../../exotel-sim/index.js';
import { rejection, useClients } from './clients.js';
import { useSimulator } from './fixture.js';
import { BUSINESS, fastWhatsApp } from './whatsapp-fixture.js';

const ctx = useSimulator({ variants: fastWhatsApp });
const clients = useClients(ctx);
const client = () => clients.whatsapp();

const text = (to: string, customData?: string): OutboundWhatsApp => ({
  from: BUSINESS,
  to,
  customData,
  content: { type: 'text', body: 'Your order shipped' },
});

/** Sends one message against this raw answer (nothing accepted behind it). */
function sendAgainst(raw: RawAnswer, count = 1) {
  ctx.sim.whatsapp.queueFaults([{ fault: { raw } }]);
  return client().sendMessages({
    messages: Array.from({ length: count }, (_, index) => text(`+91980000000${index + 1}`)),
  });
}

const errorData = { code: 1002, message: 'Template does not exist', description: 'Template does not exist' };

describe('the v2 failure envelope under HTTP 200', () => {
  it('yields per-message failures, in order, next to accepted messages', async () => {
    const results = await sendAgainst(
      {
        status: 200,
        body: {
          response: {
            whatsapp: {
              messages: [
                { code: 400, status: 'failure', error_data: errorData },
                { code: 200, status: 'success', data: { sid: 'Xk3p-9QaZ_wE7tLm2nB4vC6xD8yF0hJ1' } },
              ],
            },
          },
        },
      },
      2,
    );
    expect(results).toEqual([
      { ok: false, code: 400, message: 'Template does not exist', errorCode: 1002 },
      { ok: true, sid: 'Xk3p-9QaZ_wE7tLm2nB4vC6xD8yF0hJ1' },
    ]);
  });

  it('with the full envelope and a flat failure', async () => {
    const results = await sendAgainst({
      status: 200,
      body: {
        request_id: 'r-1',
        http_code: 200,
        metadata: { total: 1, success: 0, failed: 1 },
        response: { whatsapp: { messages: [{ code: '404', status: 'FAILURE', message: 'Template not found' }] } },
      },
    });
    expect(results).toEqual([{ ok: false, code: 404, message: 'Template not found', errorCode: null }]);
  });
});

describe('request-level errors under HTTP 200', () => {
  it.each<[string, RawAnswer, { kind: ExotelError['kind']; httpStatus: number; message?: RegExp }]>([
    [
      'v2 error_data with http_code 400',
      {
        status: 200,
        body: { request_id: 'r', http_code: 400, response: { code: 400, status: 'failure', error_data: errorData } },
      },
      { kind: 'rejected', httpStatus: 400, message: /Template does not exist/ },
    ],
    [
      'v2 error_data alone',
      { status: 200, body: { response: { error_data: { message: 'Insufficient balance' } } } },
      { kind: 'rejected', httpStatus: 400, message: /Insufficient balance/ },
    ],
    [
      'v2 error_data with a 5xx code',
      { status: 200, body: { response: { code: 503, status: 'failure', error_data: { message: 'Try later' } } } },
      { kind: 'refused', httpStatus: 503 },
    ],
    [
      'the CPaaS error object with http_code 402',
      {
        status: 200,
        body: { request_id: 'r', http_code: 402, response: { error: { code: 'plan_limit', message: 'Plan limit' } } },
      },
      { kind: 'rejected', httpStatus: 402, message: /Plan limit/ },
    ],
    [
      'a RestException',
      { status: 200, body: { RestException: { Status: 401, Message: 'Authentication failed' } } },
      { kind: 'rejected', httpStatus: 401, message: /Authentication failed/ },
    ],
    [
      'a RestException in XML',
      {
        status: 200,
        body: '<TwilioResponse><RestException><Status>403</Status><Message>Forbidden</Message></RestException></TwilioResponse>',
      },
      { kind: 'rejected', httpStatus: 403, message: /Forbidden/ },
    ],
  ])('%s is an error of the kind it states', async (_name, raw, expected) => {
    const error = await rejection(sendAgainst(raw));
    expect(error).toMatchObject({ kind: expected.kind, httpStatus: expected.httpStatus });
    if (expected.message) expect(error.message).toMatch(expected.message);
  });

  it.each<[string, RawAnswer]>([
    [
      'the CPaaS error object',
      { status: 200, body: { http_code: 429, response: { error: { code: 'rate_limit_exceeded' } } } },
    ],
    ['a RestException', { status: 200, body: { RestException: { Status: 429, Message: 'Too many requests' } } }],
  ])('a 429 stated by %s under 200 is a rate limit, with Retry-After', async (_name, raw) => {
    const error = await rejection(sendAgainst({ ...raw, headers: { 'retry-after': '3' } }));
    expect(error).toBeInstanceOf(ExotelRateLimitError);
    expect(error).toMatchObject({ kind: 'refused', httpStatus: 429, retryAfterMs: 3_000, provablyNotProcessed: true });
  });

  it.each<[string, RawAnswer, ExotelError['kind']]>([
    [
      'an XML 503 RestException',
      {
        status: 503,
        body: '<TwilioResponse><RestException><Status>503</Status><Message>Down</Message></RestException></TwilioResponse>',
      },
      'refused',
    ],
    [
      'a proxy page',
      { status: 502, body: '<html>nginx</html>', headers: { 'content-type': 'text/html' } },
      'ambiguous',
    ],
    ['an empty 200', { status: 200 }, 'ambiguous'],
    [
      'a 200 listing fewer results than messages sent',
      { status: 200, body: { response: { whatsapp: { messages: [] } } } },
      'ambiguous',
    ],
    [
      'a 200 that says success without a sid',
      { status: 200, body: { response: { whatsapp: { messages: [{ code: 202, status: 'success' }] } } } },
      'ambiguous',
    ],
  ])('%s is %s', async (_name, raw, kind) => {
    expect((await rejection(sendAgainst(raw))).kind).toBe(kind);
  });
});

describe('message sids that are not hex', () => {
  it.each(['exotel', 'hex'] as const)('round-trip (%s) through the client, the DLRs and our events', async (format) => {
    ctx.sim.setVariants({ whatsappSidFormat: format });
    const numbers = ['+919800000001', '+919800000002', '+919800000003'];
    const results = await client().sendMessages({
      messages: numbers.map((to, index) => text(to, `c-${index}`)),
      statusCallback: `${ctx.receiver.url}/dlr`,
    });
    const sids = results.map((result) => (result.ok ? result.sid : ''));
    expect(sids).toEqual(ctx.sim.whatsapp.messages().map((record) => record.sid));
    if (format === 'exotel') expect(sids.some((sid) => /[^0-9a-f]/.test(sid))).toBe(true);

    const callbacks = await ctx.receiver.waitFor(9);
    const events = callbacks.flatMap((callback) => eventsFromWebhook(whatsappWebhookSchema.parse(callback.json)));
    // Every DLR names its message by the sid the client returned (POSTs may arrive in any order).
    for (const [index, sid] of sids.entries()) {
      const statuses = events
        .filter((event) => event.kind === 'status' && event.sid === sid)
        .map((event) => (event.kind === 'status' ? `${event.status} ${event.customData}` : ''));
      expect(statuses.sort()).toEqual([`delivered c-${index}`, `read c-${index}`, `sent c-${index}`]);
    }
  });
});
