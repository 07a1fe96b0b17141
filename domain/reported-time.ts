// Times reported by Exotel in a payload are trusted only within what we observed ourselves: a
// call or message cannot end before it began, nor at a moment we had not yet reached when the
// report arrived (clock skew, replayed or forged payloads, placeholders that slipped through).

/**
 * `reported` (ISO 8601) clamped to [`notBefore`, `receivedAt`]; null stays null, and so does a
 * value that is not a time. Bounds that are null or unparseable do not apply.
 */
export function clampReportedTime(
  reported: string | null,
  notBefore: string | null,
  receivedAt: string | null,
): string | null {
  if (reported === null) return null;
  const at = Date.parse(reported);
  if (Number.isNaN(at)) return null;
  const upper = receivedAt === null ? NaN : Date.parse(receivedAt);
  if (!Number.isNaN(upper) && at > upper) return new Date(upper).toISOString();
  const lower = notBefore === null ? NaN : Date.parse(notBefore);
  if (!Number.isNaN(lower) && at < lower) return new Date(lower).toISOString();
  return reported;
}
