// exoflow's busiest tables are queues: webhook rows are inserted and updated once, message rows
// are updated at every delivery report, the event log's sequence rows at every event. Each update
// leaves a dead row, and PostgreSQL's autovacuum normally clears them. A server with autovacuum
// off (this project's development machines have it off) piles them up: after 100,000 messages,
// 300,000 dead rows each in message_sends and whatsapp_events, and never any statistics, so index
// scans walk dead entries and the campaign's pace fell from 800 to 220 msg/s within four minutes.
//
// So the worker checks the server's setting at start. With autovacuum on it does nothing. With it
// off it warns once and does autovacuum's job for this database: every 15 seconds it reads
// pg_stat_user_tables and runs VACUUM (ANALYZE) on a table whose dead rows pass the threshold
// (ANALYZE alone when only its statistics are stale). SKIP_LOCKED: with several workers, a table
// another one is vacuuming is left to it.
import type pg from 'pg';
import type { Logger } from './logger.js';

export interface TableActivity {
  table: string;
  liveRows: number;
  deadRows: number;
  /** Rows inserted, updated or deleted since the table's statistics were last gathered. */
  changedSinceAnalyze: number;
}

export type Maintenance = 'vacuum' | 'analyze';

/**
 * autovacuum's default fractions of a table (0.2 dead for VACUUM, 0.1 changed for ANALYZE), with a
 * base of 1,000 rows instead of its 50 so small tables are left alone. Vacuuming more eagerly costs
 * more than it saves: a VACUUM of message_sends rewrites seven indexes.
 */
const VACUUM_BASE = 1_000;
const VACUUM_FRACTION = 0.2;
const ANALYZE_BASE = 1_000;
const ANALYZE_FRACTION = 0.1;

/** What a table needs now, if anything. */
export function maintenanceFor(table: TableActivity): Maintenance | null {
  if (table.deadRows > VACUUM_BASE + VACUUM_FRACTION * table.liveRows) return 'vacuum';
  if (table.changedSinceAnalyze > ANALYZE_BASE + ANALYZE_FRACTION * table.liveRows) return 'analyze';
  return null;
}

export interface VacuumSweeperOptions {
  intervalMs?: number;
}

export class VacuumSweeper {
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    private readonly options: VacuumSweeperOptions = {},
  ) {}

  /** Starts sweeping if, and only if, the server's autovacuum is off; returns whether it did. */
  async start(): Promise<boolean> {
    const { rows } = await this.pool.query<{ autovacuum: string }>(
      `SELECT current_setting('autovacuum') AS autovacuum`,
    );
    if (rows[0]?.autovacuum !== 'off') return false;
    this.logger.warn(
      "PostgreSQL's autovacuum is off: the worker vacuums and analyzes this database's busy tables itself. Turn autovacuum on in production.",
    );
    this.timer = setInterval(() => {
      this.pass ??= this.sweepOnce()
        .then(() => undefined)
        .catch((error) => this.logger.warn('vacuum sweep failed', { error }))
        .finally(() => {
          this.pass = null;
        });
    }, this.options.intervalMs ?? 15_000);
    return true;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pass;
  }

  /** One look at the tables, and the maintenance they need, one table after another. Returns what it did. */
  async sweepOnce(): Promise<{ table: string; did: Maintenance }[]> {
    const { rows } = await this.pool.query<{ table: string; live: string; dead: string; changed: string }>(
      `SELECT relname AS table, n_live_tup AS live, n_dead_tup AS dead, n_mod_since_analyze AS changed
       FROM pg_stat_user_tables WHERE schemaname = current_schema()`,
    );
    const done: { table: string; did: Maintenance }[] = [];
    for (const row of rows) {
      const did = maintenanceFor({
        table: row.table,
        liveRows: Number(row.live),
        deadRows: Number(row.dead),
        changedSinceAnalyze: Number(row.changed),
      });
      if (!did) continue;
      const name = `"${row.table.replaceAll('"', '""')}"`;
      await this.pool.query(
        did === 'vacuum' ? `VACUUM (ANALYZE, SKIP_LOCKED) ${name}` : `ANALYZE (SKIP_LOCKED) ${name}`,
      );
      done.push({ table: row.table, did });
    }
    return done;
  }
}
