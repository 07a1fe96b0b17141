// Structured JSON logs, one line each. Every string that looks like a phone number is masked
// before it is written, whatever field it sits in, so a careless log call cannot leak one.
import { maskPhone } from '../domain/phone.js';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const PHONE = /\+?\b[0-9][0-9 -]{8,16}[0-9]\b/g;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

function maskPhonesIn(text: string): string {
  return text.replace(PHONE, (match) => (match.replace(/[^0-9]/g, '').length >= 10 ? maskPhone(match) : match));
}

function scrub(value: unknown): unknown {
  if (typeof value === 'string') return maskPhonesIn(value);
  if (value instanceof Error) return { name: value.name, message: maskPhonesIn(value.message) };
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrub(inner)]));
  }
  return value;
}

export function createLogger(
  base: Record<string, unknown> = {},
  minLevel: Level = (process.env.LOG_LEVEL as Level | undefined) ?? 'info',
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const emit = (level: Level, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < (ORDER[minLevel] ?? ORDER.info)) return;
    write(JSON.stringify(scrub({ time: new Date().toISOString(), level, msg, ...base, ...fields })));
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger({ ...base, ...fields }, minLevel, write),
  };
}
