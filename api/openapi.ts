// The OpenAPI document, generated from the same zod schemas that validate requests.
import { statusCallbackSchema } from '../exotel/status-events.js';
import { contactAndTemplatePaths } from './openapi-contacts.js';
import { creditAndCampaignPaths } from './openapi-credits-campaigns.js';
import { body, errors, json, schema } from './openapi-parts.js';
import { sessionPaths } from './openapi-sessions.js';
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
  return {
    openapi: '3.0.3',
    info: {
      title: 'exoflow',
      version: '0.1.0',
      description: 'Click-to-call, WhatsApp campaigns and credits for Exotel, run as durable Temporal workflows.',
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'exoflow_session', description: 'From POST /v1/sessions' },
      },
    },
    security: [{ apiKey: [] }, { session: [] }],
    paths: {
      '/v1/calls': {
        post: {
          summary: 'Start a click-to-call (agent first, then customer)',
          requestBody: { required: true, content: { 'application/json': { schema: schema(createCallBody, 'input') } } },
          responses: {
            202: json(callStartedResponse, 'Call accepted; its workflow is dialling'),
            200: json(callStartedResponse, 'A call with this trackingId exists already: that call'),
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
            200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
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
          summary: 'Erase every recording of calls to one customer number',
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
