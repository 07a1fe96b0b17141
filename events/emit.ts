// Appending to the event log (the outbox), inside the caller's transaction: the event commits
// with the change it describes, or not at all. One statement per batch, whatever its size: the
// per-resource sequence numbers are bumped by one upsert, the rows inserted by one INSERT, and
// readers (webhook dispatcher, streams) are woken by a NOTIFY delivered at commit.
//
// Ordering: a reader pages through the log by id. Ids come from a sequence, and a transaction
// that took a lower id could commit after one that took a higher id, so a reader that had
// already moved past the higher id would never see the lower one. To rule that out, every
// writer takes the same transaction-scoped advisory lock before it takes its ids, and keeps it
// until its COMMIT: ids are handed out in commit order. Callers append as their transaction's
// last statement, so the lock is held for one INSERT and the commit (a few ms).
import { inTransaction, type Queryable } from '../lib/db.js';
import type { EventType, ResourceType } from '../domain/events.js';
import type { Row } from '../generated/db-rows.js';

/** The channel readers LISTEN on; the payload is the highest new event id. */
export const EVENTS_CHANNEL = 'events';

/** The advisory lock that serialises event writers (an arbitrary constant: "evlog"). */
const EVENT_LOG_LOCK = 0x65766c6f67;

export interface NewEvent {
  type: EventType;
  resourceType: ResourceType;
  resourceId: string;
  /** The resource as the REST API shows it. */
  payload: unknown;
}

export type StoredEvent = Row<
  'events',
  'id' | 'type' | 'resource_type' | 'resource_id' | 'seq' | 'payload' | 'created_at'
>;

/**
 * Appends events in the transaction `client` is in (on a bare pool, in a transaction of its
 * own). Events of one resource keep their order in `events` and get
 * consecutive sequence numbers. Returns the stored rows' ids, in order.
 */
export async function appendEvents(client: Queryable, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  // On a bare pool the lock would end with its own statement: give the pair a transaction.
  if (!('release' in client)) return inTransaction(client, (own) => appendEvents(own, events));
  await client.query(`SELECT pg_advisory_xact_lock(${EVENT_LOG_LOCK})`);
  const { rows } = await client.query<{ id: string }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY
         AS t(type, resource_type, resource_id, payload, ord)
     ), counts AS (
       SELECT resource_type, resource_id, count(*) AS n FROM input GROUP BY resource_type, resource_id
     ), bumped AS (
       INSERT INTO resource_seq AS r (resource_type, resource_id, seq)
       SELECT resource_type, resource_id, n FROM counts ORDER BY resource_type, resource_id
       ON CONFLICT (resource_type, resource_id) DO UPDATE SET seq = r.seq + EXCLUDED.seq, updated_at = now()
       RETURNING resource_type, resource_id, seq
     ), numbered AS (
       SELECT i.type, i.resource_type, i.resource_id, i.payload, i.ord,
              b.seq - count(*) OVER w + row_number() OVER (w ORDER BY i.ord) AS seq
       FROM input i JOIN bumped b USING (resource_type, resource_id)
       WINDOW w AS (PARTITION BY i.resource_type, i.resource_id)
     ), inserted AS (
       INSERT INTO events (type, resource_type, resource_id, seq, payload)
       SELECT type, resource_type, resource_id, seq, payload FROM numbered ORDER BY ord
       RETURNING id
     ), woken AS (
       SELECT pg_notify('${EVENTS_CHANNEL}', max(id)::text) FROM inserted
     )
     SELECT id FROM inserted, woken ORDER BY id`,
    [
      events.map((event) => event.type),
      events.map((event) => event.resourceType),
      events.map((event) => event.resourceId),
      events.map((event) => JSON.stringify(event.payload)),
    ],
  );
  return rows.map((row) => row.id);
}
