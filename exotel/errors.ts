// What a failed Exotel request tells us about whether Exotel acted on it. Connect is not
// idempotent, so this is the line between "safe to retry" and "find out first".

export type ExotelFailureKind =
  /** The request never reached Exotel (connection refused, DNS, connect timeout). */
  | 'unreachable'
  /** Exotel's application answered that it did not process the request (429, a RestException 5xx). */
  | 'refused'
  /** Exotel's application rejected the request as invalid or unauthorised (4xx): retrying won't help. */
  | 'rejected'
  /** Exotel may or may not have acted (timeout after sending, reset, a 5xx without a RestException, an unreadable answer). */
  | 'ambiguous';

export class ExotelError extends Error {
  override readonly name = 'ExotelError';
  constructor(
    readonly kind: ExotelFailureKind,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
  }

  /** True when Exotel provably did nothing, so a retry cannot cause a second call. */
  get provablyNotProcessed(): boolean {
    return this.kind === 'unreachable' || this.kind === 'refused';
  }
}

const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Classifies a transport error thrown by undici. */
export function classifyTransportError(error: unknown): ExotelError {
  const code = errorCode(error);
  if (code && NEVER_CONNECTED.has(code)) return new ExotelError('unreachable', `Exotel unreachable (${code})`);
  return new ExotelError(
    'ambiguous',
    `Exotel request outcome unknown (${code ?? (error as Error)?.message ?? 'error'})`,
  );
}

function errorCode(error: unknown): string | undefined {
  for (
    let current = error as { code?: unknown; cause?: unknown } | undefined;
    current;
    current = current.cause as typeof current
  ) {
    if (typeof current.code === 'string') return current.code;
    if (current.cause === current) break;
  }
  return undefined;
}

/** Classifies an HTTP error answer: a RestException body means Exotel's application handled it. */
export function classifyHttpError(status: number, restMessage: string | undefined): ExotelError {
  const detail = restMessage ? `: ${restMessage}` : '';
  if (status === 429) return new ExotelError('refused', `Exotel rate limit (429)${detail}`, status);
  if (restMessage !== undefined && status >= 500)
    return new ExotelError('refused', `Exotel error ${status}${detail}`, status);
  if (status >= 400 && status < 500)
    return new ExotelError('rejected', `Exotel rejected the request (${status})${detail}`, status);
  return new ExotelError('ambiguous', `Exotel answered ${status} without a RestException`, status);
}

/** A 429: Exotel did nothing. The caller should slow down, waiting retryAfterMs when Exotel said how long. */
export class ExotelRateLimitError extends ExotelError {
  constructor(
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super('refused', message, 429);
  }
}

/** A Retry-After header (seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function retryAfterMsFrom(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
