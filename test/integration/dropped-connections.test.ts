// PostgreSQL ending our connections, as a restart or a failover does (pg_terminate_backend sends
// the same "terminating connection due to administrator command"): the pool's dropped
// connections crash nothing and the next query works; a LISTEN connection comes back and its
// owner hears notifications again.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../../lib/db.js';
import { createLogger } from '../../lib/logger.js';
import { PgListener } from '../../lib/pg-listener.js';
import { eventually } from '../support/app-stack.js';
import { testDatabaseUrl } from '../support/stack.js';

const logger = createLogger({ service: 'test' }, 'error');
let admin: pg.Client;

/** Ends every backend of this database's connections whose application_name is `name`. */
async function terminate(name: string): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
    [name],
  );
  return rows.filter((row) => row.ended).length;
}

const named = (name: string) => {
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('application_name', name);
  return url.toString();
};

beforeAll(async () => {
  admin = new pg.Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
});

describe('connections PostgreSQL ends', () => {
  let db: Db;
  afterAll(async () => {
    if (db) await closeDb(db);
  });

  it('crash nothing: idle and checked-out pooled connections are dropped and the next query opens a new one', async () => {
    const name = `pool-${randomUUID().slice(0, 8)}`;
    db = createDb(named(name), 3, logger);
    // One connection idle in the pool, one checked out between two queries of a transaction.
    await Promise.all([db.pool.query('SELECT pg_sleep(0.1)'), db.pool.query('SELECT pg_sleep(0.1)')]);
    const held = await db.pool.connect();
    await held.query('BEGIN');
    expect(await terminate(name)).toBeGreaterThanOrEqual(2);
    await expect(held.query('SELECT 1')).rejects.toThrow();
    held.release(true);
    // Still here (an unhandled 'error' event would have ended the test process), and working.
    const { rows } = await eventually(async () => db.pool.query<{ one: number }>('SELECT 1 AS one'), 10_000);
    expect(rows[0]!.one).toBe(1);
  });

  it('a LISTEN connection comes back and its owner hears notifications again', async () => {
    const name = `listen-${randomUUID().slice(0, 8)}`;
    const channel = `test_${randomUUID().replaceAll('-', '')}`;
    let heard = 0;
    const listener = new PgListener({ databaseUrl: named(name), channel, name, logger, onNotify: () => heard++ });
    await listener.start();
    try {
      await admin.query(`NOTIFY ${channel}`);
      await eventually(async () => (heard >= 1 ? true : undefined), 5_000, 'the first notification');
      expect(await terminate(name)).toBe(1);
      // Back within a few seconds: it wakes its owner once, then hears NOTIFYs again.
      await eventually(async () => (heard >= 2 ? true : undefined), 15_000, 'the wake-up after reconnecting');
      const before = heard;
      await admin.query(`NOTIFY ${channel}`);
      await eventually(async () => (heard > before ? true : undefined), 5_000, 'a notification after reconnecting');
    } finally {
      await listener.stop();
    }
  });
});
