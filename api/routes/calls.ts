// /v1/calls: start a click-to-call, read its log, list by tracking ID, follow it live.
import { Router } from 'express';
import { type CallResource, callIsFinal, toCallResource } from '../../calls/call-resource.js';
import type { EventHub } from '../../events/feed.js';
import { latestCallEventId } from '../../events/feed.js';
import { lastEventIdHeader } from '../event-schemas.js';
import { streamEvents } from './events.js';
import { findCallOr404 } from '../call-resource.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { callIdParam, createCallBody, listCallsQuery } from '../schemas.js';
import { InsufficientCreditsError, type StartCallDeps, startCall } from '../../calls/start-call.js';
import { followUpProblem } from '../../messages/accept-message.js';
import { refusalMessage } from '../../domain/single-message.js';

export type CallRoutesDeps = StartCallDeps & { events: EventHub };

export function callRoutes(deps: CallRoutesDeps): Router {
  const { db } = deps;
  const router = Router();

  router.post('/v1/calls', async (req, res) => {
    const body = parseOrThrow(createCallBody, req.body);
    const followUpRefused = body.followUp ? await followUpProblem(db.pool, body.followUp) : null;
    if (followUpRefused)
      throw new ApiError(422, followUpRefused, `followUp: ${refusalMessage(followUpRefused)}`, [
        {
          field: followUpRefused === 'template_mismatch' ? 'followUp.params' : 'followUp.templateId',
          message: refusalMessage(followUpRefused),
        },
      ]);
    const { call, created } = await startCall(deps, body).catch((error: unknown) => {
      if (error instanceof InsufficientCreditsError) throw new ApiError(402, 'insufficient_credits', error.message);
      throw error;
    });
    res.status(created ? 202 : 200).json({ id: call.id, workflowId: call.workflowId, status: call.status });
  });

  router.get('/v1/calls', async (req, res) => {
    const query = parseOrThrow(listCallsQuery, req.query, 'query');
    const rows = await db.call.findMany({
      where: query.trackingId ? { trackingId: query.trackingId } : {},
      orderBy: { createdAt: 'desc' },
      take: query.limit,
    });
    res.json({ calls: rows.map(toCallResource) });
  });

  router.get('/v1/calls/:id', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const row = await findCallOr404(db, id);
    const events = await db.callEvent.findMany({ where: { callId: id }, orderBy: { id: 'asc' }, take: 200 });
    res.json({
      ...toCallResource(row),
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
    const call = toCallResource(await findCallOr404(db, id));
    if (callIsFinal(call) && BigInt(cursor) >= BigInt(latest)) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.end(`event: state\nid: ${cursor}\ndata: ${JSON.stringify(call)}\n\n`);
      return;
    }
    streamEvents(
      res,
      { db, events: deps.events },
      {
        after: cursor,
        filter: { types: [], resourceType: 'call', resourceId: id },
        ...(resume === undefined ? { first: `event: state\nid: ${cursor}\ndata: ${JSON.stringify(call)}\n\n` } : {}),
      },
      (event) => callIsFinal(event.data as CallResource),
      // Each message is the call itself, as before: `event: state`, the event id as `id:`.
      (event) => `event: state\nid: ${event.id}\ndata: ${JSON.stringify(event.data)}\n\n`,
    );
  });

  return router;
}
