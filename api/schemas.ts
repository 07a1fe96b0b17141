// The API's request and response shapes. Requests are validated with these schemas and the
// OpenAPI document (GET /openapi.json) is generated from them.
import { z } from 'zod';
import { phoneNumberSchema } from '../domain/phone.js';
import { decodeCallCursor } from '../calls/call-list.js';
import { trackingIdQuotesNumber } from '../domain/tracking-id.js';
import { followUpSchema } from './message-schemas.js';

export const trackingIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1-64 letters, digits or . _ : -')
  .meta({
    description: "The CRM's own ID for this call (a lead or ticket ID). One call per tracking ID, ever.",
    example: 'lead-42',
  });

export const createCallBody = z
  .strictObject({
    agentNumber: phoneNumberSchema.meta({ description: 'Called first: the telecaller.' }),
    customerNumber: phoneNumberSchema.meta({ description: 'Dialled once the agent answers.' }),
    trackingId: trackingIdSchema.optional(),
    record: z.boolean().default(false).meta({ description: 'Record the conversation.' }),
    budgetId: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1-64 letters, digits or . _ : -')
      .optional()
      .meta({
        description: "A budget (PUT /v1/credits/budgets/{id}, e.g. a team's or an agent's) the call is charged to",
      }),
    followUp: followUpSchema.optional(),
  })
  .superRefine((body, ctx) => {
    // The tracking ID is a Temporal search attribute, which is never encrypted (docs/security.md).
    if (body.trackingId && trackingIdQuotesNumber(body.trackingId, [body.agentNumber, body.customerNumber]))
      ctx.addIssue({
        code: 'custom',
        path: ['trackingId'],
        message: "must not contain the agent's or customer's phone number (it is searchable in Temporal in clear)",
      });
  });
export type CreateCallBody = z.infer<typeof createCallBody>;

export const callIdParam = z.object({ id: z.uuid('must be a call ID (UUID)') });

const callStatus = z.enum([
  'queued',
  'dialing',
  'agent-answered',
  'in-progress',
  'completed',
  'busy',
  'no-answer',
  'failed',
  'canceled',
]);

const commaList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export const listCallsQuery = z.strictObject({
  status: z
    .string()
    .max(200)
    .transform((value, ctx) => {
      const statuses = commaList(value);
      for (const status of statuses) {
        if (!callStatus.safeParse(status).success)
          ctx.addIssue({
            code: 'custom',
            message: `"${status}" is not a call status (${callStatus.options.join(', ')})`,
          });
      }
      return statuses;
    })
    .optional()
    .meta({ description: 'One status or several, comma-separated (completed,busy)', example: 'completed' }),
  agent: phoneNumberSchema.optional().meta({ description: "The agent's number" }),
  customer: phoneNumberSchema.optional().meta({ description: "The customer's number" }),
  trackingId: trackingIdSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Placed at or after this time' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Placed before this time' }),
  cursor: z
    .string()
    .max(100)
    .refine((value) => decodeCallCursor(value) !== undefined, 'must be the nextCursor of the previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const callStartedResponse = z.object({
  id: z.uuid(),
  workflowId: z.string(),
  status: callStatus,
});

const leg = z.object({
  party: z.enum(['agent', 'customer']),
  status: z.string().nullable(),
  onCallDurationSec: z.number().int().nullable(),
});

const recordingResource = z
  .object({
    status: z.enum(['pending', 'none', 'archived', 'failed', 'deleted']).meta({
      description:
        'pending: not archived yet (Exotel publishes recordings minutes after the call); none: no conversation, nothing recorded; ' +
        'archived: in our bucket (GET /v1/calls/{id}/recording plays it); failed: archiving failed for good (see error); ' +
        'deleted: removed by retention or erasure (key, sha256 and bytes say what was deleted)',
    }),
    key: z.string().nullable().meta({ description: 'Object key in the recordings bucket' }),
    sha256: z.string().nullable().meta({ description: 'Hex SHA-256 of the bytes received from Exotel' }),
    bytes: z.number().int().nullable(),
    archivedAt: z.iso.datetime().nullable(),
    error: z.object({ type: z.string(), message: z.string() }).nullable().meta({
      description: 'Why archiving failed, e.g. RecordingSourceRefusedError for a URL outside RECORDING_ALLOWED_HOSTS',
    }),
    deletedAt: z.iso.datetime().nullable(),
    deletionReason: z.enum(['retention', 'erasure']).nullable(),
  })
  .nullable()
  .meta({ description: "Our archive of the call's recording; null for calls made without recording" });
