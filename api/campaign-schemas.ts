// Request and response shapes of /v1/campaigns (the create body lives with the definition in
// campaigns/definition.ts, which the workflow also reads).
import { z } from 'zod';
import { skipReasons } from '../domain/campaign-rules.js';

export const campaignIdParam = z.object({ id: z.uuid('must be a campaign ID (UUID)') });

export const campaignStatuses = ['draft', 'scheduled', 'running', 'paused', 'completed', 'cancelled'] as const;

export const listCampaignsQuery = z.strictObject({
  status: z.enum(campaignStatuses).optional(),
  limit: z.coerce.number<string>().int().min(1).max(100).default(20),
});

const stepFunnel = z.object({
  step: z.number().int().meta({ description: '1-based' }),
  targeted: z.number().int(),
  decided: z
    .number()
    .int()
    .meta({ description: 'Recipients with a decision so far; equals targeted when the step is done' }),
  sent: z.number().int(),
  delivered: z.number().int(),
  read: z.number().int(),
  replied: z.number().int(),
  pending: z.number().int().meta({ description: 'Answer lost; waiting for a delivery report' }),
  unknown: z.number().int().meta({ description: 'Answer lost and no report came: never resent' }),
  skipped: z.record(z.string(), z.number().int()).meta({
    description:
      'By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter, frequency_cap',
  }),
  failed: z
    .record(z.string(), z.number().int())
    .meta({ description: 'By Exotel code (e.g. 30014 EX_RECIPIENT_BLOCKED)' }),
});

export const campaignResource = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  pauseReason: z.string().nullable().meta({
    description:
      'paused_by_operator, budget_exhausted, error_spike, template_not_approved, template_mismatch, provider_rejected',
  }),
  workflowId: z.string(),
  sendingNumber: z.string(),
  recipientCount: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  definition: z.record(z.string(), z.unknown()),
  funnel: z.array(stepFunnel),
  progress: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .meta({ description: "The workflow's own progress (GET one campaign)" }),
});

export const campaignListResponse = z.object({ campaigns: z.array(campaignResource) });

// ---- Audience preview, recipients ---------------------------------------------------------------

export const audiencePreviewResponse = z.object({
  recipients: z.number().int().meta({ description: 'Contacts the audience selects now (erased ones left out)' }),
  send: z.number().int().meta({ description: 'How many the first step would send to now' }),
  skipped: z.record(z.enum(skipReasons), z.number().int()).meta({
    description:
      'How many it would skip, by reason: no_consent, opted_out, missing_parameter (no fallback), frequency_cap, ...',
  }),
  blocked: z
    .string()
    .nullable()
    .meta({ description: 'template_not_approved or template_mismatch: the first step could not send at all' }),
});

export const recipientsQuery = z.strictObject({
  cursor: z.coerce
    .number<string>()
    .int()
    .min(0)
    .optional()
    .meta({ description: "The previous page's nextCursor (a recipient seq)" }),
  limit: z.coerce.number<string>().int().min(1).max(500).default(50),
});

const recipientStep = z.object({
  step: z.number().int().meta({ description: '1-based' }),
  outcome: z.enum(['sent', 'delivered', 'read', 'replied', 'failed', 'skipped', 'pending', 'unknown']),
  skipReason: z.enum(skipReasons).nullable(),
  errorCode: z.number().int().nullable().meta({ description: "Exotel's code when the send failed" }),
  sentAt: z.iso.datetime().nullable(),
});

export const recipientsResponse = z.object({
  recipients: z.array(
    z.object({
      seq: z.number().int(),
      contactId: z.uuid(),
      phone: z.string().nullable().meta({ description: 'Null once the contact was erased' }),
      name: z.string().nullable(),
      steps: z.array(recipientStep).meta({ description: 'The steps decided for this recipient so far' }),
    }),
  ),
  nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null on the last page' }),
});
