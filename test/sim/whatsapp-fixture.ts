// What the WhatsApp simulator tests share: fast playout timings, request builders, a raw send,
// and the DLRs a receiver got, flattened out of their `whatsapp.messages` envelopes.
import type { CallbackReceiver, ReceivedCallback } from '../../exotel-sim/index.js';
import type { VariantsPatch } from '../../exotel-sim/index.js';
import { auth } from './fixture.js';

/** Playout in tens of milliseconds, retries quick, and no send limit unless a test sets one. */
export const fastWhatsApp: VariantsPatch = {
  whatsappSentAfterMs: 10,
  whatsappDeliveredAfterMs: 20,
  whatsappReadAfterMs: 30,
  whatsappCallbackRetryDelaysMs: [50, 50],
  whatsappRateLimitPerSecond: 0,
};

export const BUSINESS = '+918047112345';

export function templateMessage(to: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: BUSINESS,
    to,
    content: {
      recipient_type: 'individual',
      type: 'template',
      template: {
        name: 'order_confirmation',
        language: { code: 'en', policy: 'deterministic' },
        components: [{ type: 'body', parameters: [{ type: 'text', text: 'Rahul' }] }],
      },
    },
    ...extra,
  };
}

export function sendBody(
  messages: Record<string, unknown>[],
  routing: Record<string, unknown> = {},
  channel: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...routing, whatsapp: { ...channel, messages } };
}

export interface SendAnswer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

export async function postSend(
  url: string,
  body: unknown,
  headers: Record<string, string> = { ...auth, 'content-type': 'application/json' },
): Promise<SendAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

/** The sids of an answer with the documented envelope. */
export function sidsOf(answer: SendAnswer): (string | undefined)[] {
  const messages = (answer.json.response as { whatsapp: { messages: { data?: { sid?: string } | null }[] } }).whatsapp
    .messages;
  return messages.map((message) => message.data?.sid);
}

export interface DlrItem {
  callback_type: string;
  sid: string;
  to: string;
  exo_status_code: number;
  exo_detailed_status: string;
  description: string;
  timestamp: string;
  custom_data?: string | null;
}

/** The items of a callback, whichever envelope variant sent it (whatsappCallbackEnvelope). */
export function itemsOf(callback: ReceivedCallback): DlrItem[] {
  const body = callback.json as { whatsapp?: { messages: DlrItem[] } } | DlrItem | DlrItem[];
  if (Array.isArray(body)) return body;
  return 'whatsapp' in body && body.whatsapp ? body.whatsapp.messages : [body as DlrItem];
}

/** Waits for `count` DLR items (not POSTs) on `path`, and returns them in arrival order. */
export async function waitForDlrs(
  receiver: CallbackReceiver,
  count: number,
  path = '/dlr',
  timeoutMs = 5_000,
): Promise<DlrItem[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = receiver.received.filter((callback) => callback.path === path).flatMap(itemsOf);
    if (items.length >= count) return items;
    if (Date.now() > deadline)
      throw new Error(`expected ${count} DLRs on ${path} within ${timeoutMs} ms, got ${items.length}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
