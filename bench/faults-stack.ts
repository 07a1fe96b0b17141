// The whole system for bench:faults, every piece its own: a PostgreSQL 15 cluster made with
// initdb in a temporary folder on a free port (never the machine's cluster), the Temporal dev
// server on a SQLite file (so a restart keeps its state), SeaweedFS, the Exotel simulator, the
// API and the worker, each a child process in its own process group that the bench can stop,
// kill and start again. Output goes to one log file per process in the run's folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, mkdirSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { workerHeapFlag } from '../config/worker-heap.js';
import { searchAttributeDeclarations } from '../contracts/search-attributes.js';
import { ensureDatabase, migrateDeploy } from '../scripts/lib/database.js';
import { freePort, httpOk, isListening, waitUntil } from '../scripts/lib/net.js';
import { repoRoot, requireBinary, temporalCliPath, weedPath } from '../scripts/lib/paths.js';
import {
  freeSeaweedPorts,
  sandboxS3Credentials,
  seaweedStore,
  waitForBucket,
  weedEnv,
  weedMiniArgs,
} from '../scripts/lib/seaweedfs.js';
import { devServerArgs, hasWorkflowPoller, waitForTemporal } from '../scripts/lib/temporal.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const STARTUP_TIMEOUT_MS = 120_000;

/** A child process that can be killed and started again with the same command. */
export class Restartable {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stopping = false;
  /** Called when the process ends without being stopped (a supervisor would restart it). */
  onUnexpectedExit: (() => void) | null = null;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  start(): void {
    const log = openSync(this.logFile, 'a');
    const child = spawn(this.command, this.args, {
      cwd: repoRoot,
      env: this.env,
      stdio: ['ignore', log, log],
      detached: true, // its own group: a signal reaches tsx's child too
    });
    closeSync(log);
    this.stopping = false;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        resolve();
        if (!this.stopping) this.onUnexpectedExit?.();
      }),
    );
    this.child = child;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Signals the whole group and waits for the process to end (SIGKILL after `graceMs`). */
  async stop(signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.stopping = true;
    this.signal(signal);
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child!.pid!, signal);
    } catch {
      // Already gone.
    }
  }
}

/** A PostgreSQL 15 cluster of our own: initdb'd in `dataDir`, run by the postgres user when we are root. */
export class OwnPostgres {
  readonly url: string;
  private readonly dataDir: string;
  private readonly asUser: string[];

  constructor(
    root: string,
    readonly port: number,
  ) {
    this.dataDir = path.join(root, 'pg');
    this.url = `postgresql://postgres@127.0.0.1:${port}/exoflow`;
    // initdb and postgres refuse to run as root.
    this.asUser = userInfo().uid === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  }

