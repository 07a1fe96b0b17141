// Activities of recording archival: thin adapters between the workflows and recordings/ (our
// bucket) plus the call log. Each is safe to run twice: an archive already in the bucket is not
// fetched or uploaded again, and a deletion that already happened changes nothing.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import {
  type ArchiveCallRecordingInput,
  RECORDING_URL_NOT_PUBLISHED,
  type RecordingOutcome,
} from '../contracts/recordings.js';
import type { ExotelClient, RecordingSource } from '../exotel/client.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { archiveRecording, type ArchivedRecording } from '../recordings/archive-recording.js';
import { deleteCallRecordingObjects, markRecordingDeleted } from '../recordings/call-recordings.js';
import { recordArchivedRecording, recordRecordingOutcome } from '../recordings/recording-log.js';
import { deleteRecording, expiredRecordingKeys, retentionCutoff } from '../recordings/delete-recordings.js';
import { RecordingFetchRejectedError } from '../domain/recording-errors.js';
import type { SourceCredentials } from '../recordings/fetch-recording.js';
import { parseRecordingKey } from '../recordings/recording-key.js';
import type { RecordingStore } from '../recordings/s3.js';
import type { RecordingSourcePolicy } from '../recordings/source-policy.js';

export interface RecordingActivityDeps {
  db: Db;
  exotel: Pick<ExotelClient, 'getRecordingSource'>;
  store: RecordingStore;
  policy: RecordingSourcePolicy;
  /** Exotel's API key and token: sent, as Basic auth and only to an allowed host, with a permanent RecordingUrl. */
  credentials: SourceCredentials;
  logger: Logger;
}

/** How often a running archive tells Temporal its worker is alive (its heartbeat timeout is longer). */
const HEARTBEAT_EVERY_MS = 10_000;

