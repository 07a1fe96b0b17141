// The process environment, parsed once at start-up. Every variable is documented in
// .env.example; a bad value stops the process with the variable's name in the message.
import { z } from 'zod';
import { workerHeapMb } from './worker-heap.js';
import { messageCategories, parseCredits } from '../domain/credits.js';
import { isTimeZone } from '../domain/send-window.js';
import { apiKeyList, MIN_API_KEY_LENGTH } from './api-keys.js';
import { productionSecretProblems } from './secrets.js';
import { payloadKeyId, payloadKeyList, payloadKeyProblems } from './payload-keys.js';
import { storageEnvShape } from './recordings-env.js';

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean),
);

const perMinute = (fallback: number) => z.coerce.number<string>().int().min(0).max(1_000_000).default(fallback);

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A credit amount such as "500" or "0.5" (at most three decimals), as millicredits. */
const credits = z.string().transform((value, ctx) => {
  const milli = parseCredits(value);
  if (milli === null)
    ctx.addIssue({ code: 'custom', message: 'must be a number of credits such as 1 or 0.5 (at most 3 decimals)' });
  return milli ?? 0;
});

/** marketing=1,utility=0.5: per-category WhatsApp rates. */
const categoryRates = z.string().transform((value, ctx) => {
  const rates: Partial<Record<(typeof messageCategories)[number], number>> = {};
  for (const pair of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [category, amount] = pair.split('=').map((part) => part.trim());
    const milli = amount === undefined ? null : parseCredits(amount);
    if (!messageCategories.includes(category as never) || milli === null) {
      ctx.addIssue({
        code: 'custom',
        message: `"${pair}" must be category=credits with a category of ${messageCategories.join(', ')}`,
      });
      continue;
    }
    rates[category as (typeof messageCategories)[number]] = milli;
  }
  return rates;
});

/** A browser origin: scheme, host and port, nothing after. */
const origin = z.string().transform((value, ctx) => {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // reported below
  }
  if (!parsed || parsed.origin === 'null' || parsed.origin !== value.replace(/\/$/, ''))
    ctx.addIssue({ code: 'custom', message: `"${value}" must be an origin such as http://127.0.0.1:8233 (no path)` });
  return parsed?.origin ?? value;
});

