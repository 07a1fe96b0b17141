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
