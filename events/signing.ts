// Standard Webhooks (https://www.standardwebhooks.com): each request carries webhook-id,
// webhook-timestamp (Unix seconds) and webhook-signature, "v1,<base64 HMAC-SHA256 of
// id.timestamp.body>" per secret, space-separated. While a secret is being rotated both the new
// and the previous one sign, so a receiver that knows either accepts the request.
// Signed with node:crypto's HMAC (OpenSSL, ~10x cheaper than the standardwebhooks package's pure-JS
// HMAC at thousands of deliveries a second); test/unit/events.test.ts checks that the package
// produces, and verifies, the very same signatures.
import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint secret: whsec_ and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export interface EndpointSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** The secrets that sign now: the current one, and the previous one until its overlap ends. */
export function signingSecrets(endpoint: EndpointSecrets, now: Date): string[] {
  const previousValid =
    endpoint.previousSecret !== null &&
    endpoint.previousSecretExpiresAt !== null &&
    endpoint.previousSecretExpiresAt.getTime() > now.getTime();
  return previousValid ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

const WHSEC_PREFIX = 'whsec_';
const keys = new Map<string, Buffer>();
/** A secret's key bytes: the base64 after `whsec_`, decoded once per secret. */
function signingKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size > 1_000) keys.clear();
    key = Buffer.from(secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret, 'base64');
    keys.set(secret, key);
  }
  return key;
}

/** One `v1,<signature>` of `id.timestamp.body`, as the Standard Webhooks specification defines it. */
function sign(secret: string, messageId: string, timestampSec: string, body: string): string {
  const mac = createHmac('sha256', signingKey(secret)).update(`${messageId}.${timestampSec}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The three headers of one request. */
export function webhookHeaders(
  secrets: readonly string[],
  messageId: string,
  timestamp: Date,
  body: string,
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  const timestampSec = String(Math.floor(timestamp.getTime() / 1000));
  return {
    'webhook-id': messageId,
    'webhook-timestamp': timestampSec,
    'webhook-signature': secrets.map((secret) => sign(secret, messageId, timestampSec, body)).join(' '),
  };
}

/** The message id of an event: the same on every attempt and resend, so receivers can dedupe. */
export const webhookMessageId = (eventId: string) => `evt_${eventId}`;
