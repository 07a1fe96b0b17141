// Exotel does not sign its callbacks, so each call's StatusCallback URL carries a token:
// an HMAC of the call ID under a server secret. It authenticates a callback without a
// database lookup, and one call's token is useless for any other call. WhatsApp reports and
// inbound messages come to one URL (inbound ones are configured once per account), so that URL
// carries one token for the deployment.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function webhookToken(secret: string, callId: string): string {
  return createHmac('sha256', secret).update(`voice:${callId}`).digest('base64url');
}

export function verifyWebhookToken(secret: string, callId: string, token: string): boolean {
  const expected = Buffer.from(webhookToken(secret, callId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function voiceCallbackUrl(baseUrl: string, secret: string, callId: string): string {
  const url = new URL('/v1/webhooks/exotel/voice', baseUrl);
  url.searchParams.set('call', callId);
  url.searchParams.set('token', webhookToken(secret, callId));
  return url.toString();
}

export function whatsappWebhookToken(secret: string): string {
  return createHmac('sha256', secret).update('whatsapp').digest('base64url');
}

/**
 * A check of the deployment's WhatsApp token. The expected token is computed once: the webhook
 * takes thousands of requests a second, all with the same token.
 */
export function whatsappWebhookTokenCheck(secret: string): (token: string) => boolean {
  const expected = Buffer.from(whatsappWebhookToken(secret));
  return (token) => {
    const given = Buffer.from(token);
    return expected.length === given.length && timingSafeEqual(expected, given);
  };
}

/** Where Exotel posts WhatsApp delivery reports and inbound messages for this deployment. */
export function whatsappWebhookUrl(baseUrl: string, secret: string): string {
  const url = new URL('/v1/webhooks/exotel/whatsapp', baseUrl);
  url.searchParams.set('token', whatsappWebhookToken(secret));
  return url.toString();
}
