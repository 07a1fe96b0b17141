// Exotel's voice status callbacks. The handler authenticates by the call's token, parses the
// body (JSON, form-encoded or multipart), commits the raw event to the inbox and answers 200;
// delivery to the workflow happens after (calls/events-relay.ts). Nothing here waits on Temporal.
// The token is checked before the body is read. A valid token is never rate limited (Exotel's
// callbacks must all land); wrong or missing ones are, per client address (429 with Retry-After).
import { isUtf8 } from 'node:buffer';
import express, { type Request, type RequestHandler, type Response, Router } from 'express';
import { eventFromCallback, statusCallbackSchema } from '../../exotel/status-events.js';
import { eventsFromWebhook } from '../../exotel/whatsapp-events.js';
import { whatsappWebhookSchema } from '../../exotel/whatsapp-wire.js';
import type { InboxWriter } from '../../calls/events-inbox.js';
import type { WhatsappInbox } from '../../messages/whatsapp-inbox.js';
import { unflattenBracketKeys } from '../../lib/form.js';
import { verifyWebhookToken, whatsappWebhookTokenCheck } from '../../lib/webhook-token.js';
import type { RateLimiter } from '../../lib/rate-limit.js';
import { tooManyRequests } from '../auth.js';
import { ApiError, type FieldError, parseOrThrow } from '../errors.js';
import { webhookQuery, whatsappWebhookQuery } from '../schemas.js';

/** The acknowledgement, written as is: no serialising, no ETag, on the path that takes thousands a second. */
const OK = '{"ok":true}';
const acknowledge = (res: Response) =>
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': OK.length }).end(OK);

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The body as text: UTF-8 only, so nothing is stored with replacement characters. */
function rawText(req: Request, what: string): string {
  if (!Buffer.isBuffer(req.body)) return '';
  if (!isUtf8(req.body)) throw new ApiError(400, 'malformed_body', `${what} body is not valid UTF-8`);
  return req.body.toString('utf8');
}

export function webhookRoutes(deps: {
  inbox: InboxWriter;
  whatsappInbox: WhatsappInbox;
  signingSecret: string;
  /** Requests with a wrong or missing token, per client address. */
  failures: RateLimiter;
}): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: '64kb' });

  /** Lets a request through when `problems` finds nothing wrong with its URL's token; else 401 (or 429). */
  const tokenGate =
    (problems: (query: Request['query']) => FieldError[]): RequestHandler =>
    async (req, res, next) => {
      const wrong = problems(req.query);
      if (wrong.length === 0) return next();
      const verdict = await deps.failures.hit(req.ip ?? 'unknown');
      if (verdict.limited)
        return next(tooManyRequests(res, verdict.retryAfterSec, 'Too many webhook requests with a wrong token'));
      next(
        new ApiError(
          401,
          'unauthorized',
          `Webhook URL: ${wrong.map((f) => `${f.field} ${f.message}`).join('; ')}`,
          wrong,
        ),
      );
    };

  const voiceToken = tokenGate((query) => {
    const call = text(query.call);
    const token = text(query.token);
    if (!token) return [{ field: 'token', message: 'is missing: use the callback URL exoflow sent with the call' }];
    if (!call || !UUID.test(call)) return [{ field: 'call', message: 'must be the call ID from the callback URL' }];
    return verifyWebhookToken(deps.signingSecret, call, token)
      ? []
      : [{ field: 'token', message: 'does not match this call' }];
  });
  const isWhatsappToken = whatsappWebhookTokenCheck(deps.signingSecret);
  const whatsappToken = tokenGate((query) => {
    const token = text(query.token);
    if (!token) return [{ field: 'token', message: 'is missing: use the webhook URL of this deployment' }];
    return isWhatsappToken(token) ? [] : [{ field: 'token', message: 'does not match this deployment' }];
  });

  router.post('/v1/webhooks/exotel/voice', voiceToken, rawBody, async (req, res) => {
    const { call } = parseOrThrow(webhookQuery, req.query, 'callback URL');
    const raw = rawText(req, 'Callback');
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
    acknowledge(res);
  });

  /**
   * WhatsApp delivery reports and inbound messages: committed to PostgreSQL (and applied to the
   * messages and consent) before the 200; no workflow is signalled.
   */
  router.post('/v1/webhooks/exotel/whatsapp', whatsappToken, rawBody, async (req, res) => {
    parseOrThrow(whatsappWebhookQuery, req.query, 'webhook URL');
    const raw = rawText(req, 'Webhook');
    if (raw.includes('\0') || /\\u0000/i.test(raw))
      throw new ApiError(400, 'malformed_body', 'Webhook body contains a NUL character');
    const webhook = parseOrThrow(whatsappWebhookSchema, await parseBody(req, raw), 'WhatsApp webhook');
    await deps.whatsappInbox.accept(eventsFromWebhook(webhook));
    acknowledge(res);
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
