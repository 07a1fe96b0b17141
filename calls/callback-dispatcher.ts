// Placing the calls "call me" replies asked for (messages/callbacks.ts records them): due
// requests, oldest first, each as a click-to-call under the tracking ID `callback-<request id>`,
// so a pass repeated by a second worker or after a crash never places a second call.
import type pg from 'pg';
import { appendEvents } from '../events/emit.js';
import { CALLBACK_COLUMNS, callbackEvent, type CallbackRow } from '../events/resources.js';
import { inTransaction } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { NotifiedLoop } from '../lib/notified-loop.js';
import { CALLBACK_CHANNEL } from '../messages/callbacks.js';
import { InsufficientCreditsError, type StartCallDeps, startCall } from './start-call.js';

/** The worker's loop placing due call backs: woken by each new request, else every 5 s. */
export function callbackDispatcher(
  deps: StartCallDeps,
  options: { logger: Logger; idlePollMs?: number },
): NotifiedLoop {
  return new NotifiedLoop(() => placeDueCallbacks(deps), {
    name: 'callback dispatcher',
    channel: CALLBACK_CHANNEL,
    idlePollMs: options.idlePollMs ?? 5_000,
    logger: options.logger,
  });
}

/** Places up to 20 due calls; returns how many requests it settled. */
export async function placeDueCallbacks(deps: StartCallDeps): Promise<number> {
  const { pool } = deps.db;
  const { rows } = await pool.query<CallbackRow>(
    `SELECT ${CALLBACK_COLUMNS} FROM callback_requests WHERE status = 'scheduled' AND due_at <= now()
     ORDER BY due_at LIMIT 20`,
  );
  for (const request of rows) await settle(pool, request.id, await place(deps, request));
  return rows.length;
}

async function place(deps: StartCallDeps, request: CallbackRow): Promise<{ callId: string } | { failure: string }> {
  try {
    const { call } = await startCall(deps, {
      agentNumber: request.agent_number!,
      customerNumber: request.customer_number,
      trackingId: `callback-${request.id}`,
      record: false,
    });
    return { callId: call.id };
  } catch (error) {
    if (error instanceof InsufficientCreditsError) return { failure: 'insufficient_credits' };
    throw error;
  }
}

async function settle(pool: pg.Pool, id: string, outcome: { callId: string } | { failure: string }): Promise<void> {
  await inTransaction(pool, async (client) => {
    const placed = 'callId' in outcome;
    const { rows } = await client.query<CallbackRow>(
      `UPDATE callback_requests SET status = $2, call_id = $3, failure_reason = $4, updated_at = now()
       WHERE id = $1 AND status = 'scheduled'
       RETURNING ${CALLBACK_COLUMNS}`,
      [id, placed ? 'placed' : 'failed', placed ? outcome.callId : null, placed ? null : outcome.failure],
    );
    await appendEvents(
      client,
      rows.map((row) => callbackEvent(placed ? 'callback.placed' : 'callback.failed', row)),
    );
  });
}
