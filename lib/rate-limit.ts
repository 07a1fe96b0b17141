// Fixed one-minute windows counted in PostgreSQL (rate-limiter-flexible's Postgres store on the
// app's `pg` pool), so every API process shares the counters without another server to run.
// A request never waits for that count: each process decides from what it knows (the shared
// count at its last sync, plus its own hits since) and adds its hits to the shared count in one
// upsert per key every FLUSH_MS. Waiting on the upsert serialised bursts: 50 calls at once from
// one key queued on that key's row, one commit after another (bench:calls, p99 1.5 s).
// Across API processes the limit therefore holds to within one flush interval's hits. While
// PostgreSQL does not answer, the process's own count stands in.
import type pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export type LimitVerdict = { limited: false } | { limited: true; retryAfterSec: number };

export interface RateLimiter {
  /** Counts one request against `key`; `limited` once the minute's allowance is spent. */
  hit(key: string): Promise<LimitVerdict>;
}

const WINDOW_SEC = 60;
export const RATE_LIMIT_TABLE = 'rate_limits';

const unlimited: RateLimiter = { hit: async () => ({ limited: false }) };

/** How often a process adds its hits to the shared counters. */
const FLUSH_MS = 50;

interface Window {
  /** The shared count at the last sync (every process's hits in this window). */
  shared: number;
  /** Hits sent in the sync under way. */
  syncing: number;
  /** Hits not yet sent. */
  pending: number;
  resetAt: number;
}

/** `perMinute` requests per key and minute (0: no limit), counted under `name`. */
export function postgresRateLimiter(pool: pg.Pool, name: string, perMinute: number): RateLimiter {
  if (perMinute <= 0) return unlimited;
  const store = new RateLimiterPostgres(
    {
      storeClient: pool,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      keyPrefix: name,
      points: perMinute,
      duration: WINDOW_SEC,
    },
    // Creation races between processes are handled by the library; until the table exists the
    // process's own counts decide.
    () => undefined,
  );
  const windows = new Map<string, Window>();
  let flushing: NodeJS.Timeout | null = null;

  async function sync(key: string, window: Window): Promise<void> {
    window.syncing = window.pending;
    window.pending = 0;
    try {
      const result = await store.consume(key, window.syncing);
      window.shared = result.consumedPoints;
      window.resetAt = Date.now() + result.msBeforeNext;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        window.shared = rejection.consumedPoints;
        window.resetAt = Date.now() + rejection.msBeforeNext;
      } else window.shared += window.syncing; // PostgreSQL did not answer: keep our own count.
    }
    window.syncing = 0;
  }

  function flush(): void {
    flushing = null;
    const now = Date.now();
    for (const [key, window] of windows) {
      if (window.pending > 0 && window.syncing === 0) void sync(key, window);
      else if (window.pending === 0 && window.syncing === 0 && now >= window.resetAt) windows.delete(key);
    }
    if ([...windows.values()].some((window) => window.pending > 0)) schedule();
  }

  function schedule(): void {
    if (flushing) return;
    flushing = setTimeout(flush, FLUSH_MS);
    flushing.unref();
  }

  return {
    async hit(key) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || (now >= window.resetAt && window.syncing === 0)) {
        window = { shared: 0, syncing: 0, pending: 0, resetAt: now + WINDOW_SEC * 1000 };
        windows.set(key, window);
      }
      // A refused request counts too, as it always has: a flood keeps its client limited.
      window.pending += 1;
      schedule();
      const used = window.shared + window.syncing + window.pending;
      if (used <= perMinute) return { limited: false };
      return {
        limited: true,
        retryAfterSec: Math.min(WINDOW_SEC, Math.max(1, Math.ceil((window.resetAt - now) / 1000))),
      };
    },
  };
}
