// Who in a chunk of a campaign step's recipients is sent the step, who is skipped and why, and
// who is held back because the credit hold affords no more. Pure: the sender (campaigns/send-page.ts)
// reads the facts (decided rows, the previous step's outcomes, consent), asks this, and applies
// the answer. IDs come from the injected `newId`, so the same facts always give the same answer.
import { requiredPurpose } from './consent.js';
import { atFrequencyCap, type FrequencyCap, isCapped, noRecentSends, type RecentSends } from './frequency-cap.js';
import { meetsCondition, type PreviousSend, type SkipReason, type StepCondition } from './campaign-rules.js';
import {
  isSendable,
  type ParamMapping,
  renderCheckedTemplate,
  type SendComponent,
  type TemplateContact,
  type TemplateRecord,
  validateParamMapping,
} from './templates.js';

/** What a send needs to know of a contact at send time (contacts/consent-states.ts reads it). */
export interface RecipientConsent extends TemplateContact {
  /** A marketing template may be sent. */
  marketing: boolean;
  /** A utility or authentication template may be sent. */
  transactional: boolean;
  erased: boolean;
  /** Their newest entry of some purpose is an opt-out (STOP), rather than no entry at all. */
  optedOut: boolean;
}

export type SendTemplate = Pick<TemplateRecord, 'name' | 'language' | 'category' | 'status' | 'components'>;

/** Why a whole page cannot be sent: the campaign pauses with this reason. */
export type TemplateBlocker = 'template_not_approved' | 'template_mismatch';

/**
 * Checked once a page: the step's template is registered and approved, and still takes the
 * step's parameters (checked at creation too, in case the template under this ID changed).
 */
export function templateBlocker(template: SendTemplate | null, params: ParamMapping): TemplateBlocker | null {
  if (!template || !isSendable(template.status)) return 'template_not_approved';
  if (validateParamMapping(template, params).length > 0) return 'template_mismatch';
  return null;
}

/** One message, ready for the WhatsApp client (structurally its OutboundWhatsApp) and for its row. */
export interface TemplateSend {
  /** The message_sends row's ID, also the message's custom_data (delivery reports carry it back). */
  id: string;
  contactId: string;
  from: string;
  to: string;
  customData: string;
  content: { type: 'template'; name: string; language: string; components: SendComponent[] };
}

export interface SkipDecision {
  id: string;
  contactId: string;
  reason: SkipReason;
}

export interface ChunkFacts {
  /** The chunk's recipients, in seq order. */
  recipients: readonly { contactId: string }[];
  /** Contacts with a row for this step already (an earlier attempt decided them): left alone. */
  decided: ReadonlySet<string>;
  /** What each contact did with the previous step's message; null on the first step. */
  previous: ReadonlyMap<string, PreviousSend> | null;
  /** Consent and template fields per contact; a contact missing here no longer exists (erased). */
  consents: ReadonlyMap<string, RecipientConsent>;
  /** Campaign messages each contact was sent lately (none when missing), for the frequency cap. */
  recentSends: ReadonlyMap<string, RecentSends>;
}

export interface ChunkDecisionInput extends ChunkFacts {
  /** Already checked with templateBlocker. */
  template: SendTemplate;
  step: { condition: StepCondition; params: ParamMapping };
  sendingNumber: string;
  /** Marketing messages per contact across campaigns (domain/frequency-cap.ts). */
  frequencyCap: FrequencyCap;
  /** Messages the page's credit hold still affords. */
  affordable: number;
  newId: () => string;
}

export interface ChunkDecision {
  send: TemplateSend[];
  skip: SkipDecision[];
  /**
   * Sendable, but beyond what the hold affords: no row is written, so they are taken again when
   * the campaign resumes, and the page pauses with `budget_exhausted`.
   */
  heldBack: TemplateSend[];
}

/** Decides, at send time, the step for every recipient of the chunk not yet decided. */
export function decideChunk(input: ChunkDecisionInput): ChunkDecision {
  const { template } = input;
  const purpose = requiredPurpose(template.category);
  const skip: SkipDecision[] = [];
  const sendable: TemplateSend[] = [];
  for (const { contactId } of input.recipients) {
    if (input.decided.has(contactId)) continue;
    const judged = judge(input, contactId, purpose);
    if (judged.skip) {
      skip.push({ id: input.newId(), contactId, reason: judged.skip });
      continue;
    }
    const id = input.newId();
    sendable.push({
      id,
      contactId,
      from: input.sendingNumber,
      to: judged.contact.phone,
      customData: id,
      content: { type: 'template', name: template.name, language: template.language, components: judged.components },
    });
  }
  const affordable = Math.max(0, input.affordable);
  return { send: sendable.slice(0, affordable), skip, heldBack: sendable.slice(affordable) };
}

/**
 * The first reason not to send, in the order the funnel reports them: erased, then consent (the
 * reason that matters most to whoever reads it), then the step's condition, then the parameters,
 * then the frequency cap (a contact who could not be sent anyway is not reported as capped).
 */
function judge(
  input: ChunkDecisionInput,
  contactId: string,
  purpose: 'marketing' | 'transactional',
): { skip: SkipReason } | { skip: null; contact: RecipientConsent; components: SendComponent[] } {
  const contact = input.consents.get(contactId);
  const refused = consentSkip(contact, purpose);
  if (refused || !contact) return { skip: refused ?? 'erased' };
  if (input.previous && !meetsCondition(input.step.condition, input.previous.get(contactId) ?? null))
    return { skip: 'condition_not_met' };
  const rendered = renderCheckedTemplate(input.template, input.step.params, contact);
  if (!rendered.ok)
    return { skip: rendered.reason === 'missing_parameter' ? 'missing_parameter' : 'invalid_parameter' };
  if (isCapped(purpose) && atFrequencyCap(input.recentSends.get(contactId) ?? noRecentSends, input.frequencyCap))
    return { skip: 'frequency_cap' };
  return { skip: null, contact, components: rendered.components };
}

/**
 * Why a contact may not be sent a message of this purpose now (erased, opted out, never opted
 * in), or null when it may. Campaign pages and single messages (domain/single-message.ts) both ask.
 */
export function consentSkip(
  contact: Pick<RecipientConsent, 'erased' | 'optedOut' | 'marketing' | 'transactional'> | undefined,
  purpose: 'marketing' | 'transactional',
): Extract<SkipReason, 'erased' | 'opted_out' | 'no_consent'> | null {
  if (!contact || contact.erased) return 'erased';
  if (!contact[purpose]) return contact.optedOut ? 'opted_out' : 'no_consent';
  return null;
}
