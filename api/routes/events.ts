// /v1/events: the event log, paged by id and streamed (SSE, resumable with Last-Event-ID), and
// /v1/webhook-endpoints: where the worker POSTs events (Standard Webhooks), with their attempt
// log and manual resends.
import { Router, type Response } from 'express';
import type { EventFilter, EventHub, EventView } from '../../events/feed.js';
import { listEvents } from '../../events/feed.js';
import {
  createEndpoint,
  deleteEndpoint,
  findEndpoint,
  listAttempts,
  listEndpoints,
  resendEvent,
  updateEndpoint,
} from '../../events/webhook-endpoints.js';
import type { Db } from '../../lib/db.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { eventForCaller } from '../number-visibility.js';
import {
  attemptsQuery,
  createEndpointBody,
  endpointIdParam,
  eventIdParam,
  lastEventIdHeader,
  listEventsQuery,
  patchEndpointBody,
  resendBody,
  streamEventsQuery,
} from '../event-schemas.js';

export interface EventRoutesDeps {
  db: Db;
  events: EventHub;
  /** Milliseconds between heartbeat comments on streams (15 s). */
  heartbeatMs?: number;
  /**
   * Milliseconds after which a stream is ended (EVENTS_STREAM_MAX_SEC): the client reconnects
   * with Last-Event-ID and misses nothing, and long-lived connections spread over API processes.
   */
  streamMaxMs?: number;
}

/**
 * Opens an SSE response and streams the hub's events from `after`. `onEvent` may end the
 * stream (return true). A client too slow to take its events is cut off: it resumes with
 * Last-Event-ID and misses nothing.
 */
export function streamEvents(
  res: Response,
  deps: EventRoutesDeps,
  start: { after: string | null; filter: EventFilter; first?: string },
  onEvent: (event: EventView) => boolean = () => false,
  format: (event: EventView) => string = (event) =>
    `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`,
): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.flushHeaders();
  if (start.first) res.write(start.first);
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    subscription.close();
    res.end();
  };
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), deps.heartbeatMs ?? 15_000);
  const maxAge = deps.streamMaxMs === undefined ? undefined : setTimeout(finish, deps.streamMaxMs);
  const subscription = deps.events.subscribe(
    start.after,
    start.filter,
    (event) => {
      if (closed) return;
      res.write(format(event));
      if (res.writableLength > 4 * 2 ** 20 || onEvent(event)) finish();
    },
    // The client reconnects with Last-Event-ID and misses nothing.
    () => finish(),
  );
  res.on('close', finish);
}

export function eventRoutes(deps: EventRoutesDeps): Router {
  const { db } = deps;
  const router = Router();

  router.get('/v1/events', async (req, res) => {
    const query = parseOrThrow(listEventsQuery, req.query, 'query');
    const events = await listEvents(db.pool, {
      types: query.type ?? [],
      resourceType: query.resourceType,
      resourceId: query.resourceId,
      after: query.after ?? '0',
      limit: query.limit,
    });
    res.json({
      events: events.map((event) => eventForCaller(res, event)),
      nextCursor: events.at(-1)?.id ?? query.after ?? null,
    });
  });

  router.get('/v1/events/stream', (req, res) => {
    const query = parseOrThrow(streamEventsQuery, req.query, 'query');
    const header = req.header('last-event-id');
    const resume = header === undefined ? undefined : parseOrThrow(lastEventIdHeader, header, 'Last-Event-ID header');
    streamEvents(
      res,
      deps,
      {
        after: resume ?? query.after ?? null,
        filter: { types: query.type ?? [], resourceType: query.resourceType, resourceId: query.resourceId },
      },
      undefined,
      (event) => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(eventForCaller(res, event))}\n\n`,
    );
  });

  router.post('/v1/events/:id/resend', async (req, res) => {
    const { id } = parseOrThrow(eventIdParam, req.params, 'path');
    const body = parseOrThrow(resendBody, req.body ?? {});
    if (body.endpointId && !(await findEndpoint(db.pool, body.endpointId)))
      throw new ApiError(404, 'not_found', `No webhook endpoint ${body.endpointId}`);
    const endpoints = await resendEvent(db.pool, id, body.endpointId);
    if (endpoints === null) throw new ApiError(404, 'not_found', `No event ${id} (or it is past retention)`);
    res.status(202).json({ eventId: id, queuedFor: endpoints });
  });

  router.post('/v1/webhook-endpoints', async (req, res) => {
    const body = parseOrThrow(createEndpointBody, req.body);
    res.status(201).json(await createEndpoint(db.pool, body));
  });

  router.get('/v1/webhook-endpoints', async (_req, res) => {
    res.json({ endpoints: await listEndpoints(db.pool) });
  });

  router.get('/v1/webhook-endpoints/:id', async (req, res) => {
    const { id } = parseOrThrow(endpointIdParam, req.params, 'path');
    const endpoint = await findEndpoint(db.pool, id);
    if (!endpoint) throw new ApiError(404, 'not_found', `No webhook endpoint ${id}`);
    res.json(endpoint);
  });

  router.patch('/v1/webhook-endpoints/:id', async (req, res) => {
    const { id } = parseOrThrow(endpointIdParam, req.params, 'path');
    const body = parseOrThrow(patchEndpointBody, req.body);
    const endpoint = await updateEndpoint(db.pool, id, body);
    if (!endpoint) throw new ApiError(404, 'not_found', `No webhook endpoint ${id}`);
    res.json(endpoint);
  });

  router.delete('/v1/webhook-endpoints/:id', async (req, res) => {
    const { id } = parseOrThrow(endpointIdParam, req.params, 'path');
    if (!(await deleteEndpoint(db.pool, id))) throw new ApiError(404, 'not_found', `No webhook endpoint ${id}`);
    res.status(204).end();
  });

  router.get('/v1/webhook-endpoints/:id/attempts', async (req, res) => {
    const { id } = parseOrThrow(endpointIdParam, req.params, 'path');
    const query = parseOrThrow(attemptsQuery, req.query, 'query');
    if (!(await findEndpoint(db.pool, id))) throw new ApiError(404, 'not_found', `No webhook endpoint ${id}`);
    const attempts = await listAttempts(db.pool, id, query);
    res.json({ attempts, nextCursor: attempts.length === query.limit ? attempts.at(-1)!.id : null });
  });

  return router;
}
