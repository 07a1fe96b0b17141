// WhatsApp webhooks (delivery reports and incoming messages) turned into the two event shapes
// the campaign code understands. Pure: no I/O, no clock.
import {
  exoStatusCodeOf,
  exoStatusNames,
  type WhatsAppDlr,
  type WhatsAppIncomingMessage,
  type WhatsAppWebhook,
} from './whatsapp-wire.js';
import { exotelTimeToIso } from './wire.js';

/** Exotel's ladder is sent → delivered → seen; any other code is a failure (one DLR, no "failed" word). */
export type WhatsAppDeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface WhatsAppStatusEvent {
  kind: 'status';
  sid: string;
  to: string | null;
  status: WhatsAppDeliveryStatus;
  /** The ExoStatus code, e.g. 30002, 30018. */
  code: number;
  /** Its name, e.g. EX_MESSAGE_DELIVERED, EX_REENGAGEMENT_ERROR. */
  detail: string;
  description: string | null;
  /** ISO 8601 (UTC) of the event, when the DLR carried a readable timestamp. */
  at: string | null;
  customData: string | null;
}

export interface WhatsAppInboundEvent {
  kind: 'inbound';
  sid: string;
  /** The customer. */
  from: string;
  /** Our WhatsApp number. */
  to: string | null;
  /** text, button, interactive, image, …: as Exotel named it. */
  contentType: string;
  /** The typed text, a button's or reply's title, or an image caption. */
  text: string | null;
  /** A quick-reply button's payload, or the id of an interactive button or list reply. */
  buttonPayload: string | null;
  mediaUrl: string | null;
  at: string | null;
  profileName: string | null;
}

export type WhatsAppEvent = WhatsAppStatusEvent | WhatsAppInboundEvent;

const ladder: Readonly<Record<number, WhatsAppDeliveryStatus>> = { 30001: 'sent', 30002: 'delivered', 30003: 'read' };

/** The status an ExoStatus code stands for, and its name (unknown codes keep a generated name). */
export function deliveryStatusOf(code: number): { status: WhatsAppDeliveryStatus; detail: string } {
  return { status: ladder[code] ?? 'failed', detail: exoStatusNames[code] ?? `EX_UNKNOWN_${code}` };
}

export function statusEventFromDlr(dlr: WhatsAppDlr): WhatsAppStatusEvent {
  // The schema guarantees one of the two; a DLR carrying only the name is mapped back to its code.
  const code = dlr.exo_status_code ?? exoStatusCodeOf(dlr.exo_detailed_status) ?? 0;
  const { status, detail } = deliveryStatusOf(code);
  return {
    kind: 'status',
    sid: dlr.sid,
    to: dlr.to,
    status,
    code,
    // What Exotel called it wins (e.g. EX_RESTRICTED_BY_META, missing from the table).
    detail: dlr.exo_detailed_status ?? detail,
    description: dlr.description,
    at: exotelTimeToIso(dlr.timestamp),
    customData: dlr.custom_data,
  };
}

function textAndPayload(content: WhatsAppIncomingMessage['content']): {
  text: string | null;
  buttonPayload: string | null;
} {
  const reply = content.interactive?.button_reply ?? content.interactive?.list_reply;
  if (reply) return { text: reply.title, buttonPayload: reply.id };
  if (content.button) return { text: content.button.text, buttonPayload: content.button.payload };
  return { text: content.text?.body ?? content.image?.caption ?? null, buttonPayload: null };
}

export function inboundEventFromMessage(message: WhatsAppIncomingMessage): WhatsAppInboundEvent {
  const { content } = message;
  return {
    kind: 'inbound',
    sid: message.sid,
    from: message.from,
    to: message.to,
    contentType: content.type,
    ...textAndPayload(content),
    mediaUrl: content.image?.url ?? content.image?.link ?? null,
    at: exotelTimeToIso(message.timestamp),
    profileName: message.profile_name,
  };
}

/** Every DLR and incoming message of one webhook POST, in order; unknown callback types are skipped. */
export function eventsFromWebhook(webhook: WhatsAppWebhook): WhatsAppEvent[] {
  const events: WhatsAppEvent[] = [];
  for (const message of webhook.whatsapp.messages) {
    if (message.callback_type === 'dlr') events.push(statusEventFromDlr(message));
    else if (message.callback_type === 'incoming_message' || message.callback_type === 'icm') {
      events.push(inboundEventFromMessage(message));
    }
  }
  return events;
}
