// The credit ledger: every reservation, settlement, release and top-up is an append-only row,
// and the scopes it sums into (the account, and budgets as sub-limits) are updated in the same
// transaction, under a row lock, so concurrent reservations never overdraw. Plain SQL through the
// pool: reservations sit on the hot path of accepting a call.
//
//   reserve  -> held credits: available = granted - used - reserved goes down
//   settle   -> what was really used is charged and the hold is dropped (release when used is 0)
//   top_up   -> granted goes up (and alerts re-arm)
//
// Every operation is idempotent by its reservation ID (or a top-up's idempotency key), so an
// activity retried after a crash charges once.
import type pg from 'pg';
import { appendEvents } from '../events/emit.js';
import { creditAlertEvent } from '../events/resources.js';
import type { CreditAlertRow } from './alert-resource.js';
import { nextAlerts } from '../domain/credit-alerts.js';
import { decideReservation, type RefusalReason } from '../domain/credit-reservation.js';
import { inTransaction, type Narrow, type Row } from '../lib/db.js';
import type { Millicredits } from '../domain/credits.js';

export const ACCOUNT_SCOPE = 'account';
export const budgetScopeId = (budgetId: string) => `budget:${budgetId}`;
/** Where the worker's alert dispatcher listens for new alerts. */
export const ALERT_CHANNEL = 'credit_alerts';

export type Channel = 'voice' | 'whatsapp';
/** Who a reservation belongs to: a call, a campaign's batch of messages, or a single message. */
export type OwnerType = 'call' | 'campaign_batch' | 'message';

export interface ReserveRequest {
  /** Unique per owner and attempt, e.g. `call:<call id>`: reserving twice returns the first result. */
  id: string;
  ownerType: OwnerType;
  ownerId: string;
  channel: Channel;
  /** What the work is expected to cost... */
  requested: Millicredits;
  /** ...and the least it can go ahead with: a smaller balance refuses the reservation. */
  minimum: Millicredits;
  /** A budget (its own ID, not the scope's) the reservation also counts against. */
  budgetId?: string;
  /** Minutes or messages the reservation covers, for the ledger. */
  quantity?: number;
  /** When the sweeper releases it if nobody settled it (a crashed owner). */
  expiresAt: Date;
}

export type ReserveResult =
  /** `open` is false for a reservation made earlier and already settled or released. */
  | { ok: true; reservationId: string; amount: Millicredits; open: boolean }
  | { ok: false; reason: RefusalReason; available: Millicredits; minimum: Millicredits };

export interface SettleRequest {
  reservationId: string;
  used: Millicredits;
  quantity?: number;
  /** Needed only when no reservation exists (work that began before the ledger did). */
  owner: { ownerType: OwnerType; ownerId: string; channel: Channel };
}

export interface TopUpRequest {
  amount: Millicredits;
  actor: string;
  note?: string;
  idempotencyKey?: string;
}

export class UnknownBudgetError extends Error {
  constructor(readonly budgetId: string) {
    super(`No budget ${budgetId}`);
  }
}

interface ScopeRow {
  id: string;
  limit: Millicredits;
  used: Millicredits;
  reserved: Millicredits;
  alertedPercent: number;
}

type Client = pg.PoolClient;

/** A reservation as stored; owner_type and channel are written only from an OwnerType and a Channel. */
type ReservationRow = Narrow<
  Row<
    'credit_reservations',
    'id' | 'owner_type' | 'owner_id' | 'channel' | 'budget_id' | 'amount_milli' | 'used_milli' | 'state'
  >,
  { owner_type: OwnerType; channel: Channel }
>;

export class CreditLedger {
  constructor(
    private readonly pool: pg.Pool,
    private readonly options: { alertThresholds: readonly number[] },
  ) {}

  /** Creates the account with its initial grant, once: later starts (and other grants) change nothing. */
  async ensureAccount(initialGrant: Millicredits): Promise<void> {
    await this.transaction(async (client) => {
      const { rowCount } = await client.query(
        `INSERT INTO credit_scopes (id, kind, name, limit_milli) VALUES ($1, 'account', 'Exotel account', $2)
         ON CONFLICT (id) DO NOTHING`,
        [ACCOUNT_SCOPE, initialGrant],
      );
      if (rowCount) {
        await client.query(
          `INSERT INTO credit_ledger (kind, amount_milli, actor, note, idempotency_key)
           VALUES ('grant', $1, 'system', 'initial credits', 'initial-grant')`,
          [initialGrant],
        );
      }
    });
  }

