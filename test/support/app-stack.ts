// The whole application, started for integration tests: the real API (Express, inbox writer and
// relay), the real worker and activities, against the run's Temporal dev server, test database
// and SeaweedFS store, with the Exotel simulator standing in for Exotel (and serving the
// recordings, over plain HTTP). Nothing of ours is mocked.
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { createApp } from '../../api/app.js';
import { type Env, loadEnv } from '../../config/env.js';
import { SuppressionList } from '../../contacts/suppressions.js';
import { AlertDispatcher } from '../../credits/alert-dispatcher.js';
import type { CreditLedger } from '../../credits/ledger.js';
import { openCreditLedger } from '../../credits/open-ledger.js';
import { startExotelSimulator, type ExotelSimulator } from '../../exotel-sim/index.js';
import { exotelClientFromEnv } from '../../exotel/client.js';
import { InboxWriter } from '../../calls/events-inbox.js';
import { WhatsappInbox } from '../../messages/whatsapp-inbox.js';
import { callbackSettings } from '../../messages/callbacks.js';
import { callbackDispatcher } from '../../calls/callback-dispatcher.js';
import { campaignSendingFromEnv } from '../../worker/campaign-sending.js';
import { InboxRelay } from '../../calls/events-relay.js';
import { ReportApplier } from '../../messages/report-applier.js';
import { EventHub } from '../../events/feed.js';
import { WebhookDispatcher, webhookRetryPolicy } from '../../events/webhook-dispatcher.js';
import { closeDb, createDb, type Db } from '../../lib/db.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { temporalDataConverter } from '../../lib/temporal.js';
import { payloadKeySettingsFrom } from '../../config/payload-keys.js';
import { createRecordingStore, type RecordingStore } from '../../recordings/s3.js';
import { createWorker } from '../../worker/create-worker.js';
import { prepareRecordingStore } from '../../worker/recordings-setup.js';
import { temporalAddress, testDatabaseUrl, testS3Env } from './stack.js';

/** The CRM's key in tests: every role but admin. */
export const API_KEY = 'integration-key-0123456789';
export const ADMIN_API_KEY = 'integration-admin-key-0123456789';
/** One key per role, for the role tests. */
export const ROLE_KEYS = {
  admin: ADMIN_API_KEY,
  marketer: 'integration-marketer-key-0123456789',
  agent: 'integration-agent-key-0123456789',
  viewer: 'integration-viewer-key-0123456789',
  privacy: 'integration-privacy-key-0123456789',
} as const;
export const CALLER_ID = '+918047112345';
/** The stack's Temporal payload key (published in config/secrets.ts, refused in production). */
export const PAYLOAD_KEYS = 'it-2026:aW50ZWdyYXRpb24tcGF5bG9hZC1rZXktMzItYnl0ZXM=';
/** The recording disclosure the stack's connect requests carry (the simulator does not fetch it). */
export const DISCLOSURE_URL = 'https://audio.example.com/exoflow/recording-disclosure.mp3';

