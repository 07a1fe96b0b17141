// Exotel accepts +91XXXXXXXXXX, 91XXXXXXXXXX, 0XXXXXXXXXX and bare 10-digit Indian numbers
// interchangeably, so matching and filtering compare a canonical form.

/** Canonical form: E.164 for Indian numbers, digits (with any leading +) otherwise. */
export function normalisePhone(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 10) return `+91${digits}`;
  if (digits.length === 11 && digits.startsWith('0')) return `+91${digits.slice(1)}`;
  if (digits.length === 12 && digits.startsWith('91')) return `+${digits}`;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export function samePhone(a: string, b: string): boolean {
  return normalisePhone(a) === normalisePhone(b);
}

export type NumberEcho = 'zero-prefixed' | 'e164' | 'as-sent';

/** How a number appears in Call objects and callbacks. */
export function echoPhone(raw: string, style: NumberEcho): string {
  if (style === 'as-sent') return raw;
  const canonical = normalisePhone(raw);
  if (style === 'e164') return canonical;
  return canonical.startsWith('+91') && canonical.length === 13 ? `0${canonical.slice(3)}` : raw;
}

export function looksLikePhone(raw: string): boolean {
  return /^\+?[0-9][0-9 ()-]{6,18}$/.test(raw.trim()) && raw.replace(/\D/g, '').length >= 8;
}

/** Hides all but the last 4 digits of anything that looks like a phone number (for logs). */
export function maskPhoneNumbers(text: string): string {
  return text.replace(/\+?\d{8,15}/g, (match) => `${match.slice(0, -4).replace(/\d/g, '*')}${match.slice(-4)}`);
}
