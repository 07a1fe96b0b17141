// Contacts: upserted by phone number (one contact or a 10,000-row import, the same statement),
// listed by tag, and erased on request (DPDPA). Plain SQL on the pool: an import is one
// INSERT ... SELECT FROM unnest(...) ON CONFLICT, not ten thousand statements.
import type pg from 'pg';
import type { ConsentAction, ConsentPurpose } from '../domain/consent.js';
import { ERASED_EVIDENCE } from '../domain/consent.js';
import { numberPattern, REDACTED } from '../domain/number-redaction.js';
import { judgeOptIn, purposesSuppressedBy } from '../domain/suppression.js';
import {
  callsErasedWith,
  dropCallEventBodies,
  type ErasedCall,
  erasedNumber,
  eraseNumberFromCalls,
} from '../calls/erase-number.js';
import type { SuppressionList } from './suppressions.js';
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

export interface ImportConsentResult {
  /** Contacts whose entry was recorded. */
  recorded: Set<string>;
  /** Contacts whose opt-in was refused, with the reason. */
  refused: Map<string, string>;
}

/**
 * An import's consent, one entry per contact (source `import`). An opt-in is not recorded for a
 * contact whose current consent for that purpose is an opt-out, nor for a number on the
 * suppression list (opted out or erased, even as another contact): a list cannot override
 * someone's STOP or erasure (their own new opt-in can). An opt-out puts the numbers on the list.
 */
export async function recordImportConsent(
  client: Queryable,
  contacts: readonly { id: string; phone: string }[],
  consent: ImportConsent,
  suppressions: SuppressionList,
): Promise<ImportConsentResult> {
  const refused = new Map<string, string>();
  if (contacts.length === 0) return { recorded: new Set(), refused };
  if (consent.action === 'opt_in') {
    const active = await suppressions.active(
      client,
      contacts.map((contact) => contact.phone),
      consent.purpose,
    );
    for (const contact of contacts) {
      const verdict = judgeOptIn(active.get(contact.phone) ?? null, { ...consent, source: 'import', now: new Date() });
      if (!verdict.allowed) refused.set(contact.id, verdict.message);
    }
  }
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
    [
      contacts.filter((contact) => !refused.has(contact.id)).map((contact) => contact.id),
      consent.purpose,
      consent.action,
      consent.evidence,
      consent.recordedBy,
    ],
  );
  const recorded = new Set(rows.map((row) => row.contact_id));
  if (consent.action === 'opt_out')
    await suppressions.suppress(
      client,
      contacts.filter((contact) => recorded.has(contact.id)).map((contact) => contact.phone),
      [consent.purpose],
      'opted_out',
    );
  const type = consent.action === 'opt_in' ? 'contact.opted_in' : 'contact.opted_out';
  await appendEvents(
    client,
    await contactEvents(
      client,
      [...recorded].map((resourceId) => ({ type, resourceId })),
    ),
  );
  return { recorded, refused };
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
  | {
      outcome: 'erased';
      erasedAt: Date;
      consentsRedacted: number;
      sendsDetached: number;
      eventsRedacted: number;
      callsRedacted: number;
      callEventsRedacted: number;
      /** The erased number's calls: the caller deletes their recordings' objects after the commit. */
      calls: ErasedCall[];
    }
  | { outcome: 'already_erased'; erasedAt: Date; calls: ErasedCall[] }
  | { outcome: 'not_found' };

/**
 * DPDPA erasure, in the caller's transaction: the number becomes `erased:<id>`, name, tags and
 * attributes are cleared, consent evidence becomes `[erased]` (the entries stay, so the history
 * still shows that consent was given and withdrawn), message sends keep their counts but lose
 * the number, WhatsApp reports and inbound messages keep their status but lose their body, the
 * event log's earlier events of the contact and its messages lose the number, the number's calls
 * are erased (calls/erase-number.ts), the number goes on the suppression list, and an audit
 * entry records who erased it (no number). Erasing twice changes nothing, except that the calls'
 * late callback bodies are dropped and the calls are returned again, so their recordings'
 * objects can still be deleted.
 */
