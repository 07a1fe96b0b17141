import { randomBytes } from 'node:crypto';

/** The cluster suffix of every Mumbai Call Sid seen (docs/exotel.md §1), appended by the `exotel` alphabet. */
export const MUMBAI_CLUSTER_SUFFIX = '19bc';

/**
 * A Call Sid. `hex`: 32 lowercase hex characters whose last ones are `suffix`. `exotel`: 32 lowercase
 * hex characters, followed on every other call (odd `sequence`) by a cluster suffix (`suffix`, or
 * `19bc` when none is set), so both lengths, 32 and 36, turn up in any run of two calls.
 */
export function newCallSid(suffix: string, alphabet: 'hex' | 'exotel' = 'hex', sequence = 0): string {
  const hex = randomBytes(16).toString('hex');
  if (alphabet === 'exotel') return sequence % 2 === 1 ? hex + (suffix || MUMBAI_CLUSTER_SUFFIX) : hex;
  return hex.slice(0, 32 - suffix.length) + suffix;
}

export function newToken(): string {
  return randomBytes(16).toString('hex');
}

/** `count` ids of 32 lowercase hex characters, from one read of the random source. */
export function newHexIds(count: number): string[] {
  const hex = randomBytes(16 * count).toString('hex');
  return Array.from({ length: count }, (_, index) => hex.slice(index * 32, index * 32 + 32));
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URL_SAFE = `${BASE62}-_`;

function spell(bytes: Buffer, offset: number, length: number, alphabet: string): string {
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet[(bytes[offset + index] ?? 0) % alphabet.length];
  return text;
}

/** Bytes of randomness one `exotel` WhatsApp sid may use (the longest shape). */
const SID_BYTES = 64;

/** The shape of the n-th `exotel` WhatsApp sid: they take turns, so any three sends show all three. */
function exotelWhatsAppSid(bytes: Buffer, offset: number, sequence: number): string {
  switch (sequence % 3) {
    case 0: // base62, mixed case
      return spell(bytes, offset, 32, BASE62);
    case 1: // mixed case in dashed groups
      return [8, 4, 4, 4, 12]
        .map((length, group, lengths) =>
          spell(bytes, offset + lengths.slice(0, group).reduce((sum, before) => sum + before, 0), length, BASE62),
        )
        .join('-');
    default: // longer, URL-safe base64 alphabet (dashes and underscores anywhere)
      return spell(bytes, offset, SID_BYTES, URL_SAFE);
  }
}

/**
 * `count` WhatsApp message sids from one read of the random source. `hex`: 32 lowercase hex
 * characters. `exotel`: not hex: base62 in mixed case (32 characters), dashed groups (36), or a
 * longer URL-safe string (64), taking turns by `firstSequence + index`.
 */
export function newWhatsAppSids(count: number, format: 'hex' | 'exotel', firstSequence = 0): string[] {
  if (format === 'hex') return newHexIds(count);
  const bytes = randomBytes(SID_BYTES * count);
  return Array.from({ length: count }, (_, index) =>
    exotelWhatsAppSid(bytes, index * SID_BYTES, firstSequence + index),
  );
}
