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
import { createRecordingStore, type RecordingStore, type RecordingStoreEnv } from '../recordings/s3.js';
import { apiKeyRoles } from '../config/api-keys.js';
import { postgresRateLimiter } from '../lib/rate-limit.js';
import { routeGate } from './auth.js';
import { browserTokenCors } from './browser-cors.js';
import { BrowserTokens } from './browser-tokens.js';
import { browserTokenRoutes } from './routes/browser-tokens.js';
import { csvBody, jsonBody, rejectBadText, requireJsonContentType } from './body.js';
import { ApiError, errorHandler } from './errors.js';
import { openApiDocument } from './openapi.js';
import { callRoutes } from './routes/calls.js';
import { contactRoutes } from './routes/contacts.js';
import { SuppressionList } from '../contacts/suppressions.js';
import { templateRoutes } from './routes/templates.js';
import { campaignRoutes, type CampaignRoutesDeps } from './routes/campaigns.js';
import { creditRoutes } from './routes/credits.js';
import { eventRoutes } from './routes/events.js';
import { healthRoutes } from './routes/health.js';
import { consoleAndSessions } from './routes/sessions.js';
import { recordingRoutes } from './routes/recordings.js';
import { webhookRoutes } from './routes/webhooks.js';
import { codecCors, codecRoutes, type CodecRouteDeps } from './routes/codec.js';
import { messageRoutes } from './routes/messages.js';
import { creditRates } from '../credits/rates.js';
import { metricsRoutes } from './routes/metrics.js';
import { SystemMetrics } from './system-metrics.js';
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
  env: CallSettings & CreditSettings & CampaignRoutesDeps['env'] & RecordingEnv & AccessEnv & CodecEnv;
  connect?: StartCallDeps['connect'];
  /** The recordings bucket; default: the one the S3_* variables name. */
  recordings?: RecordingStore;
  /** What /metrics shows; default: a registry of this app's own. */
  metrics?: SystemMetrics;
}

type AccessEnv = Pick<
  Env,
  | 'API_KEYS'
  | 'ADMIN_API_KEYS'
  | 'WEBHOOK_SIGNING_SECRET'
  | 'SUPPRESSION_PEPPER'
  | 'TRUST_PROXY'
  | 'RATE_LIMIT_PER_KEY_PER_MINUTE'
  | 'RATE_LIMIT_AUTH_FAILURES_PER_MINUTE'
  | 'RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE'
  | 'BROWSER_TOKEN_TTL_SEC'
  | 'BROWSER_TOKEN_ORIGINS'
  | 'WHATSAPP_MESSAGES_PER_SECOND'
  | 'EVENTS_STREAM_MAX_SEC'
>;

type CodecEnv = CodecRouteDeps['env'] & Pick<Env, 'CODEC_CORS_ORIGINS'>;

type RecordingEnv = RecordingStoreEnv & Pick<Env, 'RECORDING_URL_TTL_SEC' | 'S3_PUBLIC_ENDPOINT'>;

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Which X-Forwarded-For hops name the client (the address rate limits count by).
  app.set('trust proxy', deps.env.TRUST_PROXY);

  // The browser console (/console/) and the hook that lets its session cookie stand for its key.
  const metrics =
    deps.metrics ??
    new SystemMetrics(deps.db.pool, {
      messagesPerSecondCap: deps.env.WHATSAPP_MESSAGES_PER_SECOND,
      defaultSendingNumber: deps.env.WHATSAPP_SENDING_NUMBER,
    });
  // Exotel's webhooks are timed from their arrival, before any check, and served first: they
  // carry their own token (checked before the body is read), so the console's session, CORS and
  // the route table's key checks below are skipped on the path that takes thousands a second.
  // Other methods on their paths fall through to the route table (405).
  app.use(metrics.webhookTimer());
  const { pool } = deps.db;
  app.use(
    webhookRoutes({
      inbox: deps.inbox,
      whatsappInbox: deps.whatsappInbox,
      signingSecret: deps.env.WEBHOOK_SIGNING_SECRET,
      failures: postgresRateLimiter(pool, 'webhook-failure', deps.env.RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE),
    }),
  );

  const keys = apiKeyRoles(deps.env);
  // The Temporal Web UI's codec calls: CORS (preflight answered here) for its origins only.
  app.use('/codec', codecCors(deps.env.CODEC_CORS_ORIGINS));
  const browserConsole = consoleAndSessions({
    keys,
    WEBHOOK_SIGNING_SECRET: deps.env.WEBHOOK_SIGNING_SECRET,
    CODEC_CORS_ORIGINS: deps.env.CODEC_CORS_ORIGINS,
  });
  app.use(browserConsole.beforeKeyCheck);

  // CRM pages on BROWSER_TOKEN_ORIGINS may call the browser-token routes cross-origin.
  app.use(browserTokenCors(deps.env.BROWSER_TOKEN_ORIGINS));

  // Every request then passes the route table (api/access.ts): 404, 405, API key, role, rate limit.
  const browserTokens = new BrowserTokens(deps.env);
  app.use(
    routeGate({
      keys,
      browserTokens,
      limits: {
        perKey: postgresRateLimiter(pool, 'key', deps.env.RATE_LIMIT_PER_KEY_PER_MINUTE),
        authFailures: postgresRateLimiter(pool, 'auth-failure', deps.env.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE),
      },
    }),
  );

  // Unauthenticated: health and the API description (/metrics needs a viewer key, in the route table).
  app.use(healthRoutes(deps));
  app.use(metricsRoutes(metrics));
  const openapi = openApiDocument();
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });

  // Bodies are JSON in UTF-8. Bulk contact imports (up to 10,000 rows) are the one large body,
  // and the one that may also be a CSV file.
  app.use('/v1/contacts/import', csvBody('8mb'));
  app.use(requireJsonContentType);
  app.use('/v1/contacts/import', jsonBody('8mb'));
  app.use('/codec', jsonBody('4mb'));
  app.use(jsonBody('64kb'));
  app.use(rejectBadText);
  app.use(browserConsole.routes);
  const streamMaxMs = deps.env.EVENTS_STREAM_MAX_SEC * 1000;
  app.use(callRoutes({ ...deps, streamMaxMs }));
  app.use(browserTokenRoutes({ browserTokens, env: deps.env }));
  const recordings = deps.recordings ?? createRecordingStore(deps.env);
  // Playback links are signed for the host API clients reach the store at (signing needs no request).
  const playback = deps.env.S3_PUBLIC_ENDPOINT
    ? createRecordingStore({ ...deps.env, S3_ENDPOINT: deps.env.S3_PUBLIC_ENDPOINT })
    : recordings;
  app.use(recordingRoutes({ db: deps.db, store: recordings, playback, env: deps.env }));
  app.use(creditRoutes(deps));
  app.use(contactRoutes({ ...deps, recordings, suppressions: new SuppressionList(deps.env.SUPPRESSION_PEPPER) }));
  app.use(templateRoutes(deps));
  app.use(campaignRoutes(deps));
  app.use(eventRoutes({ ...deps, streamMaxMs }));
  app.use(codecRoutes(deps));
  app.use(messageRoutes({ ...deps, rates: creditRates(deps.env) }));

  app.use((_req, _res, next) => next(new ApiError(404, 'not_found', 'No such route')));
  app.use(errorHandler(deps.logger));
  return app;
}