export async function eraseContact(
  client: pg.PoolClient,
  contactId: string,
  actor: string,
  suppressions: SuppressionList,
): Promise<ErasureResult> {
  const { rows } = await client.query<Row<'contacts', 'erased_at' | 'phone'>>(
    `SELECT erased_at, phone FROM contacts WHERE id = $1 FOR UPDATE`,
    [contactId],
  );
  const row = rows[0];
  if (!row) return { outcome: 'not_found' };
  if (row.erased_at) {
    // A call still in progress at the erasure may have had callbacks since: drop their bodies too.
    const calls = await callsErasedWith(client, erasedNumber(contactId));
    await dropCallEventBodies(
      client,
      calls.map((call) => call.id),
    );
    // ...and delivery reports of its messages that arrived after it.
    await redactWhatsappEvents(client, contactId, null);
    return { outcome: 'already_erased', erasedAt: row.erased_at, calls };
  }
  const phone = row.phone;
  const pattern = numberPattern(phone);

  const events = await redactWhatsappEvents(client, contactId, phone);
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
  // A single message's params and request may carry personal text (a name given as a value):
  // dropped too; Exotel's error detail may quote the number.
  const sends = await client.query<Row<'message_sends', 'id'>>(
    `UPDATE message_sends SET phone = NULL, params = NULL, request = NULL,
            error_detail = regexp_replace(error_detail, $2, '${REDACTED}', 'g')
     WHERE contact_id = $1 RETURNING id`,
    [contactId, pattern],
  );
  // Call backs they asked for: their number goes, and one not placed yet never will be.
  await client.query(
    `UPDATE callback_requests SET customer_number = 'erased:' || contact_id,
            status = CASE WHEN status = 'scheduled' THEN 'failed' ELSE status END,
            failure_reason = CASE WHEN status = 'scheduled' THEN 'erased' ELSE failure_reason END, updated_at = now()
     WHERE contact_id = $1`,
    [contactId],
  );
  const calls = await eraseNumberFromCalls(client, phone, erasedNumber(contactId));
  await suppressions.suppress(client, [phone], purposesSuppressedBy({ kind: 'erasure' }), 'erased');
  const result = {
    consentsRedacted: consents.rowCount ?? 0,
    sendsDetached: sends.rows.length,
    eventsRedacted: events,
    callsRedacted: calls.calls.length,
    callEventsRedacted: calls.callEventsRedacted,
  };
  // The log's earlier events of the contact carried its number: they keep only the erased view.
  // Its messages' events carry no number, unless Exotel's error detail quoted it.
  const [erasedEvent] = await contactEvents(client, [{ type: 'contact.erased', resourceId: contactId }]);
  await client.query(`UPDATE events SET payload = $2 WHERE resource_type = 'contact' AND resource_id = $1`, [
    contactId,
    JSON.stringify(erasedEvent!.payload),
  ]);
  await client.query(
    `UPDATE events SET payload = regexp_replace(payload::text, $2, '${REDACTED}', 'g')::jsonb
     WHERE resource_type = 'message' AND resource_id = ANY($1::text[]) AND payload::text ~ $2`,
    [sends.rows.map((send) => send.id), pattern],
  );
  await writeAudit(client, {
    actor,
    action: 'contact.erased',
    subjectType: 'contact',
    subjectId: contactId,
    details: result,
  });
  await appendEvents(client, [...calls.events, erasedEvent!]);
  return { outcome: 'erased', erasedAt: erased.rows[0]!.erased_at, ...result, calls: calls.calls };
}

/**
 * Delivery reports and inbound messages carry the number (and what the person wrote): keep the
 * status they recorded, drop the personal part. A report keeps what applying it needs (its sid,
 * status, code, time and our send ID), since the worker may not have applied it yet
 * (messages/report-applier.ts); an inbound message keeps nothing. Found by number (when known)
 * and by the contact's sends, so reports arriving after an erasure are caught when it is repeated.
 */
async function redactWhatsappEvents(client: Queryable, contactId: string, phone: string | null): Promise<number> {
  const { rowCount } = await client.query(
    `UPDATE whatsapp_events SET phone = NULL,
       payload = CASE WHEN kind = 'status' THEN (payload - 'to' - 'description') || '{"erased": true}'::jsonb
                      ELSE '{"erased": true}'::jsonb END
     WHERE (phone = $1
        OR send_id IN (SELECT id FROM message_sends WHERE contact_id = $2)
        OR sid IN (SELECT provider_sid FROM message_sends WHERE contact_id = $2 AND provider_sid IS NOT NULL))
       AND NOT payload ? 'erased'`,
    [phone, contactId],
  );
  return rowCount ?? 0;
}
