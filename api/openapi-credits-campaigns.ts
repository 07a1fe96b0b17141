// OpenAPI paths of /v1/credits, /v1/campaigns and the WhatsApp webhook.
import { createCampaignBody } from '../campaigns/definition.js';
import { whatsappWebhookSchema } from '../exotel/whatsapp-wire.js';
import {
  audiencePreviewResponse,
  campaignListResponse,
  campaignResource,
  listCampaignsQuery,
  recipientsQuery,
  recipientsResponse,
} from './campaign-schemas.js';
import {
  alertResource,
  budgetBody,
  budgetResource,
  creditSummaryResponse,
  estimateBody,
  estimateResponse,
  ledgerQuery,
  ledgerResponse,
  topUpBody,
} from './credit-schemas.js';
import {
  adminOnly,
  body,
  conflict,
  errors,
  idParameter,
  json,
  notFound,
  queryParameters,
  schema,
} from './openapi-parts.js';
import { errorResponse } from './schemas.js';
import { z } from 'zod';

const campaignAction = (summary: string) => ({
  post: {
    summary,
    parameters: [idParameter('campaign')],
    responses: {
      200: json(campaignResource, 'The campaign after the workflow took the change'),
      ...conflict('The campaign is a draft (pause/resume), completed or cancelled'),
      ...notFound('campaign'),
      ...errors,
    },
  },
});

