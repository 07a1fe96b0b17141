// A call's recording on its call log and in the bucket: marking it deleted (retention or
// erasure) and deleting every object an archive of the call may have written. Used by the
// recording activities and by the API's erasure routes.
import type { DeletionReason } from '../contracts/recordings.js';
import { type Db, inTransaction } from '../lib/db.js';
import { appendEvents } from '../events/emit.js';
import { callEvents } from '../events/resources.js';
import { deleteRecordings } from './delete-recordings.js';
import { recordingKey } from './recording-key.js';
import type { RecordingStore } from './s3.js';

/**
 * Marks a call's recording deleted (the first deletion's time and reason win) and fills in its
 * key if the archive never recorded one. True when this call made the change.
 */
export async function markRecordingDeleted(
  db: Db,
  callId: string,
  reason: DeletionReason,
  key?: string,
): Promise<boolean> {
  return inTransaction(db.pool, async (client) => {
    const { rowCount } = await client.query(
      `UPDATE calls
          SET recording_status = 'deleted', recording_deleted_at = now(), recording_deletion_reason = $2,
              recording_key = COALESCE(recording_key, $3), updated_at = now()
        WHERE id = $1 AND recording_deleted_at IS NULL`,
      [callId, reason, key ?? null],
    );
    if (!rowCount) return false;
    await appendEvents(client, await callEvents(client, [{ type: 'call.recording.deleted', resourceId: callId }]));
    return true;
  });
}

/**
 * Deletes whatever the bucket holds for a call: its recorded key, and the keys an archive in
 * flight would write (MP3 or WAV, dated by the call's creation). True when something was there.
 */
export async function deleteCallRecordingObjects(
  store: RecordingStore,
  call: { id: string; createdAt: Date; recordingKey: string | null },
): Promise<boolean> {
  const keys = [
    call.recordingKey,
    ...(['mp3', 'wav'] as const).map((format) => recordingKey({ callId: call.id, startedAt: call.createdAt, format })),
  ];
  const report = await deleteRecordings(
    store,
    keys.filter((key): key is string => key !== null),
  );
  return report.deleted.length > 0;
}
