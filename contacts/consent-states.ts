// Current consent (DPDPA), read: the newest entry per purpose of each contact, joined to the
// contact, in one query (DISTINCT ON over the history's index). Send time reads a page of up to
// 1,000 recipients this way; the API shows contacts with it.
import {
  canMessage,
  type ConsentAction,
  type ConsentEntry,
  type ConsentPurpose,
  type ConsentSource,
  type ConsentState,
  currentConsent,
} from '../domain/consent.js';
import type { Narrow, Queryable, Row, Tables } from '../lib/db.js';

/** A consent history row (contacts/consents.ts writes and reads them). */
export type ConsentEntryRow = Narrow<
  Row<
    'contact_consents',
    'id' | 'purpose' | 'action' | 'source' | 'evidence' | 'evidence_at' | 'recorded_at' | 'recorded_by'
  >,
  { purpose: ConsentPurpose; action: ConsentAction; source: ConsentSource }
>;

/** A contact (its id as contact_id) and its newest entry of one purpose (LEFT JOIN: all null when it has none). */
type NewestEntryRow = ContactColumns &
  OrNull<Pick<ConsentEntryRow, 'purpose' | 'action' | 'source' | 'recorded_at'>> & {
    contact_id: Tables['contacts']['id'];
    entry_id: Tables['contact_consents']['id'] | null;
  };

/** Attributes are written as a JSON object (upsertContacts merges into one). */
type ContactColumns = Narrow<
  Row<'contacts', 'phone' | 'name' | 'tags' | 'attributes' | 'created_at' | 'updated_at' | 'erased_at'>,
  { attributes: Record<string, unknown> }
>;

type OrNull<T> = { [K in keyof T]: T[K] | null };

/** The newest entry per purpose of each contact (DISTINCT ON over the history's index), joined to the contact. */
const NEWEST_ENTRIES = `
  SELECT c.id AS contact_id, c.phone, c.name, c.tags, c.attributes, c.created_at, c.updated_at, c.erased_at,
         cc.id AS entry_id, cc.purpose, cc.action, cc.source, cc.recorded_at
  FROM contacts c
  LEFT JOIN LATERAL (
    SELECT DISTINCT ON (purpose) id, purpose, action, source, recorded_at
    FROM contact_consents
    WHERE contact_id = c.id AND channel = 'whatsapp'
    ORDER BY purpose, id DESC
  ) cc ON true
  WHERE c.id = ANY($1::uuid[])`;

export interface ContactRow {
  id: string;
  phone: string;
  name: string | null;
  tags: string[];
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  erasedAt: Date | null;
}

export interface ContactWithConsent extends ContactRow {
  consent: ConsentState;
}

/** Contacts with their current consent, in the order of `ids` (unknown ids are left out). */
export async function contactsWithConsent(client: Queryable, ids: readonly string[]): Promise<ContactWithConsent[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<NewestEntryRow>(NEWEST_ENTRIES, [ids]);
  const byId = new Map<string, { row: (typeof rows)[number]; entries: ConsentEntry[] }>();
  for (const row of rows) {
    const seen = byId.get(row.contact_id) ?? { row, entries: [] };
    if (row.entry_id !== null) {
      seen.entries.push({
        id: row.entry_id,
        purpose: row.purpose!,
        action: row.action!,
        source: row.source!,
        recordedAt: row.recorded_at!,
      });
    }
    byId.set(row.contact_id, seen);
  }
  return ids.flatMap((id) => {
    const found = byId.get(id);
    if (!found) return [];
    const { row, entries } = found;
    return [
      {
        id: row.contact_id,
        phone: row.phone,
        name: row.name,
        tags: row.tags,
        attributes: row.attributes,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        erasedAt: row.erased_at,
        consent: currentConsent(entries, row.erased_at !== null),
      },
    ];
  });
}

export interface SendTimeConsent {
  /** A marketing template may be sent. */
  marketing: boolean;
  /** A utility or authentication template may be sent (transactional consent, or marketing consent that covers it). */
  transactional: boolean;
  erased: boolean;
  /** The newest entry of some purpose is an opt-out: they said no (STOP), rather than never said yes. */
  optedOut: boolean;
  phone: string;
  name: string | null;
  attributes: Record<string, unknown>;
}

/** Send time: whether each contact may be messaged now, and what a template is filled from. One query for up to 1,000 ids. */
export async function consentStates(pool: Queryable, contactIds: string[]): Promise<Map<string, SendTimeConsent>> {
  if (contactIds.length > 1000)
    throw new Error(`consentStates takes at most 1,000 contacts at a time (${contactIds.length} given)`);
  const contacts = await contactsWithConsent(pool, contactIds);
  return new Map(
    contacts.map((contact) => [
      contact.id,
      {
        marketing: canMessage(contact.consent, 'marketing'),
        transactional: canMessage(contact.consent, 'transactional'),
        erased: contact.consent.erased,
        optedOut:
          contact.consent.marketing.status === 'opted_out' || contact.consent.transactional.status === 'opted_out',
        phone: contact.phone,
        name: contact.name,
        attributes: contact.attributes,
      },
    ]),
  );
}
