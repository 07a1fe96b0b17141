// WhatsApp webhooks → our events: every ExoStatus code of the table in docs/exotel.md §7, DLRs with
// loose fields, and each incoming content type.
import { describe, expect, it } from 'vitest';
import {
  deliveryStatusOf,
  eventsFromWebhook,
  inboundEventFromMessage,
  statusEventFromDlr,
} from '../../exotel/whatsapp-events.js';
import { dlrSchema, exoStatusNames, incomingMessageSchema, whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';

const dlr = (fields: Record<string, unknown>) =>
  dlrSchema.parse({
    callback_type: 'dlr',
    sid: 'm1',
    to: '919876543210',
    timestamp: '2024-01-15T10:30:05+05:30',
    custom_data: 'Order12',
    ...fields,
  });

const incoming = (content: Record<string, unknown>, fields: Record<string, unknown> = {}) =>
  incomingMessageSchema.parse({
    callback_type: 'incoming_message',
    sid: 'in1',
    from: '+919876543210',
    to: '+918047112345',
    profile_name: 'Aman',
    timestamp: '2022-10-19T21:48:31+05:30',
    content,
    ...fields,
  });

describe('ExoStatus codes', () => {
  it('maps the ladder: 30001 sent, 30002 delivered, 30003 read', () => {
    expect([30001, 30002, 30003].map(deliveryStatusOf)).toEqual([
      { status: 'sent', detail: 'EX_MESSAGE_SENT' },
      { status: 'delivered', detail: 'EX_MESSAGE_DELIVERED' },
      { status: 'read', detail: 'EX_MESSAGE_SEEN' },
    ]);
  });

  it('knows every code from 30001 to 30041 and maps each after 30003 to failed under its name', () => {
    const codes = Object.keys(exoStatusNames).map(Number);
    expect(codes).toEqual(Array.from({ length: 41 }, (_, index) => 30001 + index));
    for (const code of codes.filter((code) => code > 30003)) {
      expect(deliveryStatusOf(code)).toEqual({ status: 'failed', detail: exoStatusNames[code] });
      expect(exoStatusNames[code]).toMatch(/^EX_[A-Z_]+$/);
    }
  });

  it.each([
    // 30004 is a system error, not the "rate limit exceeded" a wrong [N] page claims.
    [30004, 'EX_SYSTEM_ERROR'],
    [30005, 'EX_NUMBER_ERROR'],
    [30007, 'EX_RATE_LIMIT_HIT'],
    [30012, 'EX_INVALID_RECIPIENT'],
    [30014, 'EX_RECIPIENT_BLOCKED'],
    [30018, 'EX_REENGAGEMENT_ERROR'],
    [30020, 'EX_MISSING_PARAM'],
    [30024, 'EX_TEMPLATE_NOT_FOUND'],
    [30029, 'EX_MESSAGE_TOO_LONG'],
    [30041, 'EX_CHAR_POLICY_VIOLATION'],
  ])('names %i %s as in docs/exotel.md §7', (code, name) => {
    expect(deliveryStatusOf(code)).toEqual({ status: 'failed', detail: name });
  });

  it('treats an unknown code as a failure that keeps its code', () => {
    expect(deliveryStatusOf(30099)).toEqual({ status: 'failed', detail: 'EX_UNKNOWN_30099' });
  });
});

describe('delivery reports', () => {
  it('normalises a DLR: status, code, name, UTC time, custom data', () => {
    expect(
      statusEventFromDlr(
        dlr({ exo_status_code: 30002, exo_detailed_status: 'EX_MESSAGE_DELIVERED', description: 'Delivered' }),
      ),
    ).toEqual({
      kind: 'status',
      sid: 'm1',
      to: '919876543210',
      status: 'delivered',
      code: 30002,
      detail: 'EX_MESSAGE_DELIVERED',
      description: 'Delivered',
      at: '2024-01-15T05:00:05.000Z',
      customData: 'Order12',
    });
  });

  it('reads a code sent as a string, and keeps a name the table lacks', () => {
    expect(statusEventFromDlr(dlr({ exo_status_code: '30018' }))).toMatchObject({
      status: 'failed',
      code: 30018,
      detail: 'EX_REENGAGEMENT_ERROR',
    });
    expect(
      statusEventFromDlr(dlr({ exo_status_code: 30011, exo_detailed_status: 'EX_RESTRICTED_BY_META' })),
    ).toMatchObject({ status: 'failed', code: 30011, detail: 'EX_RESTRICTED_BY_META' });
  });

  it('recovers the code of a DLR that carries only the name', () => {
    expect(statusEventFromDlr(dlr({ exo_detailed_status: 'ex_message_seen' }))).toMatchObject({
      status: 'read',
      code: 30003,
    });
  });

  it('takes Exotel zone-less times as IST and leaves unreadable ones null', () => {
    expect(statusEventFromDlr(dlr({ exo_status_code: 30001, timestamp: '2024-01-15 10:30:05' })).at).toBe(
      '2024-01-15T05:00:05.000Z',
    );
    expect(statusEventFromDlr(dlr({ exo_status_code: 30001, timestamp: 'yesterday' })).at).toBeNull();
    expect(statusEventFromDlr(dlr({ exo_status_code: 30001, custom_data: null })).customData).toBeNull();
  });
});

describe('incoming messages', () => {
  it('a text message', () => {
    expect(inboundEventFromMessage(incoming({ type: 'text', text: { body: 'STOP' } }))).toEqual({
      kind: 'inbound',
      sid: 'in1',
      from: '+919876543210',
      to: '+918047112345',
      contentType: 'text',
      text: 'STOP',
      buttonPayload: null,
      mediaUrl: null,
      at: '2022-10-19T16:18:31.000Z',
      profileName: 'Aman',
    });
  });

  it.each([
    [
      'a quick-reply button',
      { type: 'button', button: { payload: 'STOP_PROMOS', text: 'Stop promotions' } },
      { text: 'Stop promotions', buttonPayload: 'STOP_PROMOS' },
    ],
    [
      'an interactive button reply',
      { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } },
      { text: 'Yes', buttonPayload: 'yes' },
    ],
    [
      'a list reply',
      {
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'slot-2', title: '2 pm', description: 'Tue' } },
      },
      { text: '2 pm', buttonPayload: 'slot-2' },
    ],
    [
      'an image with a caption',
      { type: 'image', image: { url: 'https://cdn.example/p.jpg', caption: 'my bill' } },
      { text: 'my bill', buttonPayload: null, mediaUrl: 'https://cdn.example/p.jpg' },
    ],
    [
      'an image without a caption',
      { type: 'image', image: { link: 'https://cdn.example/q.jpg' } },
      { text: null, mediaUrl: 'https://cdn.example/q.jpg' },
    ],
  ])('%s', (_name, content, expected) => {
    expect(inboundEventFromMessage(incoming(content))).toMatchObject({ contentType: content.type, ...expected });
  });

  it('accepts the icm callback type of the RCS docs', () => {
    expect(
      inboundEventFromMessage(incoming({ type: 'text', text: { body: 'hi' } }, { callback_type: 'icm' })).text,
    ).toBe('hi');
  });
});

describe('a whole webhook', () => {
  it('yields its DLRs and incoming messages in order and skips unknown callback types', () => {
    const webhook = whatsappWebhookSchema.parse({
      whatsapp: {
        messages: [
          {
            callback_type: 'dlr',
            sid: 'm1',
            to: '919876543210',
            exo_status_code: 30001,
            timestamp: '2024-01-15T10:30:05+05:30',
          },
          { callback_type: 'template_status', template: 'promo', status: 'APPROVED' },
          {
            callback_type: 'incoming_message',
            sid: 'in1',
            from: '+919876543210',
            content: { type: 'text', text: { body: 'Hello' } },
          },
          { callback_type: 'dlr', sid: 'm1', exo_status_code: 30003 },
        ],
      },
    });
    expect(
      eventsFromWebhook(webhook).map((event) => [
        event.kind,
        event.sid,
        event.kind === 'status' ? event.status : event.text,
      ]),
    ).toEqual([
      ['status', 'm1', 'sent'],
      ['inbound', 'in1', 'Hello'],
      ['status', 'm1', 'read'],
    ]);
  });
});
