// One provider request of a campaign page: pace it, record its sends, send them, record the
// answers. Exactly once: the rows are written before the provider is called, and a contact that
// already has a row for the step (an earlier attempt) is left out. A request that provably sent
// nothing (refused, 429) forgets its rows and is retried after a pause; an ambiguous one leaves
// them pending, to be settled by delivery reports (their custom_data is the row's ID) or marked
// unknown: never resent.
import type pg from 'pg';
import type { PageStop } from '../domain/page-state.js';
import type { TemplateSend } from '../domain/send-decision.js';
import { ExotelError, ExotelRateLimitError } from '../exotel/errors.js';
import type { WhatsAppClient } from '../exotel/whatsapp-client.js';
import { isDatabaseUnavailable } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { applyUnmatchedReports } from '../messages/delivery-reports.js';
import { bookSendSlot, type RateLimit } from './pacing.js';
import * as store from './store.js';

export interface PageRequestDeps {
  pool: pg.Pool;
  whatsapp: WhatsAppClient;
  logger: Logger;
  /** Where delivery reports are posted (with its token). */
  statusCallbackUrl: string;
  sleep: (ms: number) => Promise<void>;
  /** Tells Temporal the page is alive while it waits out a database outage. */
  heartbeat?: () => void;
}

/** How long an answer in hand waits for PostgreSQL to come back before the page gives up on it. */
const RECORD_ANSWERS_FOR_MS = 10 * 60_000;

/** Where a page's requests go: the campaign, its step, the credit hold they are charged to, the pace they keep. */
export interface PageRequestTarget {
  campaignId: string;
  step: number;
  holdId: string;
  limits: RateLimit[];
}

export interface RequestAnswer {
  sent: number;
  failed: number;
  stop?: Extract<PageStop, 'provider_rejected'>;
}

/** Paces, records and sends one request's messages; returns what the provider answered. */
export async function sendRequest(
  deps: PageRequestDeps,
  target: PageRequestTarget,
  batch: TemplateSend[],
): Promise<RequestAnswer> {
  const { pool, whatsapp, statusCallbackUrl } = deps;
  const { campaignId } = target;
  if (batch.length === 0) return { sent: 0, failed: 0 };
  for (let attempt = 1; ; attempt++) {
    const startAt = await bookSendSlot(pool, target.limits, batch.length);
    const waitMs = startAt.getTime() - Date.now();
    if (waitMs > 0) await deps.sleep(waitMs);
    // Everything but the request itself is done before the sends are recorded.
    const prepared = whatsapp.prepare({ messages: batch, statusCallback: statusCallbackUrl });
    const recorded = await store.recordPending(pool, campaignId, target.step, target.holdId, batch);
    const toSend = batch.filter((message) => recorded.has(message.id));
    if (toSend.length === 0) return { sent: 0, failed: 0 };
    let answers;
    try {
      answers = await whatsapp.sendPrepared(
        toSend.length === batch.length
          ? prepared
          : whatsapp.prepare({ messages: toSend, statusCallback: statusCallbackUrl }),
      );
    } catch (error) {
      if (!(error instanceof ExotelError) || error.kind === 'ambiguous') {
        // The request may have reached Exotel: the rows stay pending for the reports to settle.
        deps.logger.warn('WhatsApp send outcome unknown; awaiting delivery reports', {
          campaignId,
          messages: toSend.length,
          error,
        });
        return { sent: 0, failed: 0 };
      }
      // Nothing was sent: forget the rows, so the recipients are sent later.
      await store.forgetPending(
        pool,
        toSend.map((message) => message.id),
      );
      if (error.kind === 'rejected') {
        deps.logger.error('Exotel rejected a WhatsApp send; pausing the campaign', { campaignId, error });
        return { sent: 0, failed: 0, stop: 'provider_rejected' };
      }
      const retryAfterMs =
        error instanceof ExotelRateLimitError && error.retryAfterMs
          ? error.retryAfterMs
          : Math.min(30_000, 500 * 2 ** attempt);
      deps.logger.warn('WhatsApp send refused; retrying', { campaignId, retryAfterMs, error: error.message });
      await deps.sleep(retryAfterMs);
      continue;
    }
    const outcomes = answers.map((answer, i): store.SendOutcome =>
      answer.ok
        ? { id: toSend[i]!.id, ok: true, sid: answer.sid }
        : { id: toSend[i]!.id, ok: false, code: Number(answer.errorCode) || answer.code, detail: answer.message },
    );
    await recordAnswers(deps, campaignId, outcomes);
    const sent = outcomes.filter((outcome) => outcome.ok).length;
    return { sent, failed: outcomes.length - sent };
  }
}

/**
 * Records what Exotel answered. The answer in hand is the only record of the messages' sids
 * (delivery reports that Exotel stops retrying during an outage never bring them), so while
 * PostgreSQL is unreachable it waits and tries again rather than leave the sends pending.
 */
async function recordAnswers(deps: PageRequestDeps, campaignId: string, outcomes: store.SendOutcome[]): Promise<void> {
  const giveUpAt = Date.now() + RECORD_ANSWERS_FOR_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await store.recordOutcomes(deps.pool, outcomes);
      await applyUnmatchedReports(
        deps.pool,
        outcomes.flatMap((outcome) => (outcome.ok ? [outcome.sid] : [])),
      );
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= giveUpAt) throw error;
      if (attempt === 1)
        deps.logger.warn('recording WhatsApp answers: the database is unavailable; retrying until it is back', {
          campaignId,
          messages: outcomes.length,
          error,
        });
      deps.heartbeat?.();
      await deps.sleep(Math.min(5_000, 250 * 2 ** attempt));
    }
  }
}
