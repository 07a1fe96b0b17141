// /v1/sessions: the console's sign-in. POST exchanges an API key for a session cookie
// (api/sessions.ts), DELETE signs out, GET /v1/sessions/current says who is signed in.
import express, { Router } from 'express';
import { type ApiRole, apiRoles } from '../../config/api-keys.js';
import { apiKeyFingerprint } from '../auth.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { createSessionBody } from '../session-schemas.js';
import { consoleRoutes } from '../console-static.js';
import {
  actAs,
  clearSessionCookie,
  requireSameOrigin,
  sessionAuth,
  SessionCodec,
  sessionCookie,
  type SessionSettings,
  setSessionCookie,
} from '../sessions.js';

/** The key's roles, in the order apiRoles lists them: the console shows only what they allow. */
const rolesOf = (keys: SessionSettings['keys'], apiKey: string): ApiRole[] =>
  apiRoles.filter((role) => keys.get(apiKey)?.has(role));

function sessionRoutes(codec: SessionCodec, keys: SessionSettings['keys']): Router {
  const router = Router();
  router.post('/v1/sessions', express.json({ limit: '4kb' }), (req, res) => {
    // Login CSRF: a page elsewhere must not sign this browser in with its own key.
    requireSameOrigin(req);
    const { apiKey } = parseOrThrow(createSessionBody, req.body);
    const opened = codec.open(apiKey);
    if (!opened)
      throw new ApiError(401, 'unauthorized', 'Unknown API key', [
        { field: 'apiKey', message: 'is not a known API key' },
      ]);
    setSessionCookie(req, res, opened.cookie);
    actAs(req, apiKey); // names the key in the answer the way audit records do
    res.status(201).json({
      authenticatedBy: 'session',
      admin: opened.session.admin,
      keyFingerprint: apiKeyFingerprint(req),
      expiresAt: opened.session.expiresAt.toISOString(),
      roles: rolesOf(keys, apiKey),
    });
  });

  router.delete('/v1/sessions', (req, res) => {
    requireSameOrigin(req);
    const cookie = sessionCookie(req);
    const session = cookie ? codec.read(cookie) : null;
    if (session) codec.revoke(session);
    clearSessionCookie(req, res);
    res.status(204).end();
  });
  return router;
}

/** Who is signed in; works with a bearer key as well as with the cookie (which sessionAuth has turned into one). */
function currentSessionRoute(codec: SessionCodec, keys: SessionSettings['keys']): Router {
  const router = Router();
  router.get('/v1/sessions/current', (req, res) => {
    const key = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
    if (!codec.knows(key))
      throw new ApiError(401, 'unauthorized', 'Sign in, or send your API key as "Authorization: Bearer <key>"');
    const cookie = sessionCookie(req);
    const session = cookie ? codec.read(cookie) : null;
    const viaSession = session !== null && session.apiKey === key;
    res.json({
      authenticatedBy: viaSession ? 'session' : 'api_key',
      admin: codec.isAdminKey(key),
      keyFingerprint: apiKeyFingerprint(req),
      expiresAt: viaSession ? session.expiresAt.toISOString() : null,
      roles: rolesOf(keys, key),
    });
  });
  return router;
}

/**
 * The console's side of the server, in two parts. `beforeKeyCheck` is mounted before the route
 * gate: the console's static files, and the hook that lets a session cookie stand for its key.
 * `routes` (sign-in, sign-out, the current session) sit behind the gate like every API route.
 */
export function consoleAndSessions(env: SessionSettings): { beforeKeyCheck: Router; routes: Router } {
  const codec = new SessionCodec(env);
  const beforeKeyCheck = Router();
  beforeKeyCheck.use(consoleRoutes());
  beforeKeyCheck.use('/v1', sessionAuth(codec));
  beforeKeyCheck.use('/codec', sessionAuth(codec, env.CODEC_CORS_ORIGINS));
  const routes = Router();
  routes.use(sessionRoutes(codec, env.keys));
  routes.use(currentSessionRoute(codec, env.keys));
  return { beforeKeyCheck, routes };
}
