// Pacing shared by every worker and campaign: a virtual clock per key (a sending number, a
// campaign) in PostgreSQL, the generic cell rate algorithm. Taking n messages' worth of a key
// moves its next free slot n / rate seconds on from max(now, next free slot) and returns when the
// caller may send. A key that falls behind never bursts to catch up.
import type pg from 'pg';

export interface RateLimit {
  key: string;
  perSecond: number;
}

/** Books `count` messages on every limit; resolves to the instant they may be sent. */
export async function bookSendSlot(pool: pg.Pool, limits: readonly RateLimit[], count: number): Promise<Date> {
  let startAt = 0;
  for (const limit of limits) {
    const { rows } = await pool.query<{ start_at: Date }>(
      `INSERT INTO send_rate_slots AS s (key, next_free_at) VALUES ($1, clock_timestamp() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET next_free_at = GREATEST(s.next_free_at, clock_timestamp()) + make_interval(secs => $2)
       RETURNING next_free_at - make_interval(secs => $2) AS start_at`,
      [limit.key, count / limit.perSecond],
    );
    startAt = Math.max(startAt, rows[0]!.start_at.getTime());
  }
  return new Date(startAt);
}
