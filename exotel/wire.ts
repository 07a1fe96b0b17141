// Exotel's wire formats, parsed with zod. Exotel is loose about types (durations arrive as
// numbers or strings, empty strings stand for null), so the primitives here are tolerant and
// the shapes strict only where we depend on a field.
import { z } from 'zod';

/** A number that may arrive as a number, a numeric string, an empty string or null. */
export const looseNumber = z
  .union([z.number(), z.string().regex(/^\s*-?[0-9]+(\.[0-9]+)?\s*$/), z.literal(''), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null || value === '' ? null : Number(value)));

/** A string that may be null, empty or missing; normalised to null. */
export const looseString = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null || value === '' ? null : String(value)));

/** The words Exotel writes where a URL is not set: a URL of "null" is no URL to fetch. */
const NO_URL = /^(?:null|undefined|none)$/i;

/** A URL field (RecordingUrl): null, empty, blank or the word null/undefined/none are all absent. */
export const exotelUrl = looseString.transform((value) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || NO_URL.test(trimmed) ? null : trimmed;
});

const EXOTEL_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

/**
 * What Exotel writes for "not set" (docs/exotel.md §3): the Unix epoch in IST
 * (`1970-01-01 05:30:00`), a zero date, or the words null/undefined. None is a real moment.
 */
const NOT_SET = /^(?:0{4}-0{2}-0{2}(?: 0{2}:0{2}:0{2})?|1970-01-01 0[05]:[03]0:00|null|undefined|none)$/i;

/** Before this, no call or message of ours existed: an earlier timestamp is a placeholder. */
const EARLIEST_REAL_TIME_MS = Date.UTC(2000, 0, 1);

/**
 * Exotel's `YYYY-MM-DD HH:mm:ss` timestamps carry no zone; for India accounts they are IST
 * (docs/exotel.md §1 marks this UNCERTAIN). Returns ISO 8601 (UTC), or null for Exotel's "not
 * set" placeholders and anything unparseable; a value already in ISO 8601 is taken as it is.
 */
export function exotelTimeToIso(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '' || NOT_SET.test(trimmed)) return null;
  const match = EXOTEL_TIME.exec(trimmed);
  const ms = match ? Date.parse(`${match[1]}T${match[2]}+05:30`) : Date.parse(trimmed);
  if (Number.isNaN(ms) || ms < EARLIEST_REAL_TIME_MS) return null;
  return new Date(ms).toISOString();
}

export const exotelTime = looseString.transform(exotelTimeToIso);

export const callSchema = z.looseObject({
  Sid: z.string().min(1),
  Status: z.string().min(1),
  DateCreated: exotelTime,
  StartTime: exotelTime,
  EndTime: exotelTime,
  Duration: looseNumber,
  Price: looseString,
  From: looseString,
  To: looseString,
  Direction: looseString,
  RecordingUrl: exotelUrl,
});
export type ExotelCall = z.infer<typeof callSchema>;

const detailsSchema = z.looseObject({
  ConversationDuration: looseNumber,
  Leg1Status: looseString,
  Leg2Status: looseString,
  Legs: z
    .array(z.looseObject({ Leg: z.looseObject({ Id: looseNumber, OnCallDuration: looseNumber }) }))
    .optional()
    .default([]),
});

export const callResponseSchema = z.object({ Call: callSchema });
export const callDetailsResponseSchema = z.object({ Call: callSchema.extend({ Details: detailsSchema.optional() }) });
export type ExotelCallWithDetails = z.infer<typeof callDetailsResponseSchema>['Call'];

export const callListResponseSchema = z.object({
  Metadata: z.looseObject({ Total: looseNumber, NextPageUri: looseString }).optional(),
  Calls: z.array(callSchema),
});

export const restExceptionSchema = z.object({
  RestException: z.looseObject({ Status: looseNumber, Message: z.string(), Code: looseNumber }),
});

/** A RestException read from an answer: its own Status (may differ from the HTTP status, or be absent) and Message. */
export interface RestExceptionFound {
  status: number | null;
  message: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(block: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, 'i').exec(block);
  return match?.[1]?.trim().replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => XML_ENTITIES[entity] ?? '');
}

/**
 * A RestException in either of v1's formats: JSON, or the XML (`<TwilioResponse><RestException>
 * <Status>..</Status><Message>..</Message>`) Exotel answers when a path lacks `.json` (docs/exotel.md §1, §8).
 */
export function restExceptionOf(json: unknown, text: string): RestExceptionFound | undefined {
  const parsed = restExceptionSchema.safeParse(json);
  if (parsed.success) return { status: parsed.data.RestException.Status, message: parsed.data.RestException.Message };
  const block = /<RestException\b[^>]*>([\s\S]*?)<\/RestException>/i.exec(text)?.[1];
  if (block === undefined) return undefined;
  const status = Number(xmlText(block, 'Status'));
  return { status: Number.isInteger(status) && status > 0 ? status : null, message: xmlText(block, 'Message') ?? '' };
}

/**
 * The status an error body stands for when its HTTP status does not say (a RestException under
 * HTTP 200): its own, if it is an error status; otherwise 400, since Exotel's application answered
 * that it did not do what was asked.
 */
export function errorStatusOf(ownStatus: number | null): number {
  return ownStatus !== null && ownStatus >= 400 && ownStatus <= 599 ? ownStatus : 400;
}
