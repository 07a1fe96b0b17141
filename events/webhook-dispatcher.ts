// Delivers the event log to the CRM's webhook endpoints, in the worker. One loop (lib/notified-
// loop.ts), woken by the log's NOTIFY, does two things per pass, all in batched SQL:
//   1. fan-out: events after each endpoint's cursor that pass its filter become deliveries (one
//      INSERT ... SELECT per endpoint; ids are in commit order, so a cursor never skips one);
//   2. sending: claims due deliveries (FOR UPDATE SKIP LOCKED, with a lease, so several workers
//      share the work), only the oldest pending event of each resource per endpoint (per-resource
//      order: seq n+1 never leaves before n is delivered or given up), POSTs them through one
//      undici pool per endpoint with at most `max_concurrency` requests in flight, and records
//      outcomes and attempts with one statement per kind.
// A failing endpoint is paused as a whole with exponential backoff (its deliveries wait with
// it), probed again when the pause ends, released at once when it answers; a delivery failing
// past the give-up period is marked failed; an endpoint failing for the disable period is
// disabled with a webhook_endpoint.disabled event and an error log.
import { Pool } from 'undici';
import type pg from 'pg';
import { afterFailure, type RetryPolicy, retryDelayMs, sendableInOrder } from '../domain/events.js';
import type { Env } from '../config/env.js';
import { inTransaction } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { NotifiedLoop } from '../lib/notified-loop.js';
import type { Row } from '../generated/db-rows.js';
import { appendEvents, EVENTS_CHANNEL, type StoredEvent } from './emit.js';
import { toEventView } from './feed.js';
import { signingSecrets, webhookHeaders, webhookMessageId } from './signing.js';

/** The retry policy the environment sets (WEBHOOK_*), scaled by WEBHOOK_TIME_SCALE (tests compress it). */
export function webhookRetryPolicy(
  env: Pick<
    Env,
    | 'WEBHOOK_RETRY_BASE_MS'
    | 'WEBHOOK_RETRY_MAX_MS'
    | 'WEBHOOK_GIVE_UP_AFTER_SEC'
    | 'WEBHOOK_DISABLE_AFTER_SEC'
    | 'WEBHOOK_TIME_SCALE'
  >,
): RetryPolicy {
  const scaled = (ms: number) => Math.max(1, Math.round(ms * env.WEBHOOK_TIME_SCALE));
  return {
    baseMs: scaled(env.WEBHOOK_RETRY_BASE_MS),
    maxMs: scaled(env.WEBHOOK_RETRY_MAX_MS),
    giveUpAfterMs: scaled(env.WEBHOOK_GIVE_UP_AFTER_SEC * 1000),
    disableAfterMs: scaled(env.WEBHOOK_DISABLE_AFTER_SEC * 1000),
  };
}

export interface DispatcherOptions {
  logger: Logger;
  policy: RetryPolicy;
  timeoutMs: number;
  /** Deliveries claimed per pass. */
  batchSize?: number;
  idlePollMs?: number;
  leaseSeconds?: number;
  /**
   * Passes run at once (default 3), each its own loop: while one waits for its slowest answers or
   * records outcomes, another claims and sends. Claims skip each other's rows, and only the
   * oldest pending event of a resource is ever claimable, so per-resource order holds.
   */
  concurrentPasses?: number;
}

type EndpointRow = Row<
  'webhook_endpoints',
  | 'id'
  | 'url'
  | 'status'
  | 'secret'
  | 'previous_secret'
  | 'previous_secret_expires_at'
  | 'max_concurrency'
  | 'failing_since'
  | 'consecutive_failures'
>;

interface Claimed {
  id: string;
  endpointId: string;
  eventId: bigint;
  resourceType: string;
  resourceId: string;
  attempts: number;
  createdAt: Date;
}

interface Outcome {
  delivery: Claimed;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const FANOUT_LOCK = 0x77686f6f6b; // "whook": one fan-out at a time across workers

export class WebhookDispatcher {
  private readonly loops: NotifiedLoop[];
  private readonly pools = new Map<string, { pool: Pool; connections: number }>();
  private readonly batchSize: number;
  private readonly leaseSeconds: number;
  private lastHealthCheck = 0;
  /** Counters for benchmarks and logs. */
  readonly stats = { delivered: 0, failed: 0, passes: 0, fanOutMs: 0, claimMs: 0, sendMs: 0, recordMs: 0 };

