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

const EXOTEL_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/;

/**
 * Exotel's `YYYY-MM-DD HH:mm:ss` timestamps carry no zone; for India accounts they are IST
 * (docs/exotel.md §1 marks this UNCERTAIN). Returns ISO 8601 with the +05:30 offset, or the value
 * unchanged when it is already ISO.
 */
export function exotelTimeToIso(value: string | null): string | null {
  if (value === null) return null;
  const match = EXOTEL_TIME.exec(value.trim());
  if (!match) return Number.isNaN(Date.parse(value)) ? null : new Date(value).toISOString();
  return new Date(`${match[1]}T${match[2]}+05:30`).toISOString();
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
  RecordingUrl: looseString,
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
