// POST /v1/browser-tokens: the request a CRM's backend makes for an agent's browser, and the answer.
import { z } from 'zod';
import { phoneNumberSchema } from '../domain/phone.js';
import { BROWSER_TOKEN_SCOPES } from './browser-tokens.js';

export const createBrowserTokenBody = z.strictObject({
  agentNumber: phoneNumberSchema.meta({
    description: 'The one agent whose calls the token may start (as agentNumber) and read',
  }),
  ttlSeconds: z.number().int().min(1).max(3600).optional().meta({
    description: 'Lifetime in seconds; default and upper bound BROWSER_TOKEN_TTL_SEC (300)',
  }),
});

export const browserTokenResponse = z.object({
  token: z.string().meta({ description: 'Send as `Authorization: Bearer <token>` from the browser' }),
  tokenType: z.literal('Bearer'),
  agentNumber: z.string().meta({ description: 'E.164' }),
  scopes: z.array(z.enum(BROWSER_TOKEN_SCOPES)),
  expiresAt: z.iso.datetime(),
});
