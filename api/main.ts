// API process: the Express app. (Webhooks it accepts reach workflows through the worker's relay.)
// With API_PROCESSES > 1 this process only forks and supervises that many (api/cluster.ts).
import { Client, Connection } from '@temporalio/client';
import { loadEnv } from '../config/env.js';
import { openCreditLedger } from '../credits/open-ledger.js';
import { exotelClientFromEnv } from '../exotel/client.js';
import { InboxWriter } from '../calls/events-inbox.js';
import { WhatsappInbox } from '../messages/whatsapp-inbox.js';
import { SuppressionList } from '../contacts/suppressions.js';
import { closeDb, createDb } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { temporalConnectionOptions, temporalDataConverter } from '../lib/temporal.js';
import { createApp } from './app.js';
import { EventHub } from '../events/feed.js';
import { resumeOrphanedCalls } from '../calls/start-call.js';
import { callbackSettings } from '../messages/callbacks.js';
import { resumeQueuedMessages } from '../messages/accept-message.js';
import { isApiPrimary, superviseApiProcesses } from './cluster.js';

const env = loadEnv();
const logger = createLogger({ service: 'api' }, env.LOG_LEVEL);
if (isApiPrimary(env.API_PROCESSES)) await superviseApiProcesses(env.API_PROCESSES, logger);
const db = createDb(env.DATABASE_URL, 20, logger);
const { ledger } = await openCreditLedger(db, env);
const connection = await Connection.connect(temporalConnectionOptions(env));
const temporal = new Client({
  connection,
  namespace: env.TEMPORAL_NAMESPACE,
  dataConverter: temporalDataConverter(env),
});
const inbox = new InboxWriter(db);
const whatsappInbox = new WhatsappInbox(db.pool, new SuppressionList(env.SUPPRESSION_PEPPER), {
  callbacks: callbackSettings(env),
});
const exotel = exotelClientFromEnv(env);
const connect = { exotel, env };
const sweeper = setInterval(() => {
  resumeOrphanedCalls({ db, ledger, temporal, env, logger }).catch((error) =>
    logger.warn('orphaned call sweep failed', { error }),
  );
  resumeQueuedMessages({ pool: db.pool, temporal, taskQueue: env.TEMPORAL_TASK_QUEUE }).catch((error) =>
    logger.warn('queued message sweep failed', { error }),
  );
}, 30_000);

const events = new EventHub(db.pool, logger, { databaseUrl: env.DATABASE_URL });
await events.start();

const server = createApp({ db, ledger, temporal, inbox, whatsappInbox, events, logger, env, connect }).listen(
  env.PORT,
  () => {
    logger.info('api listening', {
      url: `http://127.0.0.1:${env.PORT}`,
      temporal: env.TEMPORAL_ADDRESS,
      pid: process.pid,
    });
  },
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('api stopping', { signal });
  clearInterval(sweeper);
  // Let requests in flight finish (a committed call must get its answer), then cut idle ones.
  server.closeIdleConnections();
  await Promise.race([
    new Promise((resolve) => server.close(resolve)),
    new Promise((resolve) => setTimeout(resolve, 10_000)),
  ]);
  server.closeAllConnections();
  await events.stop();
  await Promise.all([closeDb(db), connection.close(), exotel.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
