// /v1/calls: start a click-to-call (optionally charged to a budget), read its log, list and filter
// calls a page at a time, follow one live. Customer numbers are masked for roles that may not see
// them (api/number-visibility.ts).
import { type Request, Router } from 'express';
import { type CallResource, callIsFinal, toCallResource } from '../../calls/call-resource.js';
import type { EventHub } from '../../events/feed.js';
import { latestCallEventId } from '../../events/feed.js';
import { lastEventIdHeader } from '../event-schemas.js';
import { streamEvents } from './events.js';
import { findCallOr404 } from '../call-resource.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { callIdParam, createCallBody, listCallsQuery, trackingIdSchema } from '../schemas.js';
import { browserGrantOf } from '../browser-tokens.js';
import {
  IdempotencyConflictError,
  InsufficientCreditsError,
  type StartCallDeps,
  startCall,
  UnknownCallBudgetError,
} from '../../calls/start-call.js';
import { decodeCallCursor, listCalls } from '../../calls/call-list.js';
import type { Env } from '../../config/env.js';
import { callForCaller } from '../number-visibility.js';
import { followUpProblem } from '../../messages/accept-message.js';
import { refusalMessage } from '../../domain/single-message.js';

export type CallRoutesDeps = StartCallDeps & {
  events: EventHub;
  /** See EventRoutesDeps.streamMaxMs. */
  streamMaxMs?: number;
  env: StartCallDeps['env'] & Partial<Pick<Env, 'TEMPORAL_UI_URL' | 'TEMPORAL_NAMESPACE'>>;
};

/** The call's workflow in the Temporal Web UI (its latest run), when TEMPORAL_UI_URL is set. */
function temporalUrl(env: CallRoutesDeps['env'], workflowId: string): string | null {
  if (!env.TEMPORAL_UI_URL) return null;
  const base = env.TEMPORAL_UI_URL.replace(/\/+$/, '');
  const namespace = encodeURIComponent(env.TEMPORAL_NAMESPACE ?? 'default');
  return `${base}/namespaces/${namespace}/workflows/${encodeURIComponent(workflowId)}`;
}

