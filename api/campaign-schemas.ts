// Request and response shapes of /v1/campaigns (the create body lives with the definition in
// campaigns/definition.ts, which the workflow also reads).
import { z } from 'zod';

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
    description: 'By reason: no_consent, opted_out, erased, condition_not_met, missing_parameter, invalid_parameter',
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
