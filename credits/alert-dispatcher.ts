// Delivers stored credit alerts to the configured webhook sink (Slack-compatible JSON: Slack's
// incoming webhooks, Mattermost, Google Chat and most chat tools take {"text": ...}). Runs in the
// worker. An alert is claimed with a lease, POSTed, and marked delivered; a failure is retried
// with exponential backoff for as long as it takes: the alert row is the durable record.
import { request } from 'undici';
import { toCredits } from '../domain/credits.js';
import type { Logger } from '../lib/logger.js';
import { NotifiedLoop } from '../lib/notified-loop.js';
import type pg from 'pg';
import type { Row, Tables } from '../lib/db.js';
import { creditAlertResource } from './alert-resource.js';
import { ACCOUNT_SCOPE, ALERT_CHANNEL } from './ledger.js';

/** A claimed alert and its scope's name. */
type ClaimedAlert = Row<
  'credit_alerts',
  'id' | 'scope_id' | 'threshold_percent' | 'used_milli' | 'limit_milli' | 'attempts' | 'created_at'
> & { scope_name: Tables['credit_scopes']['name'] };

export interface AlertDispatcherOptions {
  webhookUrl: string;
  logger: Logger;
  timeoutMs?: number;
  idlePollMs?: number;
  /** Longest wait between attempts. */
  maxBackoffMs?: number;
}

/** Seconds before attempt `attempts + 1`: 2, 4, 8, ... up to the cap. */
export function alertBackoffMs(attempts: number, maxBackoffMs: number): number {
  return Math.min(2 ** attempts * 1000, maxBackoffMs);
}

/** The chat message: what crossed which threshold, and what is left. */
export function alertMessage(
  alert: Pick<ClaimedAlert, 'scope_id' | 'scope_name' | 'threshold_percent' | 'used_milli' | 'limit_milli'>,
) {
  const used = toCredits(Number(alert.used_milli));
  const granted = toCredits(Number(alert.limit_milli));
  const left = Math.max(0, granted - used);
  const what = alert.scope_id === ACCOUNT_SCOPE ? 'the Exotel account' : `budget "${alert.scope_name}"`;
  return `:warning: exoflow credits: ${alert.threshold_percent}% of ${what} used (${used} of ${granted} credits, ${left} left).`;
}

export class AlertDispatcher {
  private readonly loop: NotifiedLoop;
  private readonly timeoutMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: AlertDispatcherOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 10 * 60_000;
    this.loop = new NotifiedLoop(() => this.deliverDue(), {
      name: 'credit alert dispatcher',
      channel: ALERT_CHANNEL,
      idlePollMs: options.idlePollMs ?? 5_000,
      logger: options.logger,
    });
  }

  start(databaseUrl: string): Promise<void> {
    return this.loop.start(databaseUrl);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Delivers the alerts that are due; returns how many it tried. */
  async deliverDue(): Promise<number> {
    // The lease (next_attempt_at a minute ahead) keeps other workers off while this one posts.
    const { rows } = await this.pool.query<ClaimedAlert>(
      `UPDATE credit_alerts AS a SET attempts = a.attempts + 1, next_attempt_at = now() + interval '1 minute'
       FROM credit_scopes AS s
       WHERE s.id = a.scope_id AND a.id IN (
         SELECT id FROM credit_alerts WHERE delivered_at IS NULL AND next_attempt_at <= now()
         ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING a.id, a.scope_id, s.name AS scope_name, a.threshold_percent, a.used_milli, a.limit_milli,
                 a.attempts, a.created_at`,
    );
    await Promise.all(rows.map((alert) => this.deliver(alert)));
    return rows.length;
  }

  private async deliver(alert: ClaimedAlert): Promise<void> {
    try {
      const response = await request(this.options.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: alertMessage(alert),
          alert: { ...creditAlertResource(alert), raisedAt: alert.created_at.toISOString() },
        }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      await response.body.dump();
      if (response.statusCode >= 300) throw new Error(`sink answered HTTP ${response.statusCode}`);
      await this.pool.query(`UPDATE credit_alerts SET delivered_at = now(), last_error = NULL WHERE id = $1`, [
        alert.id,
      ]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryInMs = alertBackoffMs(alert.attempts, this.maxBackoffMs);
      await this.pool.query(
        `UPDATE credit_alerts SET last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
        [alert.id, message, retryInMs / 1000],
      );
      this.options.logger.warn('credit alert delivery failed; will retry', {
        alertId: alert.id,
        error: message,
        retryInMs,
      });
    }
  }
}
