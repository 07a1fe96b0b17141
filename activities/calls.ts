// Activities of the call workflow: thin adapters between the workflow and Exotel or the
// database. Each is safe to run twice.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Env } from '../config/env.js';
import type { CallEvent, CallState } from '../domain/call-state.js';
import { ExotelError } from '../exotel/errors.js';
import type { ExotelClient } from '../exotel/client.js';
import { eventFromCallDetails } from '../exotel/status-events.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { voiceCallbackUrl } from '../lib/webhook-token.js';
import { recordPolledEvent } from '../inbox/call-events.js';

/** Failure types the workflow acts on. */
export const ConnectRejected = 'ConnectRejected';
export const ConnectOutcomeUnknown = 'ConnectOutcomeUnknown';

export interface PlaceCallInput {
  callId: string;
  agentNumber: string;
  customerNumber: string;
  record: boolean;
  ringTimeoutSec: number;
  maxDurationSec: number;
}

export interface CallActivityDeps {
  db: Db;
  exotel: ExotelClient;
  env: Pick<Env, 'EXOTEL_CALLER_ID' | 'CALLBACK_BASE_URL' | 'WEBHOOK_SIGNING_SECRET'>;
  logger: Logger;
}

export function createCallActivities({ db, exotel, env, logger }: CallActivityDeps) {
  return {
    /**
     * Asks Exotel to bridge agent and customer. The retry policy lives here, because only here
     * do we know what a failure means:
     * - The call row's `connectState` is written before the request ('in_flight') and after it.
     *   An attempt that finds 'in_flight' follows one that died mid-request (worker killed,
     *   activity timed out): Exotel may have dialled, so it reports ConnectOutcomeUnknown and
     *   never dials again.
     * - Failures that prove Exotel did nothing (unreachable, 429, a 5xx carrying a
     *   RestException) are thrown as retryable: the workflow's retry policy tries again.
     * - A 4xx rejection is final (ConnectRejected).
     * - Anything ambiguous (timeout, reset, a 5xx without a RestException, an unreadable answer)
     *   is ConnectOutcomeUnknown: the workflow reconciles by looking the call up, never by
     *   dialling blind.
     */
    async placeCall(input: PlaceCallInput): Promise<{ callSid: string }> {
      const call = await db.call.findUniqueOrThrow({ where: { id: input.callId } });
      if (call.connectState === 'created' && call.exotelCallSid) return { callSid: call.exotelCallSid };
      if (call.connectState === 'in_flight' || call.connectState === 'unknown') {
        throw ApplicationFailure.nonRetryable('An earlier connect attempt may have reached Exotel', ConnectOutcomeUnknown);
      }
      const claimed = await db.call.updateMany({
        where: { id: input.callId, connectState: { in: ['pending', 'not_placed'] } },
        data: { connectState: 'in_flight' },
      });
      if (claimed.count !== 1) {
        throw ApplicationFailure.nonRetryable('Another connect attempt is under way', ConnectOutcomeUnknown);
      }

      const workflowId = Context.current().info.workflowExecution?.workflowId ?? input.callId;
      try {
        const placed = await exotel.connect({
          from: input.agentNumber,
          to: input.customerNumber,
          callerId: env.EXOTEL_CALLER_ID,
          statusCallbackUrl: voiceCallbackUrl(env.CALLBACK_BASE_URL, env.WEBHOOK_SIGNING_SECRET, input.callId),
          customField: workflowId,
          record: input.record,
          timeLimitSec: input.maxDurationSec,
          ringTimeoutSec: input.ringTimeoutSec,
        });
        await db.call.update({ where: { id: input.callId }, data: { connectState: 'created', exotelCallSid: placed.Sid } });
        logger.info('call placed', { callId: input.callId, callSid: placed.Sid });
        return { callSid: placed.Sid };
      } catch (error) {
        const failure = error instanceof ExotelError ? error : new ExotelError('ambiguous', String(error));
        const connectState = failure.kind === 'ambiguous' ? 'unknown' : 'not_placed';
        await db.call.update({ where: { id: input.callId }, data: { connectState } });
        logger.warn('connect failed', { callId: input.callId, kind: failure.kind, error: failure.message });
        if (failure.kind === 'rejected') throw ApplicationFailure.nonRetryable(failure.message, ConnectRejected);
        if (failure.kind === 'ambiguous') throw ApplicationFailure.nonRetryable(failure.message, ConnectOutcomeUnknown);
        throw ApplicationFailure.retryable(failure.message, 'ConnectNotPlaced');
      }
    },

    /** Looks for a call Exotel created for this request although its connect answer was lost. */
    async findPlacedCall(input: { callId: string; agentNumber: string; customerNumber: string; since: string }): Promise<string | null> {
      const since = new Date(Date.parse(input.since) - 60_000); // Exotel's clock and ours may differ
      const calls = await exotel.findCalls({ from: input.agentNumber, to: input.customerNumber, createdAfter: since });
      const taken = new Set(
        (await db.call.findMany({ where: { exotelCallSid: { in: calls.map((call) => call.Sid) } }, select: { exotelCallSid: true } }))
          .map((row) => row.exotelCallSid),
      );
      const found = calls
        .filter((call) => !taken.has(call.Sid))
        .sort((a, b) => (a.DateCreated ?? '').localeCompare(b.DateCreated ?? ''))[0];
      if (!found) return null;
      await db.call.update({ where: { id: input.callId }, data: { connectState: 'created', exotelCallSid: found.Sid } });
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
      const { state } = input;
      await db.call.update({
        where: { id: input.callId },
        data: {
          status: state.status,
          failureReason: state.failureReason,
          exotelCallSid: state.callSid,
          leg1Status: state.legs[0].status,
          leg2Status: state.legs[1].status,
          leg1DurationSec: state.legs[0].onCallDurationSec,
          leg2DurationSec: state.legs[1].onCallDurationSec,
          conversationDurationSec: state.conversationDurationSec,
          startedAt: toDate(state.startedAt),
          answeredAt: toDate(state.answeredAt),
          endedAt: toDate(state.endedAt),
          recordingUrl: state.recordingUrl,
          creditsUsed: input.creditsUsed,
        },
      });
    },
  };
}

export type CallActivities = ReturnType<typeof createCallActivities>;

function toDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
