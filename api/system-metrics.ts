// What /metrics shows (Prometheus text format, prom-client): the API process's own figures
// (webhook acknowledgement latency, webhooks in flight, Node's process metrics), and the system's
// backlogs and rates read from PostgreSQL at scrape time, so every API process reports the same
// shared figures (take max() across processes, sum() for the per-process ones). The worker's
// Temporal SDK metrics are on the worker's own port (TEMPORAL_METRICS_BIND_ADDRESS).
import type { RequestHandler } from 'express';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { maskPhone } from '../domain/phone.js';
import type { Row } from '../lib/db.js';

export interface SystemMetricsOptions {
  /** WHATSAPP_MESSAGES_PER_SECOND: the cap of every sending number. */
  messagesPerSecondCap: number;
  /** The default sending number (WHATSAPP_SENDING_NUMBER), shown with its cap even when idle. */
  defaultSendingNumber?: string;
  /** Database figures are read at most this often, however many scrapers ask. */
  cacheMs?: number;
}

/** The window "messages sent per second" is averaged over. */
const RATE_WINDOW_SEC = 10;

interface DatabaseFigures {
  inboxPending: number;
  inboxOldestPendingSec: number;
  reportsUnmatched: number;
  reportsPending: number;
  reportsOldestPendingSec: number;
  sentPerSecond: { number: string; rate: number }[];
  creditsAvailable: number | null;
  creditsReserved: number | null;
  eventsNotFannedOut: number;
  deliveriesPending: number;
  deliveryOldestPendingSec: number;
}

export class SystemMetrics {
  readonly registry = new Registry();
  private readonly ackSeconds: Histogram<'channel' | 'outcome'>;
  private readonly inFlight: Gauge<'channel'>;
  private readonly scrapeErrors: Counter;
  private cached: { at: number; figures: Promise<DatabaseFigures> } | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: SystemMetricsOptions,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'exoflow_api_' });
    this.ackSeconds = new Histogram({
      name: 'exoflow_webhook_ack_seconds',
      help: "Time from an Exotel webhook's arrival to our answer (a 200 means committed), by channel and outcome",
      labelNames: ['channel', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.inFlight = new Gauge({
      name: 'exoflow_webhook_in_flight',
      help: 'Exotel webhooks received by this API process and not yet answered (reports waiting for their commit)',
      labelNames: ['channel'],
      registers,
    });
    this.scrapeErrors = new Counter({
      name: 'exoflow_metrics_database_errors_total',
      help: 'Scrapes whose database figures could not be read',
      registers,
    });
    const figures = () => this.figures();
    const gauge = (name: string, help: string, read: (f: DatabaseFigures) => number | null) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const value = read(await figures());
          if (value === null) this.reset();
          else this.set(value);
        },
      });
    gauge(
      'exoflow_call_inbox_pending',
      'Voice callbacks committed and not yet relayed to their workflow',
      (f) => f.inboxPending,
    );
    gauge(
      'exoflow_call_relay_lag_seconds',
      'Age of the oldest voice callback waiting for the relay (0 when none waits)',
      (f) => f.inboxOldestPendingSec,
    );
    gauge(
      'exoflow_whatsapp_reports_pending',
      'Delivery reports acknowledged and not yet applied to their messages by a worker',
      (f) => f.reportsPending,
    );
    gauge(
      'exoflow_whatsapp_report_apply_lag_seconds',
      'Age of the oldest delivery report waiting for a worker to apply it (0 when none waits)',
      (f) => f.reportsOldestPendingSec,
    );
    gauge(
      'exoflow_whatsapp_reports_unmatched',
      'Delivery reports stored for a message whose send is not known yet (applied once it is)',
      (f) => f.reportsUnmatched,
    );
    gauge('exoflow_credits_available', 'Credits the account can still spend (granted - used - held)', (f) =>
      f.creditsAvailable === null ? null : f.creditsAvailable / 1000,
    );
    gauge('exoflow_credits_reserved', 'Credits held for calls and campaign pages in flight', (f) =>
      f.creditsReserved === null ? null : f.creditsReserved / 1000,
    );
    gauge(
      'exoflow_events_not_fanned_out',
      'Events after the slowest enabled webhook endpoint’s cursor (not yet turned into deliveries)',
      (f) => f.eventsNotFannedOut,
    );
    gauge(
      'exoflow_event_deliveries_pending',
      'Webhook deliveries to the CRM waiting to be sent or retried',
      (f) => f.deliveriesPending,
    );
    gauge(
      'exoflow_event_delivery_lag_seconds',
      'Age of the oldest pending webhook delivery to the CRM (0 when none waits)',
      (f) => f.deliveryOldestPendingSec,
    );
    const cap = options.messagesPerSecondCap;
    const defaultNumber = options.defaultSendingNumber;
    new Gauge({
      name: 'exoflow_whatsapp_sent_per_second',
      help: `WhatsApp messages sent per second over the last ${RATE_WINDOW_SEC} s, per sending number (last 4 digits)`,
      labelNames: ['number'],
      registers,
      async collect() {
        this.reset();
        const { sentPerSecond } = await figures();
        if (defaultNumber) this.set({ number: maskPhone(defaultNumber) }, 0);
        for (const { number, rate } of sentPerSecond) this.set({ number: maskPhone(number) }, rate);
      },
    });
    new Gauge({
      name: 'exoflow_whatsapp_cap_per_second',
      help: 'The pace cap of each sending number (WHATSAPP_MESSAGES_PER_SECOND)',
      labelNames: ['number'],
      registers,
      async collect() {
        this.reset();
        const { sentPerSecond } = await figures();
        const numbers = new Set([...(defaultNumber ? [defaultNumber] : []), ...sentPerSecond.map((s) => s.number)]);
        for (const number of numbers) this.set({ number: maskPhone(number) }, cap);
      },
    });
  }

  /** Times every Exotel webhook from arrival to answer, and counts those in flight. */
  webhookTimer(): RequestHandler {
    return (req, res, next) => {
      const channel = /^\/v1\/webhooks\/exotel\/(voice|whatsapp)\/?$/i.exec(req.path)?.[1]?.toLowerCase();
      if (req.method !== 'POST' || !channel) return next();
      const stop = this.ackSeconds.startTimer({ channel });
      this.inFlight.inc({ channel });
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.inFlight.dec({ channel });
        stop({ outcome: res.writableFinished ? outcomeOf(res.statusCode) : 'aborted' });
      };
      res.once('finish', finish);
      res.once('close', finish);
      next();
    };
  }

  async text(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private figures(): Promise<DatabaseFigures> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < (this.options.cacheMs ?? 2_000)) return this.cached.figures;
    const figures = readFigures(this.pool).catch((error: unknown) => {
      this.scrapeErrors.inc();
      this.cached = null;
      throw error;
    });
    this.cached = { at: now, figures };
    return figures;
  }
}