  constructor(
    private readonly db: pg.Pool,
    private readonly options: DispatcherOptions,
  ) {
    this.batchSize = options.batchSize ?? 2_000;
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.loops = Array.from(
      { length: options.concurrentPasses ?? 3 },
      () =>
        new NotifiedLoop(() => this.pass(), {
          name: 'webhook dispatcher',
          channel: EVENTS_CHANNEL,
          idlePollMs: options.idlePollMs ?? 1_000,
          logger: options.logger,
        }),
    );
  }

  async start(databaseUrl: string): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.start(databaseUrl)));
  }

  async stop(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await Promise.all([...this.pools.values()].map(({ pool }) => pool.close()));
    this.pools.clear();
  }

  /** One fan-out and one round of sending; returns how much it did (0: idle). */
  async pass(): Promise<number> {
    const mark = performance.now();
    const fanned = await this.fanOut();
    this.stats.fanOutMs += performance.now() - mark;
    const sent = await this.sendDue();
    this.stats.passes += 1;
    if (Date.now() - this.lastHealthCheck > 10_000) {
      this.lastHealthCheck = Date.now();
      await this.disableFailing();
    }
    return fanned + sent;
  }

  /** Turns new events into deliveries for every enabled endpoint whose filter they pass. */
  async fanOut(): Promise<number> {
    return inTransaction(this.db, async (client) => {
      const { rows: locked } = await client.query<{ ok: boolean }>(
        `SELECT pg_try_advisory_xact_lock(${FANOUT_LOCK}) AS ok`,
      );
      if (!locked[0]?.ok) return 0;
      const { rows } = await client.query<{ scanned: string }>(
        `WITH endpoints AS (
           SELECT id, event_types, cursor_event_id FROM webhook_endpoints WHERE status = 'enabled' ORDER BY id FOR UPDATE
         ), batch AS (
           SELECT ep.id AS endpoint_id, ep.event_types, e.id, e.type, e.resource_type, e.resource_id
           FROM endpoints ep
           CROSS JOIN LATERAL (SELECT id, type, resource_type, resource_id FROM events
                               WHERE id > ep.cursor_event_id ORDER BY id LIMIT 5000) e
         ), inserted AS (
           INSERT INTO webhook_deliveries (endpoint_id, event_id, resource_type, resource_id)
           SELECT endpoint_id, id, resource_type, resource_id FROM batch
           WHERE cardinality(event_types) = 0 OR type = ANY(event_types)
              OR split_part(type, '.', 1) || '.*' = ANY(event_types)
           ORDER BY endpoint_id, id
           RETURNING 1
         ), moved AS (
           UPDATE webhook_endpoints ep SET cursor_event_id = b.last
           FROM (SELECT endpoint_id, max(id) AS last FROM batch GROUP BY endpoint_id) b
           WHERE ep.id = b.endpoint_id
           RETURNING 1
         )
         SELECT (SELECT count(*) FROM batch)::text AS scanned, (SELECT count(*) FROM inserted), (SELECT count(*) FROM moved)`,
      );
      return Number(rows[0]?.scanned ?? 0);
    });
  }

  /** Claims due deliveries (oldest pending per resource only) and sends them. */
  async sendDue(): Promise<number> {
    const claimStarted = performance.now();
    const { rows } = await this.db.query<{
      id: string;
      endpoint_id: string;
      event_id: string;
      resource_type: string;
      resource_id: string;
      attempts: number;
      created_at: Date;
    }>(
      `UPDATE webhook_deliveries d SET attempts = d.attempts + 1, lease_until = now() + make_interval(secs => $2)
       WHERE d.id IN (
         SELECT c.id FROM webhook_deliveries c JOIN webhook_endpoints ep ON ep.id = c.endpoint_id
         WHERE c.state = 'pending' AND c.next_attempt_at <= now() AND (c.lease_until IS NULL OR c.lease_until < now())
           AND ep.status = 'enabled' AND (ep.paused_until IS NULL OR ep.paused_until <= now())
           AND NOT EXISTS (
             SELECT 1 FROM webhook_deliveries p
             WHERE p.endpoint_id = c.endpoint_id AND p.resource_type = c.resource_type AND p.resource_id = c.resource_id
               AND p.state = 'pending' AND (p.event_id < c.event_id OR (p.event_id = c.event_id AND p.id < c.id)))
         ORDER BY c.id LIMIT $1
         FOR UPDATE OF c SKIP LOCKED)
       RETURNING d.id, d.endpoint_id, d.event_id, d.resource_type, d.resource_id, d.attempts, d.created_at`,
      [this.batchSize, this.leaseSeconds],
    );
    this.stats.claimMs += performance.now() - claimStarted;
    if (rows.length === 0) return 0;
    const sendStarted = performance.now();
    const claimed = sendableInOrder(
      rows.map((row): Claimed => ({
        id: row.id,
        endpointId: row.endpoint_id,
        eventId: BigInt(row.event_id),
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        attempts: row.attempts,
        createdAt: row.created_at,
      })),
      () => false,
    );
    const [endpoints, events] = await Promise.all([
      this.db.query<EndpointRow>(
        `SELECT id, url, status, secret, previous_secret, previous_secret_expires_at, max_concurrency, failing_since,
                consecutive_failures FROM webhook_endpoints WHERE id = ANY($1::uuid[])`,
        [[...new Set(claimed.map((delivery) => delivery.endpointId))]],
      ),
      this.db.query<StoredEvent>(
        `SELECT id, type, resource_type, resource_id, seq, payload, created_at FROM events WHERE id = ANY($1::bigint[])`,
        [[...new Set(claimed.map((delivery) => delivery.eventId.toString()))]],
      ),
    ]);
    const bodies = new Map(events.rows.map((row) => [row.id, JSON.stringify(toEventView(row))]));
    const byEndpoint = new Map<string, Claimed[]>();
    for (const delivery of claimed)
      byEndpoint.set(delivery.endpointId, [...(byEndpoint.get(delivery.endpointId) ?? []), delivery]);

    const outcomes: Outcome[] = [];
    await Promise.all(
      endpoints.rows.map(async (endpoint) => {
        const queue = byEndpoint.get(endpoint.id) ?? [];
        const workers = Array.from({ length: Math.min(endpoint.max_concurrency, queue.length) }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            outcomes.push(await this.send(endpoint, next, bodies.get(next.eventId.toString()) ?? null));
          }
        });
        await Promise.all(workers);
      }),
    );
    const recordStarted = performance.now();
    this.stats.sendMs += recordStarted - sendStarted;
    await this.record(outcomes, endpoints.rows);
    this.stats.recordMs += performance.now() - recordStarted;
    return rows.length;
  }

  private async send(endpoint: EndpointRow, delivery: Claimed, body: string | null): Promise<Outcome> {
    const started = performance.now();
    const done = (statusCode: number | null, error: string | null): Outcome => ({
      delivery,
      statusCode,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    if (body === null) return done(null, 'event no longer in the log');
    try {
      const url = new URL(endpoint.url);
      const now = new Date();
      const secrets = signingSecrets(
        {
          secret: endpoint.secret,
          previousSecret: endpoint.previous_secret,
          previousSecretExpiresAt: endpoint.previous_secret_expires_at,
        },
        now,
      );
      const response = await this.poolFor(url.origin, endpoint.max_concurrency).request({
        path: `${url.pathname}${url.search}`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'exoflow-webhooks/1',
          ...webhookHeaders(secrets, webhookMessageId(delivery.eventId.toString()), now, body),
        },
        body,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
      await response.body.dump();
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      return done(response.statusCode, ok ? null : `HTTP ${response.statusCode}`);
    } catch (error) {
      return done(null, error instanceof Error ? error.message : String(error));
    }
  }

  private poolFor(origin: string, connections: number): Pool {
    const known = this.pools.get(origin);
    if (known && known.connections >= connections) return known.pool;
    const pool = new Pool(origin, { connections, keepAliveTimeout: 30_000 });
    if (known) void known.pool.close();
    this.pools.set(origin, { pool, connections });
    return pool;
  }

  /** Outcomes in a handful of statements: deliveries, attempts, then each endpoint's health. */
  private async record(outcomes: Outcome[], endpoints: EndpointRow[]): Promise<void> {
    if (outcomes.length === 0) return;
    const { policy } = this.options;
    const ok = (outcome: Outcome) => outcome.error === null;
    const delivered = outcomes.filter(ok);
    const failed = outcomes.filter((outcome) => !ok(outcome));
    this.stats.delivered += delivered.length;
    this.stats.failed += failed.length;
    const now = Date.now();
    const health = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
    // Every failed delivery of an endpoint waits as long as the endpoint is paused.
    const endpointWait = (endpointId: string) =>
      retryDelayMs((health.get(endpointId)?.consecutive_failures ?? 0) + 1, policy);
    const retries = failed.map((outcome) => {
      const next = afterFailure(outcome.delivery.attempts, now - outcome.delivery.createdAt.getTime(), policy);
      return {
        outcome,
        state: next.giveUp ? 'failed' : 'pending',
        waitMs: next.giveUp ? 0 : Math.max(next.retryInMs, endpointWait(outcome.delivery.endpointId)),
      };
    });
    await inTransaction(this.db, async (client) => {
      // Endpoints first, in id order, as fan-out takes them: concurrent passes recording for the
      // same endpoint queue here instead of deadlocking over each other's deliveries.
      await client.query(`SELECT 1 FROM webhook_endpoints WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
        [...new Set(outcomes.map((outcome) => outcome.delivery.endpointId))],
      ]);
      if (delivered.length) {
        await client.query(
          `UPDATE webhook_deliveries SET state = 'delivered', delivered_at = now(), lease_until = NULL, last_error = NULL
           WHERE id = ANY($1::bigint[])`,
          [delivered.map((outcome) => outcome.delivery.id)],
        );
      }
      if (retries.length) {
        await client.query(
          `UPDATE webhook_deliveries d SET state = t.state, last_error = t.error, lease_until = NULL,
                  next_attempt_at = now() + make_interval(secs => t.wait_ms / 1000.0)
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[]) AS t(id, state, error, wait_ms) WHERE d.id = t.id`,
          [
            retries.map((retry) => retry.outcome.delivery.id),
            retries.map((retry) => retry.state),
            retries.map((retry) => retry.outcome.error),
            retries.map((retry) => retry.waitMs),
          ],
        );
      }
      await client.query(
        // An endpoint deleted while its requests were in flight has no log any more.
        `INSERT INTO webhook_attempts (endpoint_id, delivery_id, event_id, attempt, status_code, error, duration_ms)
         SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::int[], $5::int[], $6::text[], $7::int[])
           AS t(endpoint_id, delivery_id, event_id, attempt, status_code, error, duration_ms)
         WHERE EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = t.delivery_id)`,
        [
          outcomes.map((o) => o.delivery.endpointId),
          outcomes.map((o) => o.delivery.id),
          outcomes.map((o) => o.delivery.eventId.toString()),
          outcomes.map((o) => o.delivery.attempts),
          outcomes.map((o) => o.statusCode),
          outcomes.map((o) => o.error),
          outcomes.map((o) => o.durationMs),
        ],
      );
      const answered = new Set(delivered.map((outcome) => outcome.delivery.endpointId));
      const failing = new Set(failed.map((outcome) => outcome.delivery.endpointId).filter((id) => !answered.has(id)));
      if (answered.size) {
        // It answers again: forget its failures and send what waited for it now.
        const { rows } = await client.query<{ id: string }>(
          `UPDATE webhook_endpoints SET failing_since = NULL, consecutive_failures = 0, paused_until = NULL
           WHERE id = ANY($1::uuid[]) AND consecutive_failures > 0 RETURNING id`,
          [[...answered]],
        );
        if (rows.length) {
          await client.query(
            `UPDATE webhook_deliveries SET next_attempt_at = now()
             WHERE endpoint_id = ANY($1::uuid[]) AND state = 'pending' AND next_attempt_at > now()`,
            [rows.map((row) => row.id)],
          );
        }
      }
      for (const endpointId of failing) {
        await client.query(
          `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, now()),
                  consecutive_failures = consecutive_failures + 1, paused_until = now() + make_interval(secs => $2 / 1000.0)
           WHERE id = $1`,
          [endpointId, endpointWait(endpointId)],
        );
      }
    });
  }

  /** Disables endpoints that have failed every attempt for the disable period, with an alert. */
  async disableFailing(): Promise<void> {
    await inTransaction(this.db, async (client) => {
      const { rows } = await client.query<Row<'webhook_endpoints', 'id' | 'url' | 'failing_since'>>(
        `UPDATE webhook_endpoints SET status = 'disabled', updated_at = now(),
                disabled_reason = 'failing since ' || to_char(failing_since AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
         WHERE status = 'enabled' AND failing_since < now() - make_interval(secs => $1 / 1000.0)
         RETURNING id, url, failing_since`,
        [this.options.policy.disableAfterMs],
      );
      for (const row of rows) {
        this.options.logger.error('webhook endpoint disabled: it has failed every delivery for too long', {
          endpointId: row.id,
          failingSince: row.failing_since?.toISOString(),
        });
      }
      await appendEvents(
        client,
        rows.map((row) => ({
          type: 'webhook_endpoint.disabled' as const,
          resourceType: 'webhook_endpoint' as const,
          resourceId: row.id,
          payload: {
            id: row.id,
            url: row.url,
            status: 'disabled',
            failingSince: row.failing_since?.toISOString() ?? null,
          },
        })),
      );
    });
  }
}
