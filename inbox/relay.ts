// Delivers committed inbox rows to their call workflows. Rows are claimed with a lease
// (FOR UPDATE SKIP LOCKED), so several API processes can relay side by side and a crashed one's
// rows are picked up when its lease runs out. All pending events of one call go in one signal:
// the embedded Temporal server takes ~175 signals/s, so signals are per call, not per event.
import { EventEmitter } from 'node:events';
import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import type { CallEvent } from '../domain/call-state.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { callWorkflowId, exotelEventsSignal } from '../workflows/call.js';

interface ClaimedRow {
  id: bigint;
  call_id: string;
  event: CallEvent;
  attempts: number;
}

export interface RelayOptions {
  batchSize?: number;
  concurrency?: number;
  idlePollMs?: number;
  leaseSeconds?: number;
}

export class InboxRelay {
  /** Emits `delivered` with a call ID after that call's workflow got new events. */
  readonly deliveries = new EventEmitter();
  private running = false;
  private wakeUp: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly idlePollMs: number;
  private readonly leaseSeconds: number;

  constructor(
    private readonly db: Db,
    private readonly temporal: Client,
    private readonly logger: Logger,
    options: RelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1000;
    this.concurrency = options.concurrency ?? 16;
    this.idlePollMs = options.idlePollMs ?? 1000;
    this.leaseSeconds = options.leaseSeconds ?? 30;
    this.deliveries.setMaxListeners(0);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  /** Called when new rows were committed: deliver now rather than at the next idle poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = await this.relayOnce();
      } catch (error) {
        this.logger.error('inbox relay pass failed', { error });
      }
      if (claimed === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.idlePollMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = null;
      }
    }
  }

  /** Claims a batch of pending rows and delivers them; returns how many rows it claimed. */
  async relayOnce(): Promise<number> {
    const rows = await this.db.$queryRaw<ClaimedRow[]>`
      UPDATE call_events SET lease_until = now() + make_interval(secs => ${this.leaseSeconds}), attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM call_events
        WHERE delivery = 'pending' AND (lease_until IS NULL OR lease_until < now())
        ORDER BY id LIMIT ${this.batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, call_id, event, attempts`;
    if (rows.length === 0) return 0;

    const byCall = new Map<string, ClaimedRow[]>();
    for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
      byCall.set(row.call_id, [...(byCall.get(row.call_id) ?? []), row]);
    }
    const queue = [...byCall.entries()];
    const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await this.deliver(next[0], next[1]);
    });
    await Promise.all(workers);
    return rows.length;
  }

  private async deliver(callId: string, rows: ClaimedRow[]): Promise<void> {
    const ids = rows.map((row) => row.id);
    try {
      await this.temporal.workflow.getHandle(callWorkflowId(callId)).signal(exotelEventsSignal, rows.map((row) => row.event));
      await this.db.callEvent.updateMany({
        where: { id: { in: ids } },
        data: { delivery: 'delivered', deliveredAt: new Date(), leaseUntil: null, lastError: null },
      });
      this.deliveries.emit('delivered', callId);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        // No such call, or its workflow has finished: keep the events for inspection.
        await this.db.callEvent.updateMany({ where: { id: { in: ids } }, data: { delivery: 'unmatched', leaseUntil: null, lastError: error.message } });
        this.logger.warn('call events without a running workflow', { callId, events: ids.length });
        return;
      }
      const attempts = Math.max(...rows.map((row) => row.attempts));
      const retryInSec = Math.min(2 ** attempts, 60);
      await this.db.callEvent.updateMany({
        where: { id: { in: ids } },
        data: { leaseUntil: new Date(Date.now() + retryInSec * 1000), lastError: String(error) },
      });
      this.logger.warn('could not deliver call events; will retry', { callId, retryInSec, error });
    }
  }
}
