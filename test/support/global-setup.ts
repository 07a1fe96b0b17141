// Once per `vitest run`: the test database, one Temporal dev server and one S3 store, shared by
// every project and started side by side.
//   - database: DATABASE_URL's name + `_test` (default exoflow_test), dropped and created fresh,
//     cloned from a migrated `exoflow_test_template` (migrated again when prisma/migrations changes)
//   - Temporal: `temporal server start-dev` in memory, headless, on a free port, with the search
//     attributes of contracts/search-attributes.ts
//   - S3: SeaweedFS (`weed mini`) on free ports with a temporary data directory (deleted at the
//     end) and the bucket `exoflow-test-recordings`; ready in about a second
// Tests read them through test/support/stack.ts; DATABASE_URL, TEMPORAL_ADDRESS and the S3_*
// variables are also set for the test processes so nothing can reach the developer's by accident.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { searchAttributeDeclarations } from '../../contracts/search-attributes.js';
import { databaseName, recreateMigratedDatabase, redact, withDatabaseName } from '../../scripts/lib/database.js';
import { readEnvValue } from '../../scripts/lib/env-files.js';
import { createLogger, errorMessage } from '../../scripts/lib/log.js';
import { freePort } from '../../scripts/lib/net.js';
import { requireBinary, temporalCliPath, temporalTestServerPath, weedPath } from '../../scripts/lib/paths.js';
import {
  freeSeaweedPorts,
  seaweedStore,
  waitForBucket,
  weedEnv,
  weedMiniArgs,
  type S3Credentials,
} from '../../scripts/lib/seaweedfs.js';
import { devServerArgs, waitForTemporal } from '../../scripts/lib/temporal.js';
import type {} from './stack.js'; // declares the ProvidedContext keys

const log = createLogger('test-setup');
const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/exoflow_test';
const TEST_BUCKET = 'exoflow-test-recordings';
const TEST_S3_CREDENTIALS: S3Credentials = {
  accessKeyId: 'test-s3-access-key',
  secretAccessKey: 'test-s3-secret-key-0123456789',
};

export function testDatabaseUrlFrom(baseUrl: string | undefined): string {
  if (!baseUrl) return DEFAULT_TEST_DATABASE_URL;
  const name = databaseName(baseUrl);
  return withDatabaseName(baseUrl, name.endsWith('_test') ? name : `${name}_test`);
}

async function prepareDatabase(url: string): Promise<void> {
  const started = Date.now();
  const migrated = await recreateMigratedDatabase(url);
  log.info('test database ready', {
    url: redact(url),
    migrated: migrated ? 'yes' : 'from template',
    ms: Date.now() - started,
  });
}

interface Stoppable {
  stop(): Promise<void>;
}

interface ServerProcess extends Stoppable {
  exited: Promise<void>;
  /** The last few kB of its stderr, for the error when it does not come up. */
  output(): string;
}

/** Spawns a server for the run; `stop` sends SIGTERM and SIGKILL after `graceMs` (0: SIGKILL at once). */
function spawnServer(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; graceMs: number },
): ServerProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env, cwd: options.cwd });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = (): void => void child.kill('SIGKILL'); // vitest itself dying
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(options.graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
    const timer = setTimeout(() => child.kill('SIGKILL'), options.graceMs);
    await exited;
    clearTimeout(timer);
  };
  return { exited, output: () => output, stop };
}

/** Waits for `ready`, failing as soon as the server exits; a failed server is stopped. */
async function whenReady(server: ServerProcess, name: string, ready: Promise<void>): Promise<void> {
  const exited = server.exited.then(() => {
    throw new Error(`${name} exited`);
  });
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await server.stop();
    throw new Error(`${errorMessage(error)}\n${server.output()}`, { cause: error });
  } finally {
    exited.catch(() => undefined);
  }
}

async function startTemporal(): Promise<Stoppable & { address: string }> {
  const started = Date.now();
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const args = devServerArgs({ port, searchAttributes: searchAttributeDeclarations });
  const server = spawnServer(requireBinary(temporalCliPath), args, { graceMs: 5_000 });
  await whenReady(server, 'the Temporal dev server', waitForTemporal({ address, namespace: 'default' }, 30_000));
  log.info('Temporal dev server ready', { address, ms: Date.now() - started });
  return { address, stop: server.stop };
}

interface ObjectStore extends Stoppable {
  endpoint: string;
}

/** SeaweedFS on free ports; a port taken between choosing and binding means another try. */
async function startObjectStore(): Promise<ObjectStore> {
  const started = Date.now();
  const root = mkdtempSync(path.join(tmpdir(), 'exoflow-test-s3-'));
  const removeRoot = (): void => rmSync(root, { recursive: true, force: true });
  for (let attempt = 1; ; attempt++) {
    const ports = await freeSeaweedPorts();
    const dataDir = path.join(root, `data-${attempt}`);
    mkdirSync(dataDir);
    const endpoint = `http://127.0.0.1:${ports.s3}`;
    const env = weedEnv({ PATH: process.env.PATH, HOME: process.env.HOME }, TEST_S3_CREDENTIALS);
    // The data is thrown away: SIGKILL at once (a graceful stop takes seconds).
    const server = spawnServer(requireBinary(weedPath), weedMiniArgs({ dataDir, ports }), {
      env,
      cwd: dataDir,
      graceMs: 0,
    });
    try {
      await whenReady(
        server,
        'SeaweedFS',
        waitForBucket(seaweedStore(endpoint, TEST_BUCKET, TEST_S3_CREDENTIALS), 30_000),
      );
    } catch (error) {
      if (attempt < 3 && server.output().includes('Port allocation failed')) continue;
      removeRoot();
      throw error;
    }
    log.info('SeaweedFS ready', { endpoint, bucket: TEST_BUCKET, ms: Date.now() - started });
    return {
      endpoint,
      stop: async () => {
        await server.stop();
        removeRoot();
      },
    };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = testDatabaseUrlFrom(readEnvValue('DATABASE_URL'));
  const [temporal, objectStore, database] = await Promise.allSettled([
    startTemporal(),
    startObjectStore(),
    prepareDatabase(databaseUrl),
  ]);
  const servers = [temporal, objectStore].flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.stop()));
  };
  if (database.status === 'rejected' || temporal.status === 'rejected' || objectStore.status === 'rejected') {
    await stopAll();
    throw [database, temporal, objectStore].find(
      (result): result is PromiseRejectedResult => result.status === 'rejected',
    )?.reason;
  }

  project.provide('databaseUrl', databaseUrl);
  project.provide('temporalAddress', temporal.value.address);
  project.provide('timeSkippingServerPath', requireBinary(temporalTestServerPath));
  project.provide('s3Endpoint', objectStore.value.endpoint);
  project.provide('s3Bucket', TEST_BUCKET);
  project.provide('s3AccessKeyId', TEST_S3_CREDENTIALS.accessKeyId);
  project.provide('s3SecretAccessKey', TEST_S3_CREDENTIALS.secretAccessKey);
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.value.address,
    S3_ENDPOINT: objectStore.value.endpoint,
    S3_BUCKET: TEST_BUCKET,
    S3_ACCESS_KEY_ID: TEST_S3_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
  });

  return stopAll;
}
