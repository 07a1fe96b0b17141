// Consent to WhatsApp messages (DPDPA): an append-only history per contact and purpose, whose
// newest entry is the current state. Pure functions, safe in workflow code.
//
// Purposes:
//   - marketing: offers and campaigns. Needs an explicit opt-in with evidence.
//   - transactional: order updates, reminders, one-time passwords (Meta's utility and
//     authentication templates). A marketing opt-in covers them too: someone who asked for
//     offers has asked to hear from the business. The newest entry that speaks to transactional
//     messages decides, so an explicit transactional opt-out recorded after a marketing opt-in
//     still blocks them, and STOP (which opts out of both) blocks everything until START.
// An erased contact (DPDPA erasure) can never be messaged, whatever its history says.

export const consentPurposes = ['marketing', 'transactional'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const consentActions = ['opt_in', 'opt_out'] as const;
export type ConsentAction = (typeof consentActions)[number];

/** Where an entry came from: a form the person filled, a list import, an API call, or their own reply (STOP/START). */
export const consentSources = ['web_form', 'import', 'api', 'inbound_keyword'] as const;
export type ConsentSource = (typeof consentSources)[number];

/** Meta's template categories. */
export const templateCategories = ['marketing', 'utility', 'authentication'] as const;
export type TemplateCategory = (typeof templateCategories)[number];

/** What stands in for evidence after the contact was erased. */
export const ERASED_EVIDENCE = '[erased]';
export const MAX_EVIDENCE_LENGTH = 2000;

/** The consent a template category needs: marketing templates need marketing consent; utility and authentication need transactional consent (which a marketing opt-in also gives). */
export function requiredPurpose(category: TemplateCategory): ConsentPurpose {
  return category === 'marketing' ? 'marketing' : 'transactional';
}

export interface ConsentEntry {
  /** The history's sequence (contact_consents.id): a larger id is newer. */
  id: bigint | number | string;
  purpose: ConsentPurpose;
  action: ConsentAction;
  source: ConsentSource;
  recordedAt: Date;
}

export interface PurposeConsent {
  status: 'opted_in' | 'opted_out' | 'none';
  /** The entry that decided it (null when there is none). */
  entryId: string | null;
  source: ConsentSource | null;
  recordedAt: Date | null;
}

export interface ConsentState {
  marketing: PurposeConsent;
  transactional: PurposeConsent;
  erased: boolean;
}

const NO_CONSENT: PurposeConsent = { status: 'none', entryId: null, source: null, recordedAt: null };

const order = (id: ConsentEntry['id']): bigint => BigInt(id);

/** The current state from a history (any order): per purpose, the entry with the largest id. */
export function currentConsent(entries: readonly ConsentEntry[], erased = false): ConsentState {
  const newest = new Map<ConsentPurpose, ConsentEntry>();
  for (const entry of entries) {
    const seen = newest.get(entry.purpose);
    if (!seen || order(entry.id) > order(seen.id)) newest.set(entry.purpose, entry);
  }
  const view = (purpose: ConsentPurpose): PurposeConsent => {
    const entry = newest.get(purpose);
    if (!entry) return NO_CONSENT;
    return {
      status: entry.action === 'opt_in' ? 'opted_in' : 'opted_out',
      entryId: String(entry.id),
      source: entry.source,
      recordedAt: entry.recordedAt,
    };
  };
  return { marketing: view('marketing'), transactional: view('transactional'), erased };
}

const newerThan = (a: PurposeConsent, b: PurposeConsent) =>
  b.entryId === null || (a.entryId !== null && BigInt(a.entryId) > BigInt(b.entryId));

/** Whether a message of this purpose may be sent now. */
export function canMessage(state: ConsentState, purpose: ConsentPurpose): boolean {
  if (state.erased) return false;
  const { marketing, transactional } = state;
  if (purpose === 'marketing') return marketing.status === 'opted_in';
  if (transactional.status === 'opted_in') return true;
  // A marketing opt-in speaks for transactional messages too, unless a newer transactional
  // opt-out says otherwise.
  return marketing.status === 'opted_in' && (transactional.status === 'none' || newerThan(marketing, transactional));
}

/** DPDPA: an opt-in must carry its evidence (what the person was shown or said). Null when the entry is acceptable. */
export function consentEntryProblem(entry: {
  action: ConsentAction;
  evidence?: string | null;
}): { field: 'evidence'; message: string } | null {
  const evidence = entry.evidence?.trim() ?? '';
  if (entry.action === 'opt_in' && evidence === '') {
    return {
      field: 'evidence',
      message: 'an opt-in needs evidence: what the person was shown or said, where and when',
    };
  }
  if (evidence.length > MAX_EVIDENCE_LENGTH)
    return { field: 'evidence', message: `must be at most ${MAX_EVIDENCE_LENGTH} characters` };
  return null;
}
