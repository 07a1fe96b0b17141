// Delivers committed inbox rows to their call workflows. It runs in the worker process, woken by
// the inbox's NOTIFY (and by a slow timer, for leases that ran out). Rows are claimed with a
// lease (FOR UPDATE SKIP LOCKED), so several workers can relay side by side and a crashed one's
// rows are picked up when its lease runs out. All pending events of one call go in one signal:
// the embedded Temporal server takes ~175 signals/s, so signals are per call, not per event.
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { CallEvent } from '../domain/call-state.js';
import type { Db, Narrow, Row } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { NotifiedLoop } from '../lib/notified-loop.js';
import { INBOX_CHANNEL } from './events-inbox.js';
import { callWorkflowId, exotelEventsSignal } from '../contracts/calls.js';

/**
 * A claimed inbox row (its bigint id a string, as pg returns it). Only pending rows are claimed,
 * and a row is pending only when it has a call; `event` is what toRecord (events-inbox.ts) stored.
 */
type ClaimedRow = Narrow<
  Row<'call_events', 'id' | 'call_id' | 'event' | 'attempts'>,
  { call_id: string; event: CallEvent }
>;

export interface RelayOptions {
  batchSize?: number;
  concurrency?: number;
  /**
   * Signals per second at most. Temporal's work per signal (a workflow task on the server and
   * the worker) is what costs CPU; below this cap the relay coalesces more events into each
   * signal instead, leaving the machine to acknowledge webhooks.
   */
  maxSignalsPerSecond?: number;
  idlePollMs?: number;
  leaseSeconds?: number;
}

export class InboxRelay {
  private lastPassSignals = 0;
  private readonly loop: NotifiedLoop;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseSeconds: number;
  private readonly maxSignalsPerSecond: number;

  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
    private readonly logger: Logger,
    options: RelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.concurrency = options.concurrency ?? 16;
    this.leaseSeconds = options.leaseSeconds ?? 30;
    this.maxSignalsPerSecond = options.maxSignalsPerSecond ?? 100;
    this.loop = new NotifiedLoop(() => this.relayOnce(), {
      name: 'inbox relay',
      channel: INBOX_CHANNEL,
      idlePollMs: options.idlePollMs ?? 1000,
      logger,
      // Keep to the signal budget: a pass that sent n signals is followed by n / cap seconds.
      pauseAfterPass: (passMs) => (this.lastPassSignals * 1000) / this.maxSignalsPerSecond - passMs,
    });
  }

  /** Starts relaying; `databaseUrl` opens the connection that LISTENs for new rows. */
  start(databaseUrl: string): Promise<void> {
    return this.loop.start(databaseUrl);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Called when new rows were committed: deliver now rather than at the next idle poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Claims a batch of pending rows and delivers them; returns how many rows it claimed. */
  async relayOnce(): Promise<number> {
    this.lastPassSignals = 0;
    // Plain SQL throughout: this loop shares the API's event loop with webhook acknowledgements.
    const { rows } = await this.db.pool.query<ClaimedRow>(
      `UPDATE call_events SET lease_until = now() + make_interval(secs => $1), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM call_events
         WHERE delivery = 'pending' AND (lease_until IS NULL OR lease_until < now())
         ORDER BY id LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING id, call_id, event, attempts`,
      [this.leaseSeconds, this.batchSize],
    );
    if (rows.length === 0) return 0;

    const byCall = new Map<string, ClaimedRow[]>();
    for (const row of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
      const group = byCall.get(row.call_id);
      if (group) group.push(row);
      else byCall.set(row.call_id, [row]);
    }
    const outcomes: Outcome[] = [];
    const queue = [...byCall.entries()];
    this.lastPassSignals = queue.length;
    const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) outcomes.push(await this.deliver(next[0], next[1]));
    });
    await Promise.all(workers);
    await this.record(outcomes);
    return rows.length;
  }

  /** Signals one call's workflow with all its pending events, oldest first. */
  private async deliver(callId: string, rows: ClaimedRow[]): Promise<Outcome> {
    const ids = rows.map((row) => row.id);
    try {
      await this.temporal.workflow.getHandle(callWorkflowId(callId)).signal(
        exotelEventsSignal,
        rows.map((row) => row.event),
      );
      return { kind: 'delivered', callId, ids };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        if (await this.workflowNotStartedYet(callId)) {
          // Accepted, but its workflow start is still pending (the sweeper will start it).
          return { kind: 'retry', callId, ids, error: 'workflow not started yet', retryInSec: 5 };
        }
        // No such call, or its workflow has finished: keep the events for inspection.
        this.logger.warn('call events without a running workflow', { callId, events: ids.length });
        return { kind: 'unmatched', callId, ids, error: error.message };
      }
      const retryInSec = Math.min(2 ** Math.max(...rows.map((row) => row.attempts)), 60);
      this.logger.warn('could not deliver call events; will retry', { callId, retryInSec, error });
      return { kind: 'retry', callId, ids, error: String(error), retryInSec };
    }
  }

  private async workflowNotStartedYet(callId: string): Promise<boolean> {
    const { rows } = await this.db.pool.query<Row<'calls', 'status'>>(`SELECT status FROM calls WHERE id = $1`, [
      callId,
    ]);
    return rows[0]?.status === 'queued';
  }

  /** One UPDATE per outcome kind for the whole pass. */
  private async record(outcomes: Outcome[]): Promise<void> {
    const ids = (kind: Outcome['kind']) =>
      outcomes.filter((outcome) => outcome.kind === kind).flatMap((outcome) => outcome.ids);
    const delivered = ids('delivered');
    if (delivered.length > 0) {
      await this.db.pool.query(
        `UPDATE call_events SET delivery = 'delivered', delivered_at = now(), lease_until = NULL, last_error = NULL WHERE id = ANY($1::bigint[])`,
        [delivered],
      );
    }
    for (const outcome of outcomes) {
      if (outcome.kind === 'unmatched') {
        await this.db.pool.query(
          `UPDATE call_events SET delivery = 'unmatched', lease_until = NULL, last_error = $2 WHERE id = ANY($1::bigint[])`,
          [outcome.ids, outcome.error],
        );
      } else if (outcome.kind === 'retry') {
        await this.db.pool.query(
          `UPDATE call_events SET lease_until = now() + make_interval(secs => $2), last_error = $3 WHERE id = ANY($1::bigint[])`,
          [outcome.ids, outcome.retryInSec, outcome.error],
        );
      }
    }
  }
}

type Outcome =
  | { kind: 'delivered'; callId: string; ids: string[] }
  | { kind: 'unmatched'; callId: string; ids: string[]; error: string }
  | { kind: 'retry'; callId: string; ids: string[]; error: string; retryInSec: number };
