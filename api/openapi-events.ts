// OpenAPI paths of /v1/events (the event log, its live stream, resends) and
// /v1/webhook-endpoints (the CRM's Standard Webhooks receivers); api/openapi.ts merges them.
import { z } from 'zod';
import {
  attemptsQuery,
  createEndpointBody,
  listEventsQuery,
  patchEndpointBody,
  streamEventsQuery,
} from './event-schemas.js';
import { body, errors, idParameter, json, notFound, queryParameters } from './openapi-parts.js';

const anyObject = z.looseObject({});
const eventIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The event ID (digits)',
  schema: { type: 'string', pattern: '^[0-9]{1,18}$' },
};

export const eventPaths = {
  '/v1/events': {
    get: {
      summary: 'The event log, oldest first, paged by id; filters by type (or <resource>.*) and resource',
      parameters: queryParameters(listEventsQuery),
      responses: {
        200: json(anyObject, '`{events: [{id, type, timestamp, resource: {type, id, seq}, data}], nextCursor}`'),
        ...errors,
      },
    },
  },
  '/v1/events/stream': {
    get: {
      summary: 'The event log live (Server-Sent Events): `id:` lines, `Last-Event-ID` resume, a heartbeat every 15 s',
      parameters: [
        ...queryParameters(streamEventsQuery),
        {
          name: 'Last-Event-ID',
          in: 'header',
          required: false,
          description: 'Resume after this event id (as `after=`)',
          schema: { type: 'string', pattern: '^[0-9]{1,18}$' },
        },
      ],
      responses: {
        200: {
          description: 'text/event-stream: `id: <event id>`, `event: <type>`, `data: <event JSON>` per event',
          content: {
            'text/event-stream': {
              schema: {
                type: 'object',
                properties: {
                  id: { type: 'string', description: 'The event id (resume with Last-Event-ID)' },
                  event: { type: 'string', description: 'The event type, e.g. call.ended' },
                  data: { type: 'string', description: 'The event as GET /v1/events shows it, as JSON' },
                },
              },
            },
          },
        },
        ...errors,
      },
    },
  },
  '/v1/events/{id}/resend': {
    post: {
      summary: 'Send an event again to every endpoint that wants it, or to one',
      parameters: [eventIdParameter],
      requestBody: { required: false, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        202: json(anyObject, '`{eventId, queuedFor: [endpoint ids]}`'),
        ...notFound('event (or it is past retention), or no such endpoint'),
        ...errors,
      },
    },
  },
  '/v1/webhook-endpoints': {
    post: {
      summary: 'Register a CRM endpoint for Standard Webhooks; the answer carries its secret (shown only now)',
      requestBody: body(createEndpointBody),
      responses: { 201: json(anyObject, 'The endpoint, with `secret` (whsec_…)'), ...errors },
    },
    get: {
      summary: 'Every webhook endpoint',
      responses: { 200: json(anyObject, '`{endpoints: [...]}`'), ...errors },
    },
  },
  '/v1/webhook-endpoints/{id}': {
    get: {
      summary: 'One webhook endpoint',
      parameters: [idParameter('webhook endpoint')],
      responses: { 200: json(anyObject, 'The endpoint'), ...notFound('webhook endpoint'), ...errors },
    },
    patch: {
      summary: 'Change an endpoint: URL, filters, concurrency, enable or disable, rotate its secret with an overlap',
      parameters: [idParameter('webhook endpoint')],
      requestBody: body(patchEndpointBody),
      responses: { 200: json(anyObject, 'The endpoint'), ...notFound('webhook endpoint'), ...errors },
    },
    delete: {
      summary: 'Remove an endpoint (its pending deliveries go with it)',
      parameters: [idParameter('webhook endpoint')],
      responses: { 204: { description: 'Deleted' }, ...notFound('webhook endpoint'), ...errors },
    },
  },
  '/v1/webhook-endpoints/{id}/attempts': {
    get: {
      summary: 'Delivery attempts to an endpoint, newest first',
      parameters: [idParameter('webhook endpoint'), ...queryParameters(attemptsQuery)],
      responses: {
        200: json(anyObject, '`{attempts: [...], nextCursor}`'),
        ...notFound('webhook endpoint'),
        ...errors,
      },
    },
  },
};
