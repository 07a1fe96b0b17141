// A recording's outcome on its call log, with its event (call.recording.*), in one transaction.
import type pg from 'pg';
import { appendEvents } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import { inTransaction } from '../lib/db.js';

/** Records an archived recording unless it was erased meanwhile. True when recorded. */
export function recordArchivedRecording(
  pool: pg.Pool,
  callId: string,
  archived: { key: string; sha256: string; bytes: number },
): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE calls SET recording_status = 'archived', recording_key = $2, recording_sha256 = $3, recording_bytes = $4,
              recording_archived_at = now(), recording_error_type = NULL, recording_error = NULL,
              updated_at = now() AT TIME ZONE 'UTC'
       WHERE id = $1 AND recording_deleted_at IS NULL`,
      [callId, archived.key, archived.sha256, archived.bytes],
    );
    if (rowCount === 0) return false;
    await appendEvents(client, await callEvents(client, [{ type: 'call.recording.archived', resourceId: callId }]));
    return true;
  });
}

/** Records a recording that will not be archived (none, or failed for good), never over an archive or a deletion. */
export function recordRecordingOutcome(
  pool: pg.Pool,
  callId: string,
  outcome: { status: 'none' } | { status: 'failed'; errorType: string; message: string },
): Promise<void> {
  return inTransaction(pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE calls SET recording_status = $2, recording_error_type = $3, recording_error = $4,
              updated_at = now() AT TIME ZONE 'UTC'
       WHERE id = $1 AND recording_deleted_at IS NULL AND (recording_status IS NULL OR recording_status IN ('none', 'failed'))
         AND (recording_status, recording_error_type, recording_error) IS DISTINCT FROM ($2, $3, $4)`,
      [
        callId,
        outcome.status,
        outcome.status === 'failed' ? outcome.errorType : null,
        outcome.status === 'failed' ? outcome.message.slice(0, 2_000) : null,
      ],
    );
    if (rowCount === 0) return;
    const type = outcome.status === 'none' ? 'call.recording.none' : 'call.recording.failed';
    await appendEvents(client, await callEvents(client, [{ type, resourceId: callId }]));
  });
}
