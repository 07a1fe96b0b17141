// Accepting a click-to-call: one call log row per tracking ID (the database's unique index
// decides races), then its workflow, started idempotently so a retried request never dials twice.
//
// The embedded Temporal server starts ~80 workflows a second, so a burst of calls would queue
// behind workflow starts before anyone's phone rang. The API therefore makes the first connect
// attempt itself, right after the row is committed and while the workflow starts: the attempt is
// recorded on the row (calls/connect-once.ts), so the workflow's activity adopts its outcome
// and nothing is ever dialled twice. If this process dies mid-attempt, the workflow sees an
// attempt that outlived its deadline and reconciles instead of redialling.
import { trackingIdQuotesNumber } from '../domain/tracking-id.js';
import { randomUUID } from 'node:crypto';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Env } from '../config/env.js';
import { type ConnectDeps, dialClaimed } from './connect-once.js';
import { budgetScopeId, callReservationId, type CreditLedger } from '../credits/ledger.js';
import { estimateCallCost, toCredits } from '../domain/credits.js';
import { differingFields, idempotencyConflictMessage } from '../domain/idempotency.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { callHardBoundMs, callWorkflowId, type CallTiming, CLICK_TO_CALL_WORKFLOW } from '../contracts/calls.js';
import type { clickToCall } from '../workflows/call.js';
import { TrackingId } from '../contracts/search-attributes.js';
import { type AcceptedCall, insertCall } from './insert-call.js';
import type { FollowUpRequest } from '../contracts/messages.js';

export type CallSettings = Pick<
  Env,
  | 'EXOTEL_CALLER_ID'
  | 'TEMPORAL_TASK_QUEUE'
  | 'CALL_MAX_DURATION_SEC'
  | 'CALL_RING_TIMEOUT_SEC'
  | 'CALL_FIRST_POLL_AFTER_SEC'
  | 'CALL_MAX_POLL_INTERVAL_SEC'
  | 'VOICE_CREDITS_PER_LEG_MINUTE'
  | 'CALL_RESERVE_MINUTES'
>;

export function callTiming(env: CallSettings): CallTiming {
  return {
    ringTimeoutSec: env.CALL_RING_TIMEOUT_SEC,
    maxDurationSec: env.CALL_MAX_DURATION_SEC,
    firstPollAfterSec: env.CALL_FIRST_POLL_AFTER_SEC,
    maxPollIntervalSec: env.CALL_MAX_POLL_INTERVAL_SEC,
    reconcileGraceSec: 30,
  };
}

export interface StartCallDeps {
  db: Db;
  ledger: CreditLedger;
  temporal: Client;
  env: CallSettings;
  logger: Logger;
  /** Makes the fast-path connect attempt; without it the workflow makes the first attempt. */
  connect?: Omit<ConnectDeps, 'db' | 'logger'>;
}

/** A click-to-call as the CRM asks for it (validated by the API). */
export interface CallRequest {
  agentNumber: string;
  customerNumber: string;
  /** The CRM's idempotency key: one call per tracking ID, ever. */
  trackingId?: string | null | undefined;
  record: boolean;
  /** A budget (a team's, an agent's) the call is charged to, besides the account. */
  budgetId?: string | undefined;
  /** A WhatsApp message to send once after one of the named outcomes. */
  followUp?: FollowUpRequest | undefined;
}

/** The request names a budget that does not exist (or was deleted): nothing was written. */
export class UnknownCallBudgetError extends Error {
  constructor(readonly budgetId: string) {
    super(`No budget ${budgetId}`);
  }
}

/** The balance cannot cover one minute on both legs: nothing was written or dialled. */
export class InsufficientCreditsError extends Error {
  constructor(
    readonly available: number,
    readonly minimum: number,
    readonly budgetId?: string,
  ) {
    super(
      budgetId
        ? `Budget ${budgetId} cannot cover this call: ${available} left of it, ${minimum} needed for one minute on both legs. ` +
            'Raise the budget (PUT /v1/credits/budgets/{id}) and retry.'
        : `Not enough credits to place a call: ${available} available, ${minimum} needed for one minute on both legs. ` +
            'Top up (POST /v1/credits/top-ups) and retry.',
    );
  }
}

/** What a repeated trackingId must ask for again to get the earlier call. */
const REPEATED_FIELDS = ['agentNumber', 'customerNumber', 'record'] as const;

/** The trackingId names an earlier call that asked for something else: nothing was written or dialled. */
export class IdempotencyConflictError extends Error {
  constructor(
    readonly callId: string,
    readonly fields: readonly (typeof REPEATED_FIELDS)[number][],
  ) {
    super(idempotencyConflictMessage('This trackingId', fields));
  }
}

