// `npm start`: the whole stack in one command, ready for the README's curl examples.
//
//   - configuration: the process environment, then .env, then .env.example
//   - Temporal: the embedded dev server (data/temporal.db, Web UI on :8233) unless TEMPORAL_ADDRESS
//     is set, in which case the search attributes are registered there
//   - Exotel: the simulator on :4010 unless EXOTEL_API_KEY is set (recordings are then fetched
//     from it, over plain HTTP)
//   - S3: SeaweedFS (data/seaweedfs, S3 on :8333, bucket S3_BUCKET created) unless S3_ENDPOINT is
//     set; its identity is S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY, or the sandbox one
//   - PostgreSQL: creates the database named in DATABASE_URL, applies migrations
//   - then the worker and the API, ready once /healthz answers 200 and the worker polls its task
//     queue; Ctrl-C stops everything, and so does any process dying.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { apiKeyList } from '../config/api-keys.js';
import { workerHeapFlag } from '../config/worker-heap.js';
import { storageEnvSchema, type StorageEnv } from '../config/recordings-env.js';
import { createRecordingStore } from '../recordings/s3.js';
import { checkServerSideEncryption } from '../recordings/sse-check.js';
import { searchAttributeDeclarations } from '../contracts/search-attributes.js';
import { ensureDatabase, migrateDeploy, redact } from './lib/database.js';
import { envValue, loadEnvFiles } from './lib/env-files.js';
import { createLogger, errorMessage } from './lib/log.js';
import { httpOk, isListening, waitUntil } from './lib/net.js';
import { repoRoot, requireBinary, temporalCliPath, weedPath } from './lib/paths.js';
import {
  devSeaweedPorts,
  listenPorts,
  sandboxS3Credentials,
  waitForBucket,
  weedEnv,
  weedMiniArgs,
} from './lib/seaweedfs.js';
import { describeExit, Supervisor } from './lib/supervisor.js';
import { devServerArgs, hasWorkflowPoller, waitForTemporal, type TemporalTarget } from './lib/temporal.js';
import { registerSearchAttributes } from './register-search-attributes.js';
import { parseScale, profileDirFrom, workerMetricsAddress } from './lib/scale-args.js';

const log = createLogger('dev');
const TEMPORAL_PORT = 7233;
const TEMPORAL_UI_PORT = 8233;
const SIM_PORT = 4010;
const HEALTH_TIMEOUT_MS = 90_000; // the worker bundles the workflows at start

interface Summary {
  api: string;
  temporal: string;
  temporalUi?: string;
  simulator?: string;
  s3: string;
}

const supervisor = new Supervisor();

/** Resolves with `work`, or rejects as soon as a child dies first. */
function unlessAChildDies<T>(work: Promise<T>): Promise<T> {
  const died = supervisor.failure.then((exit) => {
    throw new Error(`${exit.name} ${describeExit(exit)} during start-up`);
  });
  died.catch(() => undefined); // only the race below reports it
  return Promise.race([work, died]);
}

/** `npm start -- --profile DIR`: the API, worker and simulator write V8 CPU profiles to DIR when they stop. */
const profileDir = profileDirFrom(process.argv.slice(2));

function tsxArgs(entry: string, nodeFlags: string[] = []): string[] {
  const file = path.join(repoRoot, entry);
  if (!existsSync(file)) throw new Error(`${entry} does not exist yet`);
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return [...profile, ...nodeFlags, '--import', 'tsx', file];
}

async function startTemporal(summary: Summary): Promise<TemporalTarget> {
  const namespace = envValue('TEMPORAL_NAMESPACE') ?? 'default';
  const address = envValue('TEMPORAL_ADDRESS');
  if (address) {
    const target = {
      address,
      namespace,
      apiKey: envValue('TEMPORAL_API_KEY'),
      tls: ['true', '1'].includes(envValue('TEMPORAL_TLS') ?? ''),
    };
    const added = await registerSearchAttributes(target);
    log.info('using Temporal at TEMPORAL_ADDRESS', {
      address,
      namespace,
      searchAttributesAdded: added.join(',') || 'none',
    });
    summary.temporal = address;
    return target;
  }
  for (const port of [TEMPORAL_PORT, TEMPORAL_UI_PORT]) {
    if (await isListening(port)) {
      throw new Error(
        `port ${port} is already in use: stop the other Temporal server, or set TEMPORAL_ADDRESS=127.0.0.1:${TEMPORAL_PORT} to use it`,
      );
    }
  }
  const dataDir = path.join(repoRoot, 'data');
  mkdirSync(dataDir, { recursive: true });
  const args = devServerArgs({
    port: TEMPORAL_PORT,
    uiPort: TEMPORAL_UI_PORT,
    dbFilename: path.join(dataDir, 'temporal.db'),
    searchAttributes: searchAttributeDeclarations,
    codecEndpoint: `http://127.0.0.1:${envValue('PORT') ?? '3000'}/codec`,
  });
  supervisor.start('temporal', requireBinary(temporalCliPath), args, process.env);
  const target = { address: `127.0.0.1:${TEMPORAL_PORT}`, namespace };
  process.env.TEMPORAL_ADDRESS = target.address;
  await unlessAChildDies(waitForTemporal(target, 60_000));
  log.info('Temporal dev server ready', { address: target.address, db: 'data/temporal.db' });
  summary.temporal = target.address;
  summary.temporalUi = `http://127.0.0.1:${TEMPORAL_UI_PORT}`;
  return target;
}

