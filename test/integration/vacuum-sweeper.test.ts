// The worker's vacuum sweep against the test database: a table full of dead rows is vacuumed and
// analyzed in one pass; its dead rows are gone afterwards.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../../lib/db.js';
import { createLogger } from '../../lib/logger.js';
import { VacuumSweeper } from '../../lib/vacuum-sweeper.js';
import { eventually } from '../support/app-stack.js';
import { testDatabaseUrl } from '../support/stack.js';

const TABLE = `vacuum_sweep_${randomUUID().slice(0, 8)}`;
let db: Db;
beforeAll(async () => {
  db = createDb(testDatabaseUrl());
  await db.pool.query(`CREATE TABLE ${TABLE} (id int PRIMARY KEY, n int NOT NULL)`);
});
afterAll(async () => {
  await db.pool.query(`DROP TABLE IF EXISTS ${TABLE}`);
  await closeDb(db);
});

const stats = async () =>
  (
    await db.pool.query<{ dead: string; last_vacuum: Date | null; last_analyze: Date | null }>(
      `SELECT n_dead_tup AS dead, last_vacuum, last_analyze FROM pg_stat_user_tables WHERE relname = $1`,
      [TABLE],
    )
  ).rows[0];

describe('VacuumSweeper', () => {
  it('vacuums and analyzes a table whose dead rows pass the threshold, and no table twice in a row', async () => {
    await db.pool.query(`INSERT INTO ${TABLE} SELECT g, 0 FROM generate_series(1, 5000) g`);
    await db.pool.query(`UPDATE ${TABLE} SET n = n + 1`);
    // The server publishes table statistics within a second or so of the commit.
    await eventually(async () => (Number((await stats())?.dead ?? 0) >= 5000 ? true : undefined), 10_000);

    const sweeper = new VacuumSweeper(db.pool, createLogger({ service: 'test' }, 'warn'));
    const first = await sweeper.sweepOnce();
    expect(first).toContainEqual({ table: TABLE, did: 'vacuum' });
    const after = await stats();
    expect(after?.last_vacuum).not.toBeNull();
    expect(after?.last_analyze).not.toBeNull();
    expect(Number(after?.dead)).toBe(0);
    expect((await sweeper.sweepOnce()).map((done) => done.table)).not.toContain(TABLE);
  });
});
