// What ops read: the balance, usage by channel today and this month, the ledger page by page,
// budgets and alerts. Read-only queries over the tables credits/ledger.ts writes.
import type pg from 'pg';
import { type CreditRates, forecast, type Millicredits, usedPercent } from '../domain/credits.js';
import type { Narrow, Row, Tables } from '../lib/db.js';
import { ACCOUNT_SCOPE, type Channel } from './ledger.js';

export interface ScopeBalance {
  granted: Millicredits;
  used: Millicredits;
  reserved: Millicredits;
  available: Millicredits;
  /** Percent of what was granted that has been used (settled), one decimal (domain/credits.ts). */
  usedPercent: number;
}

export interface CreditSummary {
  balance: ScopeBalance;
  usage: { today: Record<Channel, Millicredits>; thisMonth: Record<Channel, Millicredits>; timezone: string };
  forecast: { twoMinuteCalls: number; messages: number };
}

type ScopeSums = Row<'credit_scopes', 'limit_milli' | 'used_milli' | 'reserved_milli'>;

export function scopeBalance(row: ScopeSums): ScopeBalance {
  const granted = Number(row.limit_milli);
  const used = Number(row.used_milli);
  const reserved = Number(row.reserved_milli);
  return {
    granted,
    used,
    reserved,
    available: granted - used - reserved,
    usedPercent: usedPercent(used, granted),
  };
}

/** The account's balance alone: one row, no usage sums. */
export async function accountBalance(pool: pg.Pool): Promise<ScopeBalance> {
  const { rows } = await pool.query<ScopeSums>(
    `SELECT limit_milli, used_milli, reserved_milli FROM credit_scopes WHERE id = $1`,
    [ACCOUNT_SCOPE],
  );
  if (!rows[0]) throw new Error('The credit account does not exist yet');
  return scopeBalance(rows[0]);
}

export async function creditSummary(pool: pg.Pool, rates: CreditRates, timezone: string): Promise<CreditSummary> {
  const [balance, usage] = await Promise.all([
    accountBalance(pool),
    // Settled usage since the start of this day and month in the configured time zone.
    // Settle entries carry their reservation's channel. The sums are numeric: strings.
    pool.query<Narrow<Row<'credit_ledger', 'channel'>, { channel: Channel }> & { today: string; month: string }>(
      `WITH bounds AS (
         SELECT date_trunc('day', now() AT TIME ZONE $1) AT TIME ZONE $1 AS day_start,
                date_trunc('month', now() AT TIME ZONE $1) AT TIME ZONE $1 AS month_start)
       SELECT channel,
              COALESCE(-SUM(amount_milli) FILTER (WHERE created_at >= bounds.day_start), 0) AS today,
              COALESCE(-SUM(amount_milli), 0) AS month
       FROM credit_ledger, bounds
       WHERE kind = 'settle' AND created_at >= bounds.month_start
       GROUP BY channel`,
      [timezone],
    ),
  ]);
  const today: Record<Channel, Millicredits> = { voice: 0, whatsapp: 0 };
  const thisMonth: Record<Channel, Millicredits> = { voice: 0, whatsapp: 0 };
  for (const row of usage.rows) {
    today[row.channel] = Number(row.today);
    thisMonth[row.channel] = Number(row.month);
  }
  return { balance, usage: { today, thisMonth, timezone }, forecast: forecast(balance.available, rates) };
}

export interface LedgerEntry {
  id: string;
  createdAt: string;
  kind: 'grant' | 'top_up' | 'reserve' | 'settle' | 'release';
  amount: Millicredits;
  reserved: Millicredits;
  channel: Channel | null;
  ownerType: string | null;
  ownerId: string | null;
  reservationId: string | null;
  budgetId: string | null;
  quantity: number | null;
  actor: string | null;
  note: string | null;
}

export interface LedgerFilter {
  kind?: LedgerEntry['kind'];
  channel?: Channel;
  ownerType?: string;
  ownerId?: string;
  budgetId?: string;
  from?: Date;
  to?: Date;
  /** Entries older than this entry ID (the previous page's `nextCursor`). */
  before?: string;
  limit: number;
}

