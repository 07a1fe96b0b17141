// Starting and reaching Temporal: the dev server's command line and a readiness wait.
import { Connection, type ConnectionOptions } from '@temporalio/client';
import { optionalTsToMs } from '@temporalio/common/lib/time.js';
import { errorMessage } from './log.js';
import { sleep } from './net.js';

export interface SearchAttributeDeclaration {
  name: string;
  type: string;
}

export interface DevServerOptions {
  port: number;
  /** Web UI port; omit for a headless server. */
  uiPort?: number;
  /** SQLite file; omit for an in-memory server. */
  dbFilename?: string;
  searchAttributes: readonly SearchAttributeDeclaration[];
  /** The Web UI's Codec Server (the API's /codec), so it can decrypt payloads for a signed-in admin. */
  codecEndpoint?: string;
}

/** Arguments for `temporal server start-dev` (after the binary). */
export function devServerArgs(options: DevServerOptions): string[] {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port)];
  if (options.uiPort === undefined) args.push('--headless');
  else args.push('--ui-port', String(options.uiPort), '--ui-disable-news-fetch');
  if (options.uiPort !== undefined && options.codecEndpoint !== undefined)
    args.push('--ui-codec-endpoint', options.codecEndpoint);
  if (options.dbFilename !== undefined) {
    // Without these pragmas the on-disk server is about three times slower.
    args.push(
      '--db-filename',
      options.dbFilename,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    );
  }
  for (const attribute of options.searchAttributes)
    args.push('--search-attribute', `${attribute.name}=${attribute.type}`);
  return args;
}

export interface TemporalTarget {
  address: string;
  namespace: string;
  /** Temporal Cloud API key; turns TLS on. */
  apiKey?: string | undefined;
  tls?: boolean | undefined;
}

export function connectionOptions(target: TemporalTarget, connectTimeoutMs = 10_000): ConnectionOptions {
  const tls = Boolean(target.apiKey) || target.tls === true;
  return {
    address: target.address,
    tls,
    connectTimeout: connectTimeoutMs,
    ...(target.apiKey ? { apiKey: target.apiKey, metadata: { 'temporal-namespace': target.namespace } } : {}),
  };
}

/** Waits until the server answers for the namespace; rejects with the last error at the deadline. */
export async function waitForTemporal(target: TemporalTarget, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect(connectionOptions(target, 2_000));
      await connection.workflowService.describeNamespace({ namespace: target.namespace });
      return;
    } catch (error) {
      lastError = errorMessage(error);
      await sleep(250);
    } finally {
      await connection?.close();
    }
  }
  throw new Error(`Temporal at ${target.address} not ready after ${Math.round(timeoutMs / 1000)}s: ${lastError}`);
}

type DescribeTaskQueueRequest = Parameters<Connection['workflowService']['describeTaskQueue']>[0];
const TASK_QUEUE_TYPE_WORKFLOW = 1 as NonNullable<DescribeTaskQueueRequest['taskQueueType']>;

/** True once a worker polls `taskQueue` for workflow tasks (a poll at or after `since`). */
export async function hasWorkflowPoller(target: TemporalTarget, taskQueue: string, since: Date): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect(connectionOptions(target, 2_000));
    const described = await connection.workflowService.describeTaskQueue({
      namespace: target.namespace,
      taskQueue: { name: taskQueue },
      taskQueueType: TASK_QUEUE_TYPE_WORKFLOW,
    });
    // The server remembers pollers for minutes: ignore those of an earlier run.
    return (described.pollers ?? []).some(
      (poller) => (optionalTsToMs(poller.lastAccessTime) ?? 0) >= since.getTime() - 1_000,
    );
  } catch {
    return false;
  } finally {
    await connection?.close();
  }
}
