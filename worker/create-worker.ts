// Builds the worker: workflows plus activities wired to their dependencies.
import type { Client } from '@temporalio/client';
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createMessageActivities } from '../activities/messages.js';
import { createCallActivities, type CallActivityDeps } from '../activities/calls.js';
import { createCampaignActivities, type CampaignActivityDeps } from '../activities/campaigns.js';
import { createCreditActivities, type CreditActivityDeps } from '../activities/credits.js';
import { createRecordingActivities } from '../activities/recordings.js';
import type { Env } from '../config/env.js';
import type { RecordingStore } from '../recordings/s3.js';
import { recordingSourcePolicy } from '../recordings/source-policy.js';
import { temporalDataConverter } from '../lib/temporal.js';
import { bundlerOptions, workflowsPath } from './bundle.js';

export interface CreateWorkerOptions extends CallActivityDeps, CreditActivityDeps {
  connection: NativeConnection;
  campaigns: Omit<CampaignActivityDeps, 'pool' | 'ledger' | 'rates' | 'logger'>;
  /** The recordings bucket (recordings/s3.ts createRecordingStore). */
  recordings: RecordingStore;
  /** Starts single-message workflows (a call's follow-up). */
  temporal: Client;
  env: CallActivityDeps['env'] &
    Pick<
      Env,
      | 'TEMPORAL_NAMESPACE'
      | 'TEMPORAL_TASK_QUEUE'
      | 'TEMPORAL_MAX_CACHED_WORKFLOWS'
      | 'EXOTEL_API_KEY'
      | 'EXOTEL_API_TOKEN'
      | 'RECORDING_ALLOWED_HOSTS'
      | 'RECORDING_REQUIRE_HTTPS'
      | 'RECORDING_MAX_BYTES'
      | 'RECORDING_FETCH_TIMEOUT_MS'
      | 'PAYLOAD_ENCRYPTION_KEYS'
      | 'PAYLOAD_ENCRYPTION_KEY_ID'
      | 'WHATSAPP_SENDING_NUMBER'
    >;
}

export async function createWorker({
  connection,
  campaigns,
  recordings,
  temporal,
  ...deps
}: CreateWorkerOptions): Promise<Worker> {
  const sending = {
    pool: deps.db.pool,
    ledger: deps.ledger,
    rates: deps.rates,
    logger: deps.logger,
  };
  return Worker.create({
    connection,
    namespace: deps.env.TEMPORAL_NAMESPACE,
    taskQueue: deps.env.TEMPORAL_TASK_QUEUE,
    workflowsPath,
    bundlerOptions,
    dataConverter: temporalDataConverter(deps.env),
    maxCachedWorkflows: deps.env.TEMPORAL_MAX_CACHED_WORKFLOWS,
    activities: {
      ...createCallActivities(deps),
      ...createCreditActivities(deps),
      ...createCampaignActivities({
        ...campaigns,
        pool: deps.db.pool,
        ledger: deps.ledger,
        rates: deps.rates,
        logger: deps.logger,
      }),
      ...createMessageActivities({
        ...sending,
        whatsapp: campaigns.whatsapp,
        statusCallbackUrl: campaigns.statusCallbackUrl,
        numberMessagesPerSecond: campaigns.numberMessagesPerSecond,
        pendingGraceSec: campaigns.pendingGraceSec,
        followUps: {
          ...sending,
          temporal,
          sendingNumber: deps.env.WHATSAPP_SENDING_NUMBER,
          taskQueue: deps.env.TEMPORAL_TASK_QUEUE,
        },
      }),
      ...createRecordingActivities({
        db: deps.db,
        exotel: deps.exotel,
        store: recordings,
        policy: recordingSourcePolicy(deps.env),
        credentials: { username: deps.env.EXOTEL_API_KEY, password: deps.env.EXOTEL_API_TOKEN },
        logger: deps.logger,
      }),
    },
  });
}
