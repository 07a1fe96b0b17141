// Production refuses sandbox secrets. With NODE_ENV=production, `loadEnv` stops the process when a
// secret is one of the published sandbox values (.env.example, `npm start`'s simulator and
// SeaweedFS identities, the test suite's) or too short to have been generated: anyone who read
// this repository could otherwise sign webhooks or call the API. Pure: no I/O, unit-tested.
import type { ApiKeyGrant } from './api-keys.js';
import type { PayloadKey } from './payload-keys.js';

/** A signing secret (HMAC key) needs this many characters in production. */
export const MIN_PRODUCTION_SIGNING_SECRET = 32;
/** An API key needs this many characters in production. */
export const MIN_PRODUCTION_API_KEY = 24;

const GENERATE = 'generate one with `openssl rand -hex 32`';

/**
 * Every secret published with exoflow. test/unit/secrets.test.ts checks that each secret in
 * .env.example is listed here, so a new sandbox value cannot slip into production.
 */
export const publishedSecrets: ReadonlySet<string> = new Set([
  // .env.example
  'sandbox-key-0123456789abcdef',
  'sandbox-viewer-key-0123456789abcdef',
  'sandbox-privacy-key-0123456789abcdef',
  'sandbox-admin-key-0123456789abcdef',
  'sandbox-webhook-secret-change-me-0123456789',
  'c2FuZGJveC1wYXlsb2FkLWtleS1OT1QtQS1TRUNSRVQ=', // PAYLOAD_ENCRYPTION_KEYS
  'sandbox-suppression-pepper-change-me-0123456789', // SUPPRESSION_PEPPER
  // scripts/dev.ts: the simulator's Exotel identity and SeaweedFS's S3 identity
  'sandbox-key',
  'sandbox-token',
  'sandbox-s3-secret-key-0123456789',
  // test/support: the integration stack's keys and secret
  'integration-key-0123456789',
  'integration-admin-key-0123456789',
  'integration-webhook-secret-0123456789abcdef',
  'integration-suppression-pepper-0123456789abcdef',
  'test-s3-secret-key-0123456789',
  'aW50ZWdyYXRpb24tcGF5bG9hZC1rZXktMzItYnl0ZXM=', // the integration stack's payload key
  'Zml4dHVyZS1wYXlsb2FkLWtleS1mb3ItcmVwbGF5cyE=', // test/fixtures/histories' payload key
]);

export interface SecretProblem {
  variable: string;
  message: string;
}

export interface SecretsToCheck {
  WEBHOOK_SIGNING_SECRET: string;
  SUPPRESSION_PEPPER: string;
  API_KEYS: ApiKeyGrant[];
  ADMIN_API_KEYS: string[];
  EXOTEL_API_TOKEN: string;
  S3_SECRET_ACCESS_KEY?: string;
  PAYLOAD_ENCRYPTION_KEYS?: PayloadKey[] | undefined;
}

/** What makes these secrets unfit for production; empty when they are fit. */
export function productionSecretProblems(env: SecretsToCheck): SecretProblem[] {
  const problems: SecretProblem[] = [];
  const published = (variable: string, what: string) =>
    problems.push({ variable, message: `${what} is a published sandbox value (.env.example); ${GENERATE}` });

  for (const variable of ['WEBHOOK_SIGNING_SECRET', 'SUPPRESSION_PEPPER'] as const) {
    const secret = env[variable];
    if (publishedSecrets.has(secret)) published(variable, 'the value');
    else if (secret.length < MIN_PRODUCTION_SIGNING_SECRET)
      problems.push({
        variable,
        message: `needs at least ${MIN_PRODUCTION_SIGNING_SECRET} characters in production; ${GENERATE}`,
      });
  }

  const keys: [string, string, number][] = [
    ...env.API_KEYS.map(({ key }, index): [string, string, number] => ['API_KEYS', key, index + 1]),
    ...env.ADMIN_API_KEYS.map((key, index): [string, string, number] => ['ADMIN_API_KEYS', key, index + 1]),
  ];
  for (const [variable, key, entry] of keys) {
    if (publishedSecrets.has(key)) published(variable, `entry ${entry}`);
    else if (key.length < MIN_PRODUCTION_API_KEY)
      problems.push({
        variable,
        message: `entry ${entry}: an API key needs at least ${MIN_PRODUCTION_API_KEY} characters in production; ${GENERATE}`,
      });
  }

  // Issued by Exotel and by the S3 provider: only the published sandbox values are refused.
  if (publishedSecrets.has(env.EXOTEL_API_TOKEN))
    problems.push({
      variable: 'EXOTEL_API_TOKEN',
      message: "is the simulator's sandbox token; use the token Exotel issued (dashboard, API settings)",
    });
  if (env.S3_SECRET_ACCESS_KEY !== undefined && publishedSecrets.has(env.S3_SECRET_ACCESS_KEY))
    problems.push({
      variable: 'S3_SECRET_ACCESS_KEY',
      message: "is the sandbox SeaweedFS identity's secret; use your store's credentials",
    });
  problems.push(...payloadKeyProblemsInProduction(env.PAYLOAD_ENCRYPTION_KEYS ?? []));
  return problems;
}

/** Production encrypts what it stores in Temporal: keys are required, and none may be a published one. */
function payloadKeyProblemsInProduction(keys: PayloadKey[]): SecretProblem[] {
  const generate = 'generate one with `openssl rand -base64 32` and list it as keyId:key (docs/security.md)';
  if (keys.length === 0)
    return [
      {
        variable: 'PAYLOAD_ENCRYPTION_KEYS',
        message: `is required in production: without it phone numbers sit in clear in Temporal; ${generate}`,
      },
    ];
  return keys
    .filter((key) => publishedSecrets.has(key.encoded))
    .map((key) => ({
      variable: 'PAYLOAD_ENCRYPTION_KEYS',
      message: `key "${key.id}" is a published sandbox value (.env.example); ${generate}`,
    }));
}
