// PostgreSQL access: Prisma for the model, and the same connection pool for the two hot paths
// (accepting a call, committing webhooks) where raw SQL is measurably faster: Prisma's query
// compiler costs ~5 ms of CPU per statement on these machines, plain pg ~1 ms.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient & { readonly pool: pg.Pool };

export function createDb(databaseUrl: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return Object.assign(prisma, { pool });
}

export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
  if (!db.pool.ended) await db.pool.end();
}

/** A pool or one of its clients (inside a transaction): what a query helper runs on. */
export type Queryable = pg.Pool | pg.PoolClient;

/** Runs `work` in one transaction on a pooled client: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
