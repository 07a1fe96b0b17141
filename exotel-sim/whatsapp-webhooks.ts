// The items Exotel puts in `{"whatsapp":{"messages":[…]}}` callbacks: a delivery report per
// ladder step or failure, and an incoming message from a customer.
// The simulator keeps its own transcription of Exotel's status names, so a mistake in the
// client's table is not mirrored here.
import { normalisePhone } from './phone.js';
import { formatIsoWithOffset } from './time.js';
import type { OutgoingItem } from './whatsapp-callbacks.js';
import { wireContent, type InboundContent } from './whatsapp-inbound-content.js';
import type { StoredMessage } from './whatsapp-ledger.js';
import type { PlannedDlr } from './whatsapp-playout.js';
import type { Variants } from './variants.js';

/** ExoStatus names, codes 30001 upwards in order (docs/exotel.md §7): the simulator's own copy. */
const EXO_STATUS_NAMES: readonly string[] = [
  'EX_MESSAGE_SENT',
  'EX_MESSAGE_DELIVERED',
  'EX_MESSAGE_SEEN',
  'EX_SYSTEM_ERROR',
  'EX_NUMBER_ERROR',
  'EX_SETUP_ERROR',
  'EX_RATE_LIMIT_HIT',
  'EX_SPAM_RATE_LIMIT_HIT',
  'EX_TOO_MANY_REQUEST',
  'EX_INVALID_REQUEST',
  'EX_UNKNOWN_ERROR',
  'EX_INVALID_RECIPIENT',
  'EX_INCAPABLE_RECIPIENT',
  'EX_RECIPIENT_BLOCKED',
  'EX_UNSUPPORTED_MESSAGE',
  'EX_MEDIA_DOWNLOAD_ERROR',
  'EX_MEDIA_UPLOAD_ERROR',
  'EX_REENGAGEMENT_ERROR',
  'EX_INVALID_PARAM',
  'EX_MISSING_PARAM',
  'EX_INVALID_PARAM_VALUE',
  'EX_TEMPLATE_ERROR',
  'EX_TEMPLATE_PARAM_ERROR',
  'EX_TEMPLATE_NOT_FOUND',
  'EX_TEMPLATE_TEXT_TOO_LONG',
  'EX_INVALID_TEMPLATE_NAMESPACE',
  'EX_MESSAGE_PENDING_TOO_LONG',
  'EX_MESSAGE_EXPIRED',
  'EX_MESSAGE_TOO_LONG',
  'EX_WEBHOOK_ERROR',
  'EX_SECTION_COUNT_ERROR',
  'EX_ROWS_COUNT_ERROR',
  'EX_PRODUCT_COUNT_ERROR',
  'EX_CATALOGUE_NOT_FOUND',
  'EX_CATALOGUE_NOT_LINKED',
  'EX_MISSING_PRODUCT',
  'EX_PRODUCT_NOT_FOUND',
  'EX_PRODUCT_COMPLIANCE_ERROR',
  'EX_INVALID_HEADER',
  'EX_MISSING_COMPLIANCE',
  'EX_CHAR_POLICY_VIOLATION',
];
const FIRST_EXO_STATUS = 30001;

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
  return EXO_STATUS_NAMES[code - FIRST_EXO_STATUS] ?? 'EX_UNKNOWN_ERROR';
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
  if (message.customData !== null || variants.whatsappDlrCustomDataWhenUnset === 'null')
    body.custom_data = message.customData;
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
