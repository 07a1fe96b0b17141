// Building blocks of the OpenAPI document: JSON Schemas generated from the zod schemas that
// validate requests, so the document cannot drift from what the API accepts.
import { z } from 'zod';
import { errorResponse } from './schemas.js';

/**
 * JSON Schema of a zod schema. Unicode property escapes (`\p{L}`) are left out of `pattern`:
 * OpenAPI patterns are ECMA-262 without the `u` flag, and strict validators and other languages'
 * regex engines refuse or misread them. zod still checks them; the description says what they allow.
 */
export const schema = (value: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(value, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.pattern === 'string' && jsonSchema.pattern.includes('\\p{')) delete jsonSchema.pattern;
    },
  });

export const json = (value: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema: schema(value) } },
});

export const body = (value: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: schema(value, 'input') } },
});

export const queryParameters = (value: z.ZodType) =>
  Object.entries((schema(value, 'input') as { properties: Record<string, object> }).properties).map(
    ([name, property]) => ({
      name,
      in: 'query',
      required: false,
      schema: property,
    }),
  );

export const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what} ID`,
  schema: { type: 'string', format: 'uuid' },
});

export const errors = {
  400: json(errorResponse, 'Invalid request: `error.fields` names each failing field; nothing was written'),
  401: json(errorResponse, 'Missing or unknown API key'),
};

const retryAfter = {
  'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer', minimum: 1 } },
};

/** Answers any route can give, added to every operation by api/openapi.ts. */
export const commonResponses = {
  rateLimited: {
    ...json(errorResponse, 'Over a rate limit (rate_limited); retry after Retry-After seconds'),
    headers: retryAfter,
  },
  forbidden: json(errorResponse, "The API key's roles do not include one this route needs (forbidden)"),
  unauthorized: json(errorResponse, 'Missing or unknown API key (unauthorized)'),
  unavailable: {
    ...json(
      errorResponse,
      'PostgreSQL or Temporal could not be reached (database_unavailable, temporal_unavailable); retry after Retry-After seconds. Exotel retries its callbacks on this answer',
    ),
    headers: {
      'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
    },
  },
  badRequest: errors[400],
  /** Answered by Node's HTTP parser before exoflow sees the request: no JSON body. */
  headersTooLarge: {
    description:
      "The request line and headers together exceed Node's 16 kB limit (a very long query string, say); nothing was read",
  },
  tooLarge: json(errorResponse, 'Body over the size limit (payload_too_large)'),
  unsupported: json(
    errorResponse,
    'Body not application/json (unsupported_media_type), a charset other than UTF-8 (unsupported_charset), or an unknown Content-Encoding (unsupported_content_encoding)',
  ),
};

export const notFound = (what: string) => ({ 404: json(errorResponse, `No such ${what}`) });
export const adminOnly = { 403: json(errorResponse, 'Needs an admin API key') };
export const conflict = (description: string) => ({ 409: json(errorResponse, description) });
