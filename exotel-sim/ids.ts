import { randomBytes } from 'node:crypto';

/** 32 lowercase hex characters, optionally ending in a fixed cluster suffix. */
export function newCallSid(suffix: string): string {
  const hex = randomBytes(16).toString('hex');
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
