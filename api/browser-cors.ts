// CORS for browser tokens: a CRM page on another origin (BROWSER_TOKEN_ORIGINS) may call the few
// routes a browser token opens (api/access.ts `browserTokenRoutes`) with `Authorization: Bearer
// <browser token>`. No cookies (credentials stay off), no other route, no other origin: the
// `cors` package answers preflights and adds the headers only where both match.
import cors from 'cors';
import type { RequestHandler } from 'express';
import { browserTokenRoutes, matchRoute } from './access.js';

export function browserTokenCors(origins: readonly string[]): RequestHandler {
  const handler = cors({
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'last-event-id'],
    maxAge: 600,
  });
  return (req, res, next) => {
    const route = matchRoute(req.path);
    if (origins.length === 0 || !route || !browserTokenRoutes[route.path]) return next();
    handler(req, res, next);
  };
}
