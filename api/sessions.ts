// Browser sessions for the console: an API key is exchanged once (POST /v1/sessions) for an
// httpOnly, SameSite=Strict cookie, which the API then accepts instead of the bearer key.
//
// The cookie is stateless and signed: `v1.<payload>.<HMAC-SHA256>`, the payload naming the key by
// a digest (never the key), the session ID and its expiry. The signing key is derived from
// WEBHOOK_SIGNING_SECRET with HKDF under its own label, so no new secret has to be configured and
// a cookie can never pass for a webhook token. A request with a valid cookie and no Authorization
// header is given the key's bearer header in memory, so every check after it (admin routes,
// audit fingerprints, roles, rate limits) sees exactly what the key would have seen. Removing a
// key from API_KEYS/ADMIN_API_KEYS ends its sessions at once.
//
// CSRF: the cookie is SameSite=Strict, and state-changing requests made with it must also come
// from the console's own origin, by Fetch Metadata (`Sec-Fetch-Site: same-origin`) or, from
// browsers that do not send it, an `Origin` equal to the request's own host. Bearer-key requests
// are not checked: browsers never attach those by themselves.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ApiError } from './errors.js';

export const SESSION_COOKIE = 'exoflow_session';
export const SESSION_TTL_SEC = 12 * 60 * 60;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Session {
  id: string;
  /** The key the session was opened with; only ever held in server memory. */
  apiKey: string;
  admin: boolean;
  expiresAt: Date;
}

export interface SessionSettings {
  /** Every configured key and its roles (config/api-keys.ts `apiKeyRoles`). */
  keys: ReadonlyMap<string, ReadonlySet<string>>;
  WEBHOOK_SIGNING_SECRET: string;
  /** The Temporal Web UI's origins: their requests to /codec may carry the cookie (api/routes/codec.ts). */
  CODEC_CORS_ORIGINS?: readonly string[];
}

const keyDigest = (key: string) => createHash('sha256').update(key).digest('base64url');

export class SessionCodec {
  private readonly signingKey: Buffer;
  private readonly keysByDigest: Map<string, { key: string; admin: boolean }>;
  /** Sessions signed out on this process before they expired (best effort; the cookie is also cleared). */
  private readonly revoked = new Map<string, number>();

  constructor(
    settings: SessionSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.signingKey = Buffer.from(
      hkdfSync('sha256', settings.WEBHOOK_SIGNING_SECRET, 'exoflow', 'console-session-cookie-v1', 32),
    );
    this.keysByDigest = new Map<string, { key: string; admin: boolean }>();
    for (const [key, roles] of settings.keys) this.keysByDigest.set(keyDigest(key), { key, admin: roles.has('admin') });
  }

  /** A configured key by its digest (compared in constant time per entry), or undefined. */
  private lookup(apiKey: string): [string, { key: string; admin: boolean }] | undefined {
    const given = Buffer.from(keyDigest(apiKey));
    return [...this.keysByDigest.entries()].find(
      ([digest]) => digest.length === given.length && timingSafeEqual(Buffer.from(digest), given),
    );
  }

  knows(apiKey: string): boolean {
    return this.lookup(apiKey) !== undefined;
  }

  isAdminKey(apiKey: string): boolean {
    return this.lookup(apiKey)?.[1].admin ?? false;
  }

  /** A known key's session, or null for an unknown key. */
  open(apiKey: string): { cookie: string; session: Session } | null {
    const known = this.lookup(apiKey);
    if (!known) return null;
    const session: Session = {
      id: randomBytes(16).toString('base64url'),
      apiKey: known[1].key,
      admin: known[1].admin,
      expiresAt: new Date(this.now() + SESSION_TTL_SEC * 1000),
    };
    const payload = Buffer.from(
      JSON.stringify({ sid: session.id, kd: known[0], exp: session.expiresAt.getTime() }),
    ).toString('base64url');
    return { cookie: `v1.${payload}.${this.sign(payload)}`, session };
  }

  /** The session a cookie value stands for, or null when it is forged, expired, revoked or its key was removed. */
  read(cookie: string): Session | null {
    const [version, payload, signature] = cookie.split('.');
    if (version !== 'v1' || !payload || !signature) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const { sid, kd, exp } = (parsed ?? {}) as { sid?: unknown; kd?: unknown; exp?: unknown };
    if (typeof sid !== 'string' || typeof kd !== 'string' || typeof exp !== 'number') return null;
    if (exp <= this.now() || this.revoked.has(sid)) return null;
    const key = this.keysByDigest.get(kd);
    if (!key) return null;
    return { id: sid, apiKey: key.key, admin: key.admin, expiresAt: new Date(exp) };
  }

  revoke(session: Session): void {
    const now = this.now();
    for (const [sid, exp] of this.revoked) if (exp <= now) this.revoked.delete(sid);
    this.revoked.set(session.id, session.expiresAt.getTime());
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.signingKey).update(`v1.${payload}`).digest('base64url');
  }
}

/** The session cookie's value, if the request carries one. */
export function sessionCookie(req: Request): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/;

/** Secure everywhere but plain HTTP to this machine (the sandbox and tests). */
function cookieAttributes(req: Request, maxAgeSec: number): string {
  const secure = req.protocol === 'https' || !LOOPBACK.test(req.hostname);
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSec}${secure ? '; Secure' : ''}`;
}

export function setSessionCookie(req: Request, res: Response, cookie: string): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=${cookie}; ${cookieAttributes(req, SESSION_TTL_SEC)}`);
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.append('Set-Cookie', `${SESSION_COOKIE}=; ${cookieAttributes(req, 0)}`);
}

/** True when a browser says the request comes from a page of this same origin. */
export function sameOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  const origin = req.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

export function requireSameOrigin(req: Request): void {
  if (!sameOrigin(req))
    throw new ApiError(403, 'cross_site_request', 'Requests made with a session cookie must come from the console');
}

/**
 * Before the API key check: a request without an Authorization header but with a valid session
 * cookie continues as if it carried the session's key. State-changing cookie requests must be
 * same-origin. An invalid or expired cookie is ignored, so the key check answers 401.
 */
export function sessionAuth(codec: SessionCodec, trustedOrigins: readonly string[] = []): RequestHandler {
  return (req, _res, next) => {
    if (req.get('authorization')) return next();
    const cookie = sessionCookie(req);
    const session = cookie ? codec.read(cookie) : null;
    if (!session) return next();
    // `trustedOrigins`: other pages allowed to send the cookie (the Temporal Web UI, for /codec).
    const trusted = trustedOrigins.includes(req.get('origin') ?? '');
    if (!SAFE_METHODS.has(req.method) && !trusted) requireSameOrigin(req);
    actAs(req, session.apiKey);
    next();
  };
}

/** From here on the request carries this key, as if the client had sent it. */
export function actAs(req: Request, apiKey: string): void {
  req.headers.authorization = `Bearer ${apiKey}`;
}