/** Newest first, `limit` at a time; `nextCursor` fetches the next page. */
export async function ledgerPage(
  pool: pg.Pool,
  filter: LedgerFilter,
): Promise<{ entries: LedgerEntry[]; nextCursor: string | null }> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const where = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (filter.kind) where('kind = ?', filter.kind);
  if (filter.channel) where('channel = ?', filter.channel);
  if (filter.ownerType) where('owner_type = ?', filter.ownerType);
  if (filter.ownerId) where('owner_id = ?', filter.ownerId);
  if (filter.budgetId) where('budget_id = ?', `budget:${filter.budgetId}`);
  if (filter.from) where('created_at >= ?', filter.from);
  if (filter.to) where('created_at < ?', filter.to);
  if (filter.before) where('id < ?', filter.before);
  values.push(filter.limit + 1);
  // kind is CHECK-constrained to LedgerEntry['kind']; channel is written only from a Channel.
  const { rows } = await pool.query<
    Narrow<
      Row<
        'credit_ledger',
        | 'id'
        | 'created_at'
        | 'kind'
        | 'amount_milli'
        | 'reserved_milli'
        | 'channel'
        | 'owner_type'
        | 'owner_id'
        | 'reservation_id'
        | 'budget_id'
        | 'quantity'
        | 'actor'
        | 'note'
      >,
      { kind: LedgerEntry['kind']; channel: Channel | null }
    >
  >(
    `SELECT id, created_at, kind, amount_milli, reserved_milli, channel, owner_type, owner_id, reservation_id,
            budget_id, quantity, actor, note
     FROM credit_ledger ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY id DESC LIMIT $${values.length}`,
    values,
  );
  const entries = rows.slice(0, filter.limit).map((row): LedgerEntry => ({
    id: row.id,
    createdAt: row.created_at.toISOString(),
    kind: row.kind,
    amount: Number(row.amount_milli),
    reserved: Number(row.reserved_milli),
    channel: row.channel,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    reservationId: row.reservation_id,
    budgetId: row.budget_id === null ? null : row.budget_id.replace(/^budget:/, ''),
    quantity: row.quantity,
    actor: row.actor,
    note: row.note,
  }));
  return { entries, nextCursor: rows.length > filter.limit ? entries.at(-1)!.id : null };
}

export interface BudgetView extends ScopeBalance {
  id: string;
  name: string;
  ownerType: string | null;
  ownerId: string | null;
}

/** Budgets, newest first; just the one when `id` is given. */
export async function listBudgets(pool: pg.Pool, id?: string): Promise<BudgetView[]> {
  const { rows } = await pool.query<ScopeSums & Row<'credit_scopes', 'id' | 'name' | 'owner_type' | 'owner_id'>>(
    `SELECT id, name, owner_type, owner_id, limit_milli, used_milli, reserved_milli FROM credit_scopes
     WHERE kind = 'budget' AND deleted_at IS NULL AND ($1::text IS NULL OR id = $1) ORDER BY created_at DESC LIMIT 500`,
    [id === undefined ? null : `budget:${id}`],
  );
  return rows.map((row) => ({
    id: row.id.replace(/^budget:/, ''),
    name: row.name,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    ...scopeBalance(row),
  }));
}

export interface AlertView {
  id: string;
  scope: string;
  thresholdPercent: number;
  used: Millicredits;
  granted: Millicredits;
  createdAt: string;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
}

export async function listAlerts(pool: pg.Pool, limit = 50): Promise<AlertView[]> {
  const { rows } = await pool.query<Tables['credit_alerts']>(`SELECT * FROM credit_alerts ORDER BY id DESC LIMIT $1`, [
    limit,
  ]);
  return rows.map((row) => ({
    id: row.id,
    scope: row.scope_id,
    thresholdPercent: row.threshold_percent,
    used: Number(row.used_milli),
    granted: Number(row.limit_milli),
    createdAt: row.created_at.toISOString(),
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.last_error,
  }));
}
