// One error shape for every API answer: a stable code, a message, and the failing fields.
import type { ErrorRequestHandler } from 'express';
import type { z } from 'zod';
import type { Logger } from '../lib/logger.js';

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
  return (error: unknown, _req, res, _next) => {
    if (error instanceof ApiError) {
      res.status(error.status).json({ error: { code: error.code, message: error.message, fields: error.fields } });
      return;
    }
    // body-parser's own errors: too large, malformed JSON.
    const status = (error as { status?: number }).status;
    const type = (error as { type?: string }).type;
    if (status === 413) {
      res.status(413).json({ error: { code: 'payload_too_large', message: 'Request body is too large', fields: [] } });
      return;
    }
    if (status === 400 && type === 'entity.parse.failed') {
      res
        .status(400)
        .json({ error: { code: 'malformed_body', message: 'Request body is not valid JSON', fields: [] } });
      return;
    }
    logger.error('unhandled API error', { error });
    res.status(500).json({ error: { code: 'internal_error', message: 'Internal error', fields: [] } });
  };
}
