// Writing the workflow's view of a call to its log row, with the event the change means, in one
// transaction: status changes (ringing, answered, ended), the charge once credits are settled,
// and any other update (a late sid, leg durations) as call.updated.
import type pg from 'pg';
import type { CallState } from '../domain/call-state.js';
import { callStatusEvent, type EventType } from '../domain/events.js';
import { appendEvents } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import { inTransaction } from '../lib/db.js';
import type { Row } from '../generated/db-rows.js';

const toDate = (value: string | null) => (value === null ? null : new Date(value));

/** A retried write that lands after a newer one never moves the log backwards (state_version). */
export async function saveCallLog(
  pool: pg.Pool,
  input: { callId: string; state: CallState; creditsUsed: number | null },
): Promise<void> {
  const { state } = input;
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<Row<'calls', 'status' | 'credits_used' | 'state_version'>>(
      `SELECT status, credits_used, state_version FROM calls WHERE id = $1 FOR UPDATE`,
      [input.callId],
    );
    const before = rows[0];
    if (!before || before.state_version > state.version) return;
    const { rowCount } = await client.query(
      `UPDATE calls SET state_version = $2, status = $3, failure_reason = $4, exotel_call_sid = $5,
              leg1_status = $6, leg2_status = $7, leg1_duration_sec = $8, leg2_duration_sec = $9,
              conversation_duration_sec = $10, started_at = $11::timestamptz AT TIME ZONE 'UTC', answered_at = $12::timestamptz AT TIME ZONE 'UTC',
              ended_at = $13::timestamptz AT TIME ZONE 'UTC', credits_used = $15,
              -- A call erased while in progress keeps no recording URL (calls/erase-number.ts).
              recording_url = CASE WHEN customer_number LIKE 'erased%' THEN NULL ELSE $14 END,
              updated_at = now() AT TIME ZONE 'UTC'
       WHERE id = $1 AND (state_version, status, failure_reason, exotel_call_sid, leg1_status, leg2_status,
                          leg1_duration_sec, leg2_duration_sec, conversation_duration_sec, started_at, answered_at,
                          ended_at, recording_url, credits_used)
             IS DISTINCT FROM ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz AT TIME ZONE 'UTC', $12::timestamptz AT TIME ZONE 'UTC',
                               $13::timestamptz AT TIME ZONE 'UTC', $14, $15::numeric)`,
      [
        input.callId,
        state.version,
        state.status,
        state.failureReason,
        state.callSid,
        state.legs[0].status,
        state.legs[1].status,
        state.legs[0].onCallDurationSec,
        state.legs[1].onCallDurationSec,
        state.conversationDurationSec,
        toDate(state.startedAt),
        toDate(state.answeredAt),
        toDate(state.endedAt),
        state.recordingUrl,
        input.creditsUsed,
      ],
    );
    if (rowCount === 0) return;
    const types: EventType[] = [];
    const statusType = callStatusEvent(before.status, state.status);
    if (statusType) types.push(statusType);
    if (before.credits_used === null && input.creditsUsed !== null) types.push('call.charged');
    if (types.length === 0) types.push('call.updated');
    await appendEvents(
      client,
      await callEvents(
        client,
        types.map((type) => ({ type, resourceId: input.callId })),
      ),
    );
  });
}
