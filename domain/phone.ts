// Phone numbers: E.164 in, E.164 stored, masked in logs. Indian national forms are accepted
// because that is how CRMs and agents type them. Pure functions, safe in workflow code.
import { z } from 'zod';

export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string };

const SEPARATORS = /[\s\-().]/g;

/**
 * Normalises a phone number to E.164.
 * Accepts `+<country><number>` (8-15 digits), Indian 10-digit numbers (`9876543210`),
 * 0-prefixed national numbers (`09876543210`, landlines with STD code included) and
 * `91`-prefixed 12-digit numbers.
 */
export function normalizePhone(input: string): PhoneResult {
  const compact = input.trim().replace(SEPARATORS, '');
  if (compact === '') return { ok: false, reason: 'is empty' };

  if (compact.startsWith('+')) {
    const digits = compact.slice(1);
    if (!/^[1-9][0-9]{7,14}$/.test(digits)) {
      return { ok: false, reason: 'is not a valid E.164 number (+ then 8 to 15 digits)' };
    }
    if (digits.startsWith('91') && digits.length !== 12) {
      return { ok: false, reason: 'an Indian number has 10 digits after +91' };
    }
    return { ok: true, e164: `+${digits}` };
  }
  if (!/^[0-9]+$/.test(compact))
    return { ok: false, reason: 'may contain only digits, spaces, dashes and a leading +' };

  const national = nationalIndianDigits(compact);
  if (national === undefined) {
    return { ok: false, reason: 'is not an Indian number (10 digits, 0 + 10 digits, 91 + 10 digits) or +E.164' };
  }
  if (national.startsWith('0')) return { ok: false, reason: 'an Indian number cannot start with 0 after the prefix' };
  return { ok: true, e164: `+91${national}` };
}

function nationalIndianDigits(digits: string): string | undefined {
  if (digits.length === 10) return digits;
  if (digits.length === 11 && digits.startsWith('0')) return digits.slice(1);
  if (digits.length === 12 && digits.startsWith('91')) return digits.slice(2);
  return undefined;
}

/** `+919876543210` → `+91******3210`: enough to tell calls apart in logs, not to dial. */
export function maskPhone(value: string): string {
  const digits = value.replace(/[^0-9]/g, '');
  if (digits.length <= 4) return '****';
  const prefix = value.startsWith('+') ? `+${digits.slice(0, 2)}` : '';
  const hidden = digits.length - 4 - (prefix ? 2 : 0);
  return `${prefix}${'*'.repeat(Math.max(hidden, 2))}${digits.slice(-4)}`;
}

/** A phone number as the API takes it (E.164 or an Indian national form), parsed to E.164. */
export const phoneNumberSchema = z
  .string()
  .max(40)
  .meta({
    description: 'E.164 (+919876543210) or an Indian national form (9876543210, 09876543210)',
    example: '+919876543210',
  })
  .transform((value, ctx) => {
    const result = normalizePhone(value);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
