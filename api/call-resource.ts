// The call log row as the API shows it.
import type { Db } from '../lib/db.js';
import { ApiError } from './errors.js';
import type { Call } from '../generated/prisma/client.js';
import type { CallResource, RecordingResource } from './schemas.js';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

export function toCallResource(row: Call): CallResource {
  return {
    id: row.id,
    workflowId: row.workflowId,
    trackingId: row.trackingId,
    status: row.status as CallResource['status'],
    failureReason: row.failureReason,
    agentNumber: row.agentNumber,
    customerNumber: row.customerNumber,
    callerId: row.callerId,
    record: row.record,
    exotelCallSid: row.exotelCallSid,
    legs: [
      { party: 'agent', status: row.leg1Status, onCallDurationSec: row.leg1DurationSec },
      { party: 'customer', status: row.leg2Status, onCallDurationSec: row.leg2DurationSec },
    ],
    conversationDurationSec: row.conversationDurationSec,
    startedAt: iso(row.startedAt),
    answeredAt: iso(row.answeredAt),
    endedAt: iso(row.endedAt),
    recordingUrl: row.recordingUrl,
    recording: toRecordingResource(row),
    creditsUsed: row.creditsUsed === null ? null : row.creditsUsed.toNumber(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What became of the recording; a recorded call with no outcome yet is still pending. */
export function toRecordingResource(row: Call): RecordingResource {
  if (!row.record && row.recordingStatus === null) return null;
  return {
    status: (row.recordingStatus ?? 'pending') as NonNullable<RecordingResource>['status'],
    key: row.recordingKey,
    sha256: row.recordingSha256,
    bytes: row.recordingBytes === null ? null : Number(row.recordingBytes),
    archivedAt: iso(row.recordingArchivedAt),
    error: row.recordingErrorType === null ? null : { type: row.recordingErrorType, message: row.recordingError ?? '' },
    deletedAt: iso(row.recordingDeletedAt),
    deletionReason: row.recordingDeletionReason as NonNullable<RecordingResource>['deletionReason'],
  };
}

/** The call log row, or a 404 naming the call. */
export async function findCallOr404(db: Db, id: string): Promise<Call> {
  const row = await db.call.findUnique({ where: { id } });
  if (!row) throw new ApiError(404, 'not_found', `No call ${id}`);
  return row;
}
