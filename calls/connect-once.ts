// Placing a call through Exotel at most once. Connect is not idempotent: a blind retry after a
// timeout can ring a customer twice. So every attempt is recorded on the call row before the
// request (`in_flight`, with its start time) and after it, and only one attempt may be in flight:
//
//   created     Exotel answered with a Call: done, here is its Sid.
//   not_placed  The failure proves nothing was placed (unreachable, 429, a 5xx carrying a
//               RestException): a later attempt may dial.
//   rejected    A 4xx: Exotel will not place this call; retrying is pointless.
//   unknown     Exotel may or may not have placed it (timeout, reset, a 5xx without a
//               RestException, an unreadable answer, or an attempt that died mid-request):
//               never dial again; reconcile by looking the call up.
//
// The API makes the first attempt itself (the fast path to Exotel) while the workflow starts;
// the workflow's activity then finds the outcome here, or makes the attempt if none was made.
import type { Env } from '../config/env.js';
import type { ExotelClient } from '../exotel/client.js';
import { ExotelError } from '../exotel/errors.js';
import type { Db, Row } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { voiceCallbackUrl } from '../lib/webhook-token.js';

export type ConnectOutcome =
  | { outcome: 'created'; callSid: string }
  /** `in_flight`: another attempt holds the claim (the caller may wait for it). */
  | { outcome: 'not_placed' | 'rejected' | 'unknown' | 'in_flight'; reason: string };

export interface ConnectDeps {
  db: Db;
  exotel: ExotelClient;
  env: Pick<Env, 'EXOTEL_CALLER_ID' | 'CALLBACK_BASE_URL' | 'WEBHOOK_SIGNING_SECRET' | 'EXOTEL_TIMEOUT_MS'>;
  logger: Logger;
}

export interface ConnectSpec {
  callId: string;
  workflowId: string;
  agentNumber: string;
  customerNumber: string;
  record: boolean;
  ringTimeoutSec: number;
  maxDurationSec: number;
}

/**
 * Makes one connect attempt if none is in flight and none succeeded; otherwise reports where the
 * earlier attempt stands.
 */
export async function connectOnce(deps: ConnectDeps, spec: ConnectSpec): Promise<ConnectOutcome> {
  const { db } = deps;
  // One statement claims the attempt if it is free, and otherwise reports where it stands.
  const { rows } = await db.pool.query<Row<'calls', 'connect_state' | 'exotel_call_sid'> & { claimed: boolean }>(
    `WITH claim AS (
       UPDATE calls SET connect_state = 'in_flight', connect_started_at = now(), updated_at = now()
       WHERE id = $1 AND connect_state IN ('pending', 'not_placed')
       RETURNING id)
     SELECT EXISTS (SELECT 1 FROM claim) AS claimed, connect_state, exotel_call_sid FROM calls WHERE id = $1`,
    [spec.callId],
  );
  const call = rows[0];
  if (!call) throw new Error(`No call ${spec.callId}`);
  if (call.claimed) return dialClaimed(deps, spec);
  if (call.connect_state === 'created' && call.exotel_call_sid)
    return { outcome: 'created', callSid: call.exotel_call_sid };
  if (call.connect_state === 'unknown')
    return { outcome: 'unknown', reason: 'an earlier attempt may have reached Exotel' };
  if (call.connect_state === 'rejected') return { outcome: 'rejected', reason: 'Exotel rejected this call' };
  return { outcome: 'in_flight', reason: 'another attempt is in flight' };
}

/**
 * Sends the connect request for an attempt the caller has already recorded as `in_flight`, and
 * records its outcome. The API claims the attempt in the same insert that creates the call row,
 * so its first attempt leaves after a single database round trip.
 */
export async function dialClaimed(deps: ConnectDeps, spec: ConnectSpec): Promise<ConnectOutcome> {
  const { db, exotel, env, logger } = deps;
  try {
    const placed = await exotel.connect({
      from: spec.agentNumber,
      to: spec.customerNumber,
      callerId: env.EXOTEL_CALLER_ID,
      statusCallbackUrl: voiceCallbackUrl(env.CALLBACK_BASE_URL, env.WEBHOOK_SIGNING_SECRET, spec.callId),
      customField: spec.workflowId,
      record: spec.record,
      timeLimitSec: spec.maxDurationSec,
      ringTimeoutSec: spec.ringTimeoutSec,
    });
    await recordOutcome(db, spec.callId, 'created', placed.Sid);
    logger.info('call placed', { callId: spec.callId, callSid: placed.Sid });
    return { outcome: 'created', callSid: placed.Sid };
  } catch (error) {
    const failure = error instanceof ExotelError ? error : new ExotelError('ambiguous', String(error));
    const outcome = failure.kind === 'ambiguous' ? 'unknown' : failure.kind === 'rejected' ? 'rejected' : 'not_placed';
    await recordOutcome(db, spec.callId, outcome, null);
    logger.warn('connect failed', { callId: spec.callId, kind: failure.kind, error: failure.message });
    return { outcome, reason: failure.message };
  }
}

/** Plain SQL: this runs in the API's request path, where Prisma's per-statement CPU shows. */
async function recordOutcome(db: Db, callId: string, outcome: string, callSid: string | null): Promise<void> {
  await db.pool.query(
    `UPDATE calls SET connect_state = $2, exotel_call_sid = COALESCE($3, exotel_call_sid), updated_at = now() WHERE id = $1`,
    [callId, outcome, callSid],
  );
}

/**
 * An attempt still in flight this long after it started has died mid-request (its process was
 * killed): its outcome is unknown. Longer than Exotel's request timeout, with slack.
 */
export function inFlightDeadlineMs(env: Pick<Env, 'EXOTEL_TIMEOUT_MS'>): number {
  return env.EXOTEL_TIMEOUT_MS + 5_000;
}

/** Marks an attempt that outlived its deadline as unknown; true if this call did so. */
export async function expireStaleAttempt(db: Db, callId: string, deadlineMs: number): Promise<boolean> {
  const expired = await db.pool.query(
    `UPDATE calls SET connect_state = 'unknown', updated_at = now()
     WHERE id = $1 AND connect_state = 'in_flight' AND connect_started_at < now() - make_interval(secs => $2::float / 1000)`,
    [callId, deadlineMs],
  );
  return expired.rowCount === 1;
}
