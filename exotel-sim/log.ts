// One JSON line per event, with phone numbers masked to their last 4 digits.
import { maskPhoneNumbers } from './phone.js';

export function logLine(level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const line = maskPhoneNumbers(JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields }));
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}
