// The campaign workflow on Temporal's time-skipping test server: step delays and quiet hours
// pass in milliseconds. Activities are scripted stand-ins that page through a fake audience and
// record what the workflow asked; the real sending is covered by the integration tests.
import { randomUUID } from 'node:crypto';
import { Context } from '@temporalio/activity';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignActivities } from '../../activities/campaigns.js';
import { bundlerOptions, workflowsPath } from '../../worker/bundle.js';
import {
  cancelUpdate,
  campaignWorkflowId,
  pauseUpdate,
  type PreparedCampaign,
  progressQuery,
  resumeUpdate,
  type SendPageInput,
  type SendPageResult,
  updateRejection,
} from '../../contracts/campaigns.js';
import { whatsappCampaign } from '../../workflows/campaign.js';
import { timeSkippingEnvironment } from '../support/time-skipping.js';

let env: TestWorkflowEnvironment;
let workflowBundle: { code: string };

beforeAll(async () => {
  env = await timeSkippingEnvironment();
  const { bundleWorkflowCode } = await import('@temporalio/worker');
  workflowBundle = await bundleWorkflowCode({ workflowsPath, ...bundlerOptions });
}, 120_000);

afterAll(async () => {
  await env?.teardown();
});

/** An audience of `recipients`, sent `pageSize` at a time; `script` may change a page's outcome. */
function scriptedActivities(
  prepared: PreparedCampaign,
  options: { pageSize?: number; script?: (input: SendPageInput, call: number) => SendPageResult | undefined } = {},
) {
  const pageSize = options.pageSize ?? 100;
  const log = { pages: [] as SendPageInput[], statuses: [] as string[], pageTimes: [] as number[] };
  const decided = new Map<number, number>();
  const activities: CampaignActivities = {
    async prepareCampaign() {
      return prepared;
    },
    async sendCampaignPage(input) {
      log.pages.push(input);
      // Server time (skipped time included), not this process's clock.
      log.pageTimes.push(Context.current().info.currentAttemptScheduledTimestampMs);
      const scripted = options.script?.(input, log.pages.length);
      if (scripted) return scripted;
      const nextSeq = Math.min(prepared.recipientCount, input.afterSeq + pageSize);
      decided.set(input.step, nextSeq);
      const sent = nextSeq - input.afterSeq;
      return {
        outcome: 'progress',
        done: nextSeq >= prepared.recipientCount,
        nextSeq,
        counts: { sent, failed: 0, skipped: 0 },
      };
    },
    async setCampaignStatus({ status, pauseReason }) {
      log.statuses.push(pauseReason ? `${status}:${pauseReason}` : status);
    },
    async countStepDecisions({ step }) {
      return decided.get(step) ?? 0;
    },
    async settlePendingSends() {
      return 0;
    },
  };
  return { activities, log };
}