export function callRoutes(deps: CallRoutesDeps): Router {
  const { db } = deps;
  const router = Router();

  router.post('/v1/calls', async (req, res) => {
    const body = parseOrThrow(createCallBody, req.body);
    const trackingId = idempotencyKey(req, body.trackingId);
    const grant = browserGrantOf(req);
    if (grant && body.agentNumber !== grant.agentNumber) {
      throw new ApiError(403, 'forbidden', 'This browser token starts calls for another agent', [
        { field: 'agentNumber', message: 'must be the agent number the browser token was issued for' },
      ]);
    }
    const followUpRefused = body.followUp ? await followUpProblem(db.pool, body.followUp) : null;
    if (followUpRefused)
      throw new ApiError(422, followUpRefused, `followUp: ${refusalMessage(followUpRefused)}`, [
        {
          field: followUpRefused === 'template_mismatch' ? 'followUp.params' : 'followUp.templateId',
          message: refusalMessage(followUpRefused),
        },
      ]);
    const { call, created } = await startCall(deps, { ...body, trackingId }).catch((error: unknown) => {
      if (error instanceof InsufficientCreditsError) throw new ApiError(402, 'insufficient_credits', error.message);
      if (error instanceof IdempotencyConflictError) {
        throw new ApiError(
          409,
          'idempotency_conflict',
          error.message,
          error.fields.map((field) => ({ field, message: 'differs from the earlier request with this trackingId' })),
        );
      }
      if (error instanceof UnknownCallBudgetError)
        throw new ApiError(400, 'validation_failed', error.message, [
          { field: 'budgetId', message: 'names no budget (PUT /v1/credits/budgets/{id} creates one)' },
        ]);
      throw error;
    });
    res.status(created ? 202 : 200).json({ id: call.id, workflowId: call.workflowId, status: call.status });
  });

  router.get('/v1/calls', async (req, res) => {
    const query = parseOrThrow(listCallsQuery, req.query, 'query');
    const page = await listCalls(db, {
      statuses: query.status,
      agentNumber: query.agent,
      customerNumber: query.customer,
      trackingId: query.trackingId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      cursor: query.cursor ? decodeCallCursor(query.cursor) : undefined,
      limit: query.limit,
    });
    res.json({ calls: page.calls.map((row) => callForCaller(res, toCallResource(row))), nextCursor: page.nextCursor });
  });

  router.get('/v1/calls/:id', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const row = ownCall(req, await findCallOr404(db, id));
    const events = await db.callEvent.findMany({ where: { callId: id }, orderBy: { id: 'asc' }, take: 200 });
    res.json({
      ...callForCaller(res, toCallResource(row)),
      temporalUrl: temporalUrl(deps.env, row.workflowId),
      events: events.map((event) => ({
        receivedAt: event.receivedAt.toISOString(),
        source: event.source,
        eventType: event.eventType,
        status: event.status,
        delivery: event.delivery,
      })),
    });
  });

  /**
   * Server-sent events from the event log: the call as GET /v1/calls/:id shows it (without its
   * inbox events) at once, then after every change, until nothing more will change (ended,
   * charged, and its recording archived, failed, absent or deleted). Last-Event-ID resumes.
   */
  router.get('/v1/calls/:id/events', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const header = req.header('last-event-id');
    const resume = header === undefined ? undefined : parseOrThrow(lastEventIdHeader, header, 'Last-Event-ID header');
    // The cursor first, then the row: the row is at least as new as the cursor, and anything
    // after the cursor is streamed (a change seen twice is harmless, a missed one is not).
    const latest = await latestCallEventId(db.pool, id);
    const cursor = resume ?? latest;
    const call = callForCaller(res, toCallResource(ownCall(req, await findCallOr404(db, id))));
    if (callIsFinal(call) && BigInt(cursor) >= BigInt(latest)) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.end(`event: state\nid: ${cursor}\ndata: ${JSON.stringify(call)}\n\n`);
      return;
    }
    streamEvents(
      res,
      { db, events: deps.events, ...(deps.streamMaxMs === undefined ? {} : { streamMaxMs: deps.streamMaxMs }) },
      {
        after: cursor,
        filter: { types: [], resourceType: 'call', resourceId: id },
        ...(resume === undefined ? { first: `event: state\nid: ${cursor}\ndata: ${JSON.stringify(call)}\n\n` } : {}),
      },
      (event) => callIsFinal(event.data as CallResource),
      // Each message is the call itself, as before: `event: state`, the event id as `id:`.
      (event) =>
        `event: state\nid: ${event.id}\ndata: ${JSON.stringify(callForCaller(res, event.data as CallResource))}\n\n`,
    );
  });

  return router;
}

/**
 * The request's idempotency key: `Idempotency-Key` stands for `trackingId` (one call per key,
 * ever); both may be sent when they are equal.
 */
function idempotencyKey(req: Request, trackingId: string | undefined): string | undefined {
  const header = req.get('idempotency-key');
  if (header === undefined) return trackingId;
  const parsed = trackingIdSchema.safeParse(header);
  if (!parsed.success) {
    throw new ApiError(400, 'validation_failed', "Invalid Idempotency-Key header: it is the call's trackingId", [
      { field: 'Idempotency-Key', message: parsed.error.issues[0]?.message ?? 'is invalid' },
    ]);
  }
  const key = parsed.data;
  if (trackingId !== undefined && trackingId !== key) {
    throw new ApiError(400, 'validation_failed', 'Idempotency-Key and trackingId differ: send one, or both equal', [
      { field: 'Idempotency-Key', message: 'must equal trackingId when both are sent' },
    ]);
  }
  return key;
}

/** A browser token reads only its own agent's calls. */
function ownCall<T extends { agentNumber: string }>(req: Request, call: T): T {
  const grant = browserGrantOf(req);
  if (grant && call.agentNumber !== grant.agentNumber) {
    throw new ApiError(403, 'forbidden', "This browser token cannot read another agent's calls", [
      { field: 'Authorization', message: 'is a browser token for another agent' },
    ]);
  }
  return call;
}