export const creditAndCampaignPaths = {
  '/v1/credits': {
    get: {
      summary: 'Credits remaining: balance, reserved, usage today and this month by channel, and a forecast',
      responses: { 200: json(creditSummaryResponse, 'The balance'), ...errors },
    },
  },
  '/v1/credits/estimate': {
    post: {
      summary:
        'The credit calculator (docs/exotel.md §10): what calls and messages cost, and what the balance would have left',
      requestBody: body(estimateBody),
      responses: { 200: json(estimateResponse, 'The estimate, per channel'), ...errors },
    },
  },
  '/v1/credits/top-ups': {
    post: {
      summary: 'Add credits (admin). An Idempotency-Key header makes a repeat add nothing.',
      parameters: [
        { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 100 } },
      ],
      requestBody: body(topUpBody),
      responses: {
        201: { description: 'Added; the new balance' },
        200: { description: 'A repeat of an earlier top-up with this Idempotency-Key: nothing added' },
        ...adminOnly,
        ...errors,
      },
    },
  },
  '/v1/credits/ledger': {
    get: {
      summary: 'Ledger entries, newest first, filtered and paged (cursor = the previous nextCursor)',
      parameters: queryParameters(ledgerQuery),
      responses: { 200: json(ledgerResponse, 'A page of entries'), ...errors },
    },
  },
  '/v1/credits/budgets': {
    get: {
      summary: 'Budgets with their usage',
      responses: { 200: json(z.object({ budgets: z.array(budgetResource) }), 'Budgets'), ...errors },
    },
  },
  '/v1/credits/budgets/{id}': {
    put: {
      summary: 'Create a budget or change its limit (admin)',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: body(budgetBody),
      responses: { 200: json(budgetResource, 'The budget'), ...adminOnly, ...errors },
    },
    delete: {
      summary: 'Delete a budget (admin): hidden and refused to new calls; its ledger history stays',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        204: { description: 'Deleted (also when it already was)' },
        ...notFound('budget'),
        ...conflict(
          'In use (budget_in_use): credits are held against it, or the campaign that owns it has not finished',
        ),
        ...adminOnly,
        ...errors,
      },
    },
  },
  '/v1/credits/alerts': {
    get: {
      summary: 'Threshold alerts and their delivery',
      responses: { 200: json(z.object({ alerts: z.array(alertResource) }), 'Alerts, newest first'), ...errors },
    },
  },
  '/v1/campaigns': {
    post: {
      summary: 'Create a campaign (validated against its templates; starts as a draft)',
      requestBody: body(createCampaignBody),
      responses: { 201: json(campaignResource, 'The campaign'), ...errors },
    },
    get: {
      summary: 'Recent campaigns with their funnels',
      parameters: queryParameters(listCampaignsQuery),
      responses: { 200: json(campaignListResponse, 'Campaigns, newest first'), ...errors },
    },
  },
  '/v1/campaigns/{id}': {
    get: {
      summary: "A campaign: state, pause reason, funnel per step, and its workflow's progress",
      parameters: [idParameter('campaign')],
      responses: { 200: json(campaignResource, 'The campaign'), ...notFound('campaign'), ...errors },
    },
    put: {
      summary: "Replace a draft's definition (checked as create checks it); only until it is started",
      parameters: [idParameter('campaign')],
      requestBody: body(createCampaignBody),
      responses: {
        200: json(campaignResource, 'The draft as changed'),
        ...conflict('Not a draft any more (campaign_<status>, campaign_starting): nothing changed'),
        ...notFound('campaign'),
        ...errors,
      },
    },
    delete: {
      summary: 'Delete a draft that was never started',
      parameters: [idParameter('campaign')],
      responses: {
        204: { description: 'Deleted' },
        ...conflict('Not a draft any more (campaign_<status>, campaign_starting): nothing deleted'),
        ...notFound('campaign'),
        ...errors,
      },
    },
  },
  '/v1/campaigns/preview': {
    post: {
      summary:
        'Audience preview, a dry run that writes nothing: how many the first step would send to now, and how many it would skip by reason',
      description:
        'The body is a campaign as POST /v1/campaigns takes it, checked the same way (400 names each field). Decided by the rule sending applies, over the audience and consent as they stand now.',
      requestBody: body(createCampaignBody),
      responses: { 200: json(audiencePreviewResponse, 'The preview'), ...errors },
    },
  },
  '/v1/campaigns/{id}/preview': {
    get: {
      summary: "Audience preview of a stored campaign's definition (a dry run that writes nothing)",
      parameters: [idParameter('campaign')],
      responses: { 200: json(audiencePreviewResponse, 'The preview'), ...notFound('campaign'), ...errors },
    },
  },
  '/v1/campaigns/{id}/recipients': {
    get: {
      summary: 'Recipients in audience order with the outcome of each step (skip reason, error code), paged',
      parameters: [idParameter('campaign'), ...queryParameters(recipientsQuery)],
      responses: { 200: json(recipientsResponse, 'A page of recipients'), ...notFound('campaign'), ...errors },
    },
  },
  '/v1/campaigns/{id}/recipients.csv': {
    get: {
      summary:
        'Every recipient as CSV: seq, contact_id, phone, name, then stepN_outcome, _skip_reason, _error_code, _sent_at',
      parameters: [idParameter('campaign')],
      responses: {
        200: { description: 'The CSV file', content: { 'text/csv': { schema: { type: 'string' } } } },
        ...notFound('campaign'),
        ...errors,
      },
    },
  },
  '/v1/campaigns/{id}/start': {
    post: {
      summary: 'Start (or schedule, with schedule.startAt) its workflow; repeating is harmless',
      parameters: [idParameter('campaign')],
      responses: {
        202: json(campaignResource, 'Started'),
        ...conflict('The campaign was cancelled'),
        ...notFound('campaign'),
        ...errors,
      },
    },
  },
  '/v1/campaigns/{id}/pause': campaignAction('Pause: sending stops after the request in flight'),
  '/v1/campaigns/{id}/resume': campaignAction('Resume where it stopped (also after budget_exhausted or error_spike)'),
  '/v1/campaigns/{id}/cancel': campaignAction('Cancel for good: recipients not yet sent are not sent'),
  '/v1/webhooks/exotel/whatsapp': {
    post: {
      summary:
        "Exotel's WhatsApp delivery reports and inbound messages. Authenticated by the deployment's token in the URL.",
      security: [],
      parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schema(whatsappWebhookSchema, 'input') } },
      },
      responses: {
        200: { description: 'Stored and applied (duplicates change nothing)' },
        400: json(errorResponse, 'Malformed webhook; nothing stored'),
        401: json(errorResponse, 'Wrong token'),
      },
    },
  },
};
