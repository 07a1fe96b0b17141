// bench:events: events delivered per second to a local CRM receiver beside the rate they are
// produced. A synthetic producer appends message events (sent, delivered, read per message, as a
// campaign at 1,000 msg/s produces them) through events/emit.ts in the WhatsApp inbox's shape:
// one transaction per batch, every 10 ms. The worker's webhook dispatcher (events/) delivers
// them, signed, to a receiver in a child process (bench/events-receiver.ts). Prints, per producer rate, what was produced and
// delivered per second, and the delay from commit to receipt. Figures only; nothing asserted.
//
// Needs a migrated database: BENCH_DATABASE_URL (default DATABASE_URL). It creates a webhook
// endpoint there and deletes it (and its deliveries) at the end; the events stay until retention.
import { randomUUID } from 'node:crypto';
import { appendEvents, type NewEvent } from '../events/emit.js';
import { createEndpoint, deleteEndpoint } from '../events/webhook-endpoints.js';
import { WebhookDispatcher } from '../events/webhook-dispatcher.js';
import { defaultRetryPolicy } from '../domain/events.js';
import { closeDb, createDb, inTransaction } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { machine, ms, startChild } from './lib.js';
import { saveResult } from './results.js';

const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('Set BENCH_DATABASE_URL or DATABASE_URL (a migrated database)');
const RATES = (process.env.BENCH_EVENT_RATES ?? '1000,3000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_ENDPOINT_CONCURRENCY ?? 64);

const db = createDb(databaseUrl, 10);
const logger = createLogger({ service: 'bench' }, 'warn');
const port = 20_000 + Math.floor(Math.random() * 20_000);
const receiver = await startChild('bench/events-receiver.ts', { PORT: String(port) });
const url = `http://127.0.0.1:${port}/hooks`;
const endpoint = await createEndpoint(db.pool, { url, eventTypes: ['message.*'], maxConcurrency: CONCURRENCY });
const dispatcher = new WebhookDispatcher(db.pool, { logger, policy: defaultRetryPolicy, timeoutMs: 10_000 });
await dispatcher.start(databaseUrl);

async function latestId(): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(`SELECT COALESCE(max(id), 0)::text AS id FROM events`);
  return rows[0]!.id;
}

/** Deliveries of this run's events so far, and their delay from commit to the CRM's answer. */
async function delivered(since: string) {
  const { rows } = await db.pool.query<{ count: string; p50: number | null; p99: number | null }>(
    `SELECT count(*) AS count,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.delivered_at - e.created_at) * 1000) AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM d.delivered_at - e.created_at) * 1000) AS p99
     FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
     WHERE d.endpoint_id = $1 AND d.state = 'delivered' AND d.event_id > $2`,
    [endpoint.id, since],
  );
  return { count: Number(rows[0]!.count), p50: rows[0]!.p50 ?? Number.NaN, p99: rows[0]!.p99 ?? Number.NaN };
}

console.log(`bench:events on ${machine()}: ${SECONDS} s per rate, endpoint concurrency ${CONCURRENCY}\n`);
console.log(
  'produced/s target | produced/s | delivered/s (same window) | all delivered at (from the start) | delay p50 | delay p99',
);
const kinds = ['message.sent', 'message.delivered', 'message.read'] as const;
const rows: (string | number)[][] = [];
try {
  for (const rate of RATES) {
    const since = await latestId();
    let produced = 0;
    const started = performance.now();
    // Each message gets its three events a batch apart, like delivery reports do.
    const messages: string[] = [];
    let tick = 0;
    while (performance.now() - started < SECONDS * 1000) {
      const due = Math.round(((performance.now() - started) / 1000) * rate) - produced;
      if (due > 0) {
        const batch: NewEvent[] = [];
        for (let i = 0; i < due; i++) {
          const kind = kinds[(produced + i) % 3]!;
          if (kind === 'message.sent') messages.push(randomUUID());
          const id = messages[Math.max(0, messages.length - 1 - ((produced + i) % 3))]!;
          batch.push({ type: kind, resourceType: 'message', resourceId: id, payload: { id, status: kind.slice(8) } });
        }
        await inTransaction(db.pool, (client) => appendEvents(client, batch));
        produced += due;
      }
      tick += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const producedFor = (performance.now() - started) / 1000;
    const deliveredInWindow = (await delivered(since)).count;
    let now = await delivered(since);
    while (now.count < produced && performance.now() - started < (SECONDS + 120) * 1000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      now = await delivered(since);
    }
    const drained = (performance.now() - started) / 1000;
    console.log(
      `${String(rate).padStart(17)} | ${(produced / producedFor).toFixed(0).padStart(10)} | ${(deliveredInWindow / producedFor).toFixed(0).padStart(25)} | ${`${drained.toFixed(1)} s`.padStart(13)} | ${ms(now.p50)} | ${ms(now.p99)}` +
        (now.count < produced ? `  (${produced - now.count} still undelivered)` : ''),
    );
    void tick;
    rows.push([
      rate,
      Math.round(produced / producedFor),
      Math.round(deliveredInWindow / producedFor),
      Number((drained - producedFor).toFixed(1)),
      Math.round(now.p50),
      Math.round(now.p99),
    ]);
  }
  const s = dispatcher.stats;
  console.log(
    `\ndispatcher: ${s.passes} passes; time in fan-out ${(s.fanOutMs / 1000).toFixed(1)} s, claim ${(s.claimMs / 1000).toFixed(1)} s, ` +
      `sign+send ${(s.sendMs / 1000).toFixed(1)} s, record ${(s.recordMs / 1000).toFixed(1)} s`,
  );
  saveResult({
    benchmark: 'events',
    variant: '1 dispatcher',
    columns: [
      'target produced/s',
      'produced/s',
      'delivered/s (same window)',
      'all delivered s after producing stopped',
      'delay p50 ms',
      'delay p99 ms',
    ],
    rows,
    notes: [
      `${SECONDS} s per rate, endpoint concurrency ${CONCURRENCY}; time summed over concurrent passes: fan-out ${(s.fanOutMs / 1000).toFixed(1)} s, claim ${(s.claimMs / 1000).toFixed(1)} s, sign+send ${(s.sendMs / 1000).toFixed(1)} s, record ${(s.recordMs / 1000).toFixed(1)} s`,
    ],
  });
} finally {
  await dispatcher.stop();
  await deleteEndpoint(db.pool, endpoint.id);
  receiver.kill();
  await closeDb(db);
}
