// Worker process: runs call workflows and their activities (recording archival included), relays
// committed webhook events to their workflows, applies stored WhatsApp delivery reports, delivers
// credit alerts, releases expired credit holds, vacuums busy tables when the server's autovacuum is
// off, and keeps the daily recording retention Schedule in place, until SIGINT/SIGTERM.
import { getHeapStatistics } from 'node:v8';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadEnv } from '../config/env.js';
import { AlertDispatcher } from '../credits/alert-dispatcher.js';
import { openCreditLedger } from '../credits/open-ledger.js';
import { exotelClientFromEnv } from '../exotel/client.js';
import { InboxRelay } from '../calls/events-relay.js';
import { ReportApplier } from '../messages/report-applier.js';
import { deleteExpiredEvents } from '../events/retention.js';
import { WebhookDispatcher, webhookRetryPolicy } from '../events/webhook-dispatcher.js';
import { closeDb, createDb } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { VacuumSweeper } from '../lib/vacuum-sweeper.js';
import { temporalConnectionOptions, temporalDataConverter } from '../lib/temporal.js';
import { createRecordingStore } from '../recordings/s3.js';
import { campaignSendingFromEnv } from './campaign-sending.js';
import { createWorker } from './create-worker.js';
import { callbackDispatcher } from '../calls/callback-dispatcher.js';
import { ensureRetentionSchedule, prepareRecordingStore } from './recordings-setup.js';
import { installTemporalMetrics } from './telemetry.js';

const env = loadEnv();
const logger = createLogger({ service: 'worker' }, env.LOG_LEVEL);
// The heap ceiling is node's flag, set by whoever started this process (npm start, compose).
const heapCeilingMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
if (heapCeilingMb > 2 * env.WORKER_MAX_HEAP_MB)
  logger.warn('worker started without its heap ceiling: start it with node --max-old-space-size', {
    heapCeilingMb,
    WORKER_MAX_HEAP_MB: env.WORKER_MAX_HEAP_MB,
  });
installTemporalMetrics(env, logger);
const db = createDb(env.DATABASE_URL, 10, logger);
const exotel = exotelClientFromEnv(env);
const campaigns = campaignSendingFromEnv(env);
const { ledger, rates } = await openCreditLedger(db, env);
const recordings = createRecordingStore(env);
await prepareRecordingStore(recordings, env, logger);
const connection = await NativeConnection.connect(temporalConnectionOptions(env));
const clientConnection = await Connection.connect(temporalConnectionOptions(env));
const temporal = new Client({
  connection: clientConnection,
  namespace: env.TEMPORAL_NAMESPACE,
  dataConverter: temporalDataConverter(env),
});
const worker = await createWorker({
  connection,
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
// Calls matter more than retention: a Schedule that cannot be written (permissions, say) is an
// error to fix, not a reason to stop placing calls.
await ensureRetentionSchedule(temporal, env, logger).catch((error) =>
  logger.error('recording retention schedule not created: recordings will not expire until it is', { error }),
);
const relay = new InboxRelay(db, temporal, logger);
await relay.start(env.DATABASE_URL);
const reports = new ReportApplier(db.pool, logger);
await reports.start(env.DATABASE_URL);
// Only when the server's autovacuum is off (lib/vacuum-sweeper.ts).
const vacuum = new VacuumSweeper(db.pool, logger);
await vacuum.start();
// The event log to the CRM's webhook endpoints, and its retention (hourly).
const webhooks = new WebhookDispatcher(db.pool, {
  logger,
  policy: webhookRetryPolicy(env),
  timeoutMs: env.WEBHOOK_TIMEOUT_MS,
});
await webhooks.start(env.DATABASE_URL);
// "Call me" quick replies: their calls, once due (calls/callback-dispatcher.ts).
const callbacks = callbackDispatcher({ db, ledger, temporal, env, logger }, { logger });
await callbacks.start(env.DATABASE_URL);
const eventRetention = setInterval(() => {
  deleteExpiredEvents(db.pool, env.EVENTS_RETENTION_DAYS).catch((error) =>
    logger.warn('deleting expired events failed', { error }),
  );
}, 3_600_000);
// Without a sink alerts are still stored and listed by GET /v1/credits/alerts.
const alerts = env.CREDIT_ALERT_WEBHOOK_URL
  ? new AlertDispatcher(db.pool, { webhookUrl: env.CREDIT_ALERT_WEBHOOK_URL, logger })
  : null;
await alerts?.start(env.DATABASE_URL);
// Holds whose owner died without settling them (a call's expire after its workflow's hard bound).
const holdSweeper = setInterval(() => {
  ledger.releaseExpired().catch((error) => logger.warn('releasing expired credit holds failed', { error }));
}, 60_000);
logger.info('worker running', { taskQueue: env.TEMPORAL_TASK_QUEUE, temporal: env.TEMPORAL_ADDRESS });
await worker.run();
clearInterval(holdSweeper);
clearInterval(eventRetention);
await Promise.all([relay.stop(), reports.stop(), vacuum.stop(), alerts?.stop(), webhooks.stop(), callbacks.stop()]);
recordings.client.destroy();
await Promise.all([
  connection.close(),
  clientConnection.close(),
  closeDb(db),
  exotel.close(),
  campaigns.whatsapp.close(),
]);
logger.info('worker stopped');
