// What the worker sets up for recording archival when it starts: the bucket (created where that
// is ours to do), a check that the store honours S3_SSE, and the daily retention Schedule.
//
// Retention runs from a Temporal Schedule rather than a long-running workflow that sleeps and
// continues as new: each day's run is a short workflow with its own history (a code change never
// meets a months-old run and needs no patched() guard), the Schedule is visible and operable in
// the Web UI and CLI (pause it, trigger it now, see its last runs), overlapping runs are skipped
// by policy, and runs missed while Temporal was down are caught up. Creating it is idempotent:
// every worker start creates or updates the same Schedule, so RECORDING_RETENTION_DAYS changes
// take effect with the next deployment.
import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { Env } from '../config/env.js';
import type { Logger } from '../lib/logger.js';
import { ensureBucket } from '../recordings/bucket.js';
import type { RecordingStore } from '../recordings/s3.js';
import { checkServerSideEncryption } from '../recordings/sse-check.js';
import { RECORDING_RETENTION_WORKFLOW } from '../contracts/recordings.js';

/**
 * Creates the bucket if it is missing, except in production on AWS itself (S3_ENDPOINT unset),
 * where the bucket and its policies are provisioned, not made by the app. Then checks that the
 * store applies S3_SSE: a store that does not is logged loudly, not fatal (archives also verify
 * encryption on read-back and fail, visibly, when it is missing).
 */
export async function prepareRecordingStore(
  store: RecordingStore,
  env: Pick<Env, 'NODE_ENV' | 'S3_ENDPOINT'>,
  logger: Logger,
): Promise<void> {
  const ours = env.NODE_ENV !== 'production' || env.S3_ENDPOINT !== undefined;
  try {
    if (ours && (await ensureBucket(store))) logger.info('recordings bucket created', { bucket: store.bucket });
  } catch (error) {
    logger.error('recordings bucket unavailable: archives will fail until it exists', { bucket: store.bucket, error });
    return;
  }
  const sse = await checkServerSideEncryption(store).catch((error: unknown) => ({
    mode: store.sse,
    honoured: false as const,
    reason: `the check itself failed: ${error instanceof Error ? error.message : String(error)}`,
  }));
  if (!sse.honoured) {
    logger.warn(
      `S3_SSE=${sse.mode} is not honoured by the recordings store: archives will fail their encryption check`,
      {
        bucket: store.bucket,
        reason: sse.reason,
      },
    );
  }
}

export function retentionScheduleId(taskQueue: string): string {
  return `recording-retention-${taskQueue}`;
}

type ScheduleEnv = Pick<Env, 'TEMPORAL_TASK_QUEUE' | 'RECORDING_RETENTION_DAYS'>;

/**
 * Creates the daily retention Schedule, or brings an existing one up to date. With
 * RECORDING_RETENTION_DAYS=0 it is paused (recordings are kept forever), with a note saying so.
 */
export async function ensureRetentionSchedule(client: Client, env: ScheduleEnv, logger: Logger): Promise<string> {
  const scheduleId = retentionScheduleId(env.TEMPORAL_TASK_QUEUE);
  const keepForever = env.RECORDING_RETENTION_DAYS === 0;
  const options = {
    // Shortly after each UTC midnight, when the cutoff (a UTC day) moves on.
    spec: { calendars: [{ hour: 0, minute: 30 }] },
    action: {
      type: 'startWorkflow' as const,
      workflowType: RECORDING_RETENTION_WORKFLOW,
      workflowId: scheduleId,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      args: [{ retentionDays: env.RECORDING_RETENTION_DAYS }] as [{ retentionDays: number }],
      workflowRunTimeout: '6 hours',
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
    state: {
      paused: keepForever,
      note: keepForever
        ? 'RECORDING_RETENTION_DAYS=0: recordings are kept forever'
        : `deletes recordings older than ${env.RECORDING_RETENTION_DAYS} days`,
    },
  };
  try {
    await client.schedule.create({ scheduleId, ...options });
    logger.info('recording retention schedule created', { scheduleId, retentionDays: env.RECORDING_RETENTION_DAYS });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update(() => options);
  }
  return scheduleId;
}
