// Request shapes of /v1/events and /v1/webhook-endpoints.
import { z } from 'zod';
import { eventTypeFilters, resourceTypes } from '../domain/events.js';

const eventId = z.string().regex(/^\d{1,18}$/, 'must be an event id (digits)');

/** `type=call.*,message.read` or repeated `type=` parameters. */
const typeFilter = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine((type) => eventTypeFilters.includes(type), {
        message: `each must be an event type or <resource>.*: ${eventTypeFilters.join(', ')}`,
      }),
    ),
  );

const filters = {
  type: typeFilter.optional(),
  resourceType: z.enum(resourceTypes).optional(),
  resourceId: z.string().min(1).max(100).optional(),
};

export const listEventsQuery = z.strictObject({
  ...filters,
  after: eventId.optional().meta({ description: "Events after this id (the previous page's nextCursor)" }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const streamEventsQuery = z.strictObject({
  ...filters,
  after: eventId.optional().meta({ description: 'Resume after this id (the Last-Event-ID header does the same)' }),
});

export const lastEventIdHeader = eventId;

export const eventIdParam = z.object({ id: eventId });
export const endpointIdParam = z.object({ id: z.uuid('must be a webhook endpoint ID (UUID)') });

const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const eventTypes = z
  .array(
    z.string().refine((type) => eventTypeFilters.includes(type), { message: 'must be an event type or <resource>.*' }),
  )
  .max(50);

export const createEndpointBody = z.strictObject({
  url,
  description: z.string().max(500).nullable().optional(),
  eventTypes: eventTypes.default([]).meta({ description: 'Event types (or <resource>.*) to receive; empty: all' }),
  maxConcurrency: z.number().int().min(1).max(256).default(16),
});

export const patchEndpointBody = z
  .strictObject({
    url: url.optional(),
    description: z.string().max(500).nullable().optional(),
    eventTypes: eventTypes.optional(),
    maxConcurrency: z.number().int().min(1).max(256).optional(),
    status: z.enum(['enabled', 'disabled']).optional(),
    rotateSecret: z
      .strictObject({
        overlapSeconds: z
          .number()
          .int()
          .min(0)
          .max(7 * 86_400)
          .default(86_400),
      })
      .optional()
      .meta({ description: 'New secret; the old one keeps signing (both signatures sent) for overlapSeconds' }),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'must change something' });

export const attemptsQuery = z.strictObject({
  before: eventId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const resendBody = z
  .strictObject({ endpointId: z.uuid('must be a webhook endpoint ID (UUID)').optional() })
  .default({});
