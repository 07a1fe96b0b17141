// Recordings over the API: playback through short-lived presigned URLs (the bucket stays
// private), and erasure (DPDPA) of one call's recording or of every recording of a customer's
// number. Each erasure is recorded on the call log and in the audit log.
import { Router, type Request } from 'express';
import { markRecordingDeleted } from '../../recordings/call-recordings.js';
import { deleteRecordingObjectsOr503 } from '../recording-objects.js';
import type { Env } from '../../config/env.js';
import { type AuditEntry, writeAudit } from '../../contacts/audit.js';
import type { Call } from '../../generated/prisma/client.js';
import { findCallOr404 } from '../call-resource.js';
import { type Db, inTransaction } from '../../lib/db.js';
import { erasedNumber, eraseNumberFromCalls } from '../../calls/erase-number.js';
import { appendEvents } from '../../events/emit.js';
import { presignRecordingUrl } from '../../recordings/presign.js';
import type { RecordingStore } from '../../recordings/s3.js';
import { apiKeyFingerprint } from '../auth.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { callIdParam, recordingErasureBody } from '../schemas.js';

export interface RecordingRoutesDeps {
  db: Db;
  store: RecordingStore;
  /** The same bucket as API clients reach it (S3_PUBLIC_ENDPOINT): presigned URLs are signed for its host. */
  playback: RecordingStore;
  env: Pick<Env, 'RECORDING_URL_TTL_SEC'>;
}

export function recordingRoutes({ db, store, playback, env }: RecordingRoutesDeps): Router {
  const router = Router();

  /** 302 to a presigned GET of the archived recording; 404 saying why there is none. */
  router.get('/v1/calls/:id/recording', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const row = await findCallOr404(db, id);
    if (row.recordingStatus !== 'archived' || !row.recordingKey) throw notPlayable(row);
    const { url, expiresAt } = await presignRecordingUrl(playback, row.recordingKey, {
      ttlSec: env.RECORDING_URL_TTL_SEC,
    });
    res.set('cache-control', 'no-store').status(302).location(url).json({ url, expiresAt: expiresAt.toISOString() });
  });

  /** Erases one call's recording: recorded on the call log first, then the object is deleted. */
  router.delete('/v1/calls/:id/recording', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const row = await findCallOr404(db, id);
    if (!row.record)
      throw new ApiError(404, 'not_recorded', `Call ${id} was made without recording: there is nothing to erase`);
    res.json(await erase(req, row, 'call'));
  });

  /** Erases every recording of calls to one customer number (a data principal's erasure request). */
  router.post('/v1/recordings/erasure', async (req, res) => {
    const { customerNumber } = parseOrThrow(recordingErasureBody, req.body);
    const rows = await db.call.findMany({ where: { customerNumber, record: true }, orderBy: { createdAt: 'asc' } });
    const calls: Awaited<ReturnType<typeof erase>>[] = [];
    for (const row of rows) calls.push(await erase(req, row, 'customer_number'));
    // Then the number leaves the calls themselves (rows, callback bodies, the event log).
    const redacted = await inTransaction(db.pool, async (client) => {
      const erasure = await eraseNumberFromCalls(client, customerNumber, erasedNumber());
      await appendEvents(client, erasure.events);
      return erasure.calls;
    });
    // A recorded call that arrived meanwhile was marked deleted just now: its objects go too.
    for (const call of redacted.filter((row) => row.record && !calls.some((done) => done.callId === row.id)))
      await deleteRecordingObjectsOr503(store, call);
    res.json({ calls, callsRedacted: redacted.length });
  });

  async function erase(req: Request, row: Call, requestedBy: 'call' | 'customer_number') {
    const alreadyDeleted = !(await markRecordingDeleted(db, row.id, 'erasure'));
    const objectDeleted = await deleteRecordingObjectsOr503(store, row);
    await writeAudit(
      db.pool,
      callAudit({
        actor: apiKeyFingerprint(req),
        action: 'call.recording_erased',
        subjectId: row.id,
        // What was erased, never what it held (no numbers).
        details: { requestedBy, objectDeleted, alreadyDeleted, key: row.recordingKey },
      }),
    );
    const after = await db.call.findUniqueOrThrow({
      where: { id: row.id },
      select: { recordingDeletedAt: true, recordingDeletionReason: true },
    });
    return {
      callId: row.id,
      deletedAt: after.recordingDeletedAt!.toISOString(),
      deletionReason: after.recordingDeletionReason as 'retention' | 'erasure',
      objectDeleted,
      alreadyDeleted,
    };
  }

  return router;
}

/** Erasing a call's recording is audited against the call. */
function callAudit(entry: Omit<AuditEntry, 'subjectType'>): AuditEntry {
  return { ...entry, subjectType: 'call' };
}

function notPlayable(row: Call): ApiError {
  switch (row.recordingStatus) {
    case null:
      return row.record
        ? new ApiError(
            404,
            'recording_pending',
            `The recording of call ${row.id} is not archived yet (Exotel publishes recordings minutes after a call ends)`,
          )
        : new ApiError(404, 'not_recorded', `Call ${row.id} was made without recording`);
    case 'none':
      return new ApiError(404, 'no_recording', `Call ${row.id} had no conversation, so nothing was recorded`);
    case 'failed':
      return new ApiError(
        404,
        'recording_failed',
        `Archiving the recording of call ${row.id} failed: ${row.recordingErrorType}: ${row.recordingError}`,
      );
    case 'deleted':
      return new ApiError(
        404,
        'recording_deleted',
        `The recording of call ${row.id} was deleted (${row.recordingDeletionReason}) at ${row.recordingDeletedAt?.toISOString()}`,
      );
    default:
      return new ApiError(
        404,
        'recording_unavailable',
        `The recording of call ${row.id} is not available (${row.recordingStatus})`,
      );
  }
}