function outcomeOf(status: number): string {
  if (status < 300) return 'committed';
  return status < 500 ? 'refused' : 'error';
}

const seconds = (value: string | null) => (value === null ? 0 : Number(value));

/** One round trip per figure, each on an index (partial indexes keep the pending sets small). */
async function readFigures(pool: pg.Pool): Promise<DatabaseFigures> {
  const [inbox, reports, unmatched, sent, credits, fanOut, deliveries] = await Promise.all([
    pool.query<{ pending: string; oldest: string | null }>(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min(received_at))::text AS oldest
       FROM call_events WHERE delivery = 'pending'`,
    ),
    pool.query<{ pending: string; oldest: string | null }>(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min(received_at))::text AS oldest
       FROM whatsapp_events WHERE NOT applied`,
    ),
    pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM whatsapp_events WHERE NOT matched AND applied AND kind = 'status'`,
    ),
    pool.query<Row<'campaigns', 'sending_number'> & { sent: string }>(
      `SELECT c.sending_number, sum(s.n)::text AS sent FROM campaigns c
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM message_sends m
                           WHERE m.campaign_id = c.id AND m.sent_at > now() - make_interval(secs => $1)) s
       WHERE c.status IN ('running', 'paused') GROUP BY c.sending_number`,
      [RATE_WINDOW_SEC],
    ),
    pool.query<Row<'credit_scopes', 'limit_milli' | 'used_milli' | 'reserved_milli'>>(
      `SELECT limit_milli, used_milli, reserved_milli FROM credit_scopes WHERE id = 'account'`,
    ),
    pool.query<{ behind: string | null }>(
      `SELECT ((SELECT max(id) FROM events) - min(cursor_event_id))::text AS behind
       FROM webhook_endpoints WHERE status = 'enabled'`,
    ),
    pool.query<{ pending: string; oldest: string | null }>(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min(created_at))::text AS oldest
       FROM webhook_deliveries WHERE state = 'pending'`,
    ),
  ]);
  const account = credits.rows[0];
  return {
    inboxPending: Number(inbox.rows[0]?.pending ?? 0),
    inboxOldestPendingSec: seconds(inbox.rows[0]?.oldest ?? null),
    reportsUnmatched: Number(unmatched.rows[0]?.n ?? 0),
    reportsPending: Number(reports.rows[0]?.pending ?? 0),
    reportsOldestPendingSec: seconds(reports.rows[0]?.oldest ?? null),
    sentPerSecond: sent.rows.map((row) => ({ number: row.sending_number, rate: Number(row.sent) / RATE_WINDOW_SEC })),
    creditsAvailable: account
      ? Number(account.limit_milli) - Number(account.used_milli) - Number(account.reserved_milli)
      : null,
    creditsReserved: account ? Number(account.reserved_milli) : null,
    eventsNotFannedOut: Math.max(0, Number(fanOut.rows[0]?.behind ?? 0)),
    deliveriesPending: Number(deliveries.rows[0]?.pending ?? 0),
    deliveryOldestPendingSec: seconds(deliveries.rows[0]?.oldest ?? null),
  };
}
