// The call log row as the CRM sees it: the body of GET /v1/calls/:id and the payload of every
// call event (events/), so a webhook, a stream and a GET never disagree. Rows come from Prisma
// (`Call`) or from plain SQL with CALL_RECORD_COLUMNS; both fit CallRecord.
import type { Queryable } from '../lib/db.js';

type Numeric = { toString(): string } | string | number | bigint;

export type CallStatus =
  'queued' | 'dialing' | 'agent-answered' | 'in-progress' | 'completed' | 'busy' | 'no-answer' | 'failed' | 'canceled';

export interface CallRecord {
  id: string;
  workflowId: string;
  trackingId: string | null;
  status: string;
  failureReason: string | null;
  agentNumber: string;
  customerNumber: string;
  callerId: string;
  record: boolean;
  exotelCallSid: string | null;
  leg1Status: string | null;
  leg2Status: string | null;
  leg1DurationSec: number | null;
  leg2DurationSec: number | null;
  conversationDurationSec: number | null;
  startedAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  recordingUrl: string | null;
  creditsUsed: Numeric | null;
  recordingStatus: string | null;
  recordingKey: string | null;
  recordingSha256: string | null;
  recordingBytes: Numeric | null;
  recordingArchivedAt: Date | null;
  recordingErrorType: string | null;
  recordingError: string | null;
  recordingDeletedAt: Date | null;
  recordingDeletionReason: string | null;
  /** The CRM's follow-up request (contracts/messages.ts FollowUpRequest) and what became of it. */
  followUp: unknown;
  followUpStatus: string | null;
  followUpMessageId: string | null;
  followUpReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordingResource = {
  status: 'pending' | 'none' | 'archived' | 'failed' | 'deleted';
  key: string | null;
  sha256: string | null;
  bytes: number | null;
  archivedAt: string | null;
  error: { type: string; message: string } | null;
  deletedAt: string | null;
  deletionReason: 'retention' | 'erasure' | null;
} | null;

export interface CallResource extends Pick<
  CallRecord,
  | 'id'
  | 'workflowId'
  | 'trackingId'
  | 'failureReason'
  | 'agentNumber'
  | 'customerNumber'
  | 'callerId'
  | 'record'
  | 'exotelCallSid'
  | 'conversationDurationSec'
  | 'recordingUrl'
> {
  status: CallStatus;
  legs: { party: 'agent' | 'customer'; status: string | null; onCallDurationSec: number | null }[];
  startedAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  recording: RecordingResource;
  creditsUsed: number | null;
  followUp: FollowUpResource;
  createdAt: string;
  updatedAt: string;
}

const iso = (value: Date | null) => (value === null ? null : value.toISOString());
const num = (value: Numeric | null) => (value === null ? null : Number(value.toString()));

export function toCallResource(row: CallRecord): CallResource {
  return {
    id: row.id,
    workflowId: row.workflowId,
    trackingId: row.trackingId,
    status: row.status as CallStatus,
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
    creditsUsed: num(row.creditsUsed),
    followUp: toFollowUpResource(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What became of the recording; a recorded call with no outcome yet is still pending. */
export function toRecordingResource(row: CallRecord): RecordingResource {
  if (!row.record && row.recordingStatus === null) return null;
  return {
    status: (row.recordingStatus ?? 'pending') as NonNullable<RecordingResource>['status'],
    key: row.recordingKey,
    sha256: row.recordingSha256,
    bytes: num(row.recordingBytes),
    archivedAt: iso(row.recordingArchivedAt),
    error: row.recordingErrorType === null ? null : { type: row.recordingErrorType, message: row.recordingError ?? '' },
    deletedAt: iso(row.recordingDeletedAt),
    deletionReason: row.recordingDeletionReason as NonNullable<RecordingResource>['deletionReason'],
  };
}

/**
 * The follow-up the call request named, and what became of it: pending while the call runs, then
 * queued (messageId: GET /v1/messages/{id}), skipped (reason: opted_out, no_consent, no_contact,
 * insufficient_credits, ...) or not_needed (the outcome was not one of `on`). Null without one.
 */
export type FollowUpResource = {
  on: string[];
  templateId: string;
  params: unknown;
  status: 'pending' | 'queued' | 'skipped' | 'not_needed';
  messageId: string | null;
  reason: string | null;
} | null;

function toFollowUpResource(row: CallRecord): FollowUpResource {
  if (row.followUp === null || typeof row.followUp !== 'object') return null;
  const request = row.followUp as { on: string[]; templateId: string; params: unknown };
  return {
    on: request.on,
    templateId: request.templateId,
    params: request.params,
    status: (row.followUpStatus ?? 'pending') as NonNullable<FollowUpResource>['status'],
    messageId: row.followUpMessageId,
    reason: row.followUpReason,
  };
}

/** Whether nothing more will change on the call: ended, charged, and its recording step over. */
export function callIsFinal(call: CallResource): boolean {
  const ended = !['queued', 'dialing', 'agent-answered', 'in-progress'].includes(call.status);
  const recorded = call.recording === null || call.recording.status !== 'pending';
  return ended && call.creditsUsed !== null && recorded && call.followUp?.status !== 'pending';
}

/** The calls columns under CallRecord's names, for plain SQL (its timestamps without zone hold UTC, as Prisma writes them). */
export const CALL_RECORD_COLUMNS = `id, workflow_id AS "workflowId", tracking_id AS "trackingId", status,
  failure_reason AS "failureReason", agent_number AS "agentNumber", customer_number AS "customerNumber",
  caller_id AS "callerId", record, exotel_call_sid AS "exotelCallSid", leg1_status AS "leg1Status",
  leg2_status AS "leg2Status", leg1_duration_sec AS "leg1DurationSec", leg2_duration_sec AS "leg2DurationSec",
  conversation_duration_sec AS "conversationDurationSec", started_at AT TIME ZONE 'UTC' AS "startedAt", answered_at AT TIME ZONE 'UTC' AS "answeredAt",
  ended_at AT TIME ZONE 'UTC' AS "endedAt", recording_url AS "recordingUrl", credits_used AS "creditsUsed",
  recording_status AS "recordingStatus", recording_key AS "recordingKey", recording_sha256 AS "recordingSha256",
  recording_bytes AS "recordingBytes", recording_archived_at AS "recordingArchivedAt",
  recording_error_type AS "recordingErrorType", recording_error AS "recordingError",
  recording_deleted_at AS "recordingDeletedAt", recording_deletion_reason AS "recordingDeletionReason",
  follow_up AS "followUp", follow_up_status AS "followUpStatus", follow_up_message_id AS "followUpMessageId",
  follow_up_reason AS "followUpReason",
  created_at AT TIME ZONE 'UTC' AS "createdAt", updated_at AT TIME ZONE 'UTC' AS "updatedAt"`;

/** The calls as resources, in the order of `ids` (missing ones left out). */
export async function loadCallResources(client: Queryable, ids: readonly string[]): Promise<CallResource[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<CallRecord>(
    `SELECT ${CALL_RECORD_COLUMNS} FROM calls WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, toCallResource(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
