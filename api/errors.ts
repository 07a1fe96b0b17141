// One error shape for every API answer: a stable code, a message, and the failing fields.
import type { ErrorRequestHandler } from 'express';
import type { z } from 'zod';
import { isDatabaseUnavailable } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { isTemporalUnavailable } from '../lib/temporal.js';

/** Seconds a client (Exotel's callbacks included) is asked to wait while PostgreSQL or Temporal is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SEC = 5;

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
}

/** Parses with a schema or throws a 400 naming every failing field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what = 'request body'): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new ApiError(
      400,
      'validation_failed',
      `Invalid ${what}: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
      fields,
    );
  }
  return parsed.data;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof ApiError) {
      res.status(error.status).json({ error: { code: error.code, message: error.message, fields: error.fields } });
      return;
    }
    // PostgreSQL or Temporal down or restarting: a 503 with Retry-After, so clients (and Exotel,
    // for its callbacks) retry rather than take it as a fault in their request.
    const unavailable = isDatabaseUnavailable(error) ? 'database' : isTemporalUnavailable(error) ? 'temporal' : null;
    if (unavailable) {
      logger.warn(`${unavailable} unavailable: answered 503`, { method: req.method, path: req.path, error });
      res.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SEC));
      res.status(503).json({
        error: {
          code: `${unavailable}_unavailable`,
          message: `${unavailable === 'database' ? 'The database' : 'Temporal'} is unavailable; retry after ${UNAVAILABLE_RETRY_AFTER_SEC} seconds`,
          fields: [],
        },
      });
      return;
    }
    // body-parser's and Express's own errors: each says what was wrong with the request.
    const known = clientError(error);
    if (known) {
      res.status(known.status).json({ error: { code: known.code, message: known.message, fields: known.fields } });
      return;
    }
    logger.error('unhandled API error', { error });
    res.status(500).json({ error: { code: 'internal_error', message: 'Internal error', fields: [] } });
  };
}

const bodyErrors: Record<string, [number, string, (error: { message: string; charset?: string }) => string]> = {
  'entity.parse.failed': [400, 'malformed_body', () => 'Request body is not valid JSON'],
  'entity.too.large': [413, 'payload_too_large', () => 'Request body is too large'],
  'charset.unsupported': [
    415,
    'unsupported_charset',
    (error) => `Unsupported charset "${error.charset ?? '?'}": send UTF-8 (charset=utf-8, or none)`,
  ],
  'encoding.unsupported': [
    415,
    'unsupported_content_encoding',
    (error) => `${error.message}: send the body as it is, or with gzip, deflate or br`,
  ],
  'encoding.invalid_utf8': [400, 'malformed_body', () => 'Request body is not valid UTF-8'],
  'request.size.invalid': [400, 'malformed_body', () => 'Request body is shorter or longer than its Content-Length'],
  'request.aborted': [400, 'malformed_body', () => 'The request was aborted before its body arrived'],
};

/** A 4xx for what body-parser and Express refuse (parse failures, sizes, charsets, bad URL escapes). */
function clientError(error: unknown): ApiError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, type, message } = error as { status?: unknown; type?: unknown; message?: unknown };
  const known = typeof type === 'string' ? bodyErrors[type] : undefined;
  if (known) {
    const [code, name, describe] = known;
    const field = code === 415 ? 'Content-Type' : code === 413 ? 'Content-Length' : '(body)';
    const text = describe(error as { message: string; charset?: string });
    return new ApiError(code, name, text, [{ field, message: text }]);
  }
  // Anything else Express or body-parser flagged as the client's fault (e.g. a path with a bad
  // percent escape): its status, with a generic code.
  if (typeof status === 'number' && status >= 400 && status < 500)
    return new ApiError(status, 'bad_request', typeof message === 'string' ? message : 'Bad request');
  return null;
}
