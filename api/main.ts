// API process: the Express app plus the inbox relay that delivers webhooks to workflows.
import { Client, Connection } from '@temporalio/client';
import { loadEnv } from '../config/env.js';
import { InboxWriter } from '../inbox/call-events.js';
import { InboxRelay } from '../inbox/relay.js';
import { createDb } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { temporalConnectionOptions } from '../lib/temporal.js';
import { createApp } from './app.js';

const env = loadEnv();
const logger = createLogger({ service: 'api' }, env.LOG_LEVEL);
const db = createDb(env.DATABASE_URL, 20);
const connection = await Connection.connect(temporalConnectionOptions(env));
const temporal = new Client({ connection, namespace: env.TEMPORAL_NAMESPACE });
const relay = new InboxRelay(db, temporal, logger);
const inbox = new InboxWriter(db, () => relay.wake());
relay.start();

const server = createApp({ db, temporal, inbox, relay, logger, env }).listen(env.PORT, () => {
  logger.info('api listening', { url: `http://127.0.0.1:${env.PORT}`, temporal: env.TEMPORAL_ADDRESS });
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('api stopping', { signal });
  server.close();
  server.closeAllConnections();
  await relay.stop();
  await Promise.all([db.$disconnect(), connection.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