async function withWorker<T>(activities: CampaignActivities, run: (taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  return worker.runUntil(run(taskQueue));
}

const anyHour = {
  recipientCount: 250,
  stepDelaysMinutes: [0, 2 * 24 * 60],
  startAt: null,
  window: null,
  pendingGraceSec: 120,
};

describe('campaign workflow', () => {
  it('sends each step page by page, waits the step delay, and completes', async () => {
    const { activities, log } = scriptedActivities(anyHour);
    const result = await withWorker(activities, (taskQueue) =>
      env.client.workflow.execute(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      }),
    );
    expect(result).toMatchObject({ phase: 'completed', step: 2, counts: { sent: 500 } });
    expect(log.pages.map((page) => [page.step, page.afterSeq])).toEqual([
      [0, 0],
      [0, 100],
      [0, 200],
      [1, 0],
      [1, 100],
      [1, 200],
    ]);
    // Two days between the last page of step 1 and the first of step 2 (skipped, not waited).
    expect(log.pageTimes[3]! - log.pageTimes[2]!).toBeGreaterThanOrEqual(2 * 24 * 3600 * 1000);
    expect(log.statuses).toEqual(['running', 'completed']);
  });

  it('waits for the allowed hours before sending', async () => {
    // A two-hour window starting three hours from now, in India.
    const started = await env.currentTimeMs();
    const ist = (offsetHours: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Kolkata',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(started + offsetHours * 3600_000));
    const window = { start: ist(3), end: ist(5), timezone: 'Asia/Kolkata' };
    const { activities, log } = scriptedActivities({ ...anyHour, stepDelaysMinutes: [0], window });
    await withWorker(activities, (taskQueue) =>
      env.client.workflow.execute(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      }),
    );
    // The first page was sent once the window opened (about three hours of skipped time later),
    // and told to stop when it closes two hours after that.
    const firstPage = log.pages[0]!;
    const closes = Date.parse(firstPage.windowClosesAt!);
    expect(closes - started).toBeGreaterThan(4.9 * 3600_000);
    expect(closes - started).toBeLessThan(5.1 * 3600_000);
    expect(log.pageTimes[0]! - started).toBeGreaterThan(2.9 * 3600_000);
  });

  it('pauses itself with the reason when credits run out, and resumes from the same recipient', async () => {
    const { activities, log } = scriptedActivities(
      { ...anyHour, stepDelaysMinutes: [0] },
      {
        script: (input, call) =>
          call === 2
            ? {
                outcome: 'pause',
                reason: 'budget_exhausted',
                nextSeq: input.afterSeq + 40,
                counts: { sent: 40, failed: 0, skipped: 0 },
              }
            : undefined,
      },
    );
    const result = await withWorker(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      });
      // Wait (in skipped time) until the workflow reports the pause.
      for (let i = 0; i < 100 && (await handle.query(progressQuery)).phase !== 'paused'; i++) await env.sleep(1000);
      expect(await handle.query(progressQuery)).toMatchObject({
        phase: 'paused',
        pauseReason: 'budget_exhausted',
        afterSeq: 140,
      });
      await handle.executeUpdate(resumeUpdate);
      return handle.result();
    });
    expect(log.statuses).toEqual(['running', 'paused:budget_exhausted', 'running', 'completed']);
    expect(log.pages.map((page) => page.afterSeq)).toEqual([0, 100, 140, 240]);
    expect(result).toMatchObject({ phase: 'completed', counts: { sent: 250 } });
  });

  it('stops sending when an operator pauses, and finishes after resume with no gap', async () => {
    let handleRef: { executeUpdate: (update: typeof pauseUpdate) => Promise<unknown> } | undefined;
    const { activities, log } = scriptedActivities({ ...anyHour, stepDelaysMinutes: [0] });
    const pausing = activities.sendCampaignPage;
    let paused = false;
    activities.sendCampaignPage = async (input) => {
      const page = await pausing(input);
      if (!paused && handleRef) {
        paused = true;
        await handleRef.executeUpdate(pauseUpdate);
      }
      return page;
    };
    const result = await withWorker(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      });
      handleRef = handle;
      for (let i = 0; i < 100 && (await handle.query(progressQuery)).phase !== 'paused'; i++) await env.sleep(1000);
      const pages = log.pages.length;
      await env.sleep(3600_000);
      expect(log.pages.length).toBe(pages);
      await handle.executeUpdate(resumeUpdate);
      return handle.result();
    });
    expect(log.statuses).toContain('paused:paused_by_operator');
    expect(log.pages.map((page) => page.afterSeq)).toEqual([0, 100, 200]);
    expect(result).toMatchObject({ phase: 'completed', counts: { sent: 250 } });
  });

  it('refuses updates that do not apply where the campaign stands, writing nothing', async () => {
    const startAt = new Date((await env.currentTimeMs()) + 24 * 3600_000).toISOString();
    const { activities, log } = scriptedActivities({ ...anyHour, stepDelaysMinutes: [0], startAt });
    const result = await withWorker(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      });
      for (let i = 0; i < 100 && (await handle.query(progressQuery)).phase !== 'waiting_to_start'; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const refusal = (update: typeof pauseUpdate) =>
        handle.executeUpdate(update).then(
          () => null,
          (error: unknown) => (error instanceof WorkflowUpdateFailedError ? updateRejection(error.cause) : error),
        );

      expect(await refusal(resumeUpdate)).toMatchObject({ action: 'resume', state: 'scheduled' });
      expect(await refusal(pauseUpdate)).toBeNull();
      expect(await refusal(pauseUpdate)).toMatchObject({
        action: 'pause',
        state: 'paused',
        message: 'Cannot pause the campaign: it is paused (paused_by_operator)',
      });
      // Paused before its start: still paused (and recorded so) when the start time comes.
      await env.sleep(25 * 3600_000);
      expect(log.pages).toEqual([]);
      expect(await refusal(resumeUpdate)).toBeNull();
      const completed = await handle.result();

      // Only the two updates that applied were accepted into the history.
      const { events } = await handle.fetchHistory();
      const accepted = events!.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes);
      expect(
        accepted.map((event) => event.workflowExecutionUpdateAcceptedEventAttributes!.acceptedRequest!.input!.name),
      ).toEqual(['pause', 'resume']);
      return completed;
    });
    expect(log.statuses).toEqual([
      'scheduled',
      'paused:paused_by_operator',
      'paused:paused_by_operator',
      'running',
      'completed',
    ]);
    expect(result).toMatchObject({ phase: 'completed', counts: { sent: 250 } });
  });

  it('refuses to pause or cancel a campaign that has sent every step', async () => {
    const { activities } = scriptedActivities({ ...anyHour, stepDelaysMinutes: [0] });
    let pending = 1;
    activities.settlePendingSends = async () => pending;
    await withWorker(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(whatsappCampaign, {
        taskQueue,
        workflowId: campaignWorkflowId(randomUUID()),
        args: [{ campaignId: randomUUID() }],
      });
      for (let i = 0; i < 100 && (await handle.query(progressQuery)).phase !== 'finishing'; i++) await env.sleep(1000);
      for (const [action, update] of [
        ['pause', pauseUpdate],
        ['cancel', cancelUpdate],
        ['resume', resumeUpdate],
      ] as const) {
        const error = await handle.executeUpdate(update).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
        expect(updateRejection((error as WorkflowUpdateFailedError).cause)).toMatchObject({
          action,
          state: 'finishing',
        });
      }
      pending = 0;
      expect(await handle.result()).toMatchObject({ phase: 'completed' });
    });
  });
});