  private run(binary: string, args: string[]): void {
    const [command, ...prefix] = [...this.asUser, path.join(PG_BIN, binary)];
    const result = spawnSync(command!, [...prefix, ...args], { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${binary} ${args.join(' ')} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }

  init(): void {
    mkdirSync(this.dataDir, { mode: 0o700 });
    if (this.asUser.length) {
      const postgres = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
      const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
      chownSync(path.dirname(this.dataDir), Number(postgres), Number(group));
      chownSync(this.dataDir, Number(postgres), Number(group));
    }
    this.run('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
  }

  start(): void {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${path.dirname(this.dataDir)} -c max_connections=200`;
    const log = path.join(path.dirname(this.dataDir), 'postgres.log');
    this.run('pg_ctl', ['-D', this.dataDir, '-l', log, '-o', options, '-w', 'start']);
  }

  /** `pg_ctl stop -m fast`: open connections are cut, as in a failover or a restart for maintenance. */
  stop(): void {
    this.run('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  stopQuietly(): void {
    try {
      this.stop();
    } catch {
      // Not running.
    }
  }
}

export interface FaultStack {
  root: string;
  postgres: OwnPostgres;
  temporal: Restartable;
  temporalAddress: string;
  sim: Restartable;
  simUrl: string;
  api: Restartable;
  apiUrl: string;
  worker: Restartable;
  seaweed: Restartable;
  env: NodeJS.ProcessEnv;
  /** Waits until the API answers /healthz 200 and a worker polls the task queue (started at or after `since`). */
  waitForApp(since: Date): Promise<void>;
  waitForTemporal(): Promise<void>;
  stopAll(): Promise<void>;
}

const tsx = (entry: string) => ['--import', 'tsx', path.join(repoRoot, entry)];

/** Starts every piece; `overrides` go into the API's and worker's environment. */
export async function startFaultStack(overrides: Record<string, string>): Promise<FaultStack> {
  const root = mkdtempSync(path.join(tmpdir(), 'exoflow-faults-'));
  const logs = (name: string) => path.join(root, `${name}.log`);

  const postgres = new OwnPostgres(root, await freePort());
  postgres.init();
  postgres.start();
  await ensureDatabase(postgres.url);
  await migrateDeploy(postgres.url);

  const temporalPort = await freePort();
  const temporalAddress = `127.0.0.1:${temporalPort}`;
  const temporal = new Restartable(
    'temporal',
    requireBinary(temporalCliPath),
    devServerArgs({
      port: temporalPort,
      dbFilename: path.join(root, 'temporal.db'),
      searchAttributes: searchAttributeDeclarations,
    }),
    process.env,
    logs('temporal'),
  );
  temporal.start();
  const target = { address: temporalAddress, namespace: 'default' };
  const waitForTemporalReady = () => waitForTemporal(target, STARTUP_TIMEOUT_MS);

  const ports = await freeSeaweedPorts();
  const s3Dir = path.join(root, 's3');
  mkdirSync(s3Dir);
  const s3Endpoint = `http://127.0.0.1:${ports.s3}`;
  const seaweed = new Restartable(
    's3',
    requireBinary(weedPath),
    weedMiniArgs({ dataDir: s3Dir, ports }),
    weedEnv(process.env, sandboxS3Credentials),
    logs('s3'),
  );
  seaweed.start();

  const simPort = await freePort();
  const simUrl = `http://127.0.0.1:${simPort}`;
  const sim = new Restartable(
    'sim',
    process.execPath,
    tsx('exotel-sim/main.ts'),
    {
      ...process.env,
      EXOTEL_SIM_PORT: String(simPort),
      EXOTEL_SID: 'sandbox',
      EXOTEL_API_KEY: 'sandbox-key',
      EXOTEL_API_TOKEN: 'sandbox-token',
    },
    logs('sim'),
  );
  sim.start();

  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(apiPort),
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: temporalAddress,
    CALLBACK_BASE_URL: apiUrl,
    EXOTEL_SID: 'sandbox',
    EXOTEL_API_KEY: 'sandbox-key',
    EXOTEL_API_TOKEN: 'sandbox-token',
    EXOTEL_BASE_URL: simUrl,
    RECORDING_ALLOWED_HOSTS: `127.0.0.1:${simPort}/exotelrecordings/`,
    RECORDING_REQUIRE_HTTPS: 'false',
    S3_ENDPOINT: s3Endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: sandboxS3Credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: sandboxS3Credentials.secretAccessKey,
    ...overrides,
  };
  const api = new Restartable('api', process.execPath, tsx('api/main.ts'), env, logs('api'));
  const worker = new Restartable(
    'worker',
    process.execPath,
    [workerHeapFlag(env.WORKER_MAX_HEAP_MB), ...tsx('worker/main.ts')],
    env,
    logs('worker'),
  );

  await Promise.all([
    waitForTemporalReady(),
    waitForBucket(seaweedStore(s3Endpoint, env.S3_BUCKET ?? 'exoflow-recordings', sandboxS3Credentials), 60_000),
    waitUntil('Exotel simulator', () => isListening(simPort), 60_000),
  ]);

  const waitForApp = (since: Date) =>
    Promise.all([
      waitUntil('API /healthz', () => httpOk(`${apiUrl}/healthz`), STARTUP_TIMEOUT_MS, 500),
      waitUntil(
        'worker polling its task queue',
        () => hasWorkflowPoller(target, env.TEMPORAL_TASK_QUEUE ?? 'exoflow', since),
        STARTUP_TIMEOUT_MS,
        1_000,
      ),
    ]).then(() => undefined);

  const started = new Date();
  worker.start();
  api.start();
  await waitForApp(started);

  return {
    root,
    postgres,
    temporal,
    temporalAddress,
    sim,
    simUrl,
    api,
    apiUrl,
    worker,
    seaweed,
    env,
    waitForApp,
    waitForTemporal: waitForTemporalReady,
    async stopAll() {
      for (const child of [api, worker, sim, seaweed, temporal]) await child.stop('SIGTERM', 5_000);
      postgres.stopQuietly();
    },
  };
}
