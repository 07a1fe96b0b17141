// The OpenAPI document, generated from the same zod schemas that validate requests.
import { apiRoles, roleDescriptions } from '../config/api-keys.js';
import { statusCallbackSchema } from '../exotel/status-events.js';
import { browserTokenRoutes, type Method, routeAccess } from './access.js';
import { browserTokenPaths, browserTokenScheme } from './openapi-browser-tokens.js';
import { contactAndTemplatePaths } from './openapi-contacts.js';
import { creditAndCampaignPaths } from './openapi-credits-campaigns.js';
import { body, commonResponses, errors, json, schema } from './openapi-parts.js';
import { eventPaths } from './openapi-events.js';
import { messagePaths } from './openapi-messages.js';
import { metricsPaths } from './openapi-metrics.js';
import { sessionPaths } from './openapi-sessions.js';
import { codecPaths } from './openapi-codec.js';
import {
  callDetailResponse,
  callListResponse,
  callStartedResponse,
  createCallBody,
  errorResponse,
  listCallsQuery,
  presignedRecordingResponse,
  recordingErasureBody,
  recordingErasureListResponse,
  recordingErasureResponse,
} from './schemas.js';

const callIdParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

export function openApiDocument() {
  return withAccess(describedPaths());
}

function describedPaths() {
  return {
    openapi: '3.0.3',
    info: {
      title: 'exoflow',
      version: '0.1.0',
      description: 'Click-to-call, WhatsApp campaigns and credits for Exotel, run as durable Temporal workflows.',
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: `An API key from API_KEYS. Each key has roles; each operation lists those it accepts in \`x-required-roles\` (any one will do): ${apiRoles.map((role) => `**${role}**: ${roleDescriptions[role]}`).join('; ')}.`,
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'exoflow_session',
          description: "From POST /v1/sessions: stands for the key it was opened with, with that key's roles",
        },
        browserToken: browserTokenScheme,
      },
    },
    security: [{ apiKey: [] }, { session: [] }],
    paths: {
      '/v1/calls': {
        post: {
          summary: 'Start a click-to-call (agent first, then customer)',
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'Stands for trackingId (send one, or both equal): one call per key, ever',
              schema: { type: 'string', pattern: '^[A-Za-z0-9._:-]{1,64}$' },
            },
          ],
          requestBody: { required: true, content: { 'application/json': { schema: schema(createCallBody, 'input') } } },
          responses: {
            202: json(callStartedResponse, 'Call accepted; its workflow is dialling'),
            200: json(callStartedResponse, 'A call with this trackingId exists already, asked for alike: that call'),
            409: json(
              errorResponse,
              'idempotency_conflict: this trackingId (or Idempotency-Key) was used for a different call; `error.fields` names what differs; nothing written',
            ),
            402: json(
              errorResponse,
              'The balance cannot cover one minute on both legs (insufficient_credits); nothing written',
            ),
            422: json(
              errorResponse,
              "The followUp's template is not approved (template_not_approved) or its params do not fit it (template_mismatch); nothing written",
            ),
            ...errors,
          },
        },
        get: {
          summary: 'List recent calls, optionally by tracking ID',
          parameters: Object.entries(
            (schema(listCallsQuery, 'input') as { properties: Record<string, object> }).properties,
          ).map(([name, value]) => ({ name, in: 'query', required: false, schema: value })),
          responses: { 200: json(callListResponse, 'Calls, newest first'), ...errors },
        },
      },
      '/v1/calls/{id}': {
        get: {
          summary: "A call's state and event log",
          parameters: [callIdParameter],
          responses: { 200: json(callDetailResponse, 'The call'), 404: json(errorResponse, 'No such call'), ...errors },
        },
      },
      '/v1/calls/{id}/events': {
        get: {
          summary: "Live view: server-sent `state` events with the workflow's view of the call, until it ends",
          parameters: [callIdParameter],
          responses: {
            200: {
              description:
                "text/event-stream: `event: state` events whose `data` is the workflow's view of the call (JSON)",
              content: {
                'text/event-stream': {
                  schema: {
                    type: 'object',
                    required: ['event', 'data'],
                    properties: {
                      event: { type: 'string', enum: ['state'] },
                      data: { type: 'string', description: "The workflow's callState query answer, as JSON" },
                    },
                  },
                },
              },
            },
            404: json(errorResponse, 'No such call'),
            ...errors,
          },
        },
      },
      '/v1/calls/{id}/recording': {
        get: {
          summary:
            "Play the call's archived recording: a redirect to a short-lived presigned URL (RECORDING_URL_TTL_SEC)",
          parameters: [callIdParameter],
          responses: {
            302: {
              description:
                'Location: the presigned URL (the body repeats it with its expiry). The bucket itself is private.',
              headers: { Location: { schema: { type: 'string' } } },
              content: { 'application/json': { schema: schema(presignedRecordingResponse) } },
            },
            404: json(
              errorResponse,
              'No such call, or no recording to play; the code says why: not_recorded, recording_pending, no_recording, recording_failed, recording_deleted',
            ),
            ...errors,
          },
        },
        delete: {
          summary:
            "Erase the call's recording (DPDPA): the call log records the deletion, the object is deleted, the audit log says who asked",
          parameters: [callIdParameter],
          responses: {
            200: json(recordingErasureResponse, 'Erased (also when it already was: the first deletion is kept)'),
            404: json(errorResponse, 'No such call, or the call was made without recording (not_recorded)'),
            503: json(errorResponse, 'The store did not answer: the deletion is recorded; repeat the request'),
            ...errors,
          },
        },
      },
      '/v1/recordings/erasure': {
        post: {
          summary: 'Erase every recording of calls to one customer number, and the number from those calls',
          description:
            "Deletes the recordings, then replaces the number in every call to it (customerNumber becomes erased) and drops those calls' callback bodies and recording URLs, also in the event log. The contact with this number, if any, is erased by DELETE /v1/contacts/{id}, which does all of this too.",
          requestBody: body(recordingErasureBody),
          responses: {
            200: json(
              recordingErasureListResponse,
              "The number's recorded calls, each erased (an empty list when there are none)",
            ),
            503: json(errorResponse, 'The store did not answer: deletions so far are recorded; repeat the request'),
            ...errors,
          },
        },
      },
      '/v1/webhooks/exotel/voice': {
        post: {
          summary:
            "Exotel's status callback (JSON, form-encoded or multipart). Authenticated by the per-call token in its URL.",
          security: [],
          parameters: [
            { name: 'call', in: 'query', required: true, schema: { type: 'string', format: 'uuid' } },
            { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(statusCallbackSchema, 'input') } },
          },
          responses: {
            200: { description: 'Stored (or a duplicate of a stored event)' },
            400: json(errorResponse, 'Malformed callback; nothing stored'),
            401: json(errorResponse, 'Token does not match the call'),
            413: json(errorResponse, 'Body over 64 kB; nothing stored'),
            415: json(errorResponse, 'Content type other than JSON, form-encoded or multipart; nothing stored'),
          },
        },
      },
      ...creditAndCampaignPaths,
      ...contactAndTemplatePaths,
      ...sessionPaths,
      ...eventPaths,
      ...browserTokenPaths,
      ...codecPaths,
      ...messagePaths,
      ...metricsPaths,
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            200: {
              description: 'The OpenAPI document',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
      '/healthz': {
        get: {
          summary: 'PostgreSQL and Temporal reachability',
          security: [],
          responses: { 200: { description: 'Healthy' }, 503: { description: 'A dependency is down' } },
        },
      },
    },
  };
}

