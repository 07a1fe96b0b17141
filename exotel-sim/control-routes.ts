// /_sim/*: unauthenticated control and inspection for sandboxes and tests.
import type { ServerResponse } from 'node:http';
import { RestError } from './errors.js';
import { sendJson, type Route, type SimRequest } from './http.js';
import { snapshotCall } from './snapshots.js';
import type { SimState } from './state.js';

export function optional(query: URLSearchParams, name: string): string | undefined {
  return query.get(name) ?? undefined;
}

/** A route under /_sim/; `path` is a regular expression (named groups become pathParams). */
export function controlRoute(
  method: Route['method'],
  path: string,
  handler: (request: SimRequest, response: ServerResponse) => void | Promise<void>,
): Route {
  return { method, pattern: new RegExp(`^/_sim/${path}$`), handler };
}

/** What the voice and WhatsApp rule books share: rules added, listed and removed by id. */
interface RuleBook {
  add(input: unknown): { id: string; rule: unknown };
  list(): unknown[];
  remove(id: string): boolean;
}

/** GET/POST `<path>` and DELETE `<path>/:ruleId` over a rule book. */
export function scriptRoutes(path: string, book: RuleBook): Route[] {
  return [
    controlRoute('GET', path, (_request, response) => sendJson(response, 200, { scripts: book.list() })),
    controlRoute('POST', path, (request, response) => {
      const stored = book.add(request.json);
      sendJson(response, 201, { id: stored.id, rule: stored.rule });
    }),
    controlRoute('DELETE', `${path}/(?<ruleId>[^/]+)`, (request, response) => {
      if (!book.remove(request.pathParams.ruleId ?? '')) throw new RestError(404, 'No such rule');
      sendJson(response, 200, { removed: request.pathParams.ruleId });
    }),
  ];
}

export function controlRoutes(state: SimState): Route[] {
  const route = controlRoute;
  return [
    route('GET', 'health', (_request, response) =>
      sendJson(response, 200, {
        ok: true,
        accountSid: state.identity.accountSid,
        calls: state.calls.all().length,
        whatsappMessages: state.whatsapp.ledger.counted().received,
      }),
    ),
    ...scriptRoutes('scripts', state.scripts),
    route('GET', 'variants', (_request, response) => sendJson(response, 200, { variants: state.variants })),
    route('PUT', 'variants', (request, response) =>
      sendJson(response, 200, { variants: state.setVariants(request.json ?? {}) }),
    ),
    route('POST', 'reset', (_request, response) => {
      state.reset();
      sendJson(response, 200, { ok: true });
    }),
    route('GET', 'requests', (request, response) =>
      sendJson(response, 200, {
        requests: state.requests.list({
          path: optional(request.query, 'path'),
          method: optional(request.query, 'method'),
        }),
      }),
    ),
    route('GET', 'calls', (_request, response) =>
      sendJson(response, 200, { calls: state.calls.all().map((call) => snapshotCall(call, state)) }),
    ),
    route('GET', 'callbacks', (request, response) => {
      const callSid = optional(request.query, 'callSid');
      sendJson(response, 200, {
        callbacks: state.callbacks.list().filter((record) => callSid === undefined || record.callSid === callSid),
      });
    }),
  ];
}
