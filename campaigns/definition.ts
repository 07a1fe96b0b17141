// What a campaign is, as the API accepts it and the campaigns table stores it: an audience, one
// or more steps (a template, how its parameters are filled, a delay, a condition), a schedule
// with allowed hours, limits and a budget. Validated once, when the campaign is created.
import { z } from 'zod';
import { stepConditions } from '../domain/campaign-rules.js';
import { phoneNumberSchema } from '../domain/phone.js';
import { isTimeZone } from '../domain/send-window.js';
import { paramMappingSchema } from '../domain/templates.js';

/** Who a campaign goes to: contacts with all these tags and attribute values, or a list. */
export const audienceSchema = z
  .strictObject({
    tags: z.array(z.string().min(1).max(64)).max(20).optional(),
    attributes: z
      .record(
        z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'attribute names are letters, digits and _'),
        z.string().max(200),
      )
      .optional(),
    contactIds: z.array(z.uuid()).min(1).max(100_000).optional(),
  })
  .refine(
    (audience) =>
      Boolean(audience.tags?.length || Object.keys(audience.attributes ?? {}).length || audience.contactIds?.length),
    {
      message: 'name tags, attributes or contactIds: a campaign never goes to every contact by default',
    },
  );

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');

export const sendWindowSchema = z.strictObject({
  start: hhmm,
  end: hhmm,
  timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Kolkata'),
});

/** Marketing messages in India: 09:00-21:00 IST unless the campaign says otherwise. */
export const defaultSendWindow = { start: '09:00', end: '21:00', timezone: 'Asia/Kolkata' };

export const campaignStepSchema = z.strictObject({
  templateId: z.uuid('must be a template ID'),
  params: paramMappingSchema,
  delayMinutes: z
    .number()
    .min(0)
    .max(60 * 24 * 60)
    .default(0)
    .meta({ description: 'Wait after the previous step finished sending (ignored for the first step)' }),
  condition: z.enum(stepConditions).default('always').meta({
    description:
      'Who gets this step, judged per recipient on the previous step: always, not_delivered, not_read, not_replied',
  }),
});

export const createCampaignBody = z
  .strictObject({
    name: z.string().min(1).max(200),
    audience: audienceSchema,
    steps: z.array(campaignStepSchema).min(1).max(10),
    sendingNumber: phoneNumberSchema
      .optional()
      .meta({ description: 'Your WhatsApp business number; defaults to WHATSAPP_SENDING_NUMBER' }),
    schedule: z
      .strictObject({
        startAt: z.iso
          .datetime({ offset: true })
          .optional()
          .meta({ description: 'Start then (default: when started)' }),
        window: sendWindowSchema
          .nullable()
          .default(defaultSendWindow)
          .meta({ description: 'Allowed hours; null sends at any hour' }),
      })
      .prefault({}),
    limits: z
      .strictObject({
        messagesPerSecond: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .optional()
          .meta({ description: "This campaign's own cap, under the number's" }),
        frequencyCap: z
          .strictObject({
            perDay: z.number().int().min(0).max(1000).optional(),
            perWeek: z.number().int().min(0).max(1000).optional(),
          })
          .optional()
          .meta({
            description:
              'Marketing messages one contact may get from all campaigns in 24 hours / 7 days (0: no cap); default WHATSAPP_FREQUENCY_CAP_PER_DAY / _PER_WEEK',
          }),
        errorSpike: z
          .strictObject({
            maxFailureRate: z.number().min(0).max(1).default(0.2),
            window: z.number().int().min(10).max(10_000).default(200),
          })
          .prefault({}),
      })
      .prefault({}),
    budget: z
      .strictObject({ credits: z.number().positive().max(1_000_000_000) })
      .optional()
      .meta({ description: 'Credits the campaign may use; it pauses with budget_exhausted when they run out' }),
  })
  .superRefine((body, ctx) => {
    if (body.steps[0] && body.steps[0].condition !== 'always') {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', 0, 'condition'],
        message: 'the first step has no previous step: use always',
      });
    }
  });

export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

/** As stored: the body with its defaults filled in and the sending number resolved. */
export type CampaignDefinition = Omit<CreateCampaignBody, 'sendingNumber'> & { sendingNumber: string };
