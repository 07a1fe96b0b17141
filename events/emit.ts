// Appending to the event log (the outbox), inside the caller's transaction: the event commits
// with the change it describes, or not at all. A writer only stages its events (one INSERT of one
// row, anywhere in its transaction); a deferred trigger publishes them when the transaction commits
// (prisma/migrations/20261207180000_events_published_at_commit): it bumps the per-resource sequence
// numbers, inserts the rows and NOTIFYs readers (webhook dispatcher, streams).
//
// Ordering: a reader pages through the log by id. Ids come from a sequence, and a transaction
// that took a lower id could commit after one that took a higher id, so a reader that had
// already moved past the higher id would never see the lower one. To rule that out, the trigger
// takes one transaction-scoped advisory lock before it takes ids, and keeps it until the commit
// is durable: ids are handed out in commit order. Because the trigger runs inside COMMIT, the lock
// is never held while a client on a busy machine takes its time to send the next statement.
import type { Queryable } from '../lib/db.js';
import type { EventType, ResourceType } from '../domain/events.js';
import type { Row } from '../generated/db-rows.js';

/** The channel readers LISTEN on; the payload is the highest new event id. */
export const EVENTS_CHANNEL = 'events';

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
 * Appends events in the transaction `client` is in (on a bare pool, its own statement commits
 * them). They are published, and get their ids, when that transaction commits. Events of one
 * resource keep their order in `events` and get consecutive sequence numbers.
 */
export async function appendEvents(client: Queryable, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await client.query(`INSERT INTO event_staging (events) VALUES ($1::jsonb)`, [
    JSON.stringify(
      events.map((event) => ({
        type: event.type,
        resourceType: event.resourceType,
        resourceId: event.resourceId,
        payload: event.payload,
      })),
    ),
  ]);
}