async function startSimulator(summary: Summary): Promise<void> {
  if (envValue('EXOTEL_API_KEY')) {
    log.info('using Exotel', {
      sid: envValue('EXOTEL_SID'),
      baseUrl: envValue('EXOTEL_BASE_URL') ?? envValue('EXOTEL_SUBDOMAIN'),
    });
    return;
  }
  if (await isListening(SIM_PORT)) throw new Error(`port ${SIM_PORT} (Exotel simulator) is already in use`);
  Object.assign(process.env, {
    EXOTEL_SID: 'sandbox',
    EXOTEL_API_KEY: 'sandbox-key',
    EXOTEL_API_TOKEN: 'sandbox-token',
    EXOTEL_BASE_URL: `http://127.0.0.1:${SIM_PORT}`,
    EXOTEL_SIM_PORT: String(SIM_PORT),
    // The simulator serves the recordings, over plain HTTP.
    RECORDING_ALLOWED_HOSTS: `127.0.0.1:${SIM_PORT}/exotelrecordings/`,
    RECORDING_REQUIRE_HTTPS: 'false',
  });
  supervisor.start('sim', process.execPath, tsxArgs('exotel-sim/main.ts'), process.env);
  await unlessAChildDies(waitUntil('Exotel simulator', () => isListening(SIM_PORT), 30_000));
  log.info('Exotel simulator ready', { url: process.env.EXOTEL_BASE_URL });
  summary.simulator = process.env.EXOTEL_BASE_URL;
}

/** The S3 variables as the app will parse them (.env files may leave blanks). */
function storageEnv(): StorageEnv {
  return storageEnvSchema.parse(
    Object.fromEntries(Object.entries(process.env).filter(([key, value]) => key.startsWith('S3_') && value)),
  );
}

async function startObjectStore(summary: Summary): Promise<void> {
  const configured = storageEnv();
  if (configured.S3_ENDPOINT) {
    log.info('using the S3 store at S3_ENDPOINT', { endpoint: configured.S3_ENDPOINT, bucket: configured.S3_BUCKET });
    summary.s3 = `${configured.S3_ENDPOINT} bucket ${configured.S3_BUCKET}`;
    return;
  }
  for (const port of listenPorts(devSeaweedPorts)) {
    if (await isListening(port)) {
      throw new Error(
        `port ${port} (SeaweedFS) is already in use: stop the other SeaweedFS, or set S3_ENDPOINT (and its credentials) to use it`,
      );
    }
  }
  const credentials = {
    accessKeyId: configured.S3_ACCESS_KEY_ID ?? sandboxS3Credentials.accessKeyId,
    secretAccessKey: configured.S3_SECRET_ACCESS_KEY ?? sandboxS3Credentials.secretAccessKey,
  };
  const endpoint = `http://127.0.0.1:${devSeaweedPorts.s3}`;
  Object.assign(process.env, {
    S3_ENDPOINT: endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
  });
  const dataDir = path.join(repoRoot, 'data', 'seaweedfs');
  mkdirSync(dataDir, { recursive: true });
  supervisor.start(
    's3',
    requireBinary(weedPath),
    weedMiniArgs({ dataDir, ports: devSeaweedPorts }),
    weedEnv(process.env, credentials),
  );
  const store = createRecordingStore(storageEnv());
  await unlessAChildDies(waitForBucket(store, 30_000));
  // weed mini applies AES256 with a key it keeps in its data directory; say so if it did not.
  const sse = await checkServerSideEncryption(store);
  if (!sse.honoured) log.warn(`S3_SSE=${sse.mode} is not honoured by SeaweedFS: ${sse.reason}`);
  log.info('SeaweedFS ready', { endpoint, bucket: store.bucket, sse: sse.mode, data: 'data/seaweedfs' });
  summary.s3 = `${endpoint} bucket ${store.bucket} (SeaweedFS, data/seaweedfs)`;
}

