// Request and response shapes of /v1/sessions (the console's sign-in), for validation and the
// OpenAPI document.
import { z } from 'zod';
import { apiRoles } from '../config/api-keys.js';

export const createSessionBody = z.strictObject({
  apiKey: z.string().min(16, 'must be an API key (at least 16 characters)').max(512, 'is too long'),
});

export const sessionResource = z.object({
  authenticatedBy: z.enum(['session', 'api_key']),
  admin: z.boolean().describe('Whether the key may top up and change budgets'),
  keyFingerprint: z.string().describe('`key:` + 12 hex digits of the key’s SHA-256, as audit records name it'),
  expiresAt: z.iso.datetime().nullable().describe('When the session cookie stops working; null for a bearer key'),
  roles: z
    .array(z.enum(apiRoles))
    .describe("The key's roles: what it may call (api/access.ts); the console shows only what they allow"),
});
