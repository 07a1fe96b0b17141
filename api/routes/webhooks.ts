// Exotel's voice status callbacks. The handler authenticates by the call's token, parses the
// body (JSON, form-encoded or multipart), commits the raw event to the inbox and answers 200;
// delivery to the workflow happens after (calls/events-relay.ts). Nothing here waits on Temporal.
import express, { type Request, Router } from 'express';
import { eventFromCallback, statusCallbackSchema } from '../../exotel/status-events.js';
import { eventsFromWebhook } from '../../exotel/whatsapp-events.js';
import { whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';
import type { InboxWriter } from '../../calls/events-inbox.js';
import type { WhatsappInbox } from '../../messages/whatsapp-inbox.js';
import { unflattenBracketKeys } from '../../lib/form.js';
import { verifyWebhookToken, verifyWhatsappWebhookToken } from '../../lib/webhook-token.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { webhookQuery, whatsappWebhookQuery } from '../schemas.js';

export function webhookRoutes(deps: {
  inbox: InboxWriter;
  whatsappInbox: WhatsappInbox;
  signingSecret: string;
}): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: '64kb' });

  router.post('/v1/webhooks/exotel/voice', rawBody, async (req, res) => {
    const { call, token } = parseOrThrow(webhookQuery, req.query, 'callback URL');
    if (!verifyWebhookToken(deps.signingSecret, call, token)) {
      throw new ApiError(401, 'unauthorized', 'The callback token does not match this call');
    }
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    // PostgreSQL text cannot hold NUL; no genuine callback contains one.
    if (raw.includes('\0') || /\\u0000|%00/i.test(raw))
      throw new ApiError(400, 'malformed_body', 'Callback body contains a NUL character');
    const contentType = req.get('content-type') ?? null;
    const callback = parseOrThrow(statusCallbackSchema, await parseBody(req, raw), 'status callback');
    await deps.inbox.accept({
      callId: call,
      event: eventFromCallback(callback, new Date().toISOString()),
      contentType,
      raw,
    });
    res.status(200).json({ ok: true });
  });

  /**
   * WhatsApp delivery reports and inbound messages: committed to PostgreSQL (and applied to the
   * messages and consent) before the 200; no workflow is signalled.
   */
  router.post('/v1/webhooks/exotel/whatsapp', rawBody, async (req, res) => {
    const { token } = parseOrThrow(whatsappWebhookQuery, req.query, 'webhook URL');
    if (!verifyWhatsappWebhookToken(deps.signingSecret, token)) {
      throw new ApiError(401, 'unauthorized', 'The webhook token does not match this deployment');
    }
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (raw.includes('\0') || /\\u0000/i.test(raw))
      throw new ApiError(400, 'malformed_body', 'Webhook body contains a NUL character');
    const webhook = parseOrThrow(whatsappWebhookSchema, await parseBody(req, raw), 'WhatsApp webhook');
    await deps.whatsappInbox.accept(eventsFromWebhook(webhook));
    res.status(200).json({ ok: true });
  });

  return router;
}

async function parseBody(req: Request, raw: string): Promise<unknown> {
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return JSON.parse(raw);
    } catch {
      throw new ApiError(400, 'malformed_body', 'Callback body is not valid JSON');
    }
  }
  if (type === 'application/x-www-form-urlencoded') return unflattenBracketKeys(new URLSearchParams(raw));
  if (type === 'multipart/form-data') {
    try {
      const form = await new Response(req.body as Buffer, {
        headers: { 'content-type': req.get('content-type')! },
      }).formData();
      return unflattenBracketKeys(
        [...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : ''] as [string, string]),
      );
    } catch {
      throw new ApiError(400, 'malformed_body', 'Callback body is not valid multipart/form-data');
    }
  }
  throw new ApiError(415, 'unsupported_media_type', `Unsupported callback content type "${type || '(none)'}"`);
}