  async reserve(request: ReserveRequest): Promise<ReserveResult> {
    return (await this.transaction((client) => this.reserveWith(client, [request])))[0]!;
  }

  /**
   * Reserves for several owners inside the caller's transaction (accepting a burst of calls
   * commits their rows and reservations together), in order: each sees the ones before it.
   */
  async reserveWith(client: Client, requests: readonly ReserveRequest[]): Promise<ReserveResult[]> {
    if (requests.length === 0) return [];
    const budgetScopes = [...new Set(requests.flatMap((r) => (r.budgetId ? [budgetScopeId(r.budgetId)] : [])))];
    const scopes = await lockScopes(client, [ACCOUNT_SCOPE, ...budgetScopes]);
    const account = scopes.get(ACCOUNT_SCOPE)!;
    const { rows: existingRows } = await client.query<Pick<ReservationRow, 'id' | 'amount_milli' | 'state'>>(
      `SELECT id, amount_milli, state FROM credit_reservations WHERE id = ANY($1)`,
      [requests.map((r) => r.id)],
    );
    const existing = new Map(
      existingRows.map((row) => [row.id, { amount: Number(row.amount_milli), open: row.state === 'held' }]),
    );

    const accepted: (ReserveRequest & { amount: Millicredits })[] = [];
    const results = requests.map((request): ReserveResult => {
      const already = existing.get(request.id);
      if (already !== undefined) return { ok: true, reservationId: request.id, ...already };
      const budget = request.budgetId ? scopes.get(budgetScopeId(request.budgetId)) : undefined;
      if (request.budgetId && !budget) throw new UnknownBudgetError(request.budgetId);
      const decision = decideReservation(request, {
        accountAvailable: available(account),
        budgetAvailable: budget ? available(budget) : undefined,
      });
      if (!decision.ok) return decision;
      account.reserved += decision.amount;
      if (budget) budget.reserved += decision.amount;
      existing.set(request.id, { amount: decision.amount, open: true });
      accepted.push({ ...request, amount: decision.amount });
      return { ok: true, reservationId: request.id, amount: decision.amount, open: true };
    });
    if (accepted.length === 0) return results;

    const column = <T>(pick: (r: (typeof accepted)[number]) => T) => accepted.map(pick);
    await client.query(
      `INSERT INTO credit_reservations (id, owner_type, owner_id, channel, budget_id, amount_milli, expires_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::timestamptz[])`,
      [
        column((r) => r.id),
        column((r) => r.ownerType),
        column((r) => r.ownerId),
        column((r) => r.channel),
        column((r) => (r.budgetId ? budgetScopeId(r.budgetId) : null)),
        column((r) => r.amount),
        column((r) => r.expiresAt.toISOString()),
      ],
    );
    await client.query(
      `INSERT INTO credit_ledger (kind, amount_milli, reserved_milli, reservation_id, owner_type, owner_id, channel, budget_id, quantity)
       SELECT 'reserve', 0, * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])`,
      [
        column((r) => r.amount),
        column((r) => r.id),
        column((r) => r.ownerType),
        column((r) => r.ownerId),
        column((r) => r.channel),
        column((r) => (r.budgetId ? budgetScopeId(r.budgetId) : null)),
        column((r) => r.quantity ?? null),
      ],
    );
    await saveScopes(client, [...scopes.values()]);
    return results;
  }

