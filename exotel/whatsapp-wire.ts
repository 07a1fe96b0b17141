// Exotel's WhatsApp v2 wire formats (docs/exotel.md §6 and §7), parsed with zod. What we send is
// strict (we build it); what Exotel sends back is tolerant of every UNCERTAIN variant: the send
// answer with or without its envelope, `method` and `error_data`; callbacks named
// `incoming_message` or `icm`; numbers and codes as numbers or strings.
import { z } from 'zod';
import { looseNumber, looseString, restExceptionSchema } from './wire.js';

/** ExoStatus codes of WhatsApp DLRs ([L] /api/error-code; 30022–30041 from the corrected [N] file). */
export const exoStatusNames: Readonly<Record<number, string>> = {
  30001: 'EX_MESSAGE_SENT',
  30002: 'EX_MESSAGE_DELIVERED',
  30003: 'EX_MESSAGE_SEEN',
  30004: 'EX_SYSTEM_ERROR',
  30005: 'EX_NUMBER_ERROR',
  30006: 'EX_SETUP_ERROR',
  30007: 'EX_RATE_LIMIT_HIT',
  30008: 'EX_SPAM_RATE_LIMIT_HIT',
  30009: 'EX_TOO_MANY_REQUEST',
  30010: 'EX_INVALID_REQUEST',
  30011: 'EX_UNKNOWN_ERROR',
  30012: 'EX_INVALID_RECIPIENT',
  30013: 'EX_INCAPABLE_RECIPIENT',
  30014: 'EX_RECIPIENT_BLOCKED',
  30015: 'EX_UNSUPPORTED_MESSAGE',
  30016: 'EX_MEDIA_DOWNLOAD_ERROR',
  30017: 'EX_MEDIA_UPLOAD_ERROR',
  30018: 'EX_REENGAGEMENT_ERROR',
  30019: 'EX_INVALID_PARAM',
  30020: 'EX_MISSING_PARAM',
  30021: 'EX_INVALID_PARAM_VALUE',
  30022: 'EX_TEMPLATE_ERROR',
  30023: 'EX_TEMPLATE_PARAM_ERROR',
  30024: 'EX_TEMPLATE_NOT_FOUND',
  30025: 'EX_TEMPLATE_TEXT_TOO_LONG',
  30026: 'EX_INVALID_TEMPLATE_NAMESPACE',
  30027: 'EX_MESSAGE_PENDING_TOO_LONG',
  30028: 'EX_MESSAGE_EXPIRED',
  30029: 'EX_MESSAGE_TOO_LONG',
  30030: 'EX_WEBHOOK_ERROR',
  30031: 'EX_SECTION_COUNT_ERROR',
  30032: 'EX_ROWS_COUNT_ERROR',
  30033: 'EX_PRODUCT_COUNT_ERROR',
  30034: 'EX_CATALOGUE_NOT_FOUND',
  30035: 'EX_CATALOGUE_NOT_LINKED',
  30036: 'EX_MISSING_PRODUCT',
  30037: 'EX_PRODUCT_NOT_FOUND',
  30038: 'EX_PRODUCT_COMPLIANCE_ERROR',
  30039: 'EX_INVALID_HEADER',
  30040: 'EX_MISSING_COMPLIANCE',
  30041: 'EX_CHAR_POLICY_VIOLATION',
};

const exoStatusCodes = new Map(Object.entries(exoStatusNames).map(([code, name]) => [name, Number(code)]));

/** The code of an `exo_detailed_status` name, for DLRs that carry only the name. */
export function exoStatusCodeOf(name: string | null): number | undefined {
  return name === null ? undefined : exoStatusCodes.get(name.trim().toUpperCase());
}

/** The documented bulk limit. */
export const MAX_MESSAGES_PER_REQUEST = 100;

// --- The send request we build ------------------------------------------------------------

const phone = z.string().regex(/^\+?[0-9]{8,15}$/, 'must be a phone number, preferably E.164');
const link = z.strictObject({ link: z.url() });

export const templateParameterSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1) }),
  z.strictObject({ type: z.literal('payload'), payload: z.string().min(1) }),
  z.strictObject({ type: z.literal('image'), image: link }),
  z.strictObject({ type: z.literal('video'), video: link }),
  z.strictObject({ type: z.literal('document'), document: link.extend({ filename: z.string().optional() }) }),
]);
export type TemplateParameter = z.infer<typeof templateParameterSchema>;

