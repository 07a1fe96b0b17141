// Verifying exoflow's webhooks: each is signed per Standard Webhooks (webhook-id,
// webhook-timestamp, webhook-signature), checked here with the `standardwebhooks` package
// against the endpoint's `whsec_…` secret. A retry or a resend carries the same webhook-id:
// dedupe on it.
import { Webhook } from 'standardwebhooks';
import type { ExoflowEvent } from './client.js';

export type WebhookHeaders = Record<string, string | string[] | undefined>;

export interface VerifiedWebhook {
  /** `evt_<event id>`: the same on every retry and resend of this event. */
  webhookId: string;
  event: ExoflowEvent;
}

const header = (headers: WebhookHeaders, name: string): string => {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
};

/** Verifies a request's signature and freshness (5 minutes), then parses it; throws if it is forged or stale. */
export function verifyWebhook(secret: string, rawBody: string, headers: WebhookHeaders): VerifiedWebhook {
  const signed = {
    'webhook-id': header(headers, 'webhook-id'),
    'webhook-timestamp': header(headers, 'webhook-timestamp'),
    'webhook-signature': header(headers, 'webhook-signature'),
  };
  const event = new Webhook(secret).verify(rawBody, signed) as ExoflowEvent;
  return { webhookId: signed['webhook-id'], event };
}
