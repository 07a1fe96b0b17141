// The CRM authenticates with `Authorization: Bearer <API key>`. Only API routes use this;
// webhooks authenticate with their per-call token and never with an API key.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireApiKey(apiKeys: readonly string[]): RequestHandler {
  const allowed = apiKeys.map(digest);
  return (req, _res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) return next(new ApiError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer <key>"'));
    const given = digest(match[1]!);
    if (!allowed.some((key) => timingSafeEqual(key, given))) return next(new ApiError(401, 'unauthorized', 'Unknown API key'));
    next();
  };
}