async function prepareDatabase(): Promise<void> {
  const url = envValue('DATABASE_URL');
  if (!url) throw new Error('DATABASE_URL is not set (see .env.example)');
  const created = await ensureDatabase(url);
  await migrateDeploy(url);
  log.info(created ? 'database created and migrated' : 'database migrated', { url: redact(url) });
}

/** The first curl example in README.md, if there is one. */
function readmeCurl(): string | undefined {
  const readme = path.join(repoRoot, 'README.md');
  if (!existsSync(readme)) return undefined;
  const blocks = readFileSync(readme, 'utf8').matchAll(/```(?:bash|sh|shell|console)?\n([\s\S]*?)```/g);
  for (const [, body] of blocks) {
    if (body && /^\s*(\$\s*)?curl\b/m.test(body)) return body.trimEnd();
  }
  return undefined;
}

/** The API keys with their roles (API_KEYS, ADMIN_API_KEYS), for the summary. */
function apiKeyLines(): string[] {
  const parsed = apiKeyList.safeParse(envValue('API_KEYS') ?? '');
  const grants = parsed.success ? parsed.data : [];
  const admins = (envValue('ADMIN_API_KEYS') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
    .map((key) => ({ key, roles: ['admin'] }));
  return [...grants, ...admins].map(({ key, roles }) => `  ${roles.join('+').padEnd(18)}${key}`);
}

function printSummary(summary: Summary): void {
  const lines = [
    '',
    'exoflow is running (Ctrl-C stops everything)',
    `  API               ${summary.api}`,
    `  Console           ${summary.api}/console/ (sign in with an API key)`,
    `  Temporal gRPC     ${summary.temporal}`,
    ...(summary.temporalUi
      ? [`  Temporal Web UI   ${summary.temporalUi} (payloads encrypted; to read them see docs/security.md#the-web-ui)`]
      : []),
    `  Exotel            ${summary.simulator ? `simulator at ${summary.simulator}` : 'the real API (EXOTEL_API_KEY is set)'}`,
    `  S3 (recordings)   ${summary.s3}`,
    '',
    'API keys (roles, then key; see API_KEYS in .env.example):',
    ...apiKeyLines(),
    '',
    'Try it:',
    ...(readmeCurl() ?? `curl ${summary.api}/healthz`).split('\n').map((line) => `  ${line}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  loadEnvFiles();
  process.env.NODE_ENV ??= 'development';
  const port = envValue('PORT') ?? '3000';
  const summary: Summary = { api: `http://127.0.0.1:${port}`, temporal: '', s3: '' };

  const [temporal] = await Promise.all([startTemporal(summary), prepareDatabase(), startObjectStore(summary)]);
  await startSimulator(summary);

  const workerStarted = new Date();
  // --api N --workers M: N API processes share PORT (API_PROCESSES), M workers share the task queue.
  const scale = parseScale(process.argv.slice(2), { api: Number(envValue('API_PROCESSES') ?? 1), workers: 1 });
  for (let index = 0; index < scale.workers; index++) {
    const metrics = workerMetricsAddress(envValue('TEMPORAL_METRICS_BIND_ADDRESS'), index);
    supervisor.start(
      scale.workers > 1 ? `worker-${index + 1}` : 'worker',
      process.execPath,
      tsxArgs('worker/main.ts', [workerHeapFlag(envValue('WORKER_MAX_HEAP_MB'))]),
      {
        ...process.env,
        ...(metrics ? { TEMPORAL_METRICS_BIND_ADDRESS: metrics } : {}),
      },
    );
  }
  supervisor.start('api', process.execPath, tsxArgs('api/main.ts'), {
    ...process.env,
    API_PROCESSES: String(scale.api),
  });
  const taskQueue = envValue('TEMPORAL_TASK_QUEUE') ?? 'exoflow';
  await unlessAChildDies(
    Promise.all([
      waitUntil(
        `API health check ${summary.api}/healthz`,
        () => httpOk(`${summary.api}/healthz`),
        HEALTH_TIMEOUT_MS,
        500,
      ),
      waitUntil(
        `worker polling task queue ${taskQueue}`,
        () => hasWorkflowPoller(temporal, taskQueue, workerStarted),
        HEALTH_TIMEOUT_MS,
        1_000,
      ),
    ]),
  );
  printSummary(summary);

  const exit = await supervisor.failure;
  log.error('a process stopped: stopping the others', { process: exit.name, how: describeExit(exit) });
  await supervisor.stopAll();
  process.exit(1);
}

let stopRequested = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = true;
    log.info('stopping', { signal });
    void supervisor.stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error: unknown) => {
  if (stopRequested) return;
  log.error(`start-up failed: ${errorMessage(error)}`);
  await supervisor.stopAll();
  process.exit(1);
});