export type RecordingResource = z.infer<typeof recordingResource>;

export const callResource = z.object({
  id: z.uuid(),
  workflowId: z.string(),
  trackingId: z.string().nullable(),
  status: callStatus,
  failureReason: z.string().nullable(),
  agentNumber: z.string(),
  customerNumber: z.string(),
  callerId: z.string(),
  record: z.boolean(),
  exotelCallSid: z.string().nullable(),
  legs: z.array(leg),
  conversationDurationSec: z.number().int().nullable(),
  startedAt: z.iso.datetime().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  endedAt: z.iso.datetime().nullable(),
  recordingUrl: z.string().nullable().meta({ description: "Exotel's own recording URL, as Exotel reported it" }),
  recording: recordingResource,
  creditsUsed: z
    .number()
    .nullable()
    .meta({ description: 'Credits charged once the call ended (started minutes per leg)' }),
  followUp: z
    .object({
      on: z.array(z.string()),
      templateId: z.uuid(),
      params: z.unknown(),
      status: z.enum(['pending', 'queued', 'skipped', 'not_needed']),
      messageId: z.uuid().nullable().meta({ description: 'queued: the message it sent (GET /v1/messages/{id})' }),
      reason: z.string().nullable().meta({ description: 'skipped: why (opted_out, no_consent, no_contact, ...)' }),
    })
    .nullable()
    .meta({ description: 'The follow-up message the request named and what became of it; null without one' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CallResource = z.infer<typeof callResource>;

const callEventResource = z.object({
  receivedAt: z.iso.datetime(),
  source: z.enum(['webhook', 'poll']),
  eventType: z.string().nullable(),
  status: z.string().nullable(),
  delivery: z.enum(['pending', 'delivered', 'unmatched']),
});

export const callDetailResponse = callResource.extend({
  events: z.array(callEventResource),
  temporalUrl: z
    .string()
    .nullable()
    .meta({ description: 'Its workflow run in the Temporal Web UI (TEMPORAL_UI_URL); null when that is not set' }),
});
export const callListResponse = z.object({
  calls: z.array(callResource),
  nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next (older) page; null at the end' }),
});

export const recordingErasureBody = z.strictObject({
  customerNumber: phoneNumberSchema.meta({
    description:
      'Every recording of calls to this number is deleted, and the calls lose the number (their customerNumber becomes erased, their callback bodies and recording URLs are dropped)',
  }),
});

const recordingErasure = z.object({
  callId: z.uuid(),
  deletedAt: z.iso.datetime(),
  deletionReason: z.enum(['retention', 'erasure']),
  objectDeleted: z.boolean().meta({ description: 'An archived object was there and has been deleted now' }),
  alreadyDeleted: z
    .boolean()
    .meta({ description: 'The call log already recorded a deletion (its time and reason are kept)' }),
});
export const recordingErasureResponse = recordingErasure;
export const recordingErasureListResponse = z.object({
  calls: z.array(recordingErasure),
  callsRedacted: z.number().int().meta({
    description: 'Calls to the number (recorded or not) that no longer hold it: customerNumber became erased',
  }),
});

export const presignedRecordingResponse = z.object({
  url: z.string().meta({ description: 'The same short-lived presigned URL as the Location header' }),
  expiresAt: z.iso.datetime(),
});

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })),
  }),
});

export const whatsappWebhookQuery = z.object({ token: z.string().min(1, 'is required') });

export const webhookQuery = z.object({
  call: z.uuid('must be the call ID from the callback URL'),
  token: z.string().min(1, 'is required'),
});