export const templateComponentSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.enum(['header', 'body']), parameters: z.array(templateParameterSchema) }),
  z.strictObject({
    type: z.literal('button'),
    sub_type: z.enum(['quick_reply', 'url']),
    index: z.union([z.string(), z.number().int().min(0)]),
    parameters: z.array(templateParameterSchema),
  }),
]);
export type TemplateComponent = z.infer<typeof templateComponentSchema>;

const outboundContentSchema = z.discriminatedUnion('type', [
  z.strictObject({
    recipient_type: z.literal('individual'),
    type: z.literal('template'),
    template: z.strictObject({
      name: z.string().min(1),
      language: z.strictObject({ code: z.string().min(2), policy: z.literal('deterministic') }),
      components: z.array(templateComponentSchema),
    }),
  }),
  z.strictObject({
    recipient_type: z.literal('individual'),
    type: z.literal('text'),
    text: z.strictObject({ body: z.string().min(1).max(4096), preview_url: z.boolean() }),
  }),
]);

/** custom_data and status_callback may sit on the request, the channel or the message; the nearest wins. */
const routing = { custom_data: z.string().max(2_000).optional(), status_callback: z.url().optional() };

export const whatsappSendRequestSchema = z.strictObject({
  ...routing,
  whatsapp: z.strictObject({
    ...routing,
    messages: z
      .array(z.strictObject({ ...routing, from: phone, to: phone, content: outboundContentSchema }))
      .min(1)
      .max(MAX_MESSAGES_PER_REQUEST),
  }),
});
export type WhatsAppSendRequest = z.infer<typeof whatsappSendRequestSchema>;

// --- The send answer ------------------------------------------------------------------------

/** A code that may be a number, a numeric string, or a word (`"invalid_number"`). */
const looseCode = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value) =>
    value === undefined || value === null || value === ''
      ? null
      : /^\d+$/.test(String(value))
        ? Number(value)
        : String(value),
  );

const errorDataSchema = z
  .union([z.looseObject({ code: looseCode, message: looseString, description: looseString }), z.string(), z.null()])
  .optional()
  .transform((value) =>
    value === undefined || value === null
      ? null
      : typeof value === 'string'
        ? { code: null, message: value, description: null }
        : value,
  );

export const sendResultItemSchema = z.looseObject({
  code: looseNumber,
  status: looseString,
  error_data: errorDataSchema,
  data: z.looseObject({ sid: looseString }).nullable().optional(),
  message: looseString,
});
export type SendResultItem = z.infer<typeof sendResultItemSchema>;

const resultListSchema = z.looseObject({ whatsapp: z.looseObject({ messages: z.array(sendResultItemSchema) }) });

/** `{request_id?, method?, http_code?, metadata?, response:{whatsapp:{messages}}}` or the bare `{whatsapp:{messages}}`. */
export const whatsappSendResponseSchema = z.union([
  z
    .looseObject({
      request_id: looseString,
      http_code: looseNumber,
      metadata: z.looseObject({ total: looseNumber, success: looseNumber, failed: looseNumber }).optional(),
      response: resultListSchema,
    })
    .transform((body) => ({ requestId: body.request_id, messages: body.response.whatsapp.messages })),
  resultListSchema.transform((body) => ({ requestId: null, messages: body.whatsapp.messages })),
]);
export type WhatsAppSendResponse = z.infer<typeof whatsappSendResponseSchema>;

/** An HTTP-like status an error body states (`http_code`, `response.code`, a RestException's `Status`), if any. */
const statusLike = looseNumber.transform((value) =>
  value !== null && Number.isInteger(value) && value >= 100 && value <= 599 ? value : null,
);

/** A request-level error body: the message it gives and the status it states. */
export interface WhatsAppErrorBody {
  message: string | null;
  status: number | null;
}

/** Request-level error bodies: RestException, v2 `response.error_data`, or the CPaaS `response.error`. */
const errorBodySchema = z.union([
  restExceptionSchema.transform((body): WhatsAppErrorBody => ({
    message: body.RestException.Message,
    status: body.RestException.Status,
  })),
  z
    .looseObject({
      http_code: statusLike,
      response: z.looseObject({
        code: statusLike,
        error_data: z.looseObject({ message: looseString, description: looseString, code: looseCode }),
      }),
    })
    .transform((body): WhatsAppErrorBody => ({
      message: body.response.error_data.message ?? body.response.error_data.description,
      status: body.http_code ?? body.response.code,
    })),
  z
    .looseObject({
      http_code: statusLike,
      response: z.looseObject({ error: z.looseObject({ message: looseString, code: looseCode }) }),
    })
    .transform((body): WhatsAppErrorBody => ({
      message:
        body.response.error.message ?? (body.response.error.code === null ? null : String(body.response.error.code)),
      status: body.http_code,
    })),
]);

