// The gate every request passes before its route: the route table (api/access.ts) says whether
// the path exists (404), takes this method (405 with Allow), and which roles may call it. API
// routes take `Authorization: Bearer <API key>`; the key's roles must include one the route
// lists (403 naming it). Keys are compared by SHA-256 digest in constant time. Rate limits: per
// API key, and per client address for failed authentication (429 with Retry-After). Webhooks
// authenticate with their own token (api/routes/webhooks.ts), never with an API key. A browser
// token (api/browser-tokens.ts) in place of a key opens only the routes of `browserTokenRoutes`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { ApiRole } from '../config/api-keys.js';
import type { RateLimiter } from '../lib/rate-limit.js';
import { type Method, allowedMethods, browserTokenRoutes, matchRoute } from './access.js';
import { BrowserTokens, rememberBrowserGrant } from './browser-tokens.js';
import { ApiError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

function bearer(req: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

export interface GateDeps {
  /** Every key with its roles. */
  keys: Map<string, Set<ApiRole>>;
  limits: {
    /** Requests per API key. */
    perKey: RateLimiter;
    /** Failed authentications per client address. */
    authFailures: RateLimiter;
  };
  browserTokens: BrowserTokens;
}

export function tooManyRequests(res: Response, retryAfterSec: number, message: string): ApiError {
  res.set('retry-after', String(retryAfterSec));
  return new ApiError(429, 'rate_limited', `${message}; retry in ${retryAfterSec} s`);
}

export function routeGate({ keys, limits, browserTokens }: GateDeps): RequestHandler {
  const known = [...keys].map(([key, roles]) => ({ hash: digest(key), roles }));
  const lookup = (key: string) => {
    const given = digest(key);
    // Compare against every key, so the time taken does not tell which one nearly matched.
    let found: Set<ApiRole> | undefined;
    for (const candidate of known) if (timingSafeEqual(candidate.hash, given)) found = candidate.roles;
    return found;
  };

  return async (req, res, next) => {
    const route = matchRoute(req.path);
    if (!route) return next(new ApiError(404, 'not_found', `No route ${req.path}`));
    const allow = allowedMethods(route.methods);
    const method = (req.method === 'HEAD' ? 'get' : req.method.toLowerCase()) as Method;
    if (req.method === 'OPTIONS') {
      res
        .set('allow', [...allow, 'OPTIONS'].join(', '))
        .status(204)
        .end();
      return;
    }
    const access = route.methods[method];
    if (!access) {
      res.set('allow', allow.join(', '));
      return next(
        new ApiError(
          405,
          'method_not_allowed',
          `${route.path} does not take ${req.method}; it takes ${allow.join(', ')}`,
        ),
      );
    }
    if (access === 'public' || access === 'webhook') return next();

    const key = bearer(req);
    const roles = key === null ? undefined : lookup(key);
    if (!roles && key !== null && BrowserTokens.looksLikeToken(key)) {
      const check = await browserTokens.verify(key);
      if (!check.ok && check.reason === 'invalid') {
        const verdict = await limits.authFailures.hit(req.ip ?? 'unknown');
        if (verdict.limited)
          return next(tooManyRequests(res, verdict.retryAfterSec, 'Too many failed authentications from this address'));
      }
      if (!check.ok) return next(browserTokenRefused(check.reason));
      if (!browserTokenRoutes[route.path]?.includes(method)) {
        return next(
          new ApiError(
            403,
            'forbidden',
            `A browser token may only start calls and read them (${browserRouteList}); ${req.method} ${route.path} needs an API key`,
            [{ field: 'Authorization', message: 'is a browser token, outside its scope' }],
          ),
        );
      }
      const verdict = await limits.perKey.hit(
        `browser:${digest(check.grant.agentNumber).toString('hex').slice(0, 12)}`,
      );
      if (verdict.limited)
        return next(tooManyRequests(res, verdict.retryAfterSec, "This agent's browser tokens are over the rate limit"));
      rememberBrowserGrant(req, check.grant);
      return next();
    }
    if (!roles) {
      const verdict = await limits.authFailures.hit(req.ip ?? 'unknown');
      if (verdict.limited)
        return next(tooManyRequests(res, verdict.retryAfterSec, 'Too many failed authentications from this address'));
      return next(
        new ApiError(
          401,
          'unauthorized',
          key === null ? 'Send your API key as "Authorization: Bearer <key>"' : 'Unknown API key',
          [{ field: 'Authorization', message: key === null ? 'is missing' : 'names no configured API key' }],
        ),
      );
    }
    const verdict = await limits.perKey.hit(fingerprintOf(key!));
    if (verdict.limited)
      return next(tooManyRequests(res, verdict.retryAfterSec, 'This API key is over its rate limit'));
    if (!access.some((role) => roles.has(role))) {
      const needed = access.join(' or ');
      return next(
        new ApiError(
          403,
          'forbidden',
          `${req.method} ${route.path} needs an API key with role ${needed}; this key has ${[...roles].join(', ')}`,
          [{ field: 'Authorization', message: `needs role ${needed}` }],
        ),
      );
    }
    res.locals.roles = roles;
    next();
  };
}

const browserRouteList = Object.entries(browserTokenRoutes)
  .flatMap(([path, methods]) => methods.map((method) => `${method.toUpperCase()} ${path}`))
  .join(', ');

function browserTokenRefused(reason: 'expired' | 'invalid'): ApiError {
  return reason === 'expired'
    ? new ApiError(401, 'token_expired', 'This browser token has expired: ask your backend for a new one', [
        { field: 'Authorization', message: 'is an expired browser token' },
      ])
    : new ApiError(401, 'unauthorized', 'Invalid browser token', [
        { field: 'Authorization', message: 'is not a browser token this API issued' },
      ]);
}

/** The roles of the key that made this request (set by the gate; none on public routes). */
export function callerRoles(res: Response): ReadonlySet<ApiRole> {
  const roles: unknown = res.locals.roles;
  return roles instanceof Set ? (roles as Set<ApiRole>) : new Set();
}

const fingerprintOf = (key: string) => `key:${digest(key).toString('hex').slice(0, 12)}`;

/** Names the caller's key in audit records without storing the key: `key:` + 12 hex digits of its hash. */
export function apiKeyFingerprint(req: Request): string {
  const key = bearer(req);
  return key ? fingerprintOf(key) : 'anonymous';
}
