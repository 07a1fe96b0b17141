// Request bodies and query strings are text PostgreSQL will store: they must be UTF-8 without NUL
// (PostgreSQL text cannot hold it) and without lone surrogates (which would be stored as U+FFFD).
// Anything else is refused with a 4xx naming the problem, before a route sees it.
import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';
import { ApiError, type FieldError } from './errors.js';

/** A body-parser error type of our own: the bytes are not UTF-8. */
export const INVALID_UTF8 = 'encoding.invalid_utf8';

/** A body parser's check: the declared charset is UTF-8 and the bytes are valid UTF-8. */
function utf8Only(_req: unknown, _res: unknown, buffer: Buffer, encoding: string): void {
  if (encoding.toLowerCase() !== 'utf-8')
    throw Object.assign(new Error(`unsupported charset "${encoding.toUpperCase()}"`), {
      type: 'charset.unsupported',
      charset: encoding,
    });
  if (!isUtf8(buffer)) throw Object.assign(new Error('body is not valid UTF-8'), { type: INVALID_UTF8 });
}

/** express.json, accepting UTF-8 only (JSON's own encoding, RFC 8259 §8.1), valid bytes only. */
export function jsonBody(limit: string): RequestHandler {
  return express.json({
    limit,
    verify: utf8Only,
  });
}

/** A CSV file (text/csv) as text, for the routes that take one: UTF-8 only, valid bytes only. */
export function csvBody(limit: string): RequestHandler {
  return express.text({
    type: 'text/csv',
    limit,
    verify: utf8Only,
  });
}

/**
 * A body the JSON parser skipped because of its Content-Type (a CSV body csvBody read is fine). An
 * empty body without a type (a browser's fetch of POST /v1/campaigns/:id/pause sends
 * `Content-Length: 0`) is no body at all.
 */
export const requireJsonContentType: RequestHandler = (req, _res, next) => {
  if (typeof req.body === 'string' && req.is('text/csv')) return next();
  const empty = req.get('content-length') === '0' && !req.get('content-type');
  if (!empty && req.is(['application/json', '+json']) === false)
    return next(
      new ApiError(
        415,
        'unsupported_media_type',
        `Send the body as application/json (got "${req.get('content-type') ?? '(none)'}")`,
        [{ field: 'Content-Type', message: 'must be application/json' }],
      ),
    );
  next();
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (value: string) => !LONE_SURROGATE.test(value);

/** Where a value holds text PostgreSQL must not get: NUL, or a lone UTF-16 surrogate. */
export function badTextFields(value: unknown, path: string, found: FieldError[] = []): FieldError[] {
  if (found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\0')) found.push({ field: path, message: 'contains a NUL character' });
    else if (!wellFormed(value)) found.push({ field: path, message: 'is not valid Unicode (a lone surrogate)' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => badTextFields(item, path ? `${path}.${index}` : String(index), found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const where = path ? `${path}.${key}` : key;
      if (key.includes('\0') || !wellFormed(key))
        found.push({ field: where, message: 'has a name with a NUL character or invalid Unicode' });
      else badTextFields(item, where, found);
    }
  }
  return found;
}

/** Query parameters whose percent-encoding is not UTF-8 (the parser would turn them into U+FFFD). */
function badlyEncodedQuery(url: string): FieldError[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const found: FieldError[] = [];
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = pair.split(/=(.*)/s);
    for (const part of [name, value]) {
      try {
        decodeURIComponent(part.replace(/\+/g, ' '));
      } catch {
        found.push({ field: name, message: 'is not percent-encoded UTF-8' });
        break;
      }
    }
  }
  return found;
}

/** Refuses NUL and invalid Unicode in the query string and the (parsed) body. */
export const rejectBadText: RequestHandler = (req, _res, next) => {
  const encoding = badlyEncodedQuery(req.originalUrl);
  if (encoding.length > 0)
    return next(
      new ApiError(
        400,
        'validation_failed',
        `Invalid query: ${encoding.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        encoding,
      ),
    );
  for (const [what, value] of [
    ['query', req.query],
    ['request body', req.body],
  ] as const) {
    const fields = badTextFields(value, '');
    if (fields.length > 0)
      return next(
        new ApiError(
          400,
          'validation_failed',
          `Invalid ${what}: ${fields.map((f) => `${f.field || '(body)'} ${f.message}`).join('; ')}`,
          fields.map((f) => ({ ...f, field: f.field || '(body)' })),
        ),
      );
  }
  next();
};
