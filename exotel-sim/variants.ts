// The points the Exotel reference marks UNCERTAIN (plus a few simulator knobs), switchable at
// start-up and at run time so tests can hold a client to every plausible behaviour.
import { z } from 'zod';
import { whatsappVariantDefaults, whatsappVariantsShape } from './whatsapp-variants.js';

export const variantsSchema = z.strictObject({
  /** Overall Status in the connect response and until leg 1 answers. */
  initialStatus: z.enum(['in-progress', 'queued']),
  /** How To/From/PhoneNumberSid are echoed back: `0XXXXXXXXXX` (observed), E.164, or verbatim. */
  numberEcho: z.enum(['zero-prefixed', 'e164', 'as-sent']),
  /** Bare `StatusCallbackEvents=terminal` (no brackets): accepted, silently ignored, or a 400. */
  bareStatusCallbackEvents: z.enum(['accept', 'ignore', 'reject']),
  /** Encoding of callbacks when StatusCallbackContentType is not application/json. */
  defaultCallbackContentType: z.enum(['multipart/form-data', 'application/x-www-form-urlencoded']),
  /** CustomField in the terminal callback only ([L]) or in every event. */
  customFieldIn: z.enum(['terminal', 'all-events']),
  /** `answered` callbacks: one per answered leg, or only the first / only the second. */
  answeredCallbacks: z.enum(['both-legs', 'leg1-only', 'leg2-only']),
  /** `Legs[].AnsweredBy` casing: `Human` or `HUMAN`. */
  answeredByCasing: z.enum(['title', 'upper']),
  /** Status of a leg that was never dialled: empty string or null. */
  unattemptedLegStatus: z.enum(['empty', 'null']),
  /** Delays before each callback retry on non-2xx/timeout; empty = no retries ([L]). */
  callbackRetryDelaysMs: z.array(z.number().int().min(0)),
  /** How long the simulator waits for the callback receiver before counting a timeout. */
  callbackTimeoutMs: z.number().int().positive(),
  /** Whether the terminal callback carries RecordingUrl before the recording can be fetched. */
  recordingUrlInCallback: z.enum(['always', 'when-available']),
  /** Whether fetching RecordingUrl needs the API key/token (the pre-signed URL never does). */
  recordingRequiresAuth: z.boolean(),
  /** Whether Call objects and callbacks carry PreSignedRecordingUrl. */
  presignedRecordingUrl: z.boolean(),
  /** Time after the call ends before Duration, Price and EndTime appear in Call details. */
  delayedFieldsMs: z.number().int().min(0),
  /** Offset of the zone-less `YYYY-MM-DD HH:mm:ss` timestamps (330 = IST). */
  timestampOffsetMinutes: z.number().int().min(-720).max(840),
  /** Fixed last characters of generated call Sids (Mumbai examples end in `19bc`); empty = none. */
  callSidSuffix: z.string().regex(/^[0-9a-f]{0,8}$/),
  /**
   * Call Sids: `hex`, 32 lowercase hex characters (docs/exotel.md §1), or `exotel`, 32 lowercase hex
   * characters followed on every other call by a cluster suffix (callSidSuffix, else `19bc`): 36.
   */
  callSidAlphabet: z.enum(['hex', 'exotel']),
  /** Format of v1 responses when the path has no `.json`. */
  formatWithoutJsonSuffix: z.enum(['xml', 'json']),
  /** HTTP status for a valid key/token used against another account sid. */
  wrongAccountStatus: z.union([z.literal(403), z.literal(404)]),
  /** Voice API requests allowed per window per account; 0 turns the limit off. */
  rateLimitPerMinute: z.number().int().min(0),
  /** Length of the rate-limit window (60 000 in production; shorter for tests). */
  rateLimitWindowMs: z.number().int().positive(),
  /** Whether a 429 carries a Retry-After header ([N] only). */
  rateLimitRetryAfterHeader: z.boolean(),
  /** Multiplier from simulated milliseconds to reported seconds (60 makes a 2 s call report 120 s). */
  durationScale: z.number().positive(),
  /** Price per started 60 s pulse of each leg, in account currency. */
  pricePerLegPulse: z.number().min(0),
  ...whatsappVariantsShape,
});

export type Variants = z.infer<typeof variantsSchema>;
export const variantsPatchSchema = variantsSchema.partial();
export type VariantsPatch = z.infer<typeof variantsPatchSchema>;

export const defaultVariants: Variants = {
  initialStatus: 'in-progress',
  numberEcho: 'zero-prefixed',
  bareStatusCallbackEvents: 'accept',
  defaultCallbackContentType: 'multipart/form-data',
  customFieldIn: 'terminal',
  answeredCallbacks: 'both-legs',
  answeredByCasing: 'title',
  unattemptedLegStatus: 'empty',
  callbackRetryDelaysMs: [],
  callbackTimeoutMs: 15_000,
  recordingUrlInCallback: 'always',
  recordingRequiresAuth: true,
  presignedRecordingUrl: true,
  delayedFieldsMs: 2_000,
  timestampOffsetMinutes: 330,
  callSidSuffix: '',
  callSidAlphabet: 'hex',
  formatWithoutJsonSuffix: 'xml',
  wrongAccountStatus: 403,
  rateLimitPerMinute: 200,
  rateLimitWindowMs: 60_000,
  rateLimitRetryAfterHeader: false,
  durationScale: 1,
  pricePerLegPulse: 0.75,
  ...whatsappVariantDefaults,
};

/** Applies a validated patch; throws a ZodError naming the bad key otherwise. */
export function mergeVariants(current: Variants, patch: unknown): Variants {
  return { ...current, ...variantsPatchSchema.parse(patch) };
}