export async function startCall(
  deps: StartCallDeps,
  body: CallRequest,
): Promise<{ call: AcceptedCall; created: boolean }> {
  const { db, env } = deps;
  const id = randomUUID();
  const timing = callTiming(env);
  const rate = { voicePerLegMinute: env.VOICE_CREDITS_PER_LEG_MINUTE };
  if (body.budgetId && !(await budgetExists(db, body.budgetId))) throw new UnknownCallBudgetError(body.budgetId);
  const inserted = await insertCall(db, deps.ledger, {
    id,
    workflowId: callWorkflowId(id),
    trackingId: body.trackingId ?? null,
    agentNumber: body.agentNumber,
    customerNumber: body.customerNumber,
    callerId: env.EXOTEL_CALLER_ID,
    record: body.record,
    followUp: body.followUp ?? null,
    connectState: deps.connect ? 'in_flight' : 'pending',
    // Hold the expected cost; a balance that cannot cover one minute on both legs refuses the call.
    reservation: {
      id: callReservationId(id),
      ownerType: 'call',
      ownerId: id,
      channel: 'voice',
      requested: estimateCallCost(env.CALL_RESERVE_MINUTES, rate),
      minimum: estimateCallCost(1, rate),
      quantity: env.CALL_RESERVE_MINUTES * 2,
      ...(body.budgetId ? { budgetId: body.budgetId } : {}),
      // Released by the worker's sweeper if the workflow never settles it.
      expiresAt: new Date(Date.now() + callHardBoundMs(timing) + 60 * 60 * 1000),
    },
  });
  if (inserted.outcome === 'refused') {
    throw new InsufficientCreditsError(
      toCredits(inserted.available),
      toCredits(inserted.minimum),
      inserted.reason === 'budget_exhausted' ? body.budgetId : undefined,
    );
  }
  const created = inserted.outcome === 'accepted';
  const call = created ? inserted.call : await db.call.findUniqueOrThrow({ where: { trackingId: body.trackingId! } });
  if (!created) {
    const differing = differingFields(call, body, REPEATED_FIELDS);
    if (differing.length > 0) throw new IdempotencyConflictError(call.id, differing);
  }

  if (created && deps.connect) void fastPathConnect({ db, logger: deps.logger, ...deps.connect }, env, call);
  // A row still 'queued' may have lost its workflow start to a crash or an outage: start it now.
  // Same workflow ID, USE_EXISTING and REJECT_DUPLICATE: this never creates a second run.
  // Once the row is committed (and perhaps dialled) the call is accepted: failing the request now
  // would invite a retry that rings the customer twice. If Temporal is unreachable, the sweeper
  // starts the workflow later.
  if (call.status === 'queued') {
    await ensureWorkflow(deps, call).catch((error) =>
      deps.logger.error('workflow start failed; the sweeper will retry', { callId: call.id, error }),
    );
  }
  return { call, created };
}

async function budgetExists(db: Db, budgetId: string): Promise<boolean> {
  const { rowCount } = await db.pool.query(
    `SELECT 1 FROM credit_scopes WHERE id = $1 AND kind = 'budget' AND deleted_at IS NULL`,
    [budgetScopeId(budgetId)],
  );
  return rowCount === 1;
}

async function fastPathConnect(deps: ConnectDeps, env: CallSettings, call: AcceptedCall): Promise<void> {
  try {
    await dialClaimed(deps, {
      callId: call.id,
      workflowId: call.workflowId,
      agentNumber: call.agentNumber,
      customerNumber: call.customerNumber,
      record: call.record,
      ringTimeoutSec: env.CALL_RING_TIMEOUT_SEC,
      maxDurationSec: env.CALL_MAX_DURATION_SEC,
    });
  } catch (error) {
    // The workflow's own attempt takes over; nothing is lost.
    deps.logger.warn('fast-path connect failed', { callId: call.id, error });
  }
}

/**
 * Starts the workflow of every call accepted more than `olderThanMs` ago that still has none
 * (the API died between committing the row and starting the workflow). Run periodically.
 */
export async function resumeOrphanedCalls(deps: StartCallDeps, olderThanMs = 15_000): Promise<number> {
  const orphans = await deps.db.call.findMany({
    where: { status: 'queued', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
  for (const call of orphans) await ensureWorkflow(deps, call);
  return orphans.length;
}

async function ensureWorkflow(
  { db, temporal, env }: Pick<StartCallDeps, 'db' | 'temporal' | 'env'>,
  call: AcceptedCall,
): Promise<void> {
  const timing = callTiming(env);
  try {
    await temporal.workflow.start<typeof clickToCall>(CLICK_TO_CALL_WORKFLOW, {
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      workflowId: call.workflowId,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      // A backstop only: the workflow bounds itself well inside this.
      workflowRunTimeout: callHardBoundMs(timing) + 60 * 60 * 1000,
      // Never a phone number in a search attribute (calls accepted before the API refused them).
      typedSearchAttributes:
        call.trackingId && !trackingIdQuotesNumber(call.trackingId, [call.agentNumber, call.customerNumber])
          ? [{ key: TrackingId, value: call.trackingId }]
          : [],
      args: [
        {
          callId: call.id,
          agentNumber: call.agentNumber,
          customerNumber: call.customerNumber,
          trackingId: call.trackingId,
          record: call.record,
          creditsPerLegMinute: toCredits(env.VOICE_CREDITS_PER_LEG_MINUTE),
          timing,
          ...(call.followUp ? { followUp: call.followUp as unknown as FollowUpRequest } : {}),
        },
      ],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    // Its workflow ran and closed without ever writing the call log: the call is over.
    await db.pool.query(
      `UPDATE calls SET status = 'failed', failure_reason = 'workflow_closed', updated_at = now() WHERE id = $1 AND status = 'queued'`,
      [call.id],
    );
  }
}
