// /v1/calls: start a click-to-call, read its log, list by tracking ID, follow it live.
import { WorkflowNotFoundError } from '@temporalio/client';
import { Router } from 'express';
import { type CallView, callStateQuery } from '../../contracts/calls.js';
import { isTerminal } from '../../domain/call-state.js';
import { findCallOr404, toCallResource } from '../call-resource.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { callIdParam, createCallBody, listCallsQuery } from '../schemas.js';
import { InsufficientCreditsError, type StartCallDeps, startCall } from '../../calls/start-call.js';

export type CallRoutesDeps = StartCallDeps;

export function callRoutes(deps: CallRoutesDeps): Router {
  const { db, temporal } = deps;
  const router = Router();

  router.post('/v1/calls', async (req, res) => {
    const body = parseOrThrow(createCallBody, req.body);
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
   * Server-sent events: the workflow's own view of the call (its `callState` query, answered by
   * the worker from workflow memory, not the database), sent whenever it changes. Queries run
   * twice a second while the client listens; the stream ends with the call.
   */
  router.get('/v1/calls/:id/events', async (req, res) => {
    const { id } = parseOrThrow(callIdParam, req.params, 'path');
    const row = await findCallOr404(db, id);

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const handle = temporal.workflow.getHandle(row.workflowId);
    let lastSent = '';
    let closed = false;
    // eslint-disable-next-line prefer-const -- set once `refresh` exists; `finish` may run first
    let timer: NodeJS.Timeout | undefined;

    const finish = () => {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      res.end();
    };
    const send = (view: CallView) => {
      const stamp = `${view.version}/${view.creditsUsed}`;
      if (stamp !== lastSent) {
        lastSent = stamp;
        res.write(`event: state\ndata: ${JSON.stringify(view)}\n\n`);
      }
      // The workflow's last step writes credits: after that nothing changes.
      if (isTerminal(view.status) && view.creditsUsed !== null) finish();
    };
    const refresh = async () => {
      if (closed) return;
      try {
        send(await handle.query(callStateQuery));
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) finish();
      }
    };
    timer = setInterval(() => void refresh(), 500);
    req.on('close', finish);
    await refresh();
  });

  return router;
}
