// Opens a recording download: only a URL the guard allowed, following at most a few same-origin
// redirects (each checked again), and classifying every answer: 200 with an audio type and a
// size under the limit is returned as a stream; 404 means "not yet"; 408/425/429/5xx and network
// errors are transient; any other status is final. Nothing is read into memory here.
import { checkRedirect, type SourceGuard } from '../domain/recording-sources.js';
import { checkDeclaredType } from './audio-type.js';
import {
  RecordingFetchFailedError,
  RecordingFetchRejectedError,
  RecordingNotYetAvailableError,
  RecordingSourceRefusedError,
  RecordingTooLargeError,
} from '../domain/recording-errors.js';
import type { RecordingFormat } from './recording-key.js';

export interface SourceCredentials {
  username: string;
  password: string;
}

export interface SourceLimits extends SourceGuard {
  maxBytes: number;
  maxRedirects: number;
}

export interface OpenedRecording {
  /** Where the bytes come from, after redirects. */
  url: URL;
  contentType: string | null;
  body: AsyncIterable<Uint8Array>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TRANSIENT = new Set([408, 425, 429]);

/** The transfer's time limit, and the caller's own abort (an activity being cancelled). */
export interface TransferSignals {
  timeout: AbortSignal;
  external?: AbortSignal | undefined;
}

/** What a thrown fetch or body-read error means: the caller's abort passes through untouched. */
export function fetchFailure(url: URL, error: unknown, signals: TransferSignals): unknown {
  if (signals.external?.aborted) return error;
  return new RecordingFetchFailedError(url.host, signals.timeout.aborted ? 'timeout' : 'network', undefined, {
    cause: error,
  });
}

export async function openRecording(
  start: URL,
  expected: RecordingFormat,
  limits: SourceLimits,
  signals: TransferSignals,
  credentials?: SourceCredentials,
): Promise<OpenedRecording> {
  const signal = signals.external ? AbortSignal.any([signals.timeout, signals.external]) : signals.timeout;
  const headers: Record<string, string> = { accept: 'audio/*' };
  if (credentials) {
    const { username, password } = credentials;
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  let url = start;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers });
    } catch (error) {
      throw fetchFailure(url, error, signals);
    }
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location) {
      await response.body?.cancel();
      if (redirects >= limits.maxRedirects) {
        throw new RecordingSourceRefusedError(
          'too_many_redirects',
          `more than ${limits.maxRedirects} redirects from ${start.host}`,
        );
      }
      url = checkRedirect(url, location, limits);
      continue;
    }
    if (response.status !== 200 || !response.body) {
      await response.body?.cancel();
      if (response.status === 404) throw new RecordingNotYetAvailableError(url.host);
      if (TRANSIENT.has(response.status) || response.status >= 500)
        throw new RecordingFetchFailedError(url.host, 'status', response.status);
      throw new RecordingFetchRejectedError(url.host, response.status);
    }
    const contentType = response.headers.get('content-type');
    const declaredBytes = Number(response.headers.get('content-length') ?? Number.NaN);
    try {
      checkDeclaredType(contentType, expected);
      if (declaredBytes > limits.maxBytes) throw new RecordingTooLargeError(limits.maxBytes, declaredBytes, true);
    } catch (error) {
      await response.body.cancel();
      throw error;
    }
    return { url, contentType, body: response.body };
  }
}
