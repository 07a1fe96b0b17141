// WhatsApp v2 wire parsing: every UNCERTAIN shape of the send answer and error bodies, webhook
// validation, the request we build, and Retry-After.
import { describe, expect, it } from 'vitest';
import { retryAfterMsFrom } from '../../exotel/errors.js';
import { buildSendRequest } from '../../exotel/whatsapp-client.js';
import { errorMessageOf, whatsappSendResponseSchema, whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';

const success = { code: 202, status: 'success', error_data: null, data: { sid: 'abc' } };

describe('send answer', () => {
  it('reads the full [N] envelope', () => {
    const parsed = whatsappSendResponseSchema.parse({
      request_id: 'r1',
      method: 'POST',
      http_code: 202,
      metadata: { total: 1, success: 1, failed: 0 },
      response: { whatsapp: { messages: [success] } },
    });
    expect(parsed).toEqual({
      requestId: 'r1',
      messages: [{ code: 202, status: 'success', error_data: null, data: { sid: 'abc' }, message: null }],
    });
  });

  it.each([
    ['only `response` (the [O] mocks)', { response: { whatsapp: { messages: [success] } } }],
    ['no wrapper at all', { whatsapp: { messages: [success] } }],
    [
      'no method and no error_data',
      {
        request_id: 'r1',
        http_code: 202,
        response: { whatsapp: { messages: [{ code: 202, status: 'success', data: { sid: 'abc' } }] } },
      },
    ],
    [
      'codes as strings',
      { response: { whatsapp: { messages: [{ code: '202', status: 'success', data: { sid: 'abc' } }] } } },
    ],
  ])('reads an answer with %s', (_name, body) => {
    const [item] = whatsappSendResponseSchema.parse(body).messages;
    expect(item).toMatchObject({ code: 202, status: 'success', data: { sid: 'abc' }, error_data: null });
  });

  it.each([
    [
      'an error_data object',
      {
        code: 400,
        status: 'failure',
        error_data: { code: 30005, message: 'Invalid number', description: 'long' },
        data: null,
      },
      { code: 30005, message: 'Invalid number', description: 'long' },
    ],
    [
      'a word code',
      { code: 400, status: 'failure', error_data: { code: 'invalid_number', description: 'Bad number' } },
      { code: 'invalid_number', message: null, description: 'Bad number' },
    ],
    [
      'a string error_data',
      { code: 400, status: 'failure', error_data: 'Invalid number' },
      { code: null, message: 'Invalid number', description: null },
    ],
  ])('reads a failure with %s', (_name, item, errorData) => {
    expect(
      whatsappSendResponseSchema.parse({ response: { whatsapp: { messages: [item] } } }).messages[0]?.error_data,
    ).toEqual(errorData);
  });

  it('reads a flat failure that has only a message', () => {
    expect(
      whatsappSendResponseSchema.parse({
        response: { whatsapp: { messages: [{ code: 400, status: 'failure', message: 'Invalid number' }] } },
      }).messages[0],
    ).toMatchObject({
      error_data: null,
      message: 'Invalid number',
    });
  });

  it('refuses bodies that are not a send answer', () => {
    expect(whatsappSendResponseSchema.safeParse({ RestException: { Status: 400, Message: 'x' } }).success).toBe(false);
    expect(whatsappSendResponseSchema.safeParse({ response: { whatsapp: {} } }).success).toBe(false);
  });
});

describe('error bodies', () => {
  it.each([
    ['RestException', { RestException: { Status: 429, Message: 'Too many requests' } }, 'Too many requests'],
    [
      'v2 error_data',
      {
        request_id: 'r',
        http_code: 401,
        response: { code: 401, status: 'failure', error_data: { message: 'Authentication failed' } },
      },
      'Authentication failed',
    ],
    ['v2 error_data with a description only', { response: { error_data: { description: 'Bad body' } } }, 'Bad body'],
    [
      'the CPaaS error object',
      { request_id: 'r', http_code: 429, response: { error: { code: 'rate_limit_exceeded', message: 'Slow down' } } },
      'Slow down',
    ],
    [
      'the CPaaS error object without a message',
      { response: { error: { code: 'rate_limit_exceeded' } } },
      'rate_limit_exceeded',
    ],
  ])('finds the message of a %s body', (_name, body, message) => {
    expect(errorMessageOf(body)).toBe(message);
  });

  it('finds none in HTML or an empty body', () => {
    expect(errorMessageOf(undefined)).toBeUndefined();
    expect(errorMessageOf({ html: '<html>' })).toBeUndefined();
  });
});

describe('webhook validation', () => {
  const wrap = (item: unknown) => ({ whatsapp: { messages: [item] } });

  it('accepts the documented DLR and incoming-message examples', () => {
    expect(
      whatsappWebhookSchema.safeParse(
        wrap({
          callback_type: 'dlr',
          sid: 's',
          to: '919876543210',
          exo_status_code: 30002,
          exo_detailed_status: 'EX_MESSAGE_DELIVERED',
          description: '...',
          timestamp: '2024-01-15T10:30:05+05:30',
          custom_data: 'Order12',
        }),
      ).success,
    ).toBe(true);
    expect(
      whatsappWebhookSchema.safeParse(
        wrap({
          callback_type: 'incoming_message',
          sid: 's',
          from: '+9198',
          to: '+9179',
          profile_name: 'Aman',
          timestamp: '2022-10-19T21:48:31+05:30',
          content: { type: 'text', text: { body: 'Hello' } },
        }),
      ).success,
    ).toBe(true);
  });

  it.each([
    ['a DLR without a sid', { callback_type: 'dlr', exo_status_code: 30002 }],
    [
      'a DLR with neither a code nor a known name',
      { callback_type: 'dlr', sid: 's', exo_detailed_status: 'SOMETHING' },
    ],
    [
      'an incoming message without a sender',
      { callback_type: 'incoming_message', sid: 's', content: { type: 'text', text: { body: 'x' } } },
    ],
    ['an icm without content', { callback_type: 'icm', sid: 's', from: '+9198' }],
  ])('refuses %s', (_name, item) => {
    expect(whatsappWebhookSchema.safeParse(wrap(item)).success).toBe(false);
  });

  it('refuses an empty or missing message list', () => {
    expect(whatsappWebhookSchema.safeParse({ whatsapp: { messages: [] } }).success).toBe(false);
    expect(whatsappWebhookSchema.safeParse({ messages: [] }).success).toBe(false);
    expect(whatsappWebhookSchema.safeParse([]).success).toBe(false);
    expect(whatsappWebhookSchema.safeParse({}).success).toBe(false);
    expect(whatsappWebhookSchema.safeParse('dlr').success).toBe(false);
  });

  const dlr = {
    callback_type: 'dlr',
    sid: 'sid-1',
    to: '919876543210',
    exo_status_code: 30003,
    exo_detailed_status: 'EX_MESSAGE_SEEN',
    timestamp: '2024-01-15T10:30:05+05:30',
  };
  const { callback_type: _type, ...untyped } = dlr;
  it.each([
    ['the envelope', { whatsapp: { messages: [dlr] } }],
    ['the envelope around one object', { whatsapp: { messages: dlr } }],
    ['a bare message list', { messages: [dlr] }],
    ['a bare report', dlr],
    ['an array of reports', [dlr, { ...dlr, sid: 'sid-2' }]],
    ['a report without callback_type', untyped],
  ])('reads a delivery report sent as %s', (_shape, body) => {
    const parsed = whatsappWebhookSchema.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.whatsapp.messages[0]).toMatchObject({
      callback_type: 'dlr',
      sid: 'sid-1',
      exo_status_code: 30003,
    });
  });

  it('reads an incoming message without callback_type as one', () => {
    const parsed = whatsappWebhookSchema.parse({
      sid: 'm',
      from: '+919811112222',
      content: { type: 'text', text: { body: 'STOP' } },
    });
    expect(parsed.whatsapp.messages[0]).toMatchObject({ callback_type: 'incoming_message', from: '+919811112222' });
  });
});

