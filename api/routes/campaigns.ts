// /v1/campaigns: create (validated against the templates), read with the funnel per step, list,
// and start, pause, resume, cancel. Pause, resume and cancel are workflow updates: the answer
// comes after the workflow has taken the change (and recorded it on the campaign).
import { type Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { Router } from 'express';
import { createCampaign } from '../../campaigns/create.js';
import { createCampaignBody } from '../../campaigns/definition.js';
import { campaignFunnel } from '../../campaigns/funnel.js';
import { type CampaignRow, findCampaign, listCampaigns, setCampaignStatus } from '../../campaigns/store.js';
import type { Env } from '../../config/env.js';
import type { Db } from '../../lib/db.js';
import {
  cancelUpdate,
  campaignWorkflowId,
  pauseUpdate,
  progressQuery,
  resumeUpdate,
  WHATSAPP_CAMPAIGN_WORKFLOW,
} from '../../contracts/campaigns.js';
import type { whatsappCampaign } from '../../workflows/campaign.js';
import { ApiError, parseOrThrow } from '../errors.js';
import { campaignIdParam, listCampaignsQuery } from '../campaign-schemas.js';

export interface CampaignRoutesDeps {
  db: Db;
  temporal: Client;
  env: Pick<Env, 'WHATSAPP_SENDING_NUMBER' | 'TEMPORAL_TASK_QUEUE'>;
}

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

  router.post('/v1/campaigns', async (req, res) => {
    const body = parseOrThrow(createCampaignBody, req.body);
    const created = await createCampaign(db.pool, body, { sendingNumber: env.WHATSAPP_SENDING_NUMBER });
    if (!created.ok) {
      throw new ApiError(
        400,
        'validation_failed',
        `Invalid campaign: ${created.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
        created.problems,
      );
    }
    res.status(201).json(await resource(await find(created.id)));
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
    // The workflow records its own status; a draft shows as scheduled until it runs.
    await db.pool.query(
      `UPDATE campaigns SET status = 'scheduled', updated_at = now() WHERE id = $1 AND status = 'draft'`,
      [id],
    );
    res.status(202).json(await resource(await find(id)));
  });

  for (const [action, update] of [
    ['pause', pauseUpdate],
    ['resume', resumeUpdate],
    ['cancel', cancelUpdate],
  ] as const) {
    router.post(`/v1/campaigns/:id/${action}`, async (req, res) => {
      const { id } = parseOrThrow(campaignIdParam, req.params, 'path');
      const campaign = await find(id);
      if (campaign.status === 'draft') {
        if (action !== 'cancel')
          throw new ApiError(409, 'campaign_not_started', `Start the campaign before you ${action} it`);
        await setCampaignStatus(db.pool, id, 'cancelled');
      } else if (campaign.status === 'completed' || campaign.status === 'cancelled') {
        throw new ApiError(409, `campaign_${campaign.status}`, `The campaign is ${campaign.status}`);
      } else {
        try {
          await temporal.workflow.getHandle(campaignWorkflowId(id)).executeUpdate(update);
        } catch (error) {
          if (error instanceof WorkflowNotFoundError)
            throw new ApiError(409, 'campaign_not_running', 'The campaign has no running workflow');
          throw error;
        }
      }
      res.json(await resource(await find(id)));
    });
  }

  return router;
}
