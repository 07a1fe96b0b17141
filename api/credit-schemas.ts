// Request and response shapes of /v1/credits. Amounts on the wire are credits (numbers with at
// most three decimals); the ledger keeps them as integer millicredits.
import { z } from 'zod';
import { fromCredits, messageCategories } from '../domain/credits.js';

const creditAmount = z
  .number()
  .refine((value) => fromCredits(value) !== null, 'must have at most three decimals')
  .meta({ description: 'Credits (up to three decimals)', example: 500 });

export const estimateBody = z
  .strictObject({
    calls: z
      .array(
        z.strictObject({
          count: z.number().int().min(1).max(1_000_000),
          minutes: z
            .number()
            .positive()
            .max(240)
            .meta({ description: 'Length of each call; started minutes are charged per leg' }),
        }),
      )
      .max(50)
      .optional(),
    messages: z
      .number()
      .int()
      .min(0)
      .max(100_000_000)
      .optional()
      .meta({ description: 'Outbound WhatsApp template messages' }),
    messageCategory: z
      .enum(messageCategories)
      .optional()
      .meta({ description: "Price messages at this category's rate" }),
    fromBalance: creditAmount.min(0).optional().meta({
      description: 'Work out what is left from this balance instead of the current one (e.g. 500, the trial)',
    }),
  })
  .refine((body) => body.calls !== undefined || body.messages !== undefined, {
    message: 'give calls, messages or both',
    path: ['calls'],
  });

const callLine = z.object({ count: z.number(), minutes: z.number(), creditsEach: z.number(), credits: z.number() });

export const estimateResponse = z.object({
  credits: z.number().meta({ description: 'Total estimated credits' }),
  voice: z.object({ credits: z.number(), calls: z.array(callLine) }),
  whatsapp: z.object({ credits: z.number(), messages: z.number(), creditsEach: z.number() }),
  balance: z.object({
    available: z.number().meta({ description: 'The balance the estimate is set against' }),
    remainingAfter: z.number(),
    covered: z.boolean(),
  }),
});

export const topUpBody = z.strictObject({
  credits: creditAmount.positive().max(1_000_000_000),
  note: z.string().max(200).optional().meta({ description: 'Why: an invoice or recharge reference' }),
});

export const budgetIdParam = z.object({
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1-64 letters, digits or . _ : -'),
});

export const budgetBody = z.strictObject({
  name: z.string().min(1).max(100),
  credits: creditAmount.min(0).max(1_000_000_000).meta({ description: "The budget's limit" }),
  owner: z
    .strictObject({
      type: z.enum(['team', 'agent']),
      id: z.string().trim().min(1).max(64).meta({ description: "The team's name or the agent's number or ID" }),
    })
    .optional()
    .meta({ description: 'Whose budget it is: a team or an agent (calls name it in budgetId)' }),
});

const channelBreakdown = z.object({ voice: z.number(), whatsapp: z.number(), total: z.number() });

const balance = z.object({
  granted: z.number().meta({ description: 'Initial credits plus top-ups' }),
  used: z.number().meta({ description: 'Settled usage' }),
  reserved: z.number().meta({ description: 'Held for calls and message batches in flight' }),
  available: z.number().meta({ description: 'granted - used - reserved: what new work can reserve' }),
  usedPercent: z.number().meta({ description: 'Share used, one decimal (0.1 once anything is spent)' }),
});

export const creditSummaryResponse = z.object({
  balance,
  usage: z.object({ today: channelBreakdown, thisMonth: channelBreakdown, timezone: z.string() }),
  forecast: z.object({
    twoMinuteCalls: z.number().int().meta({ description: 'Two-minute calls the available credits still cover' }),
    messages: z.number().int().meta({ description: 'Messages the available credits still cover' }),
  }),
  rates: z.object({
    voicePerLegMinute: z.number(),
    whatsappPerMessage: z.number(),
    whatsappByCategory: z.record(z.string(), z.number()),
  }),
  alertThresholds: z.array(z.number().int()),
});

export const ledgerQuery = z.strictObject({
  kind: z.enum(['grant', 'top_up', 'reserve', 'settle', 'release']).optional(),
  channel: z.enum(['voice', 'whatsapp']).optional(),
  ownerType: z.enum(['call', 'campaign_batch']).optional(),
  ownerId: z.string().max(200).optional(),
  budgetId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  // Entry IDs are bigints: at most 18 digits keeps any cursor inside 64 bits.
  cursor: z
    .string()
    .regex(/^\d{1,18}$/, 'must be the nextCursor of the previous page')
    .optional(),
  limit: z.coerce.number<string>().int().min(1).max(200).default(50),
});

export const ledgerEntryResource = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  kind: z.enum(['grant', 'top_up', 'reserve', 'settle', 'release']),
  credits: z.number().meta({ description: 'Effect on the balance: + grant/top-up, - settlement' }),
  reservedCredits: z.number().meta({ description: 'Effect on what is reserved: + reserve, - settle/release' }),
  channel: z.enum(['voice', 'whatsapp']).nullable(),
  ownerType: z.string().nullable(),
  ownerId: z.string().nullable(),
  reservationId: z.string().nullable(),
  budgetId: z.string().nullable(),
  quantity: z.number().int().nullable().meta({ description: 'Leg-minutes of a call, messages of a batch' }),
  actor: z.string().nullable(),
  note: z.string().nullable(),
});

export const ledgerResponse = z.object({ entries: z.array(ledgerEntryResource), nextCursor: z.string().nullable() });

export const budgetResource = balance.extend({
  id: z.string(),
  name: z.string(),
  ownerType: z.string().nullable(),
  ownerId: z.string().nullable(),
});

export const alertResource = z.object({
  id: z.string(),
  scope: z.string().meta({ description: '"account" or "budget:<id>"' }),
  thresholdPercent: z.number().int(),
  usedCredits: z.number(),
  grantedCredits: z.number(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});
