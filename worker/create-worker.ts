// Builds the worker: workflows plus activities wired to their dependencies.
import { NativeConnection, Worker } from '@temporalio/worker';
import { createCallActivities, type CallActivityDeps } from '../activities/calls.js';
import { bundlerOptions, workflowsPath } from './bundle.js';

export interface CreateWorkerOptions extends CallActivityDeps {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
}

export async function createWorker({ connection, namespace, taskQueue, ...deps }: CreateWorkerOptions): Promise<Worker> {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    workflowsPath,
    bundlerOptions,
    activities: createCallActivities(deps),
  });
}
