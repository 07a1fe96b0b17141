// Why archiving a recording failed, as types the workflow can act on. Each error says whether a
// later attempt can succeed (`retryable`); Temporal turns a thrown error into an ApplicationFailure
// whose type is the error's name, so `nonRetryableRecordingErrorTypes` can go straight into an
// activity's retry policy. No imports: workflow code may import this file.

export abstract class RecordingArchiveError extends Error {
  abstract readonly retryable: boolean;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The source answered 404: Exotel publishes recordings 1–5 minutes after the call. Retry with backoff. */
export class RecordingNotYetAvailableError extends RecordingArchiveError {
  readonly retryable = true;

  constructor(readonly sourceHost: string) {
    super(`the recording is not available yet at ${sourceHost} (404)`);
  }
}

/** A transient failure fetching the source: network error, time limit, 408/425/429 or 5xx. */
export class RecordingFetchFailedError extends RecordingArchiveError {
  readonly retryable = true;

  constructor(
    readonly sourceHost: string,
    readonly reason: 'network' | 'timeout' | 'status',
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(
      `fetching the recording from ${sourceHost} failed: ${reason === 'status' ? `HTTP ${status}` : reason}`,
      options,
    );
  }
}

/** The source refused us for good (401, 403, 410, other 4xx): retrying the same URL cannot help. */
export class RecordingFetchRejectedError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly sourceHost: string,
    readonly status: number,
  ) {
    super(`the recording source ${sourceHost} refused the download: HTTP ${status}`);
  }
}

export type SourceRefusal =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'https_required'
  | 'userinfo_not_allowed'
  | 'host_not_allowed'
  | 'port_not_allowed'
  | 'path_not_allowed'
  | 'redirect_not_allowed'
  | 'too_many_redirects';

/** The URL (or a redirect) points somewhere we must not fetch from: refused before any request. */
export class RecordingSourceRefusedError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly reason: SourceRefusal,
    detail: string,
  ) {
    super(`recording URL refused (${reason}): ${detail}`);
  }
}

/** Bigger than RECORDING_MAX_BYTES, as declared by Content-Length or as counted while streaming. */
export class RecordingTooLargeError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly limitBytes: number,
    readonly seenBytes: number,
    readonly declared: boolean,
  ) {
    super(
      `the recording is larger than the ${limitBytes}-byte limit (${declared ? 'declared' : 'received at least'} ${seenBytes} bytes)`,
    );
  }
}

/** Not audio we archive: a wrong Content-Type, or bytes that are not MP3/WAV whatever the header says. */
export class RecordingContentTypeError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly contentType: string,
    detail: string,
  ) {
    super(`the recording is not MP3 or WAV audio (Content-Type ${contentType || 'missing'}): ${detail}`);
  }
}

/** The key already holds a recording of another Exotel call: never overwrite it. */
export class RecordingArchiveConflictError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly key: string,
    readonly storedCallSid: string | undefined,
  ) {
    super(`${key} already holds the recording of call ${storedCallSid ?? '(unknown)'}`);
  }
}

/** The store answered with an error or not at all; a later attempt may succeed. */
export class RecordingStoreError extends RecordingArchiveError {
  readonly retryable = true;

  constructor(operation: string, options: { cause: unknown }) {
    super(`object store ${operation} failed: ${causeText(options.cause)}`, options);
  }
}

/** After the upload, the stored object does not read back as what we sent (size or metadata). */
export class RecordingVerificationError extends RecordingArchiveError {
  readonly retryable = true;

  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`${key} did not verify after upload: ${detail}`);
  }
}

/** Server-side encryption was requested (S3_SSE) but the store did not apply it: a configuration fault. */
export class ServerSideEncryptionError extends RecordingArchiveError {
  readonly retryable = false;

  constructor(
    readonly requested: string,
    readonly reported: string | undefined,
  ) {
    super(
      `S3_SSE=${requested} requested but the store reports ${reported ?? 'no encryption'} (set S3_SSE to what the store supports)`,
    );
  }
}

/** Error type names for an activity retry policy's `nonRetryableErrorTypes`. */
export const nonRetryableRecordingErrorTypes: readonly string[] = [
  RecordingFetchRejectedError,
  RecordingSourceRefusedError,
  RecordingTooLargeError,
  RecordingContentTypeError,
  RecordingArchiveConflictError,
  ServerSideEncryptionError,
].map((type) => type.name);

function causeText(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message}`;
  return String(cause);
}
