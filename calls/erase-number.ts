// Erasure (DPDPA) of a customer's number from the calls we logged: the call rows, the raw bodies
// and parsed events of their callbacks and polls, and the call events of the event log, in the
// caller's transaction. The number is replaced (calls.customer_number becomes `replacement`),
// Exotel's recording URL is dropped, and recordings are marked deleted (reason erasure) so the
// caller deletes their objects once the transaction commits, and an archive in flight deletes
// its upload. The agent's number stays: an employee's work number, not the data principal's.
import { numberPattern, REDACTED } from '../domain/number-redaction.js';
import type { NewEvent } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import type { Queryable, Row } from '../lib/db.js';

export interface ErasedCall {
  id: string;
  createdAt: Date;
  recordingKey: string | null;
  record: boolean;
}

export interface CallsErasure {
  calls: ErasedCall[];
  /** Callback bodies, polls and unmatched events that held the number or the calls' URLs. */
  callEventsRedacted: number;
  /** call.recording.deleted for each recording this erasure deleted: append them last. */
  events: NewEvent[];
}

/** What a customer number becomes after erasure: `erased`, or `erased:<contact id>` when a contact was erased. */
export const erasedNumber = (contactId?: string) => (contactId ? `erased:${contactId}` : 'erased');

export async function eraseNumberFromCalls(
  client: Queryable,
  e164: string,
  replacement: string,
): Promise<CallsErasure> {
  const pattern = numberPattern(e164);
  const { rows } = await client.query<
    Row<'calls', 'id' | 'created_at' | 'recording_key' | 'record'> & { newly_deleted: boolean }
  >(
    `WITH target AS (
       SELECT id, record AND recording_deleted_at IS NULL AS newly_deleted FROM calls
       WHERE customer_number = $1 ORDER BY id FOR UPDATE)
     UPDATE calls c SET customer_number = $2, recording_url = NULL,
       recording_error = regexp_replace(c.recording_error, $3, '${REDACTED}', 'g'),
       recording_status = CASE WHEN t.newly_deleted THEN 'deleted' ELSE c.recording_status END,
       recording_deleted_at = CASE WHEN t.newly_deleted THEN now() ELSE c.recording_deleted_at END,
       recording_deletion_reason = CASE WHEN t.newly_deleted THEN 'erasure' ELSE c.recording_deletion_reason END,
       updated_at = now() AT TIME ZONE 'UTC'
     FROM target t WHERE c.id = t.id
     RETURNING c.id, c.created_at, c.recording_key, c.record, t.newly_deleted`,
    [e164, replacement, pattern],
  );
  const ids = rows.map((row) => row.id);
  // Raw bodies are kept for inspection; an erased call's are dropped whole (form bodies spell
  // numbers and URLs in too many ways to redact reliably). Unmatched events are found by content.
  const unmatched = await client.query(
    `UPDATE call_events SET raw = '${REDACTED}',
       event = jsonb_set(regexp_replace(event::text, $1, '${REDACTED}', 'g')::jsonb, '{recordingUrl}', 'null')
     WHERE call_id IS NULL AND (raw ~ $1 OR event::text ~ $1)`,
    [pattern],
  );
  const callEventsRedacted = (await dropCallEventBodies(client, ids)) + (unmatched.rowCount ?? 0);
  if (ids.length > 0)
    await client.query(
      `UPDATE events SET payload = regexp_replace(payload::text, $2, '${REDACTED}', 'g')::jsonb
         || jsonb_build_object('customerNumber', $3::text, 'recordingUrl', NULL)
       WHERE resource_type = 'call' AND resource_id = ANY($1::text[])`,
      [ids, pattern, replacement],
    );
  const events = await callEvents(
    client,
    rows.filter((row) => row.newly_deleted).map((row) => ({ type: 'call.recording.deleted', resourceId: row.id })),
  );
  return {
    calls: rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      recordingKey: row.recording_key,
      record: row.record,
    })),
    callEventsRedacted,
    events,
  };
}

/** Calls whose number an earlier erasure of this contact replaced (to finish deleting their recordings). */
export async function callsErasedWith(client: Queryable, replacement: string): Promise<ErasedCall[]> {
  const { rows } = await client.query<Row<'calls', 'id' | 'created_at' | 'recording_key' | 'record'>>(
    `SELECT id, created_at, recording_key, record FROM calls WHERE customer_number = $1 ORDER BY id`,
    [replacement],
  );
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    recordingKey: row.recording_key,
    record: row.record,
  }));
}

/**
 * Drops the raw bodies and recording URLs of these calls' events. The parsed event keeps
 * statuses, durations and times (it holds no number). Run again when an erasure is repeated, it
 * takes care of callbacks of a call that was still in progress when it was erased.
 */
export async function dropCallEventBodies(client: Queryable, callIds: readonly string[]): Promise<number> {
  if (callIds.length === 0) return 0;
  const { rowCount } = await client.query(
    `UPDATE call_events SET raw = '${REDACTED}', event = jsonb_set(event, '{recordingUrl}', 'null')
     WHERE call_id = ANY($1::uuid[]) AND (raw <> '${REDACTED}' OR event->>'recordingUrl' IS NOT NULL)`,
    [callIds],
  );
  return rowCount ?? 0;
}