export function createRecordingActivities({ db, exotel, store, policy, credentials, logger }: RecordingActivityDeps) {
  /** Downloads one source into the bucket; the activity's heartbeat carries the bytes received. */
  const archiveFrom = (source: string, call: ArchiveTarget): Promise<ArchivedRecording> => {
    const context = Context.current();
    return archiveRecording(
      store,
      policy,
      {
        callId: call.id,
        callSid: call.callSid,
        trackingId: call.trackingId,
        sourceUrl: source,
        callStartedAt: call.createdAt,
        // A pre-signed URL carries its own authorisation; the permanent one needs the account's.
        credentials: isPresigned(source) ? undefined : credentials,
      },
      {
        signal: context.cancellationSignal,
        onProgress: (bytesReceived) => context.heartbeat({ bytesReceived }),
        logger,
      },
    );
  };

  /**
   * A fresh source from Call Details: its pre-signed URL (needs no credentials, lives minutes),
   * else its RecordingUrl, else the one the workflow knows. None at all: not published yet.
   */
  const freshSource = async (input: ArchiveCallRecordingInput): Promise<string> => {
    let shown: RecordingSource = { recordingUrl: null, presignedUrl: null };
    try {
      shown = await exotel.getRecordingSource(input.callSid);
    } catch (error) {
      if (!input.recordingUrl) throw error;
      logger.warn('Call Details unavailable; archiving from the known recording URL', { callId: input.callId, error });
    }
    const source = shown.presignedUrl ?? shown.recordingUrl ?? input.recordingUrl;
    if (!source)
      throw ApplicationFailure.retryable('Exotel shows no recording for this call yet', RECORDING_URL_NOT_PUBLISHED);
    return source;
  };

  return {
    /**
     * Archives a finished call's recording into the bucket and records it on the call log. The
     * first attempt downloads the URL the callback named; later ones (Exotel answers 404 for the
     * first minutes) ask Call Details again for a fresh URL. Storage errors carry their type, so
     * the workflow's retry policy stops at the permanent ones. A recording erased before or while
     * it was archived is deleted again and never recorded as archived.
     */
    async archiveCallRecording(input: ArchiveCallRecordingInput): Promise<RecordingOutcome> {
      const row = await db.call.findUnique({
        where: { id: input.callId },
        select: { id: true, trackingId: true, createdAt: true, recordingKey: true, recordingDeletedAt: true },
      });
      if (!row) throw ApplicationFailure.nonRetryable(`no call ${input.callId}`, 'CallNotFound');
      const call: ArchiveTarget = { ...row, callSid: input.callSid };
      if (row.recordingDeletedAt) {
        await deleteCallRecordingObjects(store, call);
        return { status: 'deleted' };
      }

      const context = Context.current();
      const alive = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
      let archived: ArchivedRecording;
      try {
        archived = await archiveWithFallback(input, call);
      } finally {
        clearInterval(alive);
      }

      if (!(await recordArchivedRecording(db.pool, input.callId, archived))) {
        // Erased while it was being archived: the erasure could not see this object yet.
        await deleteRecording(store, archived.key);
        logger.info('recording erased during archival; the archived copy was deleted', { callId: input.callId });
        return { status: 'deleted' };
      }
      return {
        status: 'archived',
        key: archived.key,
        sha256: archived.sha256,
        bytes: archived.bytes,
        uploaded: archived.uploaded,
      };
    },

    /** Records a recording that will not be archived: no conversation happened, or archiving failed for good. */
    async saveRecordingOutcome(input: {
      callId: string;
      outcome: Extract<RecordingOutcome, { status: 'none' | 'failed' }>;
    }): Promise<void> {
      await recordRecordingOutcome(db.pool, input.callId, input.outcome);
    },

    /**
     * Retention: deletes up to `limit` recordings of calls dated before the cutoff, oldest first,
     * recording each deletion on its call log before removing the object (so a crash in between
     * is finished by the next run, never forgotten). The cutoff is `cutoff` when given (tests,
     * backfills), else RECORDING_RETENTION_DAYS days before the day of `asOf` (UTC).
     */
    async deleteExpiredRecordings(input: {
      retentionDays: number;
      asOf: string;
      cutoff?: string | undefined;
      limit: number;
    }): Promise<{ cutoff: string; deleted: number; done: boolean }> {
      const cutoff = input.cutoff ? new Date(input.cutoff) : retentionCutoff(new Date(input.asOf), input.retentionDays);
      let deleted = 0;
      for await (const key of expiredRecordingKeys(store, cutoff)) {
        const callId = parseRecordingKey(key)?.callId;
        if (callId) await markRecordingDeleted(db, callId, 'retention', key);
        if (await deleteRecording(store, key)) deleted += 1;
        Context.current().heartbeat({ deleted });
        if (deleted >= input.limit) return { cutoff: cutoff.toISOString(), deleted, done: false };
      }
      if (deleted > 0) logger.info('expired recordings deleted', { deleted, cutoff: cutoff.toISOString() });
      return { cutoff: cutoff.toISOString(), deleted, done: true };
    },
  };

  async function archiveWithFallback(
    input: ArchiveCallRecordingInput,
    call: ArchiveTarget,
  ): Promise<ArchivedRecording> {
    const firstAttempt = Context.current().info.attempt === 1;
    if (firstAttempt && input.recordingUrl) {
      try {
        return await archiveFrom(input.recordingUrl, call);
      } catch (error) {
        // The permanent URL refused us (credentials not wanted, or expired): Call Details' pre-signed one may not.
        if (!(error instanceof RecordingFetchRejectedError)) throw error;
        logger.warn('recording URL refused the download; trying a fresh one from Call Details', {
          callId: input.callId,
          status: error.status,
        });
      }
    }
    return archiveFrom(await freshSource(input), call);
  }
}

export type RecordingActivities = ReturnType<typeof createRecordingActivities>;

interface ArchiveTarget {
  id: string;
  callSid: string;
  trackingId: string | null;
  createdAt: Date;
  recordingKey: string | null;
}

const isPresigned = (url: string): boolean => URL.canParse(url) && new URL(url).searchParams.has('X-Amz-Signature');
