// Standard Webhooks (https://www.standardwebhooks.com): each request carries webhook-id,
// webhook-timestamp (Unix seconds) and webhook-signature, "v1,<base64 HMAC-SHA256 of
// id.timestamp.body>" per secret, space-separated. While a secret is being rotated both the new
// and the previous one sign, so a receiver that knows either accepts the request.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

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

const signers = new Map<string, Webhook>();
/** One Webhook per secret (decoding the key is not free at thousands of requests a second). */
function signer(secret: string): Webhook {
  let webhook = signers.get(secret);
  if (!webhook) {
    if (signers.size > 1_000) signers.clear();
    webhook = new Webhook(secret);
    signers.set(secret, webhook);
  }
  return webhook;
}

/** The three headers of one request. */
export function webhookHeaders(
  secrets: readonly string[],
  messageId: string,
  timestamp: Date,
  body: string,
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => signer(secret).sign(messageId, timestamp, body)).join(' '),
  };
}

/** The message id of an event: the same on every attempt and resend, so receivers can dedupe. */
export const webhookMessageId = (eventId: string) => `evt_${eventId}`;
