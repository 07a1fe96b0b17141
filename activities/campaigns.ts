// Activities of the campaign workflow: thin adapters over campaigns/ (SQL and sending). Each is
// safe to run twice: the audience snapshot and every send decision are keyed rows.
import { Context } from '@temporalio/activity';
import { audienceQuery } from '../contacts/audience.js';
import { fromCredits } from '../domain/credits.js';
import { campaignBudgetId, sendPage, type SendPageDeps } from '../campaigns/send-page.js';
import * as store from '../campaigns/store.js';
import type { PreparedCampaign, SendPageInput, SendPageResult } from '../contracts/campaigns.js';

export type CampaignActivityDeps = Omit<SendPageDeps, 'progress' | 'sleep'> & {
  /** WHATSAPP_PENDING_GRACE_SEC */
  pendingGraceSec: number;
};

export function createCampaignActivities(deps: CampaignActivityDeps) {
  const { pool } = deps;
  return {
    /**
     * The workflow's first step: shows the draft as scheduled (the API never writes the status),
     * fixes the audience (once) and creates the campaign's budget; returns what the workflow plans with.
     */
    async prepareCampaign(input: { campaignId: string }): Promise<PreparedCampaign> {
      await store.markStarted(pool, input.campaignId);
      const campaign = await store.loadCampaign(pool, input.campaignId);
      const { definition } = campaign;
      const recipientCount =
        campaign.recipientCount ??
        (await store.snapshotAudience(pool, campaign.id, audienceQuery(definition.audience)));
      if (definition.budget) {
        await deps.ledger.upsertBudget({
          id: campaignBudgetId(campaign.id),
          name: `Campaign ${campaign.name}`,
          limit: fromCredits(definition.budget.credits)!,
          ownerType: 'campaign',
          ownerId: campaign.id,
          onlyCreate: true,
        });
      }
      return {
        name: campaign.name,
        recipientCount,
        stepDelaysMinutes: definition.steps.map((step) => step.delayMinutes),
        startAt: definition.schedule.startAt ?? null,
        window: definition.schedule.window,
        pendingGraceSec: deps.pendingGraceSec,
      };
    },

    /** Sends the next page of a step; heartbeats after every chunk, so a dead worker is noticed. */
    async sendCampaignPage(input: SendPageInput): Promise<SendPageResult> {
      const context = Context.current();
      return sendPage({ ...deps, progress: (seq) => context.heartbeat(seq), sleep: (ms) => context.sleep(ms) }, input);
    },

    async setCampaignStatus(input: {
      campaignId: string;
      status: store.CampaignStatus;
      pauseReason?: string | null;
    }): Promise<void> {
      await store.setCampaignStatus(pool, input.campaignId, input.status, input.pauseReason ?? null);
    },

    /** Recipients of a step with a decision, against the audience: equal when the step is done. */
    async countStepDecisions(input: { campaignId: string; step: number }): Promise<number> {
      return store.decidedCount(pool, input.campaignId, input.step);
    },

    /** Marks sends whose answer was lost and that no report explained as unknown; returns how many still wait. */
    async settlePendingSends(input: { campaignId: string; graceSec: number }): Promise<number> {
      return store.settlePendingSends(pool, input.campaignId, input.graceSec);
    },
  };
}

export type CampaignActivities = ReturnType<typeof createCampaignActivities>;
