// One workflow per WhatsApp campaign: fix the audience, wait for the start, then send each step
// page by page through activities (up to 1,000 recipients a page, in paced requests of up to 100),
// inside the allowed hours, pausing itself when credits run out or failures spike, and waiting
// each step's delay before the next. Delivery reports never come here: they land in PostgreSQL
// and a step's condition reads them there. History stays bounded: pages carry a seq cursor, not
// recipients, and the run continues as new every PAGES_PER_RUN pages.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { CampaignActivities } from '../activities/campaigns.js';
import {
  actionAppliesIn,
  type CampaignAction,
  cancelUpdate,
  type CampaignInput,
  type CampaignProgress,
  type CampaignState,
  pauseUpdate,
  progressQuery,
  rejectUpdate,
  resumeUpdate,
} from '../contracts/campaigns.js';
import { CampaignName, CampaignPauseReason, CampaignStatus } from '../contracts/search-attributes.js';
import { isInWindow, nextWindowOpening, windowClosing } from '../domain/send-window.js';

/** Pages per run before continuing as new: ~6 history events a page keeps a run near 2,500. */
export const PAGES_PER_RUN = 400;

// ---- Activities, with the timeouts and retries each needs ---------------------------------------

/** Database work: retried until it succeeds. */
const {
  prepareCampaign,
  setCampaignStatus: writeCampaignStatus,
  countStepDecisions,
  settlePendingSends,
} = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * A page takes seconds to minutes (pacing). The heartbeat after each chunk means a killed worker
 * is noticed in 30 s and the page retried; the retry skips everyone already decided.
 */
const { sendCampaignPage } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '2 minutes' },
});

// ---- Search attributes: the Temporal UI lists campaigns by name, status and pause reason ----------

type StatusChange = Parameters<CampaignActivities['setCampaignStatus']>[0];

/** Tags the run with the campaign's status (runs started before this existed are left untagged). */
function tagRun(change: Pick<StatusChange, 'status' | 'pauseReason'>, name?: string): void {
  if (!patched('campaign-search-attributes')) return;
  upsertSearchAttributes([
    ...(name ? [{ key: CampaignName, value: name }] : []),
    { key: CampaignStatus, value: change.status },
    { key: CampaignPauseReason, value: change.pauseReason ?? null },
  ]);
}

/** Writes the campaign's status (the row and its event), then tags the run with it. */
async function setCampaignStatus(change: StatusChange): Promise<void> {
  await writeCampaignStatus(change);
  tagRun(change);
}

// ---- The workflow ------------------------------------------------------------------------------

