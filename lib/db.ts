// PostgreSQL access: one pg pool, shared by plain SQL and by Prisma (through its pg adapter).
//
// Plain SQL (`pool.query`, `inTransaction`) is the default for reads and writes in features:
// hot paths (accepting a call, committing webhooks, reserving credits) and anything a single
// statement does better than several (upserts over unnest, DISTINCT ON, FOR UPDATE SKIP LOCKED).
// Prisma's query compiler costs ~5 ms of CPU per statement on these machines, plain pg ~1 ms.
// Prisma is for the calls model off the hot path, where that cost does not show and its typed
// model reads better: the call workflow's state and recording writes (activities/), the API's
// reads of calls and their events, the sweeper's scan for orphans.
//
// Either way the types come from prisma/schema.prisma: Prisma's model types, or for plain SQL
// `Row<'table', 'col' | ...>` (generated/db-rows.ts, written by `prisma generate`), the columns as
// pg returns them: snake_case, int8 and numeric as strings, timestamps as Date, jsonb as unknown.
// Computed columns (count(*), sums, EXISTS) are typed by hand beside the Row<>; a column the code
// knows more about than the schema says (a CHECK-constrained text, a jsonb shape) is narrowed
// with Narrow<>, in the query's row type, once.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from './logger.js';

export type { Row, Tables } from '../generated/db-rows.js';

/**
 * Row `R` with the columns of `N` typed more narrowly than the schema can: a text column that a
 * CHECK constraint limits to a union, a jsonb column whose shape its writer guarantees. Each
 * column of `N` must be a column of `R` and fit its schema type, so renaming or retyping it still
 * fails the type check. The narrowing is a claim, not a check: parse instead where a row may hold
 * anything else.
 */
export type Narrow<R, N extends { [K in keyof N]: K extends keyof R ? R[K] : never }> = {
  [K in keyof R]: K extends keyof N ? N[K] : R[K];
};

export type Db = PrismaClient & { readonly pool: pg.Pool };

/**
 * The pool behind every query. PostgreSQL restarting (or a failover, or an idle timeout on a
 * proxy) ends the connections it holds, and pg reports that as an 'error' event: on the pool for
 * an idle connection, on the client itself for one checked out between two queries (a
 * transaction awaiting its next step). Without a listener Node treats either as unhandled and
 * the process dies. pg has already dropped the connection and fails the query that was using
 * it; the next one opens a new connection, so a warning is all it takes.
 */
export function createDb(databaseUrl: string, poolSize = 10, logger?: Pick<Logger, 'warn'>): Db {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const lost = (error: Error) => logger?.warn('PostgreSQL closed a pooled connection', { error });
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
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

/** SQLSTATEs and socket errors that mean "PostgreSQL is not there right now", not "this query is wrong". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or in recovery
  '53300', // too_many_connections
  'P1001', // Prisma: can't reach the database server
  'P1002', // Prisma: the server timed out
  'P1017', // Prisma: the server closed the connection
  'P2024', // Prisma: timed out waiting for a pooled connection
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Can't reach database server|Client has encountered a connection error|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when `error` (or an error it wraps) says the database could not be reached or went away
 * mid-query: a condition to retry later (the API answers 503), not a fault in the request.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/** Worth running again: the database is unavailable, or PostgreSQL broke a deadlock or a serialization conflict. */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return isDatabaseUnavailable(error) || code === '40P01' || code === '40001';
}
