// Builds the worker: workflows plus activities wired to their dependencies.
import { type NativeConnection, Worker } from '@temporalio/worker';
import { createCallActivities, type CallActivityDeps } from '../activities/calls.js';
import { createCampaignActivities, type CampaignActivityDeps } from '../activities/campaigns.js';
import { createCreditActivities, type CreditActivityDeps } from '../activities/credits.js';
import type { Env } from '../config/env.js';
import { bundlerOptions, workflowsPath } from './bundle.js';

export interface CreateWorkerOptions extends CallActivityDeps, CreditActivityDeps {
  connection: NativeConnection;
  campaigns: Omit<CampaignActivityDeps, 'pool' | 'ledger' | 'rates' | 'logger'>;
  env: CallActivityDeps['env'] & Pick<Env, 'TEMPORAL_NAMESPACE' | 'TEMPORAL_TASK_QUEUE'>;
}

export async function createWorker({ connection, campaigns, ...deps }: CreateWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace: deps.env.TEMPORAL_NAMESPACE,
    taskQueue: deps.env.TEMPORAL_TASK_QUEUE,
    workflowsPath,
    bundlerOptions,
    activities: {
      ...createCallActivities(deps),
      ...createCreditActivities(deps),
      ...createCampaignActivities({ ...campaigns, pool: deps.db.pool, ledger: deps.ledger, rates: deps.rates, logger: deps.logger }),
    },
  });
}
