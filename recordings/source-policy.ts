// Everything that bounds a recording download, read from the environment once.
import type { StorageEnv } from '../config/recordings-env.js';
import type { SourceGuard } from '../domain/recording-sources.js';

export interface RecordingSourcePolicy extends SourceGuard {
  maxBytes: number;
  /** Whole transfer, first byte of the request to the last byte stored. */
  timeoutMs: number;
  /** Same-origin redirects followed at most (S3 may redirect within a host). */
  maxRedirects: number;
}

type PolicyEnv = Pick<
  StorageEnv,
  'RECORDING_ALLOWED_HOSTS' | 'RECORDING_REQUIRE_HTTPS' | 'RECORDING_MAX_BYTES' | 'RECORDING_FETCH_TIMEOUT_MS'
>;

export function recordingSourcePolicy(env: PolicyEnv): RecordingSourcePolicy {
  return {
    allowed: env.RECORDING_ALLOWED_HOSTS,
    requireHttps: env.RECORDING_REQUIRE_HTTPS,
    maxBytes: env.RECORDING_MAX_BYTES,
    timeoutMs: env.RECORDING_FETCH_TIMEOUT_MS,
    maxRedirects: 3,
  };
}
