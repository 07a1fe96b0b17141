// Worker process: runs call workflows and their activities, and relays committed webhook events
// to their workflows, until SIGINT/SIGTERM.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadEnv } from '../config/env.js';
import { exotelClientFromEnv } from '../exotel/client.js';
import { InboxRelay } from '../inbox/relay.js';
import { closeDb, createDb } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { temporalConnectionOptions } from '../lib/temporal.js';
import { createWorker } from './create-worker.js';

const env = loadEnv();
const logger = createLogger({ service: 'worker' }, env.LOG_LEVEL);
const db = createDb(env.DATABASE_URL);
const exotel = exotelClientFromEnv(env);
const connection = await NativeConnection.connect(temporalConnectionOptions(env));
const worker = await createWorker({ connection, db, exotel, env, logger });
const clientConnection = await Connection.connect(temporalConnectionOptions(env));
const relay = new InboxRelay(db, new Client({ connection: clientConnection, namespace: env.TEMPORAL_NAMESPACE }), logger);
await relay.start(env.DATABASE_URL);
logger.info('worker running', { taskQueue: env.TEMPORAL_TASK_QUEUE, temporal: env.TEMPORAL_ADDRESS });
await worker.run();
await relay.stop();
await Promise.all([connection.close(), clientConnection.close(), closeDb(db), exotel.close()]);
logger.info('worker stopped');