export async function whatsappCampaign(input: CampaignInput): Promise<CampaignProgress> {
  const { campaignId } = input;
  const progress: CampaignProgress = input.carried?.progress ?? {
    campaignId,
    phase: 'preparing',
    step: 0,
    afterSeq: 0,
    pauseReason: null,
    recipientCount: null,
    counts: { sent: 0, failed: 0, skipped: 0 },
    wakesAt: null,
  };
  let stepFinishedAt = input.carried?.stepFinishedAt ?? null;
  let paused = progress.phase === 'paused';
  let cancelled = false;
  let pages = 0;

  setHandler(progressQuery, () => progress);

  // The workflow is the only writer of the campaign's status (after the API inserts the draft).
  // Each update is judged by its validator first: one that does not apply where the campaign
  // stands (pausing a paused one, resuming a running one, cancelling a finished one) is refused
  // before it is accepted, so it writes nothing to the history and nothing to the campaign.
  const state = (): CampaignState => {
    if (cancelled) return 'cancelled';
    if (progress.phase === 'completed' || progress.phase === 'finishing') return progress.phase;
    if (paused) return 'paused';
    return progress.phase === 'preparing' || progress.phase === 'waiting_to_start' ? 'scheduled' : 'running';
  };
  const validator = (action: CampaignAction) => () => {
    const now = state();
    if (!actionAppliesIn[action].includes(now))
      throw rejectUpdate({ action, state: now, pauseReason: progress.pauseReason });
  };
  /** What the campaigns row says while not paused: scheduled before the start, running after. */
  const unpausedStatus = () => (state() === 'scheduled' ? ('scheduled' as const) : ('running' as const));
  /** The row's status at the start (or while waiting for it): an operator may have paused it already. */
  const recordStatus = (status: 'scheduled' | 'running') =>
    setCampaignStatus(
      paused ? { campaignId, status: 'paused', pauseReason: progress.pauseReason } : { campaignId, status },
    );

  setHandler(
    pauseUpdate,
    async () => {
      if (!cancelled && !paused) {
        paused = true;
        progress.pauseReason = 'paused_by_operator';
        await setCampaignStatus({ campaignId, status: 'paused', pauseReason: progress.pauseReason });
      }
      return progress;
    },
    { validator: validator('pause') },
  );
  setHandler(
    resumeUpdate,
    async () => {
      if (!cancelled && paused) {
        paused = false;
        progress.pauseReason = null;
        await setCampaignStatus({ campaignId, status: unpausedStatus() });
      }
      return progress;
    },
    { validator: validator('resume') },
  );
  setHandler(
    cancelUpdate,
    async () => {
      if (!cancelled) {
        cancelled = true;
        await setCampaignStatus({ campaignId, status: 'cancelled' });
      }
      return progress;
    },
    { validator: validator('cancel') },
  );

  /** Sleeps until `until` unless the campaign is cancelled (or `alsoWake` says so) first. */
  const sleepUntil = async (until: Date, alsoWake: () => boolean = () => false) => {
    progress.wakesAt = until.toISOString();
    await condition(() => cancelled || alsoWake(), Math.max(0, until.getTime() - Date.now()));
    progress.wakesAt = null;
  };
  const pause = async (reason: string) => {
    paused = true;
    progress.pauseReason = reason;
    await setCampaignStatus({ campaignId, status: 'paused', pauseReason: reason });
  };

  // 1. Fix the audience and wait for the start.
  const prepared = input.carried?.prepared ?? (await prepareCampaign({ campaignId }));
  progress.recipientCount = prepared.recipientCount;
  if (prepared.name) {
    const status = paused ? 'paused' : input.carried ? 'running' : 'scheduled';
    tagRun({ status, pauseReason: progress.pauseReason }, prepared.name);
  }
  if (!input.carried) {
    if (prepared.startAt && Date.parse(prepared.startAt) > Date.now()) {
      progress.phase = 'waiting_to_start';
      await recordStatus('scheduled');
      await sleepUntil(new Date(prepared.startAt));
    }
    if (!cancelled) await recordStatus('running');
  }

  // 2. Each step, page by page.
  while (!cancelled && progress.step < prepared.stepDelaysMinutes.length) {
    if (progress.step > 0 && progress.afterSeq === 0 && stepFinishedAt) {
      progress.phase = 'waiting_for_next_step';
      await sleepUntil(new Date(Date.parse(stepFinishedAt) + prepared.stepDelaysMinutes[progress.step]! * 60_000));
      if (cancelled) break;
    }
    progress.phase = paused ? 'paused' : 'sending';
    await condition(() => !paused || cancelled);
    if (cancelled) break;
    progress.phase = 'sending';

    // Only inside the allowed hours (judged on the workflow's clock, so tests can skip time).
    const window = prepared.window;
    if (window && !isInWindow(new Date(), window)) {
      progress.phase = 'waiting_for_window';
      await sleepUntil(nextWindowOpening(new Date(), window), () => paused);
      continue;
    }

    const page = await sendCampaignPage({
      campaignId,
      step: progress.step,
      afterSeq: progress.afterSeq,
      windowClosesAt: window ? windowClosing(new Date(), window).toISOString() : null,
    });
    pages += 1;
    progress.afterSeq = page.nextSeq;
    progress.counts.sent += page.counts.sent;
    progress.counts.failed += page.counts.failed;
    progress.counts.skipped += page.counts.skipped;

    if (page.outcome === 'pause') await pause(page.reason);
    if (page.outcome === 'progress' && page.done) {
      // Every recipient must have a decision for this step before the next one can follow.
      if ((await countStepDecisions({ campaignId, step: progress.step })) < prepared.recipientCount) {
        progress.afterSeq = 0;
      } else {
        stepFinishedAt = new Date().toISOString();
        progress.step += 1;
        progress.afterSeq = 0;
      }
    }
    if (pages >= PAGES_PER_RUN) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof whatsappCampaign>({ campaignId, carried: { progress, prepared, stepFinishedAt } });
    }
  }

  // 3. Wait out sends whose answers were lost, so every recipient is accounted for.
  if (cancelled) {
    progress.phase = 'cancelled';
  } else {
    progress.phase = 'finishing';
    // Sends whose answer was lost wait this long for a delivery report, then count as unknown.
    while ((await settlePendingSends({ campaignId, graceSec: prepared.pendingGraceSec })) > 0) {
      await sleepUntil(new Date(Date.now() + Math.min(30, prepared.pendingGraceSec) * 1000));
    }
    progress.phase = 'completed';
    await setCampaignStatus({ campaignId, status: 'completed' });
  }
  await condition(allHandlersFinished);
  return progress;
}
