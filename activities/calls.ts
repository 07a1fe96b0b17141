// Activities of the call workflow: thin adapters between the workflow and Exotel or the
// database. Each is safe to run twice.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Env } from '../config/env.js';
import { callWorkflowId, type PlaceCallInput } from '../contracts/calls.js';
import type { CallEvent, CallState } from '../domain/call-state.js';
import { ConnectFailure } from '../domain/connect-failures.js';
import type { ExotelClient } from '../exotel/client.js';
import { eventFromCallDetails } from '../exotel/status-events.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { connectOnce, expireStaleAttempt, inFlightDeadlineMs } from '../calls/connect-once.js';
import { recordPolledEvent } from '../calls/events-inbox.js';
import { saveCallLog } from '../calls/call-log.js';

export interface CallActivityDeps {
  db: Db;
  exotel: ExotelClient;
  env: Pick<Env, 'EXOTEL_CALLER_ID' | 'CALLBACK_BASE_URL' | 'WEBHOOK_SIGNING_SECRET' | 'EXOTEL_TIMEOUT_MS'>;
  logger: Logger;
}

export function createCallActivities({ db, exotel, env, logger }: CallActivityDeps) {
  return {
    /**
     * Places the call at most once (calls/connect-once.ts). If the API's fast-path attempt
     * is still in flight, waits for its outcome; one that outlives its deadline died mid-request
     * and counts as unknown. Failures surface as the workflow's retry policy expects:
     * retryable when nothing was placed, Rejected for a 4xx, OutcomeUnknown when Exotel may
     * have dialled (the workflow reconciles; it never dials blind).
     */
    async placeCall(input: PlaceCallInput): Promise<{ callSid: string }> {
      const workflowId = callWorkflowId(input.callId);
      const deadlineMs = inFlightDeadlineMs(env);
      for (let waitMs = 50; ; waitMs = Math.min(waitMs * 2, 1_000)) {
        const result = await connectOnce({ db, exotel, env, logger }, { ...input, workflowId });
        if (result.outcome === 'created') return { callSid: result.callSid };
        if (result.outcome === 'rejected')
          throw ApplicationFailure.nonRetryable(result.reason, ConnectFailure.Rejected);
        if (result.outcome === 'unknown')
          throw ApplicationFailure.nonRetryable(result.reason, ConnectFailure.OutcomeUnknown);
        if (result.outcome === 'not_placed')
          throw ApplicationFailure.retryable(result.reason, ConnectFailure.NotPlaced);
        // Another attempt is in flight: wait for it, unless it has outlived its deadline.
        if (await expireStaleAttempt(db, input.callId, deadlineMs)) continue;
        Context.current().heartbeat();
        await Context.current().sleep(waitMs);
      }
    },

    /**
     * Looks for a call Exotel created for this request although its connect answer was lost: a
     * late answer recorded on the row first, then Exotel's list of calls between the two parties
     * since the attempt began, skipping calls that belong to other rows.
     */
    async findPlacedCall(input: {
      callId: string;
      agentNumber: string;
      customerNumber: string;
    }): Promise<string | null> {
      const own = await db.call.findUniqueOrThrow({ where: { id: input.callId } });
      if (own.connectState === 'created' && own.exotelCallSid) return own.exotelCallSid;
      // Exotel's clock and ours may differ by a little.
      const since = new Date((own.connectStartedAt ?? own.createdAt).getTime() - 60_000);
      const calls = await exotel.findCalls({ from: input.agentNumber, to: input.customerNumber, createdAfter: since });
      const taken = new Set(
        (
          await db.call.findMany({
            where: { exotelCallSid: { in: calls.map((call) => call.Sid) }, id: { not: input.callId } },
            select: { exotelCallSid: true },
          })
        ).map((row) => row.exotelCallSid),
      );
      const found = calls
        .filter((call) => !taken.has(call.Sid))
        .sort((a, b) => (a.DateCreated ?? '').localeCompare(b.DateCreated ?? ''))[0];
      if (!found) return null;
      await db.call.update({
        where: { id: input.callId },
        data: { connectState: 'created', exotelCallSid: found.Sid },
      });
      logger.info('reconciled call after an ambiguous connect', { callId: input.callId, callSid: found.Sid });
      return found.Sid;
    },

    /** Polls Call Details: the fallback when the status webhook is late or lost. */
    async fetchCallStatus(input: { callId: string; callSid: string }): Promise<CallEvent> {
      const call = await exotel.getCallDetails(input.callSid);
      const event = eventFromCallDetails(call, new Date().toISOString());
      await recordPolledEvent(db, input.callId, event, call);
      return event;
    },

    /** Writes the workflow's view of the call to its log row. */
    async saveCallState(input: { callId: string; state: CallState; creditsUsed: number | null }): Promise<void> {
      await saveCallLog(db.pool, input);
    },
  };
}

export type CallActivities = ReturnType<typeof createCallActivities>;
