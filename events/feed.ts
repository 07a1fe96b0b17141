// Reading the event log: pages by id with filters (GET /v1/events), and a live feed for streams
// (GET /v1/events/stream, GET /v1/calls/:id/events). One LISTEN connection per process: on each
// NOTIFY the hub reads the new rows once and fans them out in memory to every subscriber whose
// filter they pass. A subscriber that starts behind (Last-Event-ID) first catches up from the
// table, then goes live without a gap: ids are in commit order (events/emit.ts), so "every id
// above my cursor" is exactly what it has not seen.
import type pg from 'pg';
import { matchesEventType } from '../domain/events.js';
import type { Logger } from '../lib/logger.js';
import { PgListener } from '../lib/pg-listener.js';
import { EVENTS_CHANNEL, type StoredEvent } from './emit.js';

export interface EventFilter {
  /** Event types or `<resource>.*`; none: all. */
  types: readonly string[];
  resourceType?: string | undefined;
  resourceId?: string | undefined;
}

/** An event as the API, streams and webhooks show it. */
export interface EventView {
  id: string;
  type: string;
  timestamp: string;
  resource: { type: string; id: string; seq: number };
  data: unknown;
}

export function toEventView(row: StoredEvent): EventView {
  return {
    id: row.id,
    type: row.type,
    timestamp: row.created_at.toISOString(),
    resource: { type: row.resource_type, id: row.resource_id, seq: Number(row.seq) },
    data: row.payload,
  };
}

export function matchesFilter(event: Pick<EventView, 'type' | 'resource'>, filter: EventFilter): boolean {
  return (
    matchesEventType(event.type, filter.types) &&
    (filter.resourceType === undefined || event.resource.type === filter.resourceType) &&
    (filter.resourceId === undefined || event.resource.id === filter.resourceId)
  );
}

const EVENT_COLUMNS = 'id, type, resource_type, resource_id, seq, payload, created_at';

/** Events after `after` (an id) passing `filter`, oldest first, up to `limit`. */
export async function listEvents(
  pool: pg.Pool,
  query: EventFilter & { after: string; limit: number; upTo?: string | undefined },
): Promise<EventView[]> {
  const exact = query.types.filter((type) => !type.endsWith('.*'));
  const prefixes = query.types.filter((type) => type.endsWith('.*')).map((type) => type.slice(0, -1));
  const { rows } = await pool.query<StoredEvent>(
    `SELECT ${EVENT_COLUMNS} FROM events
     WHERE id > $1 AND ($2::bigint IS NULL OR id <= $2)
       AND (NOT $8::boolean OR type = ANY($3) OR EXISTS (SELECT 1 FROM unnest($4::text[]) p WHERE starts_with(type, p)))
       AND ($5::text IS NULL OR resource_type = $5) AND ($6::text IS NULL OR resource_id = $6)
     ORDER BY id LIMIT $7`,
    [
      query.after,
      query.upTo ?? null,
      exact,
      prefixes,
      query.resourceType ?? null,
      query.resourceId ?? null,
      query.limit,
      query.types.length > 0,
    ],
  );
  return rows.map(toEventView);
}

/** The newest event id (0 for an empty log). */
export async function latestEventId(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string | null }>(`SELECT max(id)::text AS id FROM events`);
  return rows[0]?.id ?? '0';
}

/** The newest event id of one call (0 when it has none). */
export async function latestCallEventId(pool: pg.Pool, callId: string): Promise<string> {
  const { rows } = await pool.query<{ id: string | null }>(
    `SELECT max(id)::text AS id FROM events WHERE resource_type = 'call' AND resource_id = $1`,
    [callId],
  );
  return rows[0]?.id ?? '0';
}

export interface Subscription {
  close(): void;
}

interface Subscriber {
  filter: EventFilter;
  cursor: bigint;
  live: boolean;
  queued: EventView[];
  send: (event: EventView) => void;
  closed: boolean;
}

