// Finding a phone number in stored text so erasure can redact it in place (raw webhook bodies,
// event payloads, error messages). Pure: builds a PostgreSQL regular expression (ARE) that
// matches the number as Exotel and CRMs write it: E.164 with or without the +, the + URL-encoded
// (%2B) in form bodies, and for Indian numbers the national forms (10 digits, 0 + 10 digits).
// Digits on either side never match, so a longer number that merely contains it is left alone.

/** What a redacted number is replaced with. */
export const REDACTED = '[erased]';

/** The number's spellings, longest first (alternation takes the first that matches). */
export function numberSpellings(e164: string): string[] {
  if (!/^\+[1-9][0-9]{7,14}$/.test(e164)) throw new Error(`not an E.164 number: ${JSON.stringify(e164)}`);
  const digits = e164.slice(1);
  const spellings = [digits];
  if (digits.startsWith('91') && digits.length === 12) spellings.push(`0${digits.slice(2)}`, digits.slice(2));
  return spellings;
}

/**
 * A PostgreSQL ARE matching every spelling, with its + or %2B, and no digit right before or after.
 * Only digits come from the input (checked above), so nothing in it is a metacharacter.
 */
export function numberPattern(e164: string): string {
  return `(?:\\+|%2[Bb])?(?<![0-9])(?:${numberSpellings(e164).join('|')})(?![0-9])`;
}
