// Applying stored delivery reports to their messages. The webhook only stores a report (messages/
// whatsapp-inbox.ts: its 200 means the row is committed); the worker's applier then takes the
// stored reports in bulk (messages/report-applier.ts), up to 2,000 per transaction:
//   - a report moves its message's status forward (sent -> delivered -> read, or failed with its
//     Exotel code), found by custom_data (our send ID) or by Exotel's sid; duplicates change
//     nothing; the business rule is domain/message-status.ts;
//   - a report whose message is not known yet stays unmatched, and is applied when the sending
//     activity records the message's sid (applyUnmatchedReports);
//   - each status a message reaches is one event in the log, committed with the change.
// Row locks on messages are taken in ID order, the same order every batch takes them: concurrent
// appliers (several workers) and senders never deadlock.
import type pg from 'pg';
import { messageEventTypes } from '../domain/events.js';
import { applyReports, type DeliveryFacts, type DeliveryReport } from '../domain/message-status.js';
import { clampReportedTime } from '../domain/reported-time.js';
import { appendEvents, type NewEvent } from '../events/emit.js';
import { messageEvent, MESSAGE_COLUMNS, type MessageSendRow } from '../events/resources.js';
import type { WhatsAppStatusEvent } from '../exotel/whatsapp-events.js';
import { inTransaction, type Narrow, type Row } from '../lib/db.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Our send ID, when a report's custom_data is one (we send each message's row ID as custom_data). */
export const sendIdOf = (customData: string | null): string | null =>
  customData && UUID.test(customData) ? customData : null;

/**
 * What a stored report's payload holds: the event the webhook stored, or after an erasure only
 * what applying it needs (contacts/store.ts) and `erased: true`. Rows erased before reports were
 * applied by the worker hold `{erased: true}` alone: they were applied already.
 */
type StoredStatus = Pick<WhatsAppStatusEvent, 'kind' | 'sid' | 'status' | 'code' | 'detail' | 'at' | 'customData'> & {
  erased?: true;
};
type StoredPayload = StoredStatus | { erased: true };

type StoredReportRow = Narrow<Row<'whatsapp_events', 'id' | 'payload' | 'received_at'>, { payload: StoredPayload }>;

interface StoredReport {
  id: string;
  payload: StoredPayload;
  receivedAt: string;
}

const storedReport = (row: StoredReportRow): StoredReport => ({
  id: row.id,
  payload: row.payload,
  receivedAt: row.received_at.toISOString(),
});

const isStatusEvent = (payload: StoredPayload): payload is StoredStatus =>
  'kind' in payload && payload.kind === 'status';

interface SendFacts extends DeliveryFacts {
  id: string;
  providerSid: string | null;
  state: string;
  /** When the send was recorded: no report of it can be earlier. */
  createdAt: string;
}

/**
 * Applies delivery reports to their messages, each message's reports folded in one step, and
 * marks every report applied (and matched when its message was found). Returns the events of
 * the messages that changed, for the caller to append in the same transaction.
 */
async function applyStatuses(client: pg.PoolClient, stored: StoredReport[]): Promise<NewEvent[]> {
  const events = stored.flatMap((s) =>
    isStatusEvent(s.payload) ? [{ ...s.payload, eventId: s.id, receivedAt: s.receivedAt }] : [],
  );
  const sendIds = events.flatMap((e) => sendIdOf(e.customData) ?? []);
  const sids = events.map((e) => e.sid);
  // Row locks in ID order, the same order every batch takes them: concurrent batches never deadlock.
  // status is written only here, from applyReports: a DeliveryStatus (or null before any report).
  const { rows } = await client.query<
    Narrow<
      Row<
        'message_sends',
        | 'id'
        | 'provider_sid'
        | 'state'
        | 'status'
        | 'delivered_at'
        | 'read_at'
        | 'failed_at'
        | 'error_code'
        | 'error_detail'
        | 'created_at'
      >,
      { status: DeliveryFacts['status'] }
    >
  >(
    `SELECT id, provider_sid, state, status, delivered_at, read_at, failed_at, error_code, error_detail, created_at
       FROM message_sends
     WHERE id = ANY($1::uuid[]) OR provider_sid = ANY($2::text[]) ORDER BY id FOR UPDATE`,
    [sendIds, sids],
  );
  const sends = new Map<string, SendFacts>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        providerSid: row.provider_sid,
        state: row.state,
        status: row.status,
        deliveredAt: row.delivered_at?.toISOString() ?? null,
        readAt: row.read_at?.toISOString() ?? null,
        failedAt: row.failed_at?.toISOString() ?? null,
        errorCode: row.error_code,
        errorDetail: row.error_detail,
        createdAt: row.created_at.toISOString(),
      },
    ]),
  );
  const bySid = new Map(
    [...sends.values()].flatMap((send) => (send.providerSid ? [[send.providerSid, send.id] as const] : [])),
  );

  const reports = new Map<string, { reports: DeliveryReport[]; sid: string; eventIds: string[] }>();
  for (const event of events) {
    const sendId = event.customData && sends.has(event.customData) ? event.customData : bySid.get(event.sid);
    if (!sendId) continue;
    const entry = reports.get(sendId) ?? { reports: [], sid: event.sid, eventIds: [] };
    entry.reports.push({
      status: event.status,
      // Exotel's time of the report, but never before we recorded the send nor after the report reached us.
      at: clampReportedTime(event.at, sends.get(sendId)!.createdAt, event.receivedAt) ?? event.receivedAt,
      code: event.code,
      detail: event.detail,
    });
    entry.eventIds.push(event.eventId);
    reports.set(sendId, entry);
  }
  const matchedIds = [...reports.values()].flatMap((entry) => entry.eventIds);
  await client.query(
    `UPDATE whatsapp_events SET applied = true, matched = matched OR id = ANY($2::bigint[]) WHERE id = ANY($1::bigint[])`,
    [stored.map((s) => s.id), matchedIds],
  );
  if (reports.size === 0) return [];

  const updates = [...reports].map(([id, { reports: list, sid }]) => {
    const current = sends.get(id)!;
    const next = applyReports(current, list);
    // A report proves the provider took the message, whatever its own answer said (or lost).
    const state =
      current.state === 'pending' || current.state === 'unknown'
        ? next.status === 'failed'
          ? 'failed'
          : 'accepted'
        : current.state;
    // `next` carries the row's old state too: the state decided here must come last.
    return { ...next, id, sid, state };
  });
  const { rows: changed } = await client.query<MessageSendRow>(
    `UPDATE message_sends AS m SET status = t.status, state = t.state, provider_sid = COALESCE(m.provider_sid, t.sid),
            delivered_at = t.delivered_at, read_at = t.read_at, failed_at = t.failed_at,
            error_code = t.error_code, error_detail = t.error_detail
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[], $8::int[], $9::text[])
          AS t(id, status, state, sid, delivered_at, read_at, failed_at, error_code, error_detail)
     WHERE m.id = t.id
     RETURNING ${MESSAGE_COLUMNS.replace(/(\w+)/g, 'm.$1')}`,
    [
      updates.map((u) => u.id),
      updates.map((u) => u.status),
      updates.map((u) => u.state),
      updates.map((u) => u.sid),
      updates.map((u) => u.deliveredAt),
      updates.map((u) => u.readAt),
      updates.map((u) => u.failedAt),
      updates.map((u) => u.errorCode),
      updates.map((u) => u.errorDetail),
    ],
  );
  // One event per status a message reached (a batch may take it from sent to read at once).
  const reached = new Map(updates.map((update) => [update.id, update]));
  return changed.flatMap((row) => {
    const before = sends.get(row.id)!;
    const after = reached.get(row.id)!;
    return messageEventTypes(before, after).map((type) => messageEvent(type, row));
  });
}

