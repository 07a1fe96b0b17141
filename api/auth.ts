// The CRM authenticates with `Authorization: Bearer <API key>`. Only API routes use this;
// webhooks authenticate with their per-call token and never with an API key. Admin keys may do
// everything, plus what moves money: top-ups and budgets.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ApiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

function bearer(req: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

function matches(allowed: Buffer[], key: string): boolean {
  const given = digest(key);
  return allowed.some((candidate) => timingSafeEqual(candidate, given));
}

export function requireApiKey(apiKeys: readonly string[]): RequestHandler {
  const allowed = apiKeys.map(digest);
  return (req, _res, next) => {
    const key = bearer(req);
    if (!key) return next(new ApiError(401, 'unauthorized', 'Send your API key as "Authorization: Bearer <key>"'));
    if (!matches(allowed, key)) return next(new ApiError(401, 'unauthorized', 'Unknown API key'));
    next();
  };
}

/** After requireApiKey: lets only admin keys through. */
export function requireAdmin(adminKeys: readonly string[]): RequestHandler {
  const allowed = adminKeys.map(digest);
  return (req, _res, next) => {
    const key = bearer(req);
    if (!key || !matches(allowed, key))
      return next(new ApiError(403, 'forbidden', 'This needs an admin API key (ADMIN_API_KEYS)'));
    next();
  };
}

/** Names the caller's key in audit records without storing the key: `key:` + 12 hex digits of its hash. */
export function apiKeyFingerprint(req: Request): string {
  const key = bearer(req);
  return key ? `key:${digest(key).toString('hex').slice(0, 12)}` : 'anonymous';
}
