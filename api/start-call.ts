// Accepting a click-to-call: one call log row per tracking ID (the database's unique index
// decides races), then its workflow, started idempotently so a retried request never dials twice.
import { randomUUID } from 'node:crypto';
import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Env } from '../config/env.js';
import type { Call } from '../generated/prisma/client.js';
import type { Db } from '../lib/db.js';
import { callHardBoundMs, callWorkflowId, type CallTiming, clickToCall } from '../workflows/call.js';
import { TrackingId } from '../workflows/search-attributes.js';
import type { CreateCallBody } from './schemas.js';

export type CallSettings = Pick<
  Env,
  | 'EXOTEL_CALLER_ID'
  | 'TEMPORAL_TASK_QUEUE'
  | 'CALL_MAX_DURATION_SEC'
  | 'CALL_RING_TIMEOUT_SEC'
  | 'CALL_FIRST_POLL_AFTER_SEC'
  | 'CALL_MAX_POLL_INTERVAL_SEC'
  | 'VOICE_CREDITS_PER_LEG_MINUTE'
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

export async function startCall(
  deps: { db: Db; temporal: Client; env: CallSettings },
  body: CreateCallBody,
): Promise<{ call: Call; created: boolean }> {
  const { db, temporal, env } = deps;
  const id = randomUUID();
  const { count } = await db.call.createMany({
    data: [
      {
        id,
        workflowId: callWorkflowId(id),
        trackingId: body.trackingId ?? null,
        agentNumber: body.agentNumber,
        customerNumber: body.customerNumber,
        callerId: env.EXOTEL_CALLER_ID,
        record: body.record,
        status: 'queued',
      },
    ],
    skipDuplicates: true,
  });
  const created = count === 1;
  const call = created
    ? await db.call.findUniqueOrThrow({ where: { id } })
    : await db.call.findUniqueOrThrow({ where: { trackingId: body.trackingId! } });

  // A row still 'queued' may have lost its workflow start to a crash or an outage: start it now.
  // Same workflow ID, USE_EXISTING and REJECT_DUPLICATE: this never creates a second run.
  if (call.status === 'queued') await ensureWorkflow(temporal, env, call);
  return { call, created };
}

async function ensureWorkflow(temporal: Client, env: CallSettings, call: Call): Promise<void> {
  const timing = callTiming(env);
  try {
    await temporal.workflow.start(clickToCall, {
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      workflowId: call.workflowId,
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      // A backstop only: the workflow bounds itself well inside this.
      workflowRunTimeout: callHardBoundMs(timing) + 60 * 60 * 1000,
      typedSearchAttributes: call.trackingId ? [{ key: TrackingId, value: call.trackingId }] : [],
      args: [
        {
          callId: call.id,
          agentNumber: call.agentNumber,
          customerNumber: call.customerNumber,
          trackingId: call.trackingId,
          record: call.record,
          creditsPerLegMinute: env.VOICE_CREDITS_PER_LEG_MINUTE,
          timing,
        },
      ],
    });
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}
