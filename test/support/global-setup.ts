// Once per `vitest run`: the test database and one Temporal dev server, shared by every project.
//   - database: DATABASE_URL's name + `_test` (default exoflow_test), dropped and created fresh,
//     cloned from a migrated `exoflow_test_template` (migrated again when prisma/migrations changes)
//   - Temporal: `temporal server start-dev` in memory, headless, on a free port, with the search
//     attributes of workflows/search-attributes.ts
// Tests read them through test/support/stack.ts; DATABASE_URL and TEMPORAL_ADDRESS are also set
// for the test processes so nothing can reach the developer's database by accident.
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { searchAttributeDeclarations } from '../../workflows/search-attributes.js';
import { databaseName, recreateMigratedDatabase, redact, withDatabaseName } from '../../scripts/lib/database.js';
import { readEnvValue } from '../../scripts/lib/env-files.js';
import { createLogger, errorMessage } from '../../scripts/lib/log.js';
import { freePort } from '../../scripts/lib/net.js';
import { requireBinary, temporalCliPath, temporalTestServerPath } from '../../scripts/lib/paths.js';
import { devServerArgs, waitForTemporal } from '../../scripts/lib/temporal.js';
import type {} from './stack.js'; // declares the ProvidedContext keys

const log = createLogger('test-setup');
const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/exoflow_test';

export function testDatabaseUrlFrom(baseUrl: string | undefined): string {
  if (!baseUrl) return DEFAULT_TEST_DATABASE_URL;
  const name = databaseName(baseUrl);
  return withDatabaseName(baseUrl, name.endsWith('_test') ? name : `${name}_test`);
}

async function prepareDatabase(url: string): Promise<void> {
  const started = Date.now();
  const migrated = await recreateMigratedDatabase(url);
  log.info('test database ready', { url: redact(url), migrated: migrated ? 'yes' : 'from template', ms: Date.now() - started });
}

interface RunningServer {
  address: string;
  stop(): Promise<void>;
}

async function startTemporal(): Promise<RunningServer> {
  const started = Date.now();
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const args = devServerArgs({ port, searchAttributes: searchAttributeDeclarations });
  const child = spawn(requireBinary(temporalCliPath), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = (): void => void child.kill('SIGKILL'); // vitest itself dying
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const stop = (): Promise<void> => stopChild(child, exited);
  try {
    await Promise.race([
      waitForTemporal({ address, namespace: 'default' }, 30_000),
      exited.then(() => {
        throw new Error('the Temporal dev server exited');
      }),
    ]);
  } catch (error) {
    await stop();
    throw new Error(`${errorMessage(error)}\n${output}`);
  }
  log.info('Temporal dev server ready', { address, ms: Date.now() - started });
  return { address, stop };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = testDatabaseUrlFrom(readEnvValue('DATABASE_URL'));
  const [temporal, database] = await Promise.allSettled([startTemporal(), prepareDatabase(databaseUrl)]);
  if (database.status === 'rejected') {
    if (temporal.status === 'fulfilled') await temporal.value.stop();
    throw database.reason;
  }
  if (temporal.status === 'rejected') throw temporal.reason;
  const { address, stop } = temporal.value;

  project.provide('databaseUrl', databaseUrl);
  project.provide('temporalAddress', address);
  project.provide('timeSkippingServerPath', requireBinary(temporalTestServerPath));
  process.env.DATABASE_URL = databaseUrl;
  process.env.TEMPORAL_ADDRESS = address;

  return stop;
}
