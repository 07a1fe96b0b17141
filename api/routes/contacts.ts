// /v1/contacts: contacts upserted by phone number and searched, bulk imports (JSON or CSV) with a
// per-row report, consent history (DPDPA: an opt-in carries evidence), a contact's timeline, and
// erasure on request. A rejected request writes nothing; an import writes its valid rows and
// reports the others.
import { Router } from 'express';
import { type ContactWithConsent, contactsWithConsent } from '../../contacts/consent-states.js';
import {
  consentHistory,
  type ConsentHistoryEntry,
  ContactUnavailableError,
  recordConsent,
  SuppressedNumberError,
} from '../../contacts/consents.js';
import type { SuppressionList } from '../../contacts/suppressions.js';
import type { ErasedCall } from '../../calls/erase-number.js';
import { deleteRecordingObjectsOr503 } from '../recording-objects.js';
import type { RecordingStore } from '../../recordings/s3.js';
import {
  eraseContact,
  foldByPhone,
  listContactIds,
  recordImportConsent,
  upsertContacts,
} from '../../contacts/store.js';
import { inTransaction } from '../../lib/db.js';
import { consentView, toContactResource } from '../../contacts/contact-resource.js';
import type { Db } from '../../lib/db.js';
import { apiKeyFingerprint } from '../auth.js';
import {
  consentBody,
  consentHistoryQuery,
  contactIdParam,
  contactRowSchema,
  createContactBody,
  csvImportQuery,
  type ImportConsent,
  importBody,
  type ImportReport,
  listContactsQuery,
  MAX_IMPORT_ROWS,
  timelineQuery,
} from '../contact-schemas.js';
import { contactTimeline, decodeTimelineCursor } from '../../contacts/timeline.js';
import { callForCaller } from '../number-visibility.js';
import { readContactsCsv } from '../../contacts/csv-import.js';
import { ApiError, fieldErrors, parseOrThrow } from '../errors.js';

export interface ContactRoutesDeps {
  db: Db;
  suppressions: SuppressionList;
  /** The recordings bucket: erasing a contact deletes the recordings of calls to its number. */
  recordings: RecordingStore;
}

const toConsentEntry = (entry: ConsentHistoryEntry) => ({
  ...entry,
  evidenceAt: entry.evidenceAt?.toISOString() ?? null,
  recordedAt: entry.recordedAt.toISOString(),
});

/** A suppressed number's refused opt-in: 409 naming the field that would make it acceptable. */
function suppressedError(error: SuppressedNumberError, path: string): ApiError {
  return new ApiError(409, 'number_suppressed', `The opt-in was refused: ${error.message}`, [
    { field: `${path}${error.field}`, message: error.message },
  ]);
}

const evidenceDate = (evidenceAt: string | undefined) => (evidenceAt === undefined ? undefined : new Date(evidenceAt));

