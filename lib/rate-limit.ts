// Fixed one-minute windows counted in PostgreSQL (rate-limiter-flexible's Postgres store on the
// app's `pg` pool), so every API process shares the counters without another server to run.
// Each hit is one upsert on the `rate_limits` table, which the library creates if missing. A key
// over its limit is then blocked in memory until its window ends, so a flood costs no queries;
// while PostgreSQL does not answer, a per-process memory limiter stands in.
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

export type LimitVerdict = { limited: false } | { limited: true; retryAfterSec: number };

export interface RateLimiter {
  /** Counts one request against `key`; `limited` once the minute's allowance is spent. */
  hit(key: string): Promise<LimitVerdict>;
}

const WINDOW_SEC = 60;
export const RATE_LIMIT_TABLE = 'rate_limits';

const unlimited: RateLimiter = { hit: async () => ({ limited: false }) };

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
      inMemoryBlockOnConsumed: perMinute + 1,
      inMemoryBlockDuration: WINDOW_SEC,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: perMinute, duration: WINDOW_SEC }),
    },
    // Creation races between processes are handled by the library; a failure leaves the insurance limiter in charge.
    () => undefined,
  );
  return {
    async hit(key) {
      try {
        await store.consume(key);
        return { limited: false };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { limited: true, retryAfterSec: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        // Neither store answered: a limiter must never turn a working API into a failing one.
        return { limited: false };
      }
    },
  };
}