/** A request-level error body in any of the styles Exotel uses, if the body is one. */
export function errorBodyOf(body: unknown): WhatsAppErrorBody | undefined {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}

/** The message of an error body in any of the styles Exotel uses, if there is one. */
export function errorMessageOf(body: unknown): string | undefined {
  return errorBodyOf(body)?.message ?? undefined;
}

// --- Webhooks: delivery reports and incoming messages -------------------------------------

export const dlrSchema = z
  .looseObject({
    callback_type: z.literal('dlr'),
    sid: z.string().min(1),
    to: looseString,
    exo_status_code: looseNumber,
    exo_detailed_status: looseString,
    description: looseString,
    timestamp: looseString,
    custom_data: looseString,
  })
  .refine((dlr) => dlr.exo_status_code !== null || exoStatusCodeOf(dlr.exo_detailed_status) !== undefined, {
    message: 'a DLR needs exo_status_code or a known exo_detailed_status',
    path: ['exo_status_code'],
  });
export type WhatsAppDlr = z.infer<typeof dlrSchema>;

const replySchema = z.looseObject({ id: looseString, title: looseString, description: looseString });

export const incomingContentSchema = z.looseObject({
  type: z.string().min(1),
  text: z.looseObject({ body: looseString }).optional(),
  /** A quick-reply button of a template. */
  button: z.looseObject({ payload: looseString, text: looseString }).optional(),
  interactive: z
    .looseObject({ type: looseString, button_reply: replySchema.optional(), list_reply: replySchema.optional() })
    .optional(),
  image: z.looseObject({ url: looseString, link: looseString, caption: looseString }).optional(),
});

export const incomingMessageSchema = z.looseObject({
  /** Observed traffic says `incoming_message`; the RCS docs say `icm`. */
  callback_type: z.enum(['incoming_message', 'icm']),
  sid: z.string().min(1),
  from: z.string().min(1),
  to: looseString,
  profile_name: looseString,
  timestamp: looseString,
  content: incomingContentSchema,
});
export type WhatsAppIncomingMessage = z.infer<typeof incomingMessageSchema>;

const knownCallbackTypes = new Set(['dlr', 'incoming_message', 'icm']);

/** Any other callback type (Exotel may add some): kept so a batch still parses, then ignored. */
const otherCallbackSchema = z
  .looseObject({
    callback_type: z
      .string()
      .refine((type) => !knownCallbackTypes.has(type), 'is a known callback type with a malformed body'),
  })
  .transform((other) => ({ callback_type: 'other' as const, name: other.callback_type }));

const callbackItemSchema = z.union([dlrSchema, incomingMessageSchema, otherCallbackSchema]);

/** The envelope observed traffic uses: `{"whatsapp":{"messages":[…]}}`. */
const callbackEnvelopeSchema = z.looseObject({
  whatsapp: z.looseObject({ messages: z.array(callbackItemSchema).min(1) }),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An item without `callback_type` is a DLR when it carries a status, an incoming message when it carries content. */
function withCallbackType(item: unknown): unknown {
  if (!isRecord(item) || 'callback_type' in item) return item;
  if ('exo_status_code' in item || 'exo_detailed_status' in item) return { ...item, callback_type: 'dlr' };
  if ('content' in item && 'from' in item) return { ...item, callback_type: 'incoming_message' };
  return item;
}

/**
 * Every shape a WhatsApp callback has been documented in (docs/exotel.md §7), as the envelope:
 * `{whatsapp:{messages:[…]}}`, `{whatsapp:{messages:{…}}}`, `{messages:[…]}`, a bare item, or an
 * array of items; items may leave out `callback_type`. Anything else is left for the schema to refuse.
 */
export function asCallbackEnvelope(body: unknown): unknown {
  let items: unknown;
  if (Array.isArray(body)) items = body;
  else if (!isRecord(body)) return body;
  else if (isRecord(body.whatsapp)) items = body.whatsapp.messages;
  else if ('messages' in body) items = body.messages;
  else items = [body];
  if (isRecord(items)) items = [items];
  if (!Array.isArray(items)) return body;
  return { whatsapp: { messages: items.map(withCallbackType) } };
}

/** A WhatsApp callback (delivery reports, incoming messages) in any documented shape, as the envelope. */
export const whatsappWebhookSchema = z.preprocess(asCallbackEnvelope, callbackEnvelopeSchema);
export type WhatsAppWebhook = z.infer<typeof whatsappWebhookSchema>;
