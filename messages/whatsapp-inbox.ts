// WhatsApp delivery reports and inbound messages land here, and only here: at ~3 reports per
// message and 1,000 messages a second, a signal per report would swamp Temporal. Webhooks are
// committed in batches (lib/batcher.ts), and the same transaction applies them:
//   - a report moves its message's status forward (sent -> delivered -> read, or failed with its
//     Exotel code), found by custom_data (our send ID) or by Exotel's sid; duplicates change
//     nothing; reports for messages we do not know are kept, unmatched;
//   - STOP, START and their variants record consent at once; any other inbound message (a typed
//     reply or a quick-reply click) marks the contact's latest campaign message as replied.
// A campaign step's condition reads the result from message_sends when the step comes due.
import type pg from 'pg';
import { consentEventType, recordInboundConsent } from '../contacts/consents.js';
import type { SuppressionList } from '../contacts/suppressions.js';
import { messageEventTypes } from '../domain/events.js';
import { appendEvents, type NewEvent } from '../events/emit.js';
import { contactEvents, messageEvent, MESSAGE_COLUMNS, type MessageSendRow } from '../events/resources.js';
import { inTransaction, type Narrow, type Row } from '../lib/db.js';
import { classifyInbound } from '../domain/inbound-keywords.js';
import { normalizePhone } from '../domain/phone.js';
import { clampReportedTime } from '../domain/reported-time.js';
import { applyReports, type DeliveryFacts, type DeliveryReport } from '../domain/message-status.js';
import type { WhatsAppEvent, WhatsAppInboundEvent, WhatsAppStatusEvent } from '../exotel/whatsapp-events.js';
import { Batcher } from '../lib/batcher.js';
import { type CallbackSettings, recordCallbackRequest } from './callbacks.js';
import { asksForCallback } from '../domain/single-message.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredEvent {
  dedupeKey: string;
  event: WhatsAppEvent;
  receivedAt: string;
}

/**
 * Exotel writes numbers with or without the +; contacts are stored in E.164, and a STOP matched
 * against the other form would be lost. Kept as sent when it is not a phone number.
 */
function e164(number: string): string;
function e164(number: string | null): string | null;
function e164(number: string | null): string | null {
  if (number === null) return null;
  const parsed = normalizePhone(number);
  return parsed.ok ? parsed.e164 : number;
}

function dedupeKey(event: WhatsAppEvent): string {
  return event.kind === 'status' ? `dlr:${event.sid}:${event.code}` : `in:${event.sid}`;
}

export class WhatsappInbox {
  private readonly batcher: Batcher<StoredEvent[], Error | null>;

  /**
   * `suppressions`: numbers that may not be opted back in (contacts/suppressions.ts); `callbacks`: which
   * quick replies ask for a call back, and how it is placed (messages/callbacks.ts).
   */
  constructor(
    private readonly pool: pg.Pool,
    private readonly suppressions: SuppressionList,
    private readonly options: { callbacks?: CallbackSettings } = {},
  ) {
    this.batcher = new Batcher<StoredEvent[], Error | null>(async (webhooks) => {
      try {
        await this.commit(webhooks.flat());
        return webhooks.map(() => null);
      } catch (error) {
        if (webhooks.length === 1) return [error as Error];
        // One bad webhook must not fail the others: commit them one by one to find it.
        return Promise.all(
          webhooks.map((events) =>
            this.commit(events).then(
              () => null,
              (rowError: Error) => rowError,
            ),
          ),
        );
      }
    });
  }

  /** Resolves once the webhook's events are committed (and applied). */
  async accept(events: WhatsAppEvent[]): Promise<void> {
    const receivedAt = new Date().toISOString();
    const error = await this.batcher.submit(
      events.map((event) => ({ dedupeKey: dedupeKey(event), event, receivedAt })),
    );
    if (error) throw error;
  }

  private commit(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return inTransaction(this.pool, async (client) => {
      const fresh = await insertNew(client, events);
      const statuses = fresh.filter((stored) => stored.event.kind === 'status');
      const changes: NewEvent[] = statuses.length ? await applyStatuses(client, statuses) : [];
      for (const stored of fresh)
        if (stored.event.kind === 'inbound')
          changes.push(
            ...(await applyInbound(client, stored.event, stored.receivedAt, this.suppressions, this.options.callbacks)),
          );
      await appendEvents(client, changes);
    });
  }
}

/** Stores the events; returns only those not seen before (with their row IDs). */
async function insertNew(client: pg.PoolClient, events: StoredEvent[]): Promise<(StoredEvent & { id: string })[]> {
  const unique = [...new Map(events.map((stored) => [stored.dedupeKey, stored])).values()];
  const { rows } = await client.query<Row<'whatsapp_events', 'id' | 'dedupe_key'>>(
    `INSERT INTO whatsapp_events (dedupe_key, kind, sid, send_id, status, code, phone, payload, received_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::jsonb[], $9::timestamptz[])
     ON CONFLICT (dedupe_key) DO NOTHING
     RETURNING id, dedupe_key`,
    [
      unique.map((s) => s.dedupeKey),
      unique.map((s) => s.event.kind),
      unique.map((s) => s.event.sid),
      unique.map((s) =>
        s.event.kind === 'status' && s.event.customData && UUID.test(s.event.customData) ? s.event.customData : null,
      ),
      unique.map((s) => (s.event.kind === 'status' ? s.event.status : null)),
      unique.map((s) => (s.event.kind === 'status' ? s.event.code : null)),
      unique.map((s) => e164(s.event.kind === 'status' ? s.event.to : s.event.from)),
      unique.map((s) => JSON.stringify(s.event)),
      unique.map((s) => s.receivedAt),
    ],
  );
  const ids = new Map(rows.map((row) => [row.dedupe_key, row.id]));
  return unique
    .filter((stored) => ids.has(stored.dedupeKey))
    .map((stored) => ({ ...stored, id: ids.get(stored.dedupeKey)! }));
}

