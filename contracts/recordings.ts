// Recording archival and retention: what the call and retention workflows exchange with their
// activities. Import-safe (types and constants only).

/** What became of a call's recording, as the call log records it. */
export type RecordingOutcome =
  | { status: 'archived'; key: string; sha256: string; bytes: number; uploaded: boolean }
  | { status: 'none' }
  | { status: 'failed'; errorType: string; message: string }
  | { status: 'deleted' };

export type DeletionReason = 'retention' | 'erasure';

export interface ArchiveCallRecordingInput {
  callId: string;
  callSid: string;
  /** RecordingUrl from the terminal callback or a poll; null when Exotel has not named one yet. */
  recordingUrl: string | null;
}

/** Exotel shows no RecordingUrl for the call yet: retried like a 404 from the recording host. */
export const RECORDING_URL_NOT_PUBLISHED = 'RecordingUrlNotPublished';

/** The workflow's type name, as the retention Schedule starts it. */
export const RECORDING_RETENTION_WORKFLOW = 'recordingRetention';

export interface RecordingRetentionInput {
  /** RECORDING_RETENTION_DAYS; 0 keeps recordings forever (the run does nothing). */
  retentionDays: number;
  /** Delete the recordings of calls before this instant instead (ISO 8601): one-off purges, tests. */
  cutoff?: string | undefined;
  /** Carried across continue-as-new. */
  deletedSoFar?: number | undefined;
}

export interface RecordingRetentionResult {
  /** The first instant kept; null when retention is off. */
  cutoff: string | null;
  deleted: number;
}
