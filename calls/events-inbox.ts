// The call-event inbox: every Exotel status event is committed to PostgreSQL before the webhook
// is acknowledged, deduplicated by content. Delivery to workflows happens afterwards, in the
// worker process (calls/events-relay.ts, woken by NOTIFY call_events), so Temporal's pace never slows
// an acknowledgement and a crash loses nothing.
import { createHash } from 'node:crypto';
import type { CallEvent } from '../domain/call-state.js';
import { Batcher } from '../lib/batcher.js';
import type { Db } from '../lib/db.js';
import { PostCommitNotifier } from '../lib/post-commit-notify.js';

export interface InboxRow {
  callId: string | null;
  event: CallEvent;
  contentType: string | null;
  raw: string;
}

/**
 * Two callbacks are duplicates when they say the same thing about the same call: Exotel's
 * retries and our own re-sends carry identical fields apart from delivery timing.
 */
export function dedupeKey(callId: string | null, event: CallEvent): string {
  const essence = [
    callId ?? '',
    event.source,
    event.callSid,
    event.kind,
    event.status,
    ...event.legs.flatMap((leg) => [leg.status ?? '', leg.onCallDurationSec ?? '']),
    event.conversationDurationSec ?? '',
    event.recordingUrl ?? '',
  ].join('|');
  return createHash('sha256').update(essence).digest('base64url');
}

function toRecord(row: InboxRow, delivery: 'pending' | 'delivered' | 'unmatched') {
  return {
    dedupeKey: dedupeKey(row.callId, row.event),
    callId: row.callId,
    callSid: row.event.callSid,
    source: row.event.source,
    eventType: row.event.kind,
    status: row.event.status,
    contentType: row.contentType,
    event: row.event as unknown as object,
    raw: row.raw,
    delivery,
    ...(delivery === 'delivered' ? { deliveredAt: new Date() } : {}),
  };
}

/**
 * Accepts webhook events and writes them in batches (lib/batcher.ts): one multi-row INSERT per
 * batch, so thousands of callbacks a second cost tens of commits, not thousands. `accept`
 * resolves only once the row is committed.
 */
export class InboxWriter {
  private readonly batcher: Batcher<InboxRow, Error | null>;

  constructor(db: Db) {
    const relay = new PostCommitNotifier(db.pool, INBOX_CHANNEL);
    const insert = async (rows: InboxRow[]) => {
      if (await insertEvents(db, rows)) relay.poke();
    };
    this.batcher = new Batcher<InboxRow, Error | null>(async (rows) => {
      try {
        await insert(rows);
        return rows.map(() => null);
      } catch (error) {
        if (rows.length === 1) return [error as Error];
        // One bad row must not fail the others: write them one by one to find it.
        return Promise.all(
          rows.map((row) =>
            insert([row]).then(
              () => null,
              (rowError: Error) => rowError,
            ),
          ),
        );
      }
    });
  }

  async accept(row: InboxRow): Promise<void> {
    const error = await this.batcher.submit(row);
    if (error) throw error;
  }
}

/** The channel the relay listens on; poked after the rows commit (lib/post-commit-notify.ts). */
export const INBOX_CHANNEL = 'call_events';

/**
 * One INSERT for the whole batch (arrays unnested), duplicates skipped by the unique key; true
 * when any row was new.
 */
async function insertEvents(db: Db, rows: InboxRow[]): Promise<boolean> {
  const records = rows.map((row) => toRecord(row, row.callId === null ? 'unmatched' : 'pending'));
  const column = <K extends keyof (typeof records)[number]>(key: K) => records.map((record) => record[key]);
  const { rowCount } = await db.pool.query(
    `INSERT INTO call_events (dedupe_key, call_id, call_sid, source, event_type, status, content_type, event, raw, delivery)
     SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::text[], $10::text[])
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [
      column('dedupeKey'),
      column('callId'),
      column('callSid'),
      column('source'),
      column('eventType'),
      column('status'),
      column('contentType'),
      records.map((record) => JSON.stringify(record.event)),
      column('raw'),
      column('delivery'),
    ],
  );
  return (rowCount ?? 0) > 0;
}

/** Keeps a polled Call Details answer beside the webhooks; the workflow already has it. */
export async function recordPolledEvent(db: Db, callId: string, event: CallEvent, raw: unknown): Promise<void> {
  await db.callEvent.createMany({
    data: [toRecord({ callId, event, contentType: 'application/json', raw: JSON.stringify(raw) }, 'delivered')],
    skipDuplicates: true,
  });
}
