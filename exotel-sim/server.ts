// The HTTP server: reads and records each request, dispatches it to the first matching route.
// Products plug in as route lists (voice v1, WhatsApp v2).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import { callDetailsRoutes } from './call-details-route.js';
import { callListRoutes } from './call-list-route.js';
import { connectRoutes } from './connect-route.js';
import { controlRoutes } from './control-routes.js';
import { RestError } from './errors.js';
import { basicCredentials, parseBody, readBody, sendJson, sendRestError, type Route, type SimRequest } from './http.js';
import { Params } from './params.js';
import { rawAnswerRoutes } from './raw-answer-route.js';
import { recordingRoutes } from './recording-route.js';
import type { RequestRecord } from './request-log.js';
import type { SimState } from './state.js';
import { whatsappControlRoutes } from './whatsapp-control-routes.js';
import { whatsappRoutes } from './whatsapp-send-route.js';

export function allRoutes(state: SimState): Route[] {
  return [
    ...controlRoutes(state),
    ...whatsappControlRoutes(state),
    ...rawAnswerRoutes(state),
    ...connectRoutes(state),
    ...callListRoutes(state),
    ...callDetailsRoutes(state),
    ...recordingRoutes(state),
    ...whatsappRoutes(state),
  ];
}

/** Control traffic is the test harness talking, not traffic under test, so it is not recorded. */
const isControlPath = (path: string) => path.startsWith('/_sim/');

const detachedRecord = (): RequestRecord => ({
  id: 0,
  receivedAt: '',
  method: '',
  path: '',
  query: {},
  body: null,
  contentType: null,
  authUser: null,
  responseStatus: null,
  fault: null,
  callSid: null,
  durationMs: null,
});

async function handle(
  state: SimState,
  routes: Route[],
  message: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const startedAt = Date.now();
  const url = new URL(message.url ?? '/', 'http://simulator');
  const method = message.method ?? 'GET';
  const path = url.pathname;
  const raw = await readBody(message);
  const contentType = message.headers['content-type'] ?? null;
  const body = await parseBody(raw, contentType ?? undefined);
  const record = isControlPath(path)
    ? detachedRecord()
    : state.requests.start({
        receivedAt: new Date(startedAt).toISOString(),
        method,
        path,
        query: Params.fromSearch(url.searchParams).toRecord(),
        body: body.json !== undefined ? body.json : body.form.pairs.length > 0 ? body.form.toRecord() : null,
        contentType,
        authUser: basicCredentials(message.headers)?.user ?? null,
      });
  response.on('finish', () => {
    record.responseStatus = response.statusCode;
    record.durationMs = Date.now() - startedAt;
  });

  const samePath = routes.filter((route) => route.pattern.test(path));
  const route = samePath.find((candidate) => candidate.method === method);
  if (!route) {
    throw samePath.length > 0
      ? new RestError(405, `Method ${method} not allowed`)
      : new RestError(404, `No resource at ${path}`);
  }
  const request: SimRequest = {
    method,
    path,
    query: url.searchParams,
    headers: message.headers,
    pathParams: { ...route.pattern.exec(path)?.groups },
    form: body.form,
    json: body.json,
    record,
    hung: false,
  };
  await route.handler(request, response);
  if (!response.headersSent && !request.hung && !response.destroyed)
    throw new Error(`route for ${method} ${path} did not answer`);
}

function answerError(response: ServerResponse, error: unknown): void {
  if (response.headersSent || response.destroyed) return;
  if (error instanceof RestError) return sendRestError(response, error);
  if (error instanceof ZodError) return sendJson(response, 400, { error: 'invalid input', issues: error.issues });
  sendJson(response, 500, {
    RestException: { Status: 500, Message: error instanceof Error ? error.message : String(error) },
  });
}

export function createSimServer(state: SimState, routes: Route[] = allRoutes(state)): Server {
  return createServer((message, response) => {
    handle(state, routes, message, response).catch((error: unknown) => answerError(response, error));
  });
}