type Operation = {
  description?: string;
  security?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  [extension: `x-${string}`]: unknown;
};

/**
 * Copies the route table (api/access.ts) into the document: each operation's roles
 * (`x-required-roles`, `security`, the description) and the answers every route can give
 * (401, 403, 429, 431; 413 and 415 with a body). The document and the table must list the same
 * operations: a difference fails here, at start-up and in the tests.
 */
function withAccess<T extends { paths: Record<string, Partial<Record<Method, Operation>>> }>(document: T): T {
  const inTable = Object.entries(routeAccess).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const inDocument = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const missing = [
    ...inTable.filter((route) => !inDocument.includes(route)).map((route) => `${route} is not in the OpenAPI document`),
    ...inDocument.filter((route) => !inTable.includes(route)).map((route) => `${route} is not in api/access.ts`),
  ];
  if (missing.length > 0) throw new Error(`The route table and the OpenAPI document differ: ${missing.join('; ')}`);

  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods) as [Method, Operation][]) {
      const access = routeAccess[path]![method]!;
      const responses = operation.responses;
      responses[431] ??= commonResponses.headersTooLarge;
      // Any body sent (even to an operation that takes none) is read as JSON first.
      if (method !== 'get') {
        responses[400] ??= commonResponses.badRequest;
        responses[413] ??= commonResponses.tooLarge;
        responses[415] ??= commonResponses.unsupported;
      }
      if (access === 'public') {
        operation.security = [];
        continue;
      }
      responses[401] ??= commonResponses.unauthorized;
      responses[429] = commonResponses.rateLimited;
      responses[503] ??= commonResponses.unavailable;
      if (access === 'webhook') {
        operation.security = [];
        operation.description = [
          operation.description,
          'No API key: the token in the URL authenticates it; a missing or wrong token is 401 (checked before the body is read). Requests with a valid token are never rate limited; wrong tokens are, per client address (429).',
        ]
          .filter(Boolean)
          .join('\n\n');
        continue;
      }
      const browser = browserTokenRoutes[path]?.includes(method) ?? false;
      operation.security = [{ apiKey: [] }, { session: [] }, ...(browser ? [{ browserToken: [] }] : [])];
      operation['x-required-roles'] = [...access];
      if (browser) operation['x-browser-token'] = true;
      responses[403] = commonResponses.forbidden;
      operation.description = [operation.description, `Roles: ${access.join(' or ')}.`].filter(Boolean).join('\n\n');
    }
  }
  return document;
}