/**
 * Reports that arrived before their message's sid was known and carried no custom_data (one that
 * names its send finds it by ID): applied once the sending activity has recorded the sids.
 * Reports still waiting for the applier are taken too (their lock is waited for): the applier may
 * have read the messages before the sid was committed and be about to mark them unmatched.
 */
export async function applyUnmatchedReports(pool: pg.Pool, sids: string[]): Promise<void> {
  if (sids.length === 0) return;
  // Almost always none (reports carry custom_data): one cheap read before any transaction, shaped
  // as one index probe per sid (an "= ANY" over the table gets planned as a full scan).
  const waiting = await pool.query(
    `SELECT 1 FROM unnest($1::text[]) AS s(sid)
     WHERE EXISTS (SELECT 1 FROM whatsapp_events e
                   WHERE e.sid = s.sid AND NOT e.matched AND e.send_id IS NULL AND e.kind = 'status')`,
    [sids],
  );
  if (waiting.rowCount === 0) return;
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<StoredReportRow>(
      `SELECT e.id, e.payload, e.received_at FROM unnest($1::text[]) AS s(sid)
       JOIN whatsapp_events e ON e.sid = s.sid AND NOT e.matched AND e.send_id IS NULL AND e.kind = 'status'
       ORDER BY e.id FOR UPDATE OF e`,
      [sids],
    );
    await appendEvents(client, await applyStatuses(client, rows.map(storedReport)));
  });
}

/** Locks up to `limit` waiting reports, oldest first, skipping those another applier holds. */
async function claimPending(client: pg.PoolClient, limit: number): Promise<StoredReport[]> {
  const { rows } = await client.query<StoredReportRow>(
    `SELECT id, payload, received_at FROM whatsapp_events
     WHERE NOT applied ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows.map(storedReport);
}

/**
 * Applies up to `limit` stored reports that no one has applied yet, oldest first, in one
 * transaction; returns how many it took. Rows another applier holds are skipped (SKIP LOCKED), so
 * any number of workers can apply side by side.
 */
export async function applyPendingReports(pool: pg.Pool, limit: number): Promise<number> {
  return inTransaction(pool, async (client) => {
    const reports = await claimPending(client, limit);
    if (reports.length > 0) await appendEvents(client, await applyStatuses(client, reports));
    return reports.length;
  });
}

/**
 * The oldest waiting report alone, after a batch failed. If applying it fails for a reason of its
 * own (not one `isTransient` names), that same row is set aside in the same transaction: marked
 * applied and left unmatched (kept, counted by /metrics as unmatched), no longer in the way of the
 * reports behind it.
 */
export async function applyOldestAlone(
  pool: pg.Pool,
  isTransient: (error: unknown) => boolean,
): Promise<{ taken: number; setAside: { id: string; error: unknown } | null }> {
  return inTransaction(pool, async (client) => {
    const [report] = await claimPending(client, 1);
    if (!report) return { taken: 0, setAside: null };
    await client.query('SAVEPOINT apply_report');
    try {
      await appendEvents(client, await applyStatuses(client, [report]));
      return { taken: 1, setAside: null };
    } catch (error) {
      if (isTransient(error)) throw error;
      await client.query('ROLLBACK TO SAVEPOINT apply_report');
      await client.query(`UPDATE whatsapp_events SET applied = true WHERE id = $1`, [report.id]);
      return { taken: 1, setAside: { id: report.id, error } };
    }
  });
}