export interface AppStack {
  apiUrl: string;
  logger: Logger;
  env: Env;
  /** The environment as variables: what a worker process started for this stack needs. */
  variables: Record<string, string>;
  sim: ExotelSimulator;
  db: Db;
  ledger: CreditLedger;
  temporal: Client;
  /** The recordings bucket (the run's SeaweedFS). */
  recordings: RecordingStore;
  /** fetch against the API with the CRM's API key. */
  api(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export interface AppStackOptions {
  /** Run the worker in this process (default). Fault tests run workers as child processes instead. */
  worker?: boolean;
}

export async function startAppStack(
  overrides: Partial<Record<keyof Env, string>> = {},
  options: AppStackOptions = {},
): Promise<AppStack> {
  const logger = createLogger({ service: 'test' }, 'warn');
  const sim = await startExotelSimulator({ port: 0, variants: { delayedFieldsMs: 200 } });
  const db = createDb(testDatabaseUrl());
  const connection = await Connection.connect({ address: temporalAddress() });

  // The API listens first: its URL is the callback base the worker puts in connect requests.
  const baseEnv = {
    API_KEYS: [
      `agent+marketer+privacy:${API_KEY}`,
      ...Object.entries(ROLE_KEYS)
        .filter(([role]) => role !== 'admin')
        .map(([role, key]) => `${role}:${key}`),
    ].join(','),
    // Tests make requests fast from one address: the rate limit tests set their own.
    RATE_LIMIT_PER_KEY_PER_MINUTE: '0',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '0',
    RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE: '0',
    WEBHOOK_SIGNING_SECRET: 'integration-webhook-secret-0123456789abcdef',
    SUPPRESSION_PEPPER: 'integration-suppression-pepper-0123456789abcdef',
    DATABASE_URL: testDatabaseUrl(),
    TEMPORAL_ADDRESS: temporalAddress(),
    TEMPORAL_TASK_QUEUE: `it-${randomUUID()}`,
    EXOTEL_SID: sim.accountSid,
    EXOTEL_API_KEY: sim.apiKey,
    EXOTEL_API_TOKEN: sim.apiToken,
    EXOTEL_BASE_URL: sim.url,
    EXOTEL_CALLER_ID: CALLER_ID,
    EXOTEL_TIMEOUT_MS: '2000',
    CALL_FIRST_POLL_AFTER_SEC: '3',
    CALL_MAX_POLL_INTERVAL_SEC: '3',
    // Plenty, so call tests never run dry; the credit tests set up their own account.
    CREDITS_INITIAL_GRANT: '1000000',
    // Simulated delivery reports arrive within a second.
    WHATSAPP_PENDING_GRACE_SEC: '10',
    // The older form of `admin:key`, still accepted.
    ADMIN_API_KEYS: ADMIN_API_KEY,
    LOG_LEVEL: 'warn',
    // Recordings: archived into the run's SeaweedFS from the simulator, which serves plain HTTP.
    ...testS3Env(),
    RECORDING_ALLOWED_HOSTS: `127.0.0.1:${sim.port}/exotelrecordings/`,
    RECORDING_REQUIRE_HTTPS: 'false',
    RECORDING_DISCLOSURE_URL: DISCLOSURE_URL,
    PAYLOAD_ENCRYPTION_KEYS: PAYLOAD_KEYS,
    ...overrides,
  };
  // Encrypts payloads like the API and worker of a deployment (lib/payload-codec.ts).
  const temporal = new Client({ connection, dataConverter: temporalDataConverter(payloadKeySettingsFrom(baseEnv)) });
  const relay = new InboxRelay(db, temporal, logger, { idlePollMs: 200 });
  const { ledger, rates } = await openCreditLedger(
    db,
    loadEnv({ ...baseEnv, CALLBACK_BASE_URL: 'http://127.0.0.1:1' }),
  );
  const inbox = new InboxWriter(db);
  const provisional = loadEnv({ ...baseEnv, CALLBACK_BASE_URL: 'http://127.0.0.1:1' });
  const whatsappInbox = new WhatsappInbox(db.pool, new SuppressionList(provisional.SUPPRESSION_PEPPER), {
    callbacks: callbackSettings(provisional),
  });
  const exotel = exotelClientFromEnv(provisional);
  const connect = { exotel, env: provisional };
  const recordings = createRecordingStore(provisional);
  await prepareRecordingStore(recordings, provisional, logger);
  const events = new EventHub(db.pool, logger, { databaseUrl: testDatabaseUrl(), pollMs: 200 });
  await events.start();
  const server = createApp({
    events,
    db,
    ledger,
    temporal,
    inbox,
    whatsappInbox,
    logger,
    env: provisional,
    connect,
    recordings,
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const env = loadEnv({ ...baseEnv, CALLBACK_BASE_URL: apiUrl });
  Object.assign(provisional, env);
  await relay.start(testDatabaseUrl());
  const alerts = env.CREDIT_ALERT_WEBHOOK_URL
    ? new AlertDispatcher(db.pool, {
        webhookUrl: env.CREDIT_ALERT_WEBHOOK_URL,
        logger,
        idlePollMs: 200,
        maxBackoffMs: 500,
      })
    : null;
  await alerts?.start(testDatabaseUrl());
  const webhooks = new WebhookDispatcher(db.pool, {
    logger,
    policy: webhookRetryPolicy(env),
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    idlePollMs: 200,
  });
  await webhooks.start(testDatabaseUrl());

  const workerConnection = await NativeConnection.connect({ address: env.TEMPORAL_ADDRESS });
  const campaigns = campaignSendingFromEnv(env);
  const { whatsapp } = campaigns;
  const worker: Worker | null =
    options.worker === false
      ? null
      : await createWorker({
          connection: workerConnection,
          db,
          exotel,
          env,
          logger,
          ledger,
          rates,
          campaigns,
          recordings,
          temporal,
        });
  const callbacks = callbackDispatcher({ db, ledger, temporal, env, logger }, { logger, idlePollMs: 200 });
  if (options.worker !== false) await callbacks.start(testDatabaseUrl());
  const reports = new ReportApplier(db.pool, logger, { idlePollMs: 200 });
  if (options.worker !== false) await reports.start(testDatabaseUrl());
  const running = worker?.run();

  return {
    apiUrl,
    logger,
    env,
    variables: { ...baseEnv, CALLBACK_BASE_URL: apiUrl },
    sim,
    db,
    ledger,
    temporal,
    recordings,
    api: (path, init = {}) =>
      fetch(`${apiUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...(init.headers ?? {}) },
      }),
    async stop() {
      worker?.shutdown();
      await running;
      await Promise.all([
        relay.stop(),
        alerts?.stop(),
        webhooks.stop(),
        events.stop(),
        callbacks.stop(),
        reports.stop(),
      ]);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      recordings.client.destroy();
      await Promise.all([
        exotel.close(),
        whatsapp.close(),
        sim.close(),
        closeDb(db),
        connection.close(),
        workerConnection.close(),
      ]);
    },
  };
}

/** An API answer as tests read it: the status and the parsed JSON body. */
export const json = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as Record<string, any>,
});

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
