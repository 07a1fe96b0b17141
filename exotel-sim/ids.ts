import { randomBytes } from 'node:crypto';

/** 32 lowercase hex characters, optionally ending in a fixed cluster suffix. */
export function newCallSid(suffix: string): string {
  const hex = randomBytes(16).toString('hex');
  return hex.slice(0, 32 - suffix.length) + suffix;
}

export function newToken(): string {
  return randomBytes(16).toString('hex');
}