const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  // --- API -------------------------------------------------------------------------------
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Bearer keys with their roles: `role[+role]:key,...` (config/api-keys.ts). */
  API_KEYS: apiKeyList.refine((grants) => grants.length > 0, 'list at least one key'),
  /** Older form of `admin:key` entries in API_KEYS. */
  ADMIN_API_KEYS: csv
    .pipe(z.array(z.string().min(MIN_API_KEY_LENGTH, `each API key needs at least ${MIN_API_KEY_LENGTH} characters`)))
    .default([]),
  /**
   * Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client address the
   * rate limits count by. `false` (default): the TCP peer; a number of hops; or addresses/subnets.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*|loopback|linklocal|uniquelocal)$/, {
      message: 'must be false, a hop count, loopback, or comma-separated addresses/subnets',
    })
    .transform((value): boolean | number | string =>
      value === 'true' ? true : value === 'false' ? false : /^\d+$/.test(value) ? Number(value) : value,
    )
    .default(false),
  /** Requests per minute per API key (all API processes together); 0 turns the limit off. */
  RATE_LIMIT_PER_KEY_PER_MINUTE: perMinute(1200),
  /** Failed API authentications per minute per client address before it gets 429s. */
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: perMinute(30),
  /** Webhook requests with a wrong or missing token per minute per client address (valid ones are never limited). */
  RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE: perMinute(60),
  /** Where Exotel can reach this API; status callback URLs are built on it. */
  CALLBACK_BASE_URL: z.url(),
  /** Derives each call's webhook token (HMAC), so callbacks authenticate without a lookup. */
  WEBHOOK_SIGNING_SECRET: z.string().min(32, 'needs at least 32 characters'),

  // --- Storage and Temporal ----------------------------------------------------------------
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('exoflow'),
  /** Temporal Cloud: an API key turns TLS on. */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: bool.default(false),
  /** Keys that encrypt Temporal payloads, `keyId:base64key,...` (config/payload-keys.ts); required in production. */
  PAYLOAD_ENCRYPTION_KEYS: payloadKeyList.optional(),
  /** The key that encrypts (default: the first listed); every listed key decrypts. */
  PAYLOAD_ENCRYPTION_KEY_ID: payloadKeyId.optional(),
  /** Web UI origins allowed to call the codec endpoint (/codec/decode) from the browser, comma-separated. */
  CODEC_CORS_ORIGINS: csv.pipe(z.array(origin)).default([]),

  // --- Exotel ---------------------------------------------------------------------------
  EXOTEL_SID: z.string().min(1),
  EXOTEL_API_KEY: z.string().min(1),
  EXOTEL_API_TOKEN: z.string().min(1),
  /** api.exotel.com (Singapore) or api.in.exotel.com (Mumbai). */
  EXOTEL_SUBDOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/, 'must be a host name such as api.in.exotel.com')
    .default('api.exotel.com'),
  /** Overrides https://EXOTEL_SUBDOMAIN: the simulator in sandbox and tests. */
  EXOTEL_BASE_URL: z.url().optional(),
  /** The registered ExoPhone: the only caller ID ever sent (TRAI forbids masking). */
  EXOTEL_CALLER_ID: z.string().regex(/^\+?[0-9]{8,15}$/, 'must be your ExoPhone, e.g. +918047112345'),
  /** Whole-request limit; at most 20 s so a connect attempt always ends inside its activity. */
  EXOTEL_TIMEOUT_MS: z.coerce.number().int().positive().max(20_000).default(10_000),

  // --- WhatsApp ---------------------------------------------------------------------------
  /** The registered WhatsApp business number campaigns send from, unless a campaign names another. */
  WHATSAPP_SENDING_NUMBER: z
    .string()
    .regex(/^\+[0-9]{8,15}$/, 'must be an E.164 number such as +918047112345')
    .optional(),
  /** Messages per second per sending number, across all campaigns and workers (Meta's default tier: 80). */
  WHATSAPP_MESSAGES_PER_SECOND: z.coerce.number<string>().int().min(1).max(1000).default(80),
  /** How long a send whose answer was lost waits for a delivery report before it counts as unknown. */
  WHATSAPP_PENDING_GRACE_SEC: seconds(120),
  /** Marketing messages one contact may get from all campaigns in any 24 hours (0: no cap); a campaign may override. */
  WHATSAPP_FREQUENCY_CAP_PER_DAY: z.coerce.number<string>().int().min(0).max(1000).default(2),
  /** ...and in any 7 days (0: no cap). */
  WHATSAPP_FREQUENCY_CAP_PER_WEEK: z.coerce.number<string>().int().min(0).max(1000).default(6),

  // --- Calls ----------------------------------------------------------------------------
  /** Exotel's TimeLimit: the longest conversation allowed (max 14400). */
  CALL_MAX_DURATION_SEC: seconds(3600).pipe(z.number().max(14_400)),
  /** Exotel's TimeOut: how long each leg rings. */
  CALL_RING_TIMEOUT_SEC: seconds(30),
  /** Silence after which the workflow stops trusting the webhook and polls Call Details. */
  CALL_FIRST_POLL_AFTER_SEC: seconds(90),
  /** Polls back off exponentially up to this interval. */
  CALL_MAX_POLL_INTERVAL_SEC: seconds(600),
  /** Minutes of both legs reserved before dialling; a call needs at least one minute's worth. */
  CALL_RESERVE_MINUTES: z.coerce.number().int().min(1).max(240).default(2),

  // --- Credits ----------------------------------------------------------------------------
  /** What a fresh install starts with (Exotel's trial: 500). Applied once, when the ledger is empty. */
  CREDITS_INITIAL_GRANT: credits.prefault('500'),
  /** Charged per started minute of each leg (docs/exotel.md §10: 1). */
  VOICE_CREDITS_PER_LEG_MINUTE: credits.prefault('1'),
  /** Charged per outbound WhatsApp message (docs/exotel.md §10: 1)... */
  WHATSAPP_CREDITS_PER_MESSAGE: credits.prefault('1'),
  /** ...unless its template's category has its own rate: marketing=1,utility=0.5 */
  WHATSAPP_CREDITS_BY_CATEGORY: categoryRates.default({}),
  /** Percentages of the balance (or a budget) used at which an alert fires, once per crossing. */
  CREDIT_ALERT_THRESHOLDS: csv.pipe(z.array(z.coerce.number<string>().int().min(1).max(100)).min(1)).default([80]),
  /** Where alerts are POSTed (Slack-compatible JSON: {"text": ...}); unset keeps them in the API only. */
  CREDIT_ALERT_WEBHOOK_URL: z.url().optional(),
  /** The day and month that "used today / this month" count in. */
  CREDITS_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Kolkata')
    .default('Asia/Kolkata'),

  // --- Events and webhooks to the CRM ----------------------------------------------------------
  /** Days the event log (GET /v1/events, streams, resends) keeps an event; older ones are deleted by the worker. */
  EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Seconds after which the API ends an event stream; clients resume with Last-Event-ID. */
  EVENTS_STREAM_MAX_SEC: z.coerce.number().int().min(1).max(86_400).default(3_600),
  /** The first retry of a failed webhook waits this long; each next one twice as long... */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().positive().default(5_000),
  /** ...up to this. */
  WEBHOOK_RETRY_MAX_MS: z.coerce.number().int().positive().default(3_600_000),
  /** A delivery still failing this long after its event is given up (3 days). */
  WEBHOOK_GIVE_UP_AFTER_SEC: seconds(259_200),
  /** An endpoint that has failed every attempt for this long is disabled, with an alert (1 day). */
  WEBHOOK_DISABLE_AFTER_SEC: seconds(86_400),
  /** How long a CRM endpoint may take to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /**
   * Multiplies the retry schedule (WEBHOOK_RETRY_*, give-up and disable periods): 1 in production;
   * tests compress hours into seconds (0.01: a ten-minute outage lasts six seconds).
   */
  WEBHOOK_TIME_SCALE: z.coerce.number<string>().positive().max(1).default(1),

  // --- Browser tokens (POST /v1/browser-tokens) ---------------------------------------------
  /** The longest a browser token lives (a request may ask for less): minutes, never a long-lived key. */
  BROWSER_TOKEN_TTL_SEC: z.coerce.number<string>().int().min(1).max(3600).default(300),
  /** Web origins (https://crm.example.com) whose pages may call the API with a browser token (CORS); empty: none. */
  BROWSER_TOKEN_ORIGINS: csv
    .pipe(
      z.array(
        z
          .string()
          .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, 'each must be an origin such as https://crm.example.com'),
      ),
    )
    .default([]),

  // --- Single messages, follow-ups and "call me" replies ------------------------------------
  /** Quick-reply payloads that ask for a call back (compared case-insensitively). */
  CALLBACK_BUTTON_PAYLOADS: csv.pipe(z.array(z.string().min(1).max(256)).min(1)).default(['CALL_ME']),
  /** Who calls a contact back when none of their calls names an agent; unset: such requests fail (no_agent). */
  CALLBACK_DEFAULT_AGENT_NUMBER: z
    .string()
    .regex(/^\+[0-9]{8,15}$/, 'must be an E.164 number such as +919812345678')
    .optional(),
  /** Calling hours for call backs, "HH:MM-HH:MM" (local to CALLING_HOURS_TIMEZONE); outside them the call waits. */
  CALLING_HOURS: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be HH:MM-HH:MM, e.g. 09:00-21:00')
    .default('09:00-21:00'),
  CALLING_HOURS_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as Asia/Kolkata')
    .default('Asia/Kolkata'),

  // --- Scale-out and metrics -------------------------------------------------------------------
  /** API processes sharing PORT (node:cluster; one per core is the usual choice). */
  API_PROCESSES: z.coerce.number<string>().int().min(1).max(64).default(1),
  /** The worker's Temporal SDK metrics in Prometheus format on host:port (unset: not exported). */
  TEMPORAL_METRICS_BIND_ADDRESS: z
    .string()
    .regex(/^[0-9A-Za-z.\-:[\]]+:[0-9]{1,5}$/, 'must be host:port such as 0.0.0.0:9464')
    .optional(),

  /** The worker's V8 old-space ceiling in MB (config/worker-heap.ts). */
  WORKER_MAX_HEAP_MB: workerHeapMb,
  /**
   * Workflow runs the worker keeps in memory between tasks (Temporal's sticky cache). Set here
   * because the SDK's default follows the heap ceiling and would fall to 10 under WORKER_MAX_HEAP_MB.
   */
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number<string>().int().min(0).max(100_000).default(500),

  // --- Recordings (S3) ----------------------------------------------------------------------
  ...storageEnvShape,

  // --- Console ----------------------------------------------------------------------------
  /** The Temporal Web UI; a call's page links to its workflow run there. Unset: no link. */
  TEMPORAL_UI_URL: z.url().optional(),

  // --- Privacy ------------------------------------------------------------------------------
  /**
   * Keys the suppression list's HMAC-SHA256 of each opted-out or erased number. Never change it:
   * the list could no longer be matched (docs/privacy.md).
   */
  SUPPRESSION_PEPPER: z.string().min(32, 'needs at least 32 characters'),
});

export type Env = z.infer<typeof envSchema>;

/** The variables a deployment must set: those without a default. */
export const requiredEnvKeys = Object.entries(envSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([key]) => key);

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; empty strings count as unset so `.env` files can leave blanks. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '(root)'), message: issue.message })),
    );
  }
  const keyProblems = payloadKeyProblems(parsed.data);
  if (keyProblems.length > 0) throw new ConfigError(keyProblems);
  if (parsed.data.NODE_ENV === 'production') {
    const problems = productionSecretProblems(parsed.data);
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return parsed.data;
}

/** Exotel's base URL for this configuration. */
export function exotelBaseUrl(env: Pick<Env, 'EXOTEL_BASE_URL' | 'EXOTEL_SUBDOMAIN'>): string {
  return (env.EXOTEL_BASE_URL ?? `https://${env.EXOTEL_SUBDOMAIN}`).replace(/\/+$/, '');
}
