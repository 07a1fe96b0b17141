// /_sim/*: unauthenticated control and inspection for sandboxes and tests.
import type { ServerResponse } from 'node:http';
import { RestError } from './errors.js';
import { sendJson, type Route, type SimRequest } from './http.js';
import { snapshotCall } from './snapshots.js';
import type { SimState } from './state.js';

function optional(query: URLSearchParams, name: string): string | undefined {
  return query.get(name) ?? undefined;
}

export function controlRoutes(state: SimState): Route[] {
  const route = (method: Route['method'], path: string, handler: (request: SimRequest, response: ServerResponse) => void): Route => ({
    method,
    pattern: new RegExp(`^/_sim/${path}$`),
    handler,
  });
  return [
    route('GET', 'health', (_request, response) =>
      sendJson(response, 200, { ok: true, accountSid: state.identity.accountSid, calls: state.calls.all().length }),
    ),
    route('GET', 'scripts', (_request, response) => sendJson(response, 200, { scripts: state.scripts.list() })),
    route('POST', 'scripts', (request, response) => {
      const stored = state.scripts.add(request.json);
      sendJson(response, 201, { id: stored.id, rule: stored.rule });
    }),
    route('DELETE', 'scripts/(?<ruleId>[^/]+)', (request, response) => {
      if (!state.scripts.remove(request.pathParams.ruleId ?? '')) throw new RestError(404, 'No such rule');
      sendJson(response, 200, { removed: request.pathParams.ruleId });
    }),
    route('GET', 'variants', (_request, response) => sendJson(response, 200, { variants: state.variants })),
    route('PUT', 'variants', (request, response) => sendJson(response, 200, { variants: state.setVariants(request.json ?? {}) })),
    route('POST', 'reset', (_request, response) => {
      state.reset();
      sendJson(response, 200, { ok: true });
    }),
    route('GET', 'requests', (request, response) =>
      sendJson(response, 200, { requests: state.requests.list({ path: optional(request.query, 'path'), method: optional(request.query, 'method') }) }),
    ),
    route('GET', 'calls', (_request, response) => sendJson(response, 200, { calls: state.calls.all().map((call) => snapshotCall(call, state)) })),
    route('GET', 'callbacks', (request, response) => {
      const callSid = optional(request.query, 'callSid');
      sendJson(response, 200, { callbacks: state.callbacks.list().filter((record) => callSid === undefined || record.callSid === callSid) });
    }),
  ];
}
