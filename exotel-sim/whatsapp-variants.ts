// The WhatsApp v2 points docs/exotel.md §6 and §7 mark UNCERTAIN, and the knobs that shape
// delivery-report playout. variants.ts spreads them in, so one setVariants() covers both products.
import { z } from 'zod';

const fraction = z.number().min(0).max(1);
/** ExoStatus failure codes (everything after 30003 in the table of docs/exotel.md §7). */
export const exoFailureCodeSchema = z.number().int().min(30004).max(30041);

export const whatsappVariantsShape = {
  /** Send answer: the [N] envelope (request_id, method, http_code, metadata, response) or only `response` ([O] mocks). */
  whatsappEnvelope: z.enum(['full', 'response-only']),
  /** Whether the envelope carries `method` (seen in other v2 answers, not confirmed for this one). */
  whatsappMethodField: z.boolean(),
  /** `error_data` of an accepted message: `null`, or left out. */
  whatsappErrorDataOnSuccess: z.enum(['null', 'absent']),
  /** A refused message: `{code, status:"failure", error_data:{code, message, description}, data:null}` or `{code, status:"failure", message}`. */
  whatsappFailureShape: z.enum(['error-data', 'flat']),
  /** HTTP status when every message of a request is refused: still 202, or 400 with the same body. */
  whatsappAllFailedStatus: z.union([z.literal(202), z.literal(400)]),
  /** Body of request-level errors (400, 401, 403/404, 429): RestException, v2 `error_data`, or the CPaaS `error` object. */
  whatsappErrorBody: z.enum(['rest-exception', 'v2-error-data', 'v2-error']),
  /**
   * Message sids (in send answers, DLRs and incoming messages): `hex`, 32 lowercase hex characters,
   * or `exotel`, not hex: mixed-case base62 (32), dashed groups (36) or a longer URL-safe string
   * (64), taking turns. docs/exotel.md §6 says nothing certain of their format.
   */
  whatsappSidFormat: z.enum(['hex', 'exotel']),
  /** `callback_type` of incoming messages: `incoming_message` (observed) or `icm` (RCS docs). */
  whatsappIncomingCallbackType: z.enum(['incoming_message', 'icm']),
  /** `to` in DLRs: `919876543210` (the example in docs/exotel.md §7), E.164, or as sent. */
  whatsappDlrNumberFormat: z.enum(['digits', 'e164', 'as-sent']),
  /** DLRs of a message without custom_data: `custom_data: null`, or no field. */
  whatsappDlrCustomDataWhenUnset: z.enum(['null', 'omit']),
  /**
   * Callback body: the `{whatsapp:{messages:[…]}}` envelope (observed traffic), or the items bare
   * (one object, or an array when several go together), as some of Exotel's own pages show them.
   */
  whatsappCallbackEnvelope: z.enum(['whatsapp-messages', 'bare']),
  /** DLRs per callback POST (undocumented): 1, or up to this many collected for whatsappDlrBatchWindowMs. */
  whatsappDlrBatchSize: z.number().int().min(1).max(1_000),
  whatsappDlrBatchWindowMs: z.number().int().min(0),
  /** Callback POSTs in flight at once, per simulator (how many connections Exotel opens is undocumented). */
  whatsappCallbackConnections: z.number().int().min(1).max(4_096),
  /** Delays before each retry of a callback POST that failed (non-2xx, timeout, refused). */
  whatsappCallbackRetryDelaysMs: z.array(z.number().int().min(0)).max(10),
  /** Messages per send request (the bulk API documents 100). */
  whatsappMaxMessagesPerRequest: z.number().int().positive(),
  /** Send rate limit (a token bucket) in whatsappRateLimitUnit per second; 0 = off. */
  whatsappRateLimitPerSecond: z.number().min(0),
  whatsappRateLimitUnit: z.enum(['messages', 'requests']),
  /** How much may arrive at once; 0 = one second's worth. */
  whatsappRateLimitBurst: z.number().min(0),
  /** Whether a 429 carries Retry-After (seconds, rounded up; [N] only). */
  whatsappRateLimitRetryAfterHeader: z.boolean(),
  /** Default ladder timings (real ms): accepted → sent, sent → delivered, delivered → read. */
  whatsappSentAfterMs: z.number().int().min(0),
  whatsappDeliveredAfterMs: z.number().int().min(0),
  whatsappReadAfterMs: z.number().int().min(0),
  /**
   * Fractions of recipients (chosen by a hash of the number and whatsappFateSeed, so the same
   * number always gets the same fate) that never read, fail with one of whatsappFailCodes, lose
   * one DLR, get every DLR twice, or get read before delivered. A script for the number wins.
   */
  whatsappNeverReadFraction: fraction,
  whatsappFailFraction: fraction,
  whatsappFailCodes: z.array(exoFailureCodeSchema).min(1),
  whatsappDropFraction: fraction,
  whatsappDuplicateFraction: fraction,
  whatsappReorderFraction: fraction,
  whatsappFateSeed: z.string(),
};

type WhatsAppVariants = { [K in keyof typeof whatsappVariantsShape]: z.infer<(typeof whatsappVariantsShape)[K]> };

export const whatsappVariantDefaults: WhatsAppVariants = {
  whatsappEnvelope: 'full',
  whatsappMethodField: true,
  whatsappErrorDataOnSuccess: 'null',
  whatsappFailureShape: 'error-data',
  whatsappAllFailedStatus: 202,
  whatsappErrorBody: 'v2-error-data',
  whatsappSidFormat: 'exotel',
  whatsappIncomingCallbackType: 'incoming_message',
  whatsappDlrNumberFormat: 'digits',
  whatsappDlrCustomDataWhenUnset: 'null',
  whatsappCallbackEnvelope: 'whatsapp-messages',
  whatsappDlrBatchSize: 1,
  whatsappDlrBatchWindowMs: 20,
  whatsappCallbackConnections: 64,
  whatsappCallbackRetryDelaysMs: [1_000, 5_000, 15_000],
  whatsappMaxMessagesPerRequest: 100,
  whatsappRateLimitPerSecond: 2_000,
  whatsappRateLimitUnit: 'messages',
  whatsappRateLimitBurst: 0,
  whatsappRateLimitRetryAfterHeader: false,
  whatsappSentAfterMs: 50,
  whatsappDeliveredAfterMs: 100,
  whatsappReadAfterMs: 300,
  whatsappNeverReadFraction: 0,
  whatsappFailFraction: 0,
  whatsappFailCodes: [30005, 30012, 30014, 30018],
  whatsappDropFraction: 0,
  whatsappDuplicateFraction: 0,
  whatsappReorderFraction: 0,
  whatsappFateSeed: 'exotel-sim',
};