describe('the send request we build', () => {
  it('has the documented shape, routing at each level only when given', () => {
    const request = buildSendRequest({
      statusCallback: 'https://crm.example/wa',
      messages: [
        {
          from: '+918047112345',
          to: '+919876543210',
          customData: 'c-1',
          content: {
            type: 'template',
            name: 'order_confirmation',
            language: 'en',
            components: [{ type: 'body', parameters: [{ type: 'text', text: 'Rahul' }] }],
          },
        },
        { from: '+918047112345', to: '+919876543211', content: { type: 'text', body: 'Hi' } },
      ],
    });
    expect(request).toEqual({
      status_callback: 'https://crm.example/wa',
      whatsapp: {
        messages: [
          {
            custom_data: 'c-1',
            from: '+918047112345',
            to: '+919876543210',
            content: {
              recipient_type: 'individual',
              type: 'template',
              template: {
                name: 'order_confirmation',
                language: { code: 'en', policy: 'deterministic' },
                components: [{ type: 'body', parameters: [{ type: 'text', text: 'Rahul' }] }],
              },
            },
          },
          {
            from: '+918047112345',
            to: '+919876543211',
            content: { recipient_type: 'individual', type: 'text', text: { body: 'Hi', preview_url: false } },
          },
        ],
      },
    });
  });

  it('refuses an invalid status callback URL or an empty template name', () => {
    const base = { from: '+918047112345', to: '+919876543210' };
    expect(() =>
      buildSendRequest({ statusCallback: 'not a url', messages: [{ ...base, content: { type: 'text', body: 'x' } }] }),
    ).toThrow(/status_callback/);
    expect(() =>
      buildSendRequest({ messages: [{ ...base, content: { type: 'template', name: '', language: 'en' } }] }),
    ).toThrow(/name/);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    expect(retryAfterMsFrom('2')).toBe(2_000);
    expect(retryAfterMsFrom(['0.5'])).toBe(500);
    expect(retryAfterMsFrom('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMsFrom('soon')).toBeUndefined();
    expect(retryAfterMsFrom(undefined)).toBeUndefined();
  });
});
