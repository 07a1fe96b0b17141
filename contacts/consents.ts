// Consent history (DPDPA), written and listed: append-only entries per contact and purpose on
// the WhatsApp channel, the newest deciding (domain/consent.ts; reads of the current state are in
// consent-states.ts). The WhatsApp webhook records STOP/START in its own transaction.
import {
  type ConsentAction,
  consentEntryProblem,
  type ConsentPurpose,
  type ConsentSource,
  MAX_EVIDENCE_LENGTH,
} from '../domain/consent.js';
import { judgeOptIn } from '../domain/suppression.js';
import type { Queryable, Row } from '../lib/db.js';
import type { ConsentEntryRow } from './consent-states.js';
import { appendEvents } from '../events/emit.js';
import { contactEvents } from '../events/resources.js';
import type { SuppressionList } from './suppressions.js';

/** Who records an inbound keyword: the person themselves, through the WhatsApp webhook. */
export const INBOUND_ACTOR = 'inbound:whatsapp';

export class ContactUnavailableError extends Error {
  constructor(readonly contactId: string) {
    super(`No contact ${contactId} that can take consent (unknown or erased)`);
  }
}

/** An opt-in refused because the number is on the suppression list (domain/suppression.ts). */
export class SuppressedNumberError extends Error {
  constructor(
    readonly field: 'evidenceAt' | 'source',
    message: string,
  ) {
    super(message);
    this.name = 'SuppressedNumberError';
  }
}

export interface ConsentRecord {
  contactId: string;
  purpose: ConsentPurpose;
  action: ConsentAction;
  source: ConsentSource;
  evidence: string | null;
  /** When the person gave the consent the evidence describes, as the request states it. */
  evidenceAt?: Date | null | undefined;
  /** The API key fingerprint, or INBOUND_ACTOR. */
  recordedBy: string;
}

/**
 * Appends one consent entry. Throws when an opt-in has no evidence, ContactUnavailableError when
 * the contact does not exist or was erased (an erased contact takes no new evidence; the lock
 * waits for an erasure in progress and sees its result), and SuppressedNumberError when the
 * number is on the suppression list and this is not the person's own new opt-in. An opt-out puts
 * the number on the list; an accepted new opt-in lifts it for that purpose.
 */
export async function recordConsent(
  client: Queryable,
  entry: ConsentRecord,
  suppressions: SuppressionList,
): Promise<void> {
  const problem = consentEntryProblem(entry);
  if (problem) throw new Error(`Consent for ${entry.contactId}: ${problem.field} ${problem.message}`);
  const { rows } = await client.query<Row<'contacts', 'phone'>>(
    `SELECT phone FROM contacts WHERE id = $1 AND erased_at IS NULL FOR KEY SHARE`,
    [entry.contactId],
  );
  const phone = rows[0]?.phone;
  if (phone === undefined) throw new ContactUnavailableError(entry.contactId);
  if (entry.action === 'opt_out') await suppressions.suppress(client, [phone], [entry.purpose], 'opted_out');
  else {
    const suppression = (await suppressions.active(client, [phone], entry.purpose)).get(phone) ?? null;
    const verdict = judgeOptIn(suppression, { ...entry, evidenceAt: entry.evidenceAt ?? undefined, now: new Date() });
    if (!verdict.allowed) throw new SuppressedNumberError(verdict.field, verdict.message);
    if (verdict.lifts) await suppressions.lift(client, phone, [entry.purpose], entry.source);
  }
  await client.query(
    `INSERT INTO contact_consents (contact_id, purpose, action, source, evidence, evidence_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.contactId,
      entry.purpose,
      entry.action,
      entry.source,
      entry.evidence?.trim() || null,
      entry.evidenceAt ?? null,
      entry.recordedBy,
    ],
  );
  await appendEvents(
    client,
    await contactEvents(client, [{ type: consentEventType(entry.action), resourceId: entry.contactId }]),
  );
}

/** contact.opted_in or contact.opted_out. */
export const consentEventType = (action: ConsentAction) =>
  action === 'opt_in' ? ('contact.opted_in' as const) : ('contact.opted_out' as const);

/** What an inbound keyword changes: STOP withdraws both purposes; START gives marketing back (which covers transactional messages too). */
export const inboundPurposes = (action: ConsentAction): ConsentPurpose[] =>
  action === 'opt_out' ? ['marketing', 'transactional'] : ['marketing'];

/**
 * A person's own STOP or START, by the number they wrote from (E.164). Returns the contact, or
 * null when no (non-erased) contact has that number: inbound messages never create contacts.
 * Either way a STOP puts the number on the suppression list and a START lifts it (marketing):
 * an erased person's own START is what lets a later list opt them in again.
 */
export async function recordInboundConsent(
  client: Queryable,
  inbound: { phone: string; action: 'opt_in' | 'opt_out'; evidence: string },
  suppressions: SuppressionList,
): Promise<{ contactId: string } | null> {
  const purposes = inboundPurposes(inbound.action);
  if (inbound.action === 'opt_out') await suppressions.suppress(client, [inbound.phone], purposes, 'opted_out');
  else await suppressions.lift(client, inbound.phone, purposes, 'inbound_keyword');
  const evidence = inbound.evidence.trim().slice(0, MAX_EVIDENCE_LENGTH) || `(${inbound.action} keyword)`;
  const { rows } = await client.query<Row<'contact_consents', 'contact_id'>>(
    `WITH target AS (SELECT id FROM contacts WHERE phone = $1 AND erased_at IS NULL FOR KEY SHARE)
     INSERT INTO contact_consents (contact_id, purpose, action, source, evidence, recorded_by)
     SELECT target.id, p.purpose, $2, 'inbound_keyword', $3, $4
     FROM target, unnest($5::text[]) WITH ORDINALITY AS p(purpose, ord) ORDER BY p.ord
     RETURNING contact_id`,
    [inbound.phone, inbound.action, evidence, INBOUND_ACTOR, purposes],
  );
  return rows[0] ? { contactId: rows[0].contact_id } : null;
}

/** A consent entry as stored: purpose, action and source are CHECK-constrained to the domain's unions. */

export interface ConsentHistoryEntry {
  id: string;
  purpose: ConsentPurpose;
  action: ConsentAction;
  source: ConsentSource;
  evidence: string | null;
  evidenceAt: Date | null;
  recordedAt: Date;
  recordedBy: string;
}

/** A contact's consent history, newest first, a page at a time (`before` is the last id of the previous page). */
export async function consentHistory(
  client: Queryable,
  contactId: string,
  page: { limit: number; before?: string },
): Promise<ConsentHistoryEntry[]> {
  const { rows } = await client.query<ConsentEntryRow>(
    `SELECT id, purpose, action, source, evidence, evidence_at, recorded_at, recorded_by FROM contact_consents
     WHERE contact_id = $1 AND channel = 'whatsapp' AND ($2::bigint IS NULL OR id < $2)
     ORDER BY id DESC LIMIT $3`,
    [contactId, page.before ?? null, page.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    action: row.action,
    source: row.source,
    evidence: row.evidence,
    evidenceAt: row.evidence_at,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}

// Send time reads current consent from here too (defined with the other reads).
