// The OpenAPI path of POST /v1/browser-tokens (api/routes/browser-tokens.ts) and the security
// scheme of the tokens it issues.
import { body, errors, json } from './openapi-parts.js';
import { browserTokenResponse, createBrowserTokenBody } from './browser-token-schemas.js';

export const browserTokenScheme = {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description:
    'A browser token from POST /v1/browser-tokens: minutes long, for one agent number. It starts calls for that ' +
    'agent and reads them (operations marked `x-browser-token`), nothing else: 401 `token_expired` once expired, ' +
    "403 for another agent's calls or any other operation.",
};

export const browserTokenPaths = {
  '/v1/browser-tokens': {
    post: {
      summary:
        "A short-lived browser token for one agent: the CRM's backend asks for it and hands it to the agent's page, which starts and follows that agent's calls with it",
      requestBody: body(createBrowserTokenBody),
      responses: { 201: json(browserTokenResponse, 'The token (not stored: ask again when it expires)'), ...errors },
    },
  },
};