export function contactRoutes({ db, suppressions, recordings }: ContactRoutesDeps): Router {
  const router = Router();

  async function contactOr404(id: string): Promise<ContactWithConsent> {
    const [contact] = await contactsWithConsent(db.pool, [id]);
    if (!contact) throw new ApiError(404, 'not_found', `No contact ${id}`);
    return contact;
  }

  /** Creates a contact, or updates the one with this number (200): name replaced, tags added, attributes merged. */
  router.post('/v1/contacts', async (req, res) => {
    const body = parseOrThrow(createContactBody, req.body);
    const actor = apiKeyFingerprint(req);
    const upserted = await inTransaction(db.pool, async (client) => {
      const [contact] = await upsertContacts(client, [body]);
      if (body.consent) {
        try {
          await recordConsent(
            client,
            {
              contactId: contact!.id,
              ...body.consent,
              evidence: body.consent.evidence ?? null,
              evidenceAt: evidenceDate(body.consent.evidenceAt),
              recordedBy: actor,
            },
            suppressions,
          );
        } catch (error) {
          // Thrown inside the transaction: the contact is not written either.
          if (error instanceof SuppressedNumberError) throw suppressedError(error, 'consent.');
          throw error;
        }
      }
      return contact!;
    });
    res.status(upserted.created ? 201 : 200).json(toContactResource(await contactOr404(upserted.id)));
  });

  /**
   * Validates each row on its own, upserts the good ones in one transaction with the import's
   * consent, and reports the rest: `row` is the row's number (JSON: its index; CSV: its line).
   */
  async function importRows(
    rows: readonly { row: number; contact: unknown }[],
    consent: ImportConsent | undefined,
    actor: string,
    columnOf: (field: string) => string = (field) => field,
  ): Promise<ImportReport> {
    const failed: ImportReport['failed'] = [];
    const valid: (ReturnType<typeof contactRowSchema.parse> & { row: number })[] = [];
    for (const { row, contact } of rows) {
      const parsed = contactRowSchema.safeParse(contact);
      if (parsed.success) valid.push({ ...parsed.data, row });
      else
        failed.push(
          ...fieldErrors(parsed.error).map((error) => ({
            row,
            field: error.field === '(body)' ? '(row)' : columnOf(error.field),
            message: error.message,
          })),
        );
    }
    const folded = foldByPhone(valid);

    const written = await inTransaction(db.pool, async (client) => {
      const upserted = await upsertContacts(
        client,
        [...folded.values()].map((entry) => entry.input),
      );
      const written = consent
        ? await recordImportConsent(client, upserted, { ...consent, recordedBy: actor }, suppressions)
        : { recorded: new Set<string>(), refused: new Map<string, string>() };
      return { upserted, ...written };
    });

    let created = 0;
    let updated = 0;
    const skipped: { row: number; reason: 'opted_out' | 'number_suppressed'; message: string }[] = [];
    for (const contact of written.upserted) {
      const { rows: sharing } = folded.get(contact.phone)!;
      // Rows sharing a number count as if upserted one after another: the first may create it.
      created += contact.created ? 1 : 0;
      updated += sharing.length - (contact.created ? 1 : 0);
      const refusal = written.refused.get(contact.id);
      if (refusal) skipped.push({ row: sharing[0]!.row, reason: 'number_suppressed', message: refusal });
      else if (consent && !written.recorded.has(contact.id)) {
        skipped.push({
          row: sharing[0]!.row,
          reason: 'opted_out',
          message: `has opted out of ${consent.purpose} messages; only their own new opt-in (POST /v1/contacts/${contact.id}/consents) can change that`,
        });
      }
    }
    skipped.sort((a, b) => a.row - b.row);
    failed.sort((a, b) => a.row - b.row);
    return { rows: rows.length, created, updated, failed, consent: { recorded: written.recorded.size, skipped } };
  }

  /** JSON ({ contacts, consent? }) or a CSV file (text/csv) with its column mapping in the query. */
  router.post('/v1/contacts/import', async (req, res) => {
    const actor = apiKeyFingerprint(req);
    // The query (the CSV column mapping) is checked whatever the body: a bad parameter is a 400, never ignored.
    const query = parseOrThrow(csvImportQuery, req.query, 'query');
    if (typeof req.body !== 'string') {
      const body = parseOrThrow(importBody, req.body);
      const rows = body.contacts.map((contact, row) => ({ row, contact }));
      res.json(await importRows(rows, body.consent, actor));
      return;
    }
    const file = readContactsCsv(req.body, query.mapping, MAX_IMPORT_ROWS);
    if (!file.ok)
      throw new ApiError(
        400,
        'validation_failed',
        `The CSV cannot be imported: ${file.problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`,
        file.problems,
      );
    const report = await importRows(file.rows, query.consent, actor, file.columnOf);
    report.rows += file.failed.length;
    report.failed = [...file.failed, ...report.failed].sort((a, b) => a.row - b.row);
    res.json(report);
  });

  router.get('/v1/contacts', async (req, res) => {
    const query = parseOrThrow(listContactsQuery, req.query, 'query');
    const ids = await listContactIds(db.pool, {
      tag: query.tag,
      phone: query.phone,
      search: query.q,
      after: query.cursor,
      limit: query.limit + 1,
    });
    const page = ids.slice(0, query.limit);
    const contacts = await contactsWithConsent(db.pool, page);
    res.json({ contacts: contacts.map(toContactResource), nextCursor: ids.length > query.limit ? page.at(-1)! : null });
  });

  router.get('/v1/contacts/:id', async (req, res) => {
    const { id } = parseOrThrow(contactIdParam, req.params, 'path');
    res.json(toContactResource(await contactOr404(id)));
  });

  router.get('/v1/contacts/:id/timeline', async (req, res) => {
    const { id } = parseOrThrow(contactIdParam, req.params, 'path');
    const query = parseOrThrow(timelineQuery, req.query, 'query');
    await contactOr404(id);
    const page = await contactTimeline(db.pool, id, {
      limit: query.limit,
      before: query.cursor ? decodeTimelineCursor(query.cursor) : undefined,
    });
    res.json({
      items: page.items.map((item) => (item.kind === 'call' ? { ...item, call: callForCaller(res, item.call) } : item)),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/v1/contacts/:id/consents', async (req, res) => {
    const { id } = parseOrThrow(contactIdParam, req.params, 'path');
    const query = parseOrThrow(consentHistoryQuery, req.query, 'query');
    await contactOr404(id);
    const entries = await consentHistory(db.pool, id, { limit: query.limit + 1, before: query.cursor });
    const page = entries.slice(0, query.limit);
    res.json({ consents: page.map(toConsentEntry), nextCursor: entries.length > query.limit ? page.at(-1)!.id : null });
  });

  router.post('/v1/contacts/:id/consents', async (req, res) => {
    const { id } = parseOrThrow(contactIdParam, req.params, 'path');
    const body = parseOrThrow(consentBody, req.body);
    const actor = apiKeyFingerprint(req);
    const entry = await inTransaction(db.pool, async (client) => {
      try {
        await recordConsent(
          client,
          {
            contactId: id,
            ...body,
            evidence: body.evidence ?? null,
            evidenceAt: evidenceDate(body.evidenceAt),
            recordedBy: actor,
          },
          suppressions,
        );
      } catch (error) {
        if (error instanceof SuppressedNumberError) throw suppressedError(error, '');
        if (!(error instanceof ContactUnavailableError)) throw error;
        const [contact] = await contactsWithConsent(client, [id]);
        if (!contact) throw new ApiError(404, 'not_found', `No contact ${id}`);
        throw new ApiError(409, 'contact_erased', `Contact ${id} was erased; it takes no consent`);
      }
      const [newest] = await consentHistory(client, id, { limit: 1 });
      return newest!;
    });
    const contact = await contactOr404(id);
    res.status(201).json({ entry: toConsentEntry(entry), ...consentView(contact.consent) });
  });

  /**
   * DPDPA erasure: personal data goes (the contact, its messages' numbers and bodies, its calls'
   * numbers, bodies and recordings), counts stay, the number goes on the suppression list, an
   * audit entry says who did it. One transaction; the recordings' objects are deleted after it
   * commits (a store that does not answer: 503, and repeating the request finishes the job).
   */
  router.delete('/v1/contacts/:id', async (req, res) => {
    const { id } = parseOrThrow(contactIdParam, req.params, 'path');
    const actor = apiKeyFingerprint(req);
    const result = await inTransaction(db.pool, (client) => eraseContact(client, id, actor, suppressions));
    if (result.outcome === 'not_found') throw new ApiError(404, 'not_found', `No contact ${id}`);
    const recordingsDeleted = await deleteRecordingObjects(result.calls);
    res.json({
      id,
      erasedAt: result.erasedAt.toISOString(),
      alreadyErased: result.outcome === 'already_erased',
      consentsRedacted: result.outcome === 'erased' ? result.consentsRedacted : 0,
      sendsDetached: result.outcome === 'erased' ? result.sendsDetached : 0,
      callsRedacted: result.outcome === 'erased' ? result.callsRedacted : 0,
      recordingsDeleted,
    });
  });

  /** Deletes whatever the bucket holds for the erased calls; how many calls had objects there. */
  async function deleteRecordingObjects(calls: readonly ErasedCall[]): Promise<number> {
    let deleted = 0;
    for (const call of calls.filter((erased) => erased.record))
      deleted += (await deleteRecordingObjectsOr503(recordings, call)) ? 1 : 0;
    return deleted;
  }

  return router;
}
