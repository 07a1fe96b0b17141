// /_sim/whatsapp/*: the WhatsApp side of the control API: the message ledger and its stats,
// recipient scripts, send faults, account-level URLs, incoming messages on request, callback attempts.
import { z } from 'zod';
import { controlRoute as route, optional, scriptRoutes } from './control-routes.js';
import { RestError } from './errors.js';
import { sendJson, type Route } from './http.js';
import type { SimState } from './state.js';
import type { CallbackKind } from './whatsapp-callbacks.js';
import { hasOneContent, inboundContentShape, oneContentMessage } from './whatsapp-inbound-content.js';
import { messageView } from './whatsapp-ledger.js';
import { sendInbound } from './whatsapp-schedule.js';

export const accountUrlsPatchSchema = z.strictObject({
  inboundUrl: z.url().nullable().optional(),
  defaultStatusCallback: z.url().nullable().optional(),
});

export const inboundRequestSchema = z
  .strictObject({
    /** The customer. */
    from: z.string().min(1),
    /** Our WhatsApp number. */
    to: z.string().min(1),
    profileName: z.string().optional(),
    /** Overrides the account's inbound URL for this message. */
    url: z.url().optional(),
    ...inboundContentShape,
  })
  .refine(hasOneContent, oneContentMessage);
export type InboundRequestInput = z.infer<typeof inboundRequestSchema>;

const DEFAULT_LIST_LIMIT = 1_000;

/** Sends an incoming message now; throws 409 when no inbound URL is known. */
export async function postInbound(state: SimState, input: unknown) {
  const { from, to, profileName, url, ...content } = inboundRequestSchema.parse(input);
  const sent = await sendInbound(state, { from, to, profileName, url, content });
  if (!sent) throw new RestError(409, 'No inbound URL: set one with PUT /_sim/whatsapp/urls or pass url');
  const { record } = sent;
  return {
    sid: sent.sid,
    delivered: record.outcome === 'delivered',
    responseStatus: record.responseStatus,
    error: record.error,
  };
}

export function whatsappControlRoutes(state: SimState): Route[] {
  const { whatsapp } = state;
  return [
    route('GET', 'whatsapp/messages', (request, response) => {
      const { query } = request;
      const matching = whatsapp.ledger.list({
        to: optional(query, 'to'),
        customData: optional(query, 'customData'),
        requestId: optional(query, 'requestId'),
        sid: optional(query, 'sid'),
        template: optional(query, 'template'),
      });
      const limit = z.coerce.number().int().positive().default(DEFAULT_LIST_LIMIT).parse(optional(query, 'limit'));
      sendJson(response, 200, { total: matching.length, messages: matching.slice(0, limit).map(messageView) });
    }),
    route('GET', 'whatsapp/messages/(?<sid>[^/]+)', (request, response) => {
      const message = whatsapp.ledger.get(request.pathParams.sid ?? '');
      if (!message) throw new RestError(404, 'No such message');
      sendJson(response, 200, { message: messageView(message) });
    }),
    route('GET', 'whatsapp/stats', (_request, response) => sendJson(response, 200, whatsapp.stats())),
    ...scriptRoutes('whatsapp/scripts', whatsapp.scripts),
    route('GET', 'whatsapp/faults', (_request, response) =>
      sendJson(response, 200, { faults: whatsapp.faults.list() }),
    ),
    route('POST', 'whatsapp/faults', (request, response) =>
      sendJson(response, 200, { faults: whatsapp.faults.push(request.json) }),
    ),
    route('GET', 'whatsapp/urls', (_request, response) => sendJson(response, 200, { urls: whatsapp.urls })),
    route('PUT', 'whatsapp/urls', (request, response) => {
      Object.assign(whatsapp.urls, accountUrlsPatchSchema.parse(request.json ?? {}));
      sendJson(response, 200, { urls: whatsapp.urls });
    }),
    route('POST', 'whatsapp/inbound', async (request, response) =>
      sendJson(response, 200, await postInbound(state, request.json)),
    ),
    route('GET', 'whatsapp/callbacks', (request, response) => {
      const kind = z.enum(['dlr', 'incoming_message']).optional().parse(optional(request.query, 'kind')) satisfies
        CallbackKind | undefined;
      sendJson(response, 200, { callbacks: whatsapp.sender.list({ sid: optional(request.query, 'sid'), kind }) });
    }),
  ];
}
