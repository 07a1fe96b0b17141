// Building blocks of the OpenAPI document: JSON Schemas generated from the zod schemas that
// validate requests, so the document cannot drift from what the API accepts.
import { z } from 'zod';
import { errorResponse } from './schemas.js';

export const schema = (value: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(value, { io, unrepresentable: 'any', target: 'openapi-3.0' });

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

export const notFound = (what: string) => ({ 404: json(errorResponse, `No such ${what}`) });
export const adminOnly = { 403: json(errorResponse, 'Needs an admin API key') };
export const conflict = (description: string) => ({ 409: json(errorResponse, description) });
