// The Express app: thin routes over the database, Temporal and the webhook inbox.
import express from 'express';
import type { Client } from '@temporalio/client';
import type { Env } from '../config/env.js';
import type { CreditLedger } from '../credits/ledger.js';
import type { CreditSettings } from '../credits/rates.js';
import type { InboxWriter } from '../calls/events-inbox.js';
import type { EventHub } from '../events/feed.js';
import type { WhatsappInbox } from '../messages/whatsapp-inbox.js';
import type { Db } from '../lib/db.js';
import type { Logger } from '../lib/logger.js';
import { createRecordingStore, type RecordingStore } from '../recordings/s3.js';
import { requireApiKey } from './auth.js';
import { ApiError, errorHandler } from './errors.js';
import { openApiDocument } from './openapi.js';
import { callRoutes } from './routes/calls.js';
import { contactRoutes } from './routes/contacts.js';
import { templateRoutes } from './routes/templates.js';
import { campaignRoutes, type CampaignRoutesDeps } from './routes/campaigns.js';
import { creditRoutes } from './routes/credits.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { recordingRoutes } from './routes/recordings.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { CallSettings, StartCallDeps } from '../calls/start-call.js';

export interface AppDeps {
  db: Db;
  ledger: CreditLedger;
  temporal: Client;
  inbox: InboxWriter;
  /** The event log's live feed (one LISTEN per process), for the streams. */
  events: EventHub;
  whatsappInbox: WhatsappInbox;
  logger: Logger;
  env: CallSettings &
    CreditSettings &
    CampaignRoutesDeps['env'] &
    RecordingEnv & { API_KEYS: string[]; ADMIN_API_KEYS: string[]; WEBHOOK_SIGNING_SECRET: string };
  connect?: StartCallDeps['connect'];
  /** The recordings bucket; default: the one the S3_* variables name. */
  recordings?: RecordingStore;
}

type RecordingEnv = Pick<
  Env,
  | 'RECORDING_URL_TTL_SEC'
  | 'S3_ENDPOINT'
  | 'S3_PUBLIC_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_SSE'
  | 'S3_SSE_KMS_KEY_ID'
>;

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  // Unauthenticated: health, the API description, and webhooks (which carry their own token).
  app.use(healthRoutes(deps));
  const openapi = openApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(
    webhookRoutes({
      inbox: deps.inbox,
      whatsappInbox: deps.whatsappInbox,
      signingSecret: deps.env.WEBHOOK_SIGNING_SECRET,
    }),
  );

  app.use('/v1', requireApiKey([...deps.env.API_KEYS, ...deps.env.ADMIN_API_KEYS]));
  // Bulk contact imports (up to 10,000 rows) are the one large body; everything else is small.
  app.use('/v1/contacts/import', express.json({ limit: '8mb' }));
  app.use(express.json({ limit: '64kb' }));
  app.use(callRoutes(deps));
  const recordings = deps.recordings ?? createRecordingStore(deps.env);
  // Playback links are signed for the host API clients reach the store at (signing needs no request).
  const playback = deps.env.S3_PUBLIC_ENDPOINT
    ? createRecordingStore({ ...deps.env, S3_ENDPOINT: deps.env.S3_PUBLIC_ENDPOINT })
    : recordings;
  app.use(recordingRoutes({ db: deps.db, store: recordings, playback, env: deps.env }));
  app.use(creditRoutes(deps));
  app.use(contactRoutes(deps));
  app.use(templateRoutes(deps));
  app.use(campaignRoutes(deps));
  app.use(eventRoutes(deps));

  app.use((_req, _res, next) => next(new ApiError(404, 'not_found', 'No such route')));
  app.use(errorHandler(deps.logger));
  return app;
}
