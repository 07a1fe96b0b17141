// A typed client for exoflow's REST API: openapi-fetch over the types openapi-typescript makes of
// /openapi.json (api-types.ts, regenerated and checked against the live document in exoflow's
// own tests, so the two cannot drift). The same client serves a CRM's backend (an API key) and an
// agent's browser (a browser token from POST /v1/browser-tokens): never put an API key in a page.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-types.js';

export type { paths } from './api-types.js';
export type ExoflowClient = Client<paths>;

/** A bearer credential, or a function that fetches a fresh one (a browser asks its backend). */
export type Credential = string | (() => string | Promise<string>);

export interface ExoflowClientOptions {
  /** Where exoflow's API is, e.g. https://exoflow.example.com */
  baseUrl: string;
  /** An API key (server side only) or a browser token. */
  credential: Credential;
  fetch?: typeof fetch;
}

export const bearer = async (credential: Credential): Promise<string> =>
  `Bearer ${typeof credential === 'string' ? credential : await credential()}`;

export function createExoflowClient(options: ExoflowClientOptions): ExoflowClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ''),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use({
    async onRequest({ request }) {
      request.headers.set('authorization', await bearer(options.credential));
      return request;
    },
  });
  return client;
}

type JsonOf<
  Path extends keyof paths,
  Method extends keyof paths[Path],
  Status extends number,
> = paths[Path][Method] extends {
  responses: { [S in Status]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** A call as GET /v1/calls/{id} shows it (the per-call stream and webhooks send it without `events`). */
export type Call = JsonOf<'/v1/calls/{id}', 'get', 200>;
export type CallStatus = Call['status'];
export type StartedCall = JsonOf<'/v1/calls', 'post', 202>;
/**
 * An event of the log, as GET /v1/events, the stream and webhooks carry it (docs/api.md#events;
 * the document leaves its shape open). `data` is the resource as the REST API shows it: for
 * `call.*` events, a Call without `events`.
 */
export interface ExoflowEvent {
  /** Grows in commit order (digits). */
  id: string;
  type: string;
  timestamp: string;
  resource: { type: string; id: string; seq: number };
  data: unknown;
}
export type BrowserToken = JsonOf<'/v1/browser-tokens', 'post', 201>;
export type ErrorBody = JsonOf<'/v1/calls', 'post', 400>;

/** Statuses after which a call's status does not change any more. */
export const FINAL_CALL_STATUSES: ReadonlySet<CallStatus> = new Set([
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
]);

/** An API answer that was not a success: the HTTP status, the stable code, and the failing fields. */
export class ExoflowApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ExoflowApiError';
  }

  static from(response: Response, body: unknown): ExoflowApiError {
    const error = (body as Partial<ErrorBody> | undefined)?.error;
    return new ExoflowApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? `exoflow answered ${response.status}`,
      error?.fields ?? [],
    );
  }
}

/** The data of an openapi-fetch answer, or an ExoflowApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw ExoflowApiError.from(result.response, result.error);
}
