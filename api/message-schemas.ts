// Shapes of /v1/messages (single WhatsApp messages) and of a call request's follow-up.
import { z } from 'zod';
import { followUpOutcomes } from '../domain/single-message.js';
import { paramMappingSchema } from '../domain/templates.js';

/** A WhatsApp message's delivery as every resource shows it: error, Exotel's sid and the times. */
export const messageDelivery = {
  error: z.object({ code: z.number().int().nullable(), detail: z.string().nullable() }).nullable(),
  providerSid: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  readAt: z.iso.datetime().nullable(),
  failedAt: z.iso.datetime().nullable(),
  repliedAt: z.iso.datetime().nullable(),
};

const templateParams = paramMappingSchema.meta({
  description:
    'Where each template parameter comes from: a `value` (the same text) or a contact `field` (name, phone, attributes.<key>)',
});

export const createMessageBody = z.strictObject({
  contactId: z.uuid('must be a contact ID (UUID)').meta({ description: 'The contact to message (POST /v1/contacts)' }),
  templateId: z.uuid('must be a template ID (UUID)').meta({ description: 'An approved template (POST /v1/templates)' }),
  params: templateParams.prefault({}),
});
export type CreateMessageBody = z.infer<typeof createMessageBody>;

export const idempotencyKeyHeader = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'must be 1-128 letters, digits or . _ : -');

export const messageIdParam = z.object({ id: z.uuid('must be a message ID (UUID)') });

export const followUpSchema = z
  .strictObject({
    on: z
      .array(z.enum(followUpOutcomes))
      .min(1)
      .refine((outcomes) => new Set(outcomes).size === outcomes.length, 'must not repeat an outcome')
      .meta({ description: 'The call outcomes after which the message is sent' }),
    templateId: z.uuid('must be a template ID (UUID)'),
    params: templateParams.prefault({}),
  })
  .meta({
    description:
      'A WhatsApp template message sent once to the customer (a contact with this number) after one of these outcomes, consent-gated and charged like POST /v1/messages',
  });

const timelineEntry = z.object({
  status: z.enum(['queued', 'sent', 'delivered', 'read', 'failed', 'skipped', 'replied']),
  at: z.iso.datetime(),
  code: z.number().int().nullable().optional().meta({ description: "failed: Exotel's error code" }),
  detail: z.string().nullable().optional(),
  reason: z.string().nullable().optional().meta({ description: 'skipped: why (opted_out, no_consent, ...)' }),
});

export const messageResource = z.object({
  id: z.uuid(),
  source: z.enum(['campaign', 'api', 'call_follow_up']),
  campaignId: z.uuid().nullable(),
  step: z.number().int().nullable(),
  callId: z.uuid().nullable().meta({ description: 'call_follow_up: the call it follows up' }),
  templateId: z.uuid().nullable(),
  contactId: z.uuid(),
  state: z.enum(['queued', 'pending', 'accepted', 'failed', 'skipped', 'unknown']).meta({
    description:
      'queued: accepted, not sent yet (marketing templates wait for the allowed hours); pending: sent, answer awaited; accepted: Exotel took it; failed; skipped (skipReason: consent changed before sending); unknown: the answer was lost and no report came (never resent)',
  }),
  skipReason: z.string().nullable(),
  status: z.enum(['sent', 'delivered', 'read', 'failed']).nullable().meta({ description: 'Delivery, from reports' }),
  ...messageDelivery,
  timeline: z.array(timelineEntry).meta({ description: 'The status timeline, oldest first' }),
});
