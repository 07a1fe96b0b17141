// The items Exotel puts in `{"whatsapp":{"messages":[…]}}` callbacks: a delivery report per
// ladder step or failure, and an incoming message from a customer.
// The ExoStatus names are the reference's table, kept once, beside the client's parser.
import { exoStatusNames } from '../exotel/whatsapp-wire.js';
import { normalisePhone } from './phone.js';
import { formatIsoWithOffset } from './time.js';
import type { OutgoingItem } from './whatsapp-callbacks.js';
import { wireContent, type InboundContent } from './whatsapp-inbound-content.js';
import type { StoredMessage } from './whatsapp-ledger.js';
import type { PlannedDlr } from './whatsapp-playout.js';
import type { Variants } from './variants.js';

const descriptions: Readonly<Record<number, string>> = {
  30001: 'Message sent to WhatsApp',
  30002: "Message delivered to the recipient's device",
  30003: 'Message read by the recipient',
  30004: 'Internal error while sending the message',
  30005: 'The number is not a valid WhatsApp number',
  30012: 'Invalid recipient',
  30013: 'The recipient cannot receive this message',
  30014: 'The recipient has blocked the business',
  30018: 'More than 24 hours since the customer last replied; send a template',
  30024: 'Template not found',
};

export function exoStatusName(code: number): string {
  return exoStatusNames[code] ?? 'EX_UNKNOWN_ERROR';
}

function dlrNumber(to: string, format: Variants['whatsappDlrNumberFormat']): string {
  if (format === 'as-sent') return to;
  const canonical = normalisePhone(to);
  return format === 'e164' ? canonical : canonical.replace(/^\+/, '');
}

export function dlrItem(message: StoredMessage, dlr: PlannedDlr, variants: Variants): OutgoingItem {
  const name = exoStatusName(dlr.code);
  const body: Record<string, unknown> = {
    callback_type: 'dlr',
    sid: message.sid,
    to: dlrNumber(message.to, variants.whatsappDlrNumberFormat),
    exo_status_code: dlr.code,
    exo_detailed_status: name,
    description: descriptions[dlr.code] ?? `Message failed (${name})`,
    timestamp: formatIsoWithOffset(dlr.at, variants.timestampOffsetMinutes),
  };
  if (message.customData !== null || variants.whatsappDlrCustomDataWhenUnset === 'null') body.custom_data = message.customData;
  return { sid: message.sid, label: dlr.step, body };
}

export interface InboundMessage {
  sid: string;
  /** The customer. */
  from: string;
  /** Our WhatsApp number. */
  to: string;
  profileName: string;
  at: number;
  content: InboundContent;
}

export function incomingItem(message: InboundMessage, variants: Variants): OutgoingItem {
  const content = wireContent(message.content);
  return {
    sid: message.sid,
    label: String(content.type),
    body: {
      callback_type: variants.whatsappIncomingCallbackType,
      sid: message.sid,
      from: normalisePhone(message.from),
      to: normalisePhone(message.to),
      profile_name: message.profileName,
      timestamp: formatIsoWithOffset(message.at, variants.timestampOffsetMinutes),
      content,
    },
  };
}
