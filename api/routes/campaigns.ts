// /v1/campaigns: create (validated against the templates), preview the audience (a dry run),
// change or delete a draft, read with the funnel per step, list its recipients (pages or CSV),
// and start, pause, resume, cancel. The API inserts the draft and starts the workflow; from then on
// the workflow is the only writer of the campaign's status. Pause, resume and cancel are workflow
// updates: the answer comes after the workflow has taken the change (and recorded it on the
// campaign), or a 409 naming where the campaign stands when its validator refused it.
import {
  type Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { Router } from 'express';
import { previewAudience } from '../../campaigns/audience-preview.js';
import { checkCampaign, createCampaign, deleteDraft, updateDraft } from '../../campaigns/create.js';
import { type CampaignDefinition, createCampaignBody } from '../../campaigns/definition.js';
import { listRecipients, recipientsCsvHeader, recipientsCsvRows } from '../../campaigns/recipients.js';
import type { FieldIssue } from '../../domain/templates.js';
import { campaignFunnel } from '../../campaigns/funnel.js';
import { type CampaignRow, findCampaign, listCampaigns } from '../../campaigns/store.js';
import type { Env } from '../../config/env.js';
import type { Db } from '../../lib/db.js';
import {
  cancelUpdate,
  campaignWorkflowId,
  pauseUpdate,
  progressQuery,
  resumeUpdate,
  updateRejection,
  WHATSAPP_CAMPAIGN_WORKFLOW,
} from '../../contracts/campaigns.js';
import type { whatsappCampaign } from '../../workflows/campaign.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { campaignIdParam, listCampaignsQuery, recipientsQuery } from '../campaign-schemas.js';

export interface CampaignRoutesDeps {
  db: Db;
  temporal: Client;
  env: Pick<
    Env,
    | 'WHATSAPP_SENDING_NUMBER'
    | 'TEMPORAL_TASK_QUEUE'
    | 'WHATSAPP_FREQUENCY_CAP_PER_DAY'
    | 'WHATSAPP_FREQUENCY_CAP_PER_WEEK'
  >;
}

/** Recipients read per query while writing the CSV export. */
const CSV_PAGE = 1000;

const invalidCampaign = (problems: FieldIssue[]) =>
  new ApiError(
    400,
    'validation_failed',
    `Invalid campaign: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    problems,
  );

export function campaignRoutes({ db, temporal, env }: CampaignRoutesDeps): Router {
  const router = Router();

  const find = async (id: string): Promise<CampaignRow> => {
    const campaign = await findCampaign(db.pool, id);
    if (!campaign) throw new ApiError(404, 'not_found', `No campaign ${id}`);
    return campaign;
  };

  const resource = async (campaign: CampaignRow) => ({
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    pauseReason: campaign.pauseReason,
    workflowId: campaign.workflowId,
    sendingNumber: campaign.sendingNumber,
    recipientCount: campaign.recipientCount,
    createdAt: campaign.createdAt.toISOString(),
    startedAt: campaign.startedAt?.toISOString() ?? null,
    finishedAt: campaign.finishedAt?.toISOString() ?? null,
    definition: campaign.definition,
    funnel: await campaignFunnel(
      db.pool,
      campaign.id,
      campaign.definition.steps?.length ?? 0,
      campaign.recipientCount ?? 0,
    ),
  });

  const defaults = {
    sendingNumber: env.WHATSAPP_SENDING_NUMBER,
    frequencyCap: { perDay: env.WHATSAPP_FREQUENCY_CAP_PER_DAY, perWeek: env.WHATSAPP_FREQUENCY_CAP_PER_WEEK },
  };
  /** A body checked as create checks it (templates, mappings, sending number), or a 400 naming each field. */
  const checked = async (raw: unknown): Promise<CampaignDefinition> => {
    const result = await checkCampaign(db.pool, parseOrThrow(createCampaignBody, raw), defaults);
    if (!result.ok) throw invalidCampaign(result.problems);
    return result.definition;
  };
  /** Why a draft could not be changed: there is none, or it is not a draft any more. */
  const notADraft = (id: string, status: string | null, action: string) =>
    status === null
      ? new ApiError(404, 'not_found', `No campaign ${id}`)
      : new ApiError(409, `campaign_${status}`, `Only a draft can be ${action}: the campaign is ${status}`);

  router.post('/v1/campaigns', async (req, res) => {
    const body = parseOrThrow(createCampaignBody, req.body);
    const created = await createCampaign(db.pool, body, defaults);
    if (!created.ok) throw invalidCampaign(created.problems);
    res.status(201).json(await resource(await find(created.id)));
  });

  router.post('/v1/campaigns/preview', async (req, res) => {
    res.json(await previewAudience(db.pool, await checked(req.body), defaults));
  });

  router.get('/v1/campaigns/:id/preview', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    res.json(await previewAudience(db.pool, (await find(id)).definition, defaults));
  });

  router.put('/v1/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    const definition = await checked(req.body);
    await draftOnly(id, 'changed');
    const updated = await updateDraft(db.pool, id, definition);
    if (!updated.updated) throw notADraft(id, updated.status, 'changed');
    res.json(await resource(await find(id)));
  });

  router.delete('/v1/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    await draftOnly(id, 'deleted');
    const deleted = await deleteDraft(db.pool, id);
    if (!deleted.deleted) throw notADraft(id, deleted.status, 'deleted');
    res.status(204).end();
  });

  router.get('/v1/campaigns/:id/recipients', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    const query = parseOrThrow(recipientsQuery, req.query, 'query');
    await find(id);
    const recipients = await listRecipients(db.pool, id, { after: query.cursor ?? 0, limit: query.limit });
    const last = recipients.at(-1);
    res.json({ recipients, nextCursor: last && recipients.length === query.limit ? String(last.seq) : null });
  });

  router.get('/v1/campaigns/:id/recipients.csv', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    const campaign = await find(id);
    const steps = campaign.definition.steps.length;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="campaign-${id}-recipients.csv"`);
    res.write(recipientsCsvHeader(steps));
    // Page by page, so a large audience is never held in memory at once.
    for (let after = 0; ;) {
      const page = await listRecipients(db.pool, id, { after, limit: CSV_PAGE });
      if (page.length > 0) res.write(recipientsCsvRows(page, steps));
      if (page.length < CSV_PAGE) break;
      after = page.at(-1)!.seq;
    }
    res.end();
  });

  router.get('/v1/campaigns', async (req, res) => {
    const query = parseOrThrow(listCampaignsQuery, req.query, 'query');
    const campaigns = await Promise.all((await listCampaigns(db.pool, query)).map(resource));
    res.json({ campaigns });
  });

  router.get('/v1/campaigns/:id', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    const campaign = await find(id);
    let progress = null;
    if (campaign.status !== 'draft') {
      progress = await temporal.workflow
        .getHandle(campaignWorkflowId(id))
        .query(progressQuery)
        .catch(() => null);
    }
    res.json({ ...(await resource(campaign)), progress });
  });

  router.post('/v1/campaigns/:id/start', async (req, res) => {
    const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
    const campaign = await find(id);
    if (campaign.status === 'cancelled')
      throw new ApiError(409, 'campaign_cancelled', 'A cancelled campaign cannot start');
    // A second start needs no claim on the row: the workflow ID is the campaign's, so Temporal
    // keeps to one run. While it runs, USE_EXISTING answers with that run; once it has closed,
    // REJECT_DUPLICATE refuses a new one. Either way this start is a no-op, and the answer shows
    // where the campaign stands. The workflow records its status itself (a draft shows as
    // scheduled once its first activity has run).
    try {
      await temporal.workflow.start<typeof whatsappCampaign>(WHATSAPP_CAMPAIGN_WORKFLOW, {
        taskQueue: env.TEMPORAL_TASK_QUEUE,
        workflowId: campaignWorkflowId(id),
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [{ campaignId: id }],
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    res.status(202).json(await resource(await find(id)));
  });

  /**
   * 404 or 409 unless the campaign is a draft whose start nobody asked for: once its workflow
   * exists it may read the definition any moment (409 campaign_starting until it shows as scheduled).
   */
  const draftOnly = async (id: string, action: string): Promise<void> => {
    const { status } = await find(id);
    if (status !== 'draft') throw notADraft(id, status, action);
    try {
      await temporal.workflow.getHandle(campaignWorkflowId(id)).describe();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
    throw notADraft(id, 'starting', action);
  };

  /** Why an update found no workflow to take it: never started, or already over. */
  const noWorkflow = async (id: string, action: string): Promise<ApiError> => {
    const { status } = await find(id);
    if (status === 'draft')
      return new ApiError(409, 'campaign_not_started', `Start the campaign before you ${action} it`);
    if (status === 'completed' || status === 'cancelled')
      return new ApiError(409, `campaign_${status}`, `Cannot ${action} the campaign: it is ${status}`);
    return new ApiError(409, 'campaign_not_running', 'The campaign has no running workflow');
  };

  for (const [action, update] of [
    ['pause', pauseUpdate],
    ['resume', resumeUpdate],
    ['cancel', cancelUpdate],
  ] as const) {
    router.post(`/v1/campaigns/:id/${action}`, async (req, res) => {
      const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
      await find(id);
      try {
        await temporal.workflow.getHandle(campaignWorkflowId(id)).executeUpdate(update);
      } catch (error) {
        // The workflow judges: its validator refuses a change that does not apply where it stands.
        const rejected = error instanceof WorkflowUpdateFailedError ? updateRejection(error.cause) : null;
        if (rejected) throw new ApiError(409, `campaign_${rejected.state}`, rejected.message);
        if (error instanceof WorkflowNotFoundError) throw await noWorkflow(id, action);
        throw error;
      }
      res.json(await resource(await find(id)));
    });
  }

  return router;
}
