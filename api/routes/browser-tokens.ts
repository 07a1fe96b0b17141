// POST /v1/browser-tokens: a CRM's backend (agent or admin key) asks for a short-lived token
// scoped to one agent number; the agent's browser uses it to start and follow that agent's calls.
import { Router } from 'express';
import type { Env } from '../../config/env.js';
import { browserTokenResponse, createBrowserTokenBody } from '../browser-token-schemas.js';
import { BROWSER_TOKEN_SCOPES, type BrowserTokens } from '../browser-tokens.js';
import { ApiError, parseOrThrow } from '../errors.js';

export interface BrowserTokenRoutesDeps {
  browserTokens: BrowserTokens;
  env: Pick<Env, 'BROWSER_TOKEN_TTL_SEC'>;
}

export function browserTokenRoutes({ browserTokens, env }: BrowserTokenRoutesDeps): Router {
  const router = Router();
  router.post('/v1/browser-tokens', async (req, res) => {
    const body = parseOrThrow(createBrowserTokenBody, req.body);
    const maxTtl = env.BROWSER_TOKEN_TTL_SEC;
    if (body.ttlSeconds !== undefined && body.ttlSeconds > maxTtl) {
      throw new ApiError(400, 'validation_failed', `ttlSeconds may be at most ${maxTtl} (BROWSER_TOKEN_TTL_SEC)`, [
        { field: 'ttlSeconds', message: `must be at most ${maxTtl}` },
      ]);
    }
    const issued = await browserTokens.issue(body.agentNumber, body.ttlSeconds ?? maxTtl);
    res
      .status(201)
      .set('cache-control', 'no-store')
      .json(
        browserTokenResponse.parse({
          token: issued.token,
          tokenType: 'Bearer',
          agentNumber: issued.agentNumber,
          scopes: [...BROWSER_TOKEN_SCOPES],
          expiresAt: issued.expiresAt.toISOString(),
        }),
      );
  });
  return router;
}
