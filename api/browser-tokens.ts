// Browser tokens (POST /v1/browser-tokens): what a CRM's backend hands to an agent's browser so
// the page can start calls for that one agent and follow them, without any API key reaching the
// browser. A token is a JWT (HS256, `jose`), valid for minutes, naming one agent number and two
// scopes, `calls:start` and `calls:read`: api/auth.ts lets it through the routes of
// `browserTokenRoutes` only, and the call routes check the agent (api/routes/calls.ts).
//
// Why a signed token and not an opaque one stored hashed in PostgreSQL: it lives for minutes and
// is checked on every request of a live stream, so a stateless check (no row, no lookup, nothing
// to clean up) fits; revocation is by expiry. The HMAC key is derived from WEBHOOK_SIGNING_SECRET
// with HKDF under its own label (like the console's session cookies), so no new secret has to be
// configured or checked for production, and a token can never pass for a cookie or webhook token.
import { hkdfSync, randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { errors, jwtVerify, SignJWT } from 'jose';

export const BROWSER_TOKEN_SCOPES = ['calls:start', 'calls:read'] as const;
const ISSUER = 'exoflow';
const AUDIENCE = 'exoflow-browser';

/** What a valid browser token lets its holder do. */
export interface BrowserGrant {
  /** The one agent number (E.164) whose calls the token may start and read. */
  agentNumber: string;
  tokenId: string;
  expiresAt: Date;
}

export interface IssuedBrowserToken extends BrowserGrant {
  token: string;
}

export type BrowserTokenCheck = { ok: true; grant: BrowserGrant } | { ok: false; reason: 'expired' | 'invalid' };

export class BrowserTokens {
  private readonly key: Uint8Array;

  constructor(settings: { WEBHOOK_SIGNING_SECRET: string }) {
    this.key = new Uint8Array(
      hkdfSync('sha256', settings.WEBHOOK_SIGNING_SECRET, 'exoflow', 'browser-token-hs256-v1', 32),
    );
  }

  /** A compact JWT is three base64url parts; API keys never have that shape with a JSON header. */
  static looksLikeToken(bearer: string): boolean {
    return /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(bearer);
  }

  async issue(agentNumber: string, ttlSec: number): Promise<IssuedBrowserToken> {
    const nowSec = Math.floor(Date.now() / 1000);
    const tokenId = randomUUID();
    const token = await new SignJWT({ scope: BROWSER_TOKEN_SCOPES.join(' ') })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(agentNumber)
      .setJti(tokenId)
      .setIssuedAt(nowSec)
      .setExpirationTime(nowSec + ttlSec)
      .sign(this.key);
    return { token, agentNumber, tokenId, expiresAt: new Date((nowSec + ttlSec) * 1000) };
  }

  async verify(token: string): Promise<BrowserTokenCheck> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp', 'jti'],
      });
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
      if (!BROWSER_TOKEN_SCOPES.every((scope) => scopes.includes(scope))) return { ok: false, reason: 'invalid' };
      return {
        ok: true,
        grant: { agentNumber: payload.sub!, tokenId: payload.jti!, expiresAt: new Date(payload.exp! * 1000) },
      };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}

// The grant of the request being served, set by the gate (api/auth.ts) for browser tokens only.
const grants = new WeakMap<Request, BrowserGrant>();

export function rememberBrowserGrant(req: Request, grant: BrowserGrant): void {
  grants.set(req, grant);
}

/** The browser token's grant when the request came with one; undefined for API keys and sessions. */
export function browserGrantOf(req: Request): BrowserGrant | undefined {
  return grants.get(req);
}