interface SendFacts extends DeliveryFacts {
  id: string;
  providerSid: string | null;
  state: string;
  /** When the send was recorded: no report of it can be earlier. */
  createdAt: string;
}

/** Applies delivery reports to their messages, each message's reports folded in one step. */
export async function applyStatuses(
  client: pg.PoolClient | pg.Pool,
  stored: (StoredEvent & { id: string })[],
): Promise<NewEvent[]> {
  const events = stored.map((s) => ({ ...(s.event as WhatsAppStatusEvent), eventId: s.id, receivedAt: s.receivedAt }));
  const sendIds = events.flatMap((e) => (e.customData && UUID.test(e.customData) ? [e.customData] : []));
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
  await client.query(`UPDATE whatsapp_events SET matched = true WHERE id = ANY($1::bigint[])`, [
    [...reports.values()].flatMap((entry) => entry.eventIds),
  ]);
  // One event per status a message reached (a batch may take it from sent to read at once).
  const reached = new Map(updates.map((update) => [update.id, update]));
  return changed.flatMap((row) => {
    const before = sends.get(row.id)!;
    const after = reached.get(row.id)!;
    return messageEventTypes(before, after).map((type) => messageEvent(type, row));
  });
}

/**
 * Reports that arrived before their message's sid was known and carried no custom_data: applied
 * once the sending activity has recorded the sids.
 */
export async function applyUnmatchedReports(pool: pg.Pool, sids: string[]): Promise<void> {
  if (sids.length === 0) return;
  // Almost always none (reports carry custom_data): one cheap read before any transaction, shaped
  // as one index probe per sid (an "= ANY" over the table gets planned as a full scan).
  const waiting = await pool.query(
    `SELECT 1 FROM unnest($1::text[]) AS s(sid)
     WHERE EXISTS (SELECT 1 FROM whatsapp_events e WHERE e.sid = s.sid AND NOT e.matched AND e.kind = 'status')`,
    [sids],
  );
  if (waiting.rowCount === 0) return;
  await inTransaction(pool, async (client) => {
    // kind = 'status': the payload is the status event insertNew stored.
    const { rows } = await client.query<
      Narrow<Row<'whatsapp_events', 'id' | 'payload' | 'received_at'>, { payload: WhatsAppStatusEvent }>
    >(
      `SELECT e.id, e.payload, e.received_at FROM unnest($1::text[]) AS s(sid)
       JOIN whatsapp_events e ON e.sid = s.sid AND NOT e.matched AND e.kind = 'status'
       FOR UPDATE OF e`,
      [sids],
    );
    if (rows.length === 0) return;
    const changes = await applyStatuses(
      client,
      rows.map((row) => ({ id: row.id, dedupeKey: '', event: row.payload, receivedAt: row.received_at.toISOString() })),
    );
    await appendEvents(client, changes);
  });
}

/** STOP/START change consent; anything else the person sends is a reply to their latest campaign message. */
async function applyInbound(
  client: pg.PoolClient,
  event: WhatsAppInboundEvent,
  receivedAt: string,
  suppressions: SuppressionList,
  callbacks: CallbackSettings | undefined,
): Promise<NewEvent[]> {
  const words = event.text ?? '';
  // A typed STOP, or a quick reply whose title or payload is one ("Stop promotions").
  const keyword = classifyInbound(words) ?? (event.buttonPayload ? classifyInbound(event.buttonPayload) : null);
  if (keyword) {
    const contact = await recordInboundConsent(
      client,
      { phone: e164(event.from), action: keyword, evidence: words },
      suppressions,
    );
    return contact ? contactEvents(client, [{ type: consentEventType(keyword), resourceId: contact.contactId }]) : [];
  }
  // A "call me" button is a reply too, and also asks for a call back (once per inbound message).
  const callback =
    callbacks && asksForCallback(event.buttonPayload, callbacks.payloads)
      ? await recordCallbackRequest(client, callbacks, {
          inboundSid: event.sid,
          phone: e164(event.from),
          at: new Date(receivedAt),
        })
      : [];
  // The first reply to a message is its event; later ones change nothing.
  const { rows } = await client.query<MessageSendRow>(
    `UPDATE message_sends SET replied_at = $2 WHERE replied_at IS NULL AND id = (
       SELECT m.id FROM message_sends m JOIN contacts c ON c.id = m.contact_id
       WHERE c.phone = $1 AND m.state = 'accepted' ORDER BY m.created_at DESC LIMIT 1)
     RETURNING ${MESSAGE_COLUMNS}`,
    [e164(event.from), event.at ?? receivedAt],
  );
  return [...rows.map((row) => messageEvent('message.replied', row)), ...callback];
}
