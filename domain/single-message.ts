// Single WhatsApp messages (POST /v1/messages and call follow-ups): whether one template message
// may go to one contact, and how it looks to the CRM. Pure: the consent and template rules are
// the campaigns' own (domain/send-decision.ts), asked for one recipient.
import { requiredPurpose } from './consent.js';
import {
  consentSkip,
  type RecipientConsent,
  type SendTemplate,
  templateBlocker,
  type TemplateSend,
} from './send-decision.js';
import { type ParamMapping, renderCheckedTemplate } from './templates.js';

/** Why a single message is refused: its template, the contact's consent, or its parameters. */
export type MessageRefusal =
  | 'template_not_approved'
  | 'template_mismatch'
  | 'erased'
  | 'opted_out'
  | 'no_consent'
  | 'missing_parameter'
  | 'invalid_parameter';

const refusalMessages: Record<MessageRefusal, string> = {
  template_not_approved: 'the template is not registered or not approved: only approved templates are sent',
  template_mismatch: "params do not fit the template's placeholders",
  erased: 'the contact was erased and can never be messaged',
  opted_out: 'the contact opted out of messages of this kind (STOP or a recorded opt-out)',
  no_consent:
    'the contact has no opt-in for this template: marketing templates need a marketing opt-in, utility and authentication templates a transactional (or marketing) one',
  missing_parameter: 'a parameter the template needs is missing from the contact',
  invalid_parameter: 'a parameter does not fit the template (too long, or not text)',
};

export const refusalMessage = (reason: MessageRefusal): string => refusalMessages[reason];

export interface SingleMessageInput {
  /** The message_sends row's ID, also its custom_data. */
  id: string;
  contactId: string;
  template: SendTemplate | null;
  params: ParamMapping;
  /** The contact's consent and template fields now; undefined when there is no such contact. */
  contact: RecipientConsent | undefined;
  sendingNumber: string;
}

export type SingleMessageDecision = { ok: true; send: TemplateSend } | { ok: false; reason: MessageRefusal };

/** Decides, now, whether the message may go: template first, then consent, then parameters. */
export function decideSingleMessage(input: SingleMessageInput): SingleMessageDecision {
  const { template, contact } = input;
  const blocker = templateBlocker(template, input.params);
  if (blocker || !template) return { ok: false, reason: blocker ?? 'template_not_approved' };
  const refused = consentSkip(contact, requiredPurpose(template.category));
  if (refused || !contact) return { ok: false, reason: refused ?? 'erased' };
  const rendered = renderCheckedTemplate(template, input.params, contact);
  if (!rendered.ok)
    return { ok: false, reason: rendered.reason === 'missing_parameter' ? 'missing_parameter' : 'invalid_parameter' };
  return {
    ok: true,
    send: {
      id: input.id,
      contactId: input.contactId,
      from: input.sendingNumber,
      to: contact.phone,
      customData: input.id,
      content: { type: 'template', name: template.name, language: template.language, components: rendered.components },
    },
  };
}

// ---- Call follow-ups ---------------------------------------------------------------------------

/** The call outcomes a follow-up may be sent after. */
export const followUpOutcomes = ['no-answer', 'busy', 'failed'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

/** Whether a call that ended with `status` is followed up, given the outcomes the CRM named. */
export function followUpDue(status: string, on: readonly FollowUpOutcome[]): boolean {
  return (on as readonly string[]).includes(status);
}

// ---- "Call me" quick replies -------------------------------------------------------------------

/** Whether an inbound quick reply's payload asks for a call back (payloads compared case-insensitively). */
export function asksForCallback(buttonPayload: string | null | undefined, payloads: readonly string[]): boolean {
  if (!buttonPayload) return false;
  const wanted = buttonPayload.trim().toUpperCase();
  return payloads.some((payload) => payload.trim().toUpperCase() === wanted);
}

// ---- What the CRM sees -------------------------------------------------------------------------

export interface MessageMilestones {
  state: string;
  skipReason: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
  repliedAt: string | null;
  error: { code: number | null; detail: string | null } | null;
}

export type TimelineEntry =
  | { status: 'queued' | 'sent' | 'delivered' | 'read' | 'replied'; at: string }
  | { status: 'failed'; at: string; code: number | null; detail: string | null }
  | { status: 'skipped'; at: string; reason: string | null };

/** A message's status timeline, in the order things happen: accepted, sent, delivered, read, failed (with its code), replied. */
export function messageTimeline(message: MessageMilestones): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ status: 'queued', at: message.createdAt }];
  if (message.state === 'skipped')
    entries.push({ status: 'skipped', at: message.createdAt, reason: message.skipReason });
  if (message.sentAt && message.state !== 'failed') entries.push({ status: 'sent', at: message.sentAt });
  if (message.deliveredAt) entries.push({ status: 'delivered', at: message.deliveredAt });
  if (message.readAt) entries.push({ status: 'read', at: message.readAt });
  if (message.failedAt)
    entries.push({
      status: 'failed',
      at: message.failedAt,
      code: message.error?.code ?? null,
      detail: message.error?.detail ?? null,
    });
  if (message.repliedAt) entries.push({ status: 'replied', at: message.repliedAt });
  // In causal order, not by time: Exotel's report times and ours (the send's answer) may disagree.
  return entries;
}

// ---- Idempotency -------------------------------------------------------------------------------

/**
 * The fields in which two requests differ, as dotted paths (`params.body.0.value`): a repeat of an
 * Idempotency-Key with another body answers 409 naming them. Objects compare key by key, arrays
 * item by item; a field present in one request only differs.
 */
export function requestDifferences(before: unknown, after: unknown, path = ''): string[] {
  const at = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => requestDifferences(before[key], after[key], at(key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [path];
    return before.flatMap((item, index) => requestDifferences(item, after[index], at(String(index))));
  }
  return Object.is(before, after) ? [] : [path];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