export class EventHub {
  private listener: PgListener | null = null;
  private lastId = 0n;
  private readonly subscribers = new Set<Subscriber>();
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
    private readonly options: { databaseUrl: string; pollMs?: number },
  ) {}

  async start(): Promise<void> {
    this.lastId = BigInt(await latestEventId(this.pool));
    this.listener = new PgListener({
      databaseUrl: this.options.databaseUrl,
      channel: EVENTS_CHANNEL,
      name: 'event feed',
      logger: this.logger,
      onNotify: () => this.wake(),
    });
    await this.listener.start();
    // A lost notification only delays: the hub also looks every second while anyone listens.
    this.timer = setInterval(() => {
      if (this.subscribers.size > 0) this.wake();
    }, this.options.pollMs ?? 1_000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const subscriber of this.subscribers) subscriber.closed = true;
    this.subscribers.clear();
    await this.reading;
    await this.listener?.stop();
    this.listener = null;
  }

  /**
   * Sends every event after `after` (an id; null: from now) that passes `filter`, in id order,
   * first those already stored, then live ones as they commit.
   */
  subscribe(
    after: string | null,
    filter: EventFilter,
    send: (event: EventView) => void,
    onError: (error: unknown) => void = () => undefined,
  ): Subscription {
    const subscriber: Subscriber = {
      filter,
      cursor: after === null ? this.lastId : BigInt(after),
      live: false,
      queued: [],
      send,
      closed: false,
    };
    // Registered before the catch-up target is read: whatever the hub reads later is queued.
    this.subscribers.add(subscriber);
    const target = this.lastId;
    void this.catchUp(subscriber, target).catch((error: unknown) => {
      this.logger.warn('event stream catch-up failed', { error });
      subscriber.closed = true;
      this.subscribers.delete(subscriber);
      onError(error);
    });
    return {
      close: () => {
        subscriber.closed = true;
        this.subscribers.delete(subscriber);
      },
    };
  }

  private async catchUp(subscriber: Subscriber, target: bigint): Promise<void> {
    while (!subscriber.closed && subscriber.cursor < target) {
      const page = await listEvents(this.pool, {
        ...subscriber.filter,
        after: subscriber.cursor.toString(),
        upTo: target.toString(),
        limit: 500,
      });
      for (const event of page) this.deliver(subscriber, event);
      if (page.length < 500) subscriber.cursor = target;
    }
    subscriber.live = true;
    for (const event of subscriber.queued.splice(0)) this.deliver(subscriber, event);
  }

  private deliver(subscriber: Subscriber, event: EventView): void {
    const id = BigInt(event.id);
    if (subscriber.closed || id <= subscriber.cursor) return;
    subscriber.cursor = id;
    subscriber.send(event);
  }

  /** Reads what committed since the last read (one reader at a time; a wake during it reads again). */
  wake(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: unknown) => this.logger.warn('event feed read failed', { error }))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async readNew(): Promise<void> {
    // Nobody listens: only keep the position "now" starts from. Reading every event's payload
    // with no stream open cost the API as much as the webhooks it was acknowledging.
    if (this.subscribers.size === 0) {
      const latest = BigInt(await latestEventId(this.pool));
      // A stream that opened meanwhile started from the old position: read for it as usual.
      if (this.subscribers.size === 0) {
        if (latest > this.lastId) this.lastId = latest;
        return;
      }
    }
    for (;;) {
      const page = await listEvents(this.pool, { types: [], after: this.lastId.toString(), limit: 1_000 });
      for (const event of page) {
        this.lastId = BigInt(event.id);
        for (const subscriber of this.subscribers) {
          if (!matchesFilter(event, subscriber.filter)) continue;
          if (subscriber.live) this.deliver(subscriber, event);
          else subscriber.queued.push(event);
        }
      }
      if (page.length < 1_000) return;
    }
  }
}