  /**
   * Charges what the work really used and drops its hold; with nothing used it is a release.
   * Settling a reservation that is already closed returns what it was settled at.
   */
  async settle(request: SettleRequest): Promise<{ used: Millicredits; state: 'settled' | 'released' }> {
    return this.transaction(async (client) => {
      let reservation = await lockReservation(client, request.reservationId);
      if (!reservation) {
        // Work that began before the ledger existed: an empty hold, settled like any other.
        await client.query(
          `INSERT INTO credit_reservations (id, owner_type, owner_id, channel, amount_milli, expires_at)
           VALUES ($1, $2, $3, $4, 0, now()) ON CONFLICT (id) DO NOTHING`,
          [request.reservationId, request.owner.ownerType, request.owner.ownerId, request.owner.channel],
        );
        reservation = (await lockReservation(client, request.reservationId))!;
      }
      if (reservation.state !== 'held') {
        return { used: reservation.used ?? 0, state: reservation.state as 'settled' | 'released' };
      }
      const scopes = await lockScopes(client, [ACCOUNT_SCOPE, ...(reservation.budgetId ? [reservation.budgetId] : [])]);
      for (const scope of scopes.values()) {
        scope.used += request.used;
        scope.reserved -= reservation.amount;
      }
      const state = request.used > 0 ? 'settled' : 'released';
      await client.query(
        `INSERT INTO credit_ledger (kind, amount_milli, reserved_milli, reservation_id, owner_type, owner_id, channel, budget_id, quantity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          state === 'settled' ? 'settle' : 'release',
          -request.used,
          -reservation.amount,
          reservation.id,
          reservation.ownerType,
          reservation.ownerId,
          reservation.channel,
          reservation.budgetId,
          request.quantity ?? null,
        ],
      );
      await client.query(
        `UPDATE credit_reservations SET state = $2, used_milli = $3, closed_at = now() WHERE id = $1`,
        [reservation.id, state, request.used],
      );
      await this.raiseAlerts(client, [...scopes.values()]);
      await saveScopes(client, [...scopes.values()]);
      return { used: request.used, state };
    });
  }

  /** Drops a hold without charging anything (the work never happened). */
  release(
    reservationId: string,
    owner: SettleRequest['owner'],
  ): Promise<{ used: Millicredits; state: 'settled' | 'released' }> {
    return this.settle({ reservationId, used: 0, owner });
  }

  /** Releases holds whose owner never settled them before they expired. Returns how many. */
  async releaseExpired(limit = 100): Promise<number> {
    const { rows } = await this.pool.query<Pick<ReservationRow, 'id' | 'owner_type' | 'owner_id' | 'channel'>>(
      `SELECT id, owner_type, owner_id, channel FROM credit_reservations
       WHERE state = 'held' AND expires_at < now() ORDER BY expires_at LIMIT $1`,
      [limit],
    );
    for (const row of rows) {
      await this.release(row.id, { ownerType: row.owner_type, ownerId: row.owner_id, channel: row.channel });
    }
    return rows.length;
  }

  /** Adds credits to the account. With an idempotency key, a repeat changes nothing. */
  async topUp(request: TopUpRequest): Promise<{ entryId: string; duplicate: boolean }> {
    return this.transaction(async (client) => {
      if (request.idempotencyKey) {
        const { rows } = await client.query<Row<'credit_ledger', 'id'>>(
          `SELECT id FROM credit_ledger WHERE idempotency_key = $1`,
          [request.idempotencyKey],
        );
        if (rows[0]) return { entryId: rows[0].id, duplicate: true };
      }
      const scopes = await lockScopes(client, [ACCOUNT_SCOPE]);
      const account = scopes.get(ACCOUNT_SCOPE)!;
      account.limit += request.amount;
      const { rows } = await client.query<Row<'credit_ledger', 'id'>>(
        `INSERT INTO credit_ledger (kind, amount_milli, actor, note, idempotency_key)
         VALUES ('top_up', $1, $2, $3, $4) RETURNING id`,
        [request.amount, request.actor, request.note ?? null, request.idempotencyKey ?? null],
      );
      await this.raiseAlerts(client, [account]);
      await saveScopes(client, [account]);
      return { entryId: rows[0]!.id, duplicate: false };
    });
  }

  /** Creates a budget (a sub-limit of the account), or changes its limit (unless `onlyCreate`). */
  async upsertBudget(budget: {
    id: string;
    name: string;
    limit: Millicredits;
    ownerType?: string;
    ownerId?: string;
    onlyCreate?: boolean;
  }): Promise<void> {
    await this.transaction(async (client) => {
      const id = budgetScopeId(budget.id);
      // A deleted budget written again comes back, with its history.
      await client.query(
        `INSERT INTO credit_scopes (id, kind, name, owner_type, owner_id, limit_milli) VALUES ($1, 'budget', $2, $3, $4, $5)
         ON CONFLICT (id) DO ${
           budget.onlyCreate
             ? 'NOTHING'
             : `UPDATE SET name = EXCLUDED.name, limit_milli = EXCLUDED.limit_milli, deleted_at = NULL,
                  owner_type = COALESCE(EXCLUDED.owner_type, credit_scopes.owner_type),
                  owner_id = COALESCE(EXCLUDED.owner_id, credit_scopes.owner_id), updated_at = now()`
         }`,
        [id, budget.name, budget.ownerType ?? null, budget.ownerId ?? null, budget.limit],
      );
      const scopes = await lockScopes(client, [id]);
      await this.raiseAlerts(client, [...scopes.values()]);
      await saveScopes(client, [...scopes.values()]);
    });
  }

  /**
   * Deletes a budget: hidden from the list and refused to new calls, its ledger entries kept.
   * Refused while credits are held against it (those holds settle against it first) and while
   * the campaign that owns it has not finished.
   */
  async deleteBudget(budgetId: string): Promise<'deleted' | 'not_found' | 'in_use'> {
    return this.transaction(async (client) => {
      const id = budgetScopeId(budgetId);
      const scopes = await lockScopes(client, [id]);
      if (!scopes.has(id)) return 'not_found';
      // In use: credits held against it, or a campaign that owns it and has not finished.
      const { rowCount } = await client.query(
        `SELECT 1 FROM credit_reservations WHERE budget_id = $1 AND state = 'held'
         UNION ALL
         SELECT 1 FROM credit_scopes s JOIN campaigns c ON s.owner_type = 'campaign' AND c.id::text = s.owner_id
         WHERE s.id = $1 AND c.status NOT IN ('completed', 'cancelled')
         LIMIT 1`,
        [id],
      );
      if (rowCount) return 'in_use';
      await client.query(
        `UPDATE credit_scopes SET deleted_at = COALESCE(deleted_at, now()), updated_at = now() WHERE id = $1`,
        [id],
      );
      return 'deleted';
    });
  }

  /** Stores an alert for each threshold a scope has newly crossed, and re-arms ones it fell below. */
  private async raiseAlerts(client: Client, scopes: ScopeRow[]): Promise<void> {
    let raised = false;
    for (const scope of scopes) {
      const step = nextAlerts(scope.alertedPercent, scope.used, scope.limit, this.options.alertThresholds);
      scope.alertedPercent = step.alertedPercent;
      for (const percent of step.fire) {
        const { rows } = await client.query<CreditAlertRow>(
          `INSERT INTO credit_alerts (scope_id, threshold_percent, used_milli, limit_milli) VALUES ($1, $2, $3, $4)
           RETURNING id, scope_id, threshold_percent, used_milli, limit_milli, created_at`,
          [scope.id, percent, scope.used, scope.limit],
        );
        await appendEvents(client, rows.map(creditAlertEvent));
        raised = true;
      }
    }
    if (raised) await client.query(`SELECT pg_notify($1, '')`, [ALERT_CHANNEL]);
  }

  private async transaction<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }
}

export const available = (scope: ScopeRow): Millicredits => scope.limit - scope.used - scope.reserved;

/** Locks scopes in ID order ("account" first), the one order every transaction takes them in. */
async function lockScopes(client: Client, ids: readonly string[]): Promise<Map<string, ScopeRow>> {
  const { rows } = await client.query<
    Row<'credit_scopes', 'id' | 'limit_milli' | 'used_milli' | 'reserved_milli' | 'alerted_percent'>
  >(
    `SELECT id, limit_milli, used_milli, reserved_milli, alerted_percent
     FROM credit_scopes WHERE id = ANY($1) ORDER BY id FOR UPDATE`,
    [ids],
  );
  if (!rows.some((row) => row.id === ACCOUNT_SCOPE) && ids.includes(ACCOUNT_SCOPE)) {
    throw new Error('The credit account does not exist: start the API or worker once to create it');
  }
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        limit: Number(row.limit_milli),
        used: Number(row.used_milli),
        reserved: Number(row.reserved_milli),
        alertedPercent: row.alerted_percent,
      },
    ]),
  );
}

async function saveScopes(client: Client, scopes: ScopeRow[]): Promise<void> {
  await client.query(
    `UPDATE credit_scopes AS s SET limit_milli = t.lim, used_milli = t.used, reserved_milli = t.reserved,
            alerted_percent = t.alerted, updated_at = now()
     FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::int[]) AS t(id, lim, used, reserved, alerted)
     WHERE s.id = t.id`,
    [
      scopes.map((s) => s.id),
      scopes.map((s) => s.limit),
      scopes.map((s) => s.used),
      scopes.map((s) => s.reserved),
      scopes.map((s) => s.alertedPercent),
    ],
  );
}

async function lockReservation(client: Client, id: string) {
  const { rows } = await client.query<ReservationRow>(
    `SELECT id, owner_type, owner_id, channel, budget_id, amount_milli, used_milli, state
     FROM credit_reservations WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    channel: row.channel,
    budgetId: row.budget_id,
    amount: Number(row.amount_milli),
    used: row.used_milli === null ? null : Number(row.used_milli),
    state: row.state,
  };
}

/** A call's reservation: one per call, made when the API accepts it. */
export const callReservationId = (callId: string) => `call:${callId}`;
