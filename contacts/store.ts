// Contacts: upserted by phone number (one contact or a 10,000-row import, the same statement),
// listed by tag, and erased on request (DPDPA). Plain SQL on the pool: an import is one
// INSERT ... SELECT FROM unnest(...) ON CONFLICT, not ten thousand statements.
import type pg from 'pg';
import type { ConsentAction, ConsentPurpose } from '../domain/consent.js';
import { ERASED_EVIDENCE } from '../domain/consent.js';
import { writeAudit } from './audit.js';
import { appendEvents } from '../events/emit.js';
import { contactEvents } from '../events/resources.js';
import type { Narrow, Queryable, Row } from '../lib/db.js';

export interface ContactInput {
  /** E.164, already normalised. */
  phone: string;
  name?: string | undefined;
  tags?: string[] | undefined;
  attributes?: Record<string, string | number | boolean> | undefined;
}

export interface UpsertedContact {
  id: string;
  phone: string;
  created: boolean;
}

/** Tags of `a` then the new ones of `b`, each once, in order. */
const mergeTags = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Folds rows that share a number into one, as if they had been upserted one after another: the
 * last name given wins, tags accumulate, attributes merge (later keys win).
 */
export function foldByPhone<T extends ContactInput>(
  rows: readonly T[],
): Map<string, { input: ContactInput; rows: T[] }> {
  const folded = new Map<string, { input: ContactInput; rows: T[] }>();
  for (const row of rows) {
    const seen = folded.get(row.phone);
    if (!seen) {
      folded.set(row.phone, { input: { ...row }, rows: [row] });
      continue;
    }
    seen.rows.push(row);
    seen.input = {
      phone: row.phone,
      name: row.name ?? seen.input.name,
      tags: mergeTags(seen.input.tags ?? [], row.tags ?? []),
      attributes: { ...seen.input.attributes, ...row.attributes },
    };
  }
  return folded;
}

/**
 * Inserts or updates contacts by phone, in one statement. A new number is a new contact; a
 * known one gets the name if one is given, the new tags added to its own, and the attributes
 * merged into its own (shallow: a key given replaces that key). Numbers must be distinct (see
 * foldByPhone); they are written in number order, so concurrent imports lock rows in one order.
 * Erased contacts no longer hold their number, so it becomes a new contact.
 */
export async function upsertContacts(client: Queryable, inputs: readonly ContactInput[]): Promise<UpsertedContact[]> {
  if (inputs.length === 0) return [];
  const sorted = [...inputs].sort((a, b) => (a.phone < b.phone ? -1 : a.phone > b.phone ? 1 : 0));
  const { rows } = await client.query<Row<'contacts', 'id' | 'phone'> & { created: boolean }>(
    `INSERT INTO contacts AS c (id, phone, name, tags, attributes)
     SELECT gen_random_uuid(), r.phone, r.name, ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.attributes
     FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::jsonb[]) WITH ORDINALITY AS r(phone, name, tags, attributes, ord)
     ORDER BY r.ord
     ON CONFLICT (phone) DO UPDATE SET
       name = COALESCE(EXCLUDED.name, c.name),
       tags = ARRAY(SELECT t FROM unnest(c.tags || EXCLUDED.tags) WITH ORDINALITY AS u(t, o) GROUP BY t ORDER BY min(o)),
       attributes = c.attributes || EXCLUDED.attributes,
       updated_at = CURRENT_TIMESTAMP
     RETURNING c.id, c.phone, (xmax = 0) AS created`,
    [
      sorted.map((input) => input.phone),
      sorted.map((input) => input.name ?? null),
      sorted.map((input) => JSON.stringify(input.tags ?? [])),
      sorted.map((input) => JSON.stringify(input.attributes ?? {})),
    ],
  );
  return rows;
}

export interface ImportConsent {
  purpose: ConsentPurpose;
  action: ConsentAction;
  evidence: string;
  recordedBy: string;
}

/**
 * An import's consent, one entry per contact (source `import`). An opt-in is not recorded for a
 * contact whose current consent for that purpose is an opt-out: a list cannot override
 * someone's STOP (their own new opt-in, recorded for them alone, can). Returns the contacts
 * whose entry was recorded.
 */
export async function recordImportConsent(
  client: Queryable,
  contactIds: readonly string[],
  consent: ImportConsent,
): Promise<Set<string>> {
  if (contactIds.length === 0) return new Set();
  const { rows } = await client.query<Row<'contact_consents', 'contact_id'>>(
    `INSERT INTO contact_consents (contact_id, purpose, action, source, evidence, recorded_by)
     SELECT t.id, $2, $3, 'import', $4, $5
     FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, ord)
     WHERE $3 = 'opt_out' OR COALESCE((
       SELECT cc.action FROM contact_consents cc
       WHERE cc.contact_id = t.id AND cc.channel = 'whatsapp' AND cc.purpose = $2
       ORDER BY cc.id DESC LIMIT 1), 'none') <> 'opt_out'
     ORDER BY t.ord
     RETURNING contact_id`,
    [contactIds, consent.purpose, consent.action, consent.evidence, consent.recordedBy],
  );
  const recorded = new Set(rows.map((row) => row.contact_id));
  const type = consent.action === 'opt_in' ? 'contact.opted_in' : 'contact.opted_out';
  await appendEvents(
    client,
    await contactEvents(
      client,
      [...recorded].map((resourceId) => ({ type, resourceId })),
    ),
  );
  return recorded;
}

