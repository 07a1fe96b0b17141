// Retention of the event log: events older than EVENTS_RETENTION_DAYS go, with their deliveries
// and attempts (foreign keys cascade), a batch at a time so no statement runs long; so do the
// sequence counters of resources that have had no event for as long.
import type pg from 'pg';

export async function deleteExpiredEvents(pool: pg.Pool, retentionDays: number, batch = 10_000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const { rowCount } = await pool.query(
      `DELETE FROM events WHERE id IN (
         SELECT id FROM events WHERE created_at < now() - make_interval(days => $1) ORDER BY id LIMIT $2)`,
      [retentionDays, batch],
    );
    deleted += rowCount ?? 0;
    if ((rowCount ?? 0) < batch) break;
  }
  await pool.query(`DELETE FROM resource_seq WHERE updated_at < now() - make_interval(days => $1)`, [retentionDays]);
  return deleted;
}
