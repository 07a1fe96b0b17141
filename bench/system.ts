// How the benchmarks reach the system started by `npm start`: the same environment files.
import { payloadKeySettingsFrom } from '../config/payload-keys.js';
import { temporalDataConverter } from '../lib/temporal.js';
import { loadEnvFiles } from '../scripts/lib/env-files.js';
import { getJson } from './lib.js';

loadEnvFiles();

export const apiPort = Number(process.env.PORT ?? 3000);
export const apiUrl = `http://127.0.0.1:${apiPort}`;
/** The first key of API_KEYS, without its roles (`role[+role]:key`). */
export const apiKey = (process.env.API_KEYS ?? '')
  .split(',')[0]!
  .trim()
  .replace(/^[a-z+]+:/, '');
export const simUrl = process.env.EXOTEL_BASE_URL || 'http://127.0.0.1:4010';
export const databaseUrl = process.env.DATABASE_URL!;
export const temporalAddress = process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
/** Temporal payloads encrypted with the system's keys (PAYLOAD_ENCRYPTION_KEYS), as its API and worker do. */
export const dataConverter = temporalDataConverter(payloadKeySettingsFrom(process.env));
export const authorized = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
/** An admin key: ADMIN_API_KEYS, or an `admin` entry of API_KEYS. */
const adminKey =
  (process.env.ADMIN_API_KEYS ?? '').split(',')[0]!.trim() ||
  (process.env.API_KEYS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .find((entry) => /^[a-z+]*admin[a-z+]*:/.test(entry))
    ?.replace(/^[a-z+]+:/, '') ||
  '';

/** Adds credits, so a benchmark runs on a fresh database too; says so when there is no admin key. */
export async function topUp(credits: number, note: string): Promise<void> {
  if (!adminKey) {
    console.log('No admin key in ADMIN_API_KEYS or API_KEYS: no top-up; work stops when the balance runs out');
    return;
  }
  await getJson(`${apiUrl}/v1/credits/top-ups`, {
    method: 'POST',
    headers: { ...authorized, authorization: `Bearer ${adminKey}` },
    body: JSON.stringify({ credits, note }),
  });
}

/** Fails fast, with the fix, when the system or its simulator is not running. */
export async function requireRunningSystem(): Promise<void> {
  try {
    await getJson(`${apiUrl}/healthz`);
    await getJson(`${simUrl}/_sim/health`);
  } catch (error) {
    console.error(
      `The benchmarks run against the system started by \`npm start\` (with the simulator).\n${String(error)}`,
    );
    process.exit(1);
  }
}

/** Lets the simulator take any load: no voice rate limit, long calls that never call back. */
export async function quietSimulator(talkMs: number): Promise<void> {
  await getJson(`${simUrl}/_sim/variants`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rateLimitPerMinute: 0 }),
  });
  await getJson(`${simUrl}/_sim/scripts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      script: {
        agentRingMs: 200,
        customerRingMs: 200,
        talkMs,
        callbacks: { answered: { drop: true }, terminal: { drop: talkMs > 60_000 } },
      },
    }),
  });
}

export async function resetSimulator(): Promise<void> {
  await getJson(`${simUrl}/_sim/reset`, { method: 'POST' });
}

export function randomMobile(): string {
  return `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
}