export interface ContactListFilter {
  tag?: string | undefined;
  phone?: string | undefined;
  /** Part of the name (any case), 3+ digits of the number, or a tag. */
  search?: string | undefined;
  /** The last id of the previous page. */
  after?: string | undefined;
  limit: number;
}

/** The digits of a search for a number (3 or more), else null: "98111 12222" finds +919811112222. */
function searchDigits(search: string | undefined): string | null {
  const digits = search?.replace(/[\s().+-]/g, '') ?? '';
  return /^\d{3,15}$/.test(digits) ? digits : null;
}

/** Ids of contacts that were not erased, in id order, one page at a time. */
export async function listContactIds(client: Queryable, filter: ContactListFilter): Promise<string[]> {
  const { rows } = await client.query<Row<'contacts', 'id'>>(
    `SELECT id FROM contacts
     WHERE erased_at IS NULL
       AND ($1::text IS NULL OR tags @> ARRAY[$1::text])
       AND ($2::text IS NULL OR phone = $2)
       AND ($3::uuid IS NULL OR id > $3)
       AND ($5::text IS NULL OR name ILIKE '%' || $5 || '%' ESCAPE '\\' OR $6 = ANY(tags)
            OR ($7::text IS NOT NULL AND phone LIKE '%' || $7 || '%'))
     ORDER BY id LIMIT $4`,
    [
      filter.tag ?? null,
      filter.phone ?? null,
      filter.after ?? null,
      filter.limit,
      filter.search === undefined ? null : filter.search.replace(/[\\%_]/g, (c) => `\\${c}`),
      filter.search ?? null,
      searchDigits(filter.search),
    ],
  );
  return rows.map((row) => row.id);
}

export type ErasureResult =
  | { outcome: 'erased'; erasedAt: Date; consentsRedacted: number; sendsDetached: number; eventsRedacted: number }
  | { outcome: 'already_erased'; erasedAt: Date }
  | { outcome: 'not_found' };

/**
 * DPDPA erasure, in the caller's transaction: the number becomes `erased:<id>`, name, tags and
 * attributes are cleared, consent evidence becomes `[erased]` (the entries stay, so the history
 * still shows that consent was given and withdrawn), message sends keep their counts but lose
 * the number, and an audit entry records who erased it. Erasing twice changes nothing.
 */
export async function eraseContact(client: pg.PoolClient, contactId: string, actor: string): Promise<ErasureResult> {
  const { rows } = await client.query<Row<'contacts', 'erased_at'>>(
    `SELECT erased_at FROM contacts WHERE id = $1 FOR UPDATE`,
    [contactId],
  );
  const row = rows[0];
  if (!row) return { outcome: 'not_found' };
  if (row.erased_at) return { outcome: 'already_erased', erasedAt: row.erased_at };

  // Delivery reports and inbound messages carry the number (and what the person wrote): keep the
  // status they recorded, drop the personal part. Done before the number itself is replaced.
  const events = await client.query(
    `UPDATE whatsapp_events SET phone = NULL, payload = jsonb_build_object('erased', true)
     WHERE phone = (SELECT phone FROM contacts WHERE id = $1)`,
    [contactId],
  );
  // RETURNING the erased_at it has just set: never null.
  const erased = await client.query<Narrow<Row<'contacts', 'erased_at'>, { erased_at: Date }>>(
    `UPDATE contacts SET phone = 'erased:' || id, name = NULL, tags = '{}', attributes = '{}',
       erased_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP
     WHERE id = $1 RETURNING erased_at`,
    [contactId],
  );
  const consents = await client.query(
    `UPDATE contact_consents SET evidence = $2 WHERE contact_id = $1 AND evidence IS NOT NULL`,
    [contactId, ERASED_EVIDENCE],
  );
  // A single message's params may carry personal text (a name given as a value): dropped too.
  const sends = await client.query(
    `UPDATE message_sends SET phone = NULL, params = NULL, request = NULL
     WHERE contact_id = $1 AND (phone IS NOT NULL OR params IS NOT NULL OR request IS NOT NULL)`,
    [contactId],
  );
  // Call backs they asked for: their number goes, and one not placed yet never will be.
  await client.query(
    `UPDATE callback_requests SET customer_number = 'erased:' || contact_id,
            status = CASE WHEN status = 'scheduled' THEN 'failed' ELSE status END,
            failure_reason = CASE WHEN status = 'scheduled' THEN 'erased' ELSE failure_reason END, updated_at = now()
     WHERE contact_id = $1`,
    [contactId],
  );
  const result = {
    consentsRedacted: consents.rowCount ?? 0,
    sendsDetached: sends.rowCount ?? 0,
    eventsRedacted: events.rowCount ?? 0,
  };
  // The log's earlier events of the contact carried its number: they keep only the erased view.
  const [erasedEvent] = await contactEvents(client, [{ type: 'contact.erased', resourceId: contactId }]);
  await client.query(`UPDATE events SET payload = $2 WHERE resource_type = 'contact' AND resource_id = $1`, [
    contactId,
    JSON.stringify(erasedEvent!.payload),
  ]);
  await writeAudit(client, {
    actor,
    action: 'contact.erased',
    subjectType: 'contact',
    subjectId: contactId,
    details: result,
  });
  await appendEvents(client, [erasedEvent!]);
  return { outcome: 'erased', erasedAt: erased.rows[0]!.erased_at, ...result };
}
