// Production refuses published or short secrets; API keys carry roles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiKeyList, apiKeyRoles } from '../../config/api-keys.js';
import { ConfigError, loadEnv } from '../../config/env.js';
import { payloadKeyList } from '../../config/payload-keys.js';
import { productionSecretProblems, publishedSecrets } from '../../config/secrets.js';

const strong = (seed: string) => seed.repeat(64).slice(0, 64);
const production = {
  NODE_ENV: 'production',
  API_KEYS: `agent:${strong('a1')},admin:${strong('b2')}`,
  CALLBACK_BASE_URL: 'https://exoflow.example.in',
  WEBHOOK_SIGNING_SECRET: strong('c3'),
  SUPPRESSION_PEPPER: strong('d4'),
  DATABASE_URL: 'postgresql://exoflow@db.internal:5432/exoflow',
  EXOTEL_SID: 'acme',
  EXOTEL_API_KEY: 'exotel-issued-key',
  EXOTEL_API_TOKEN: 'exotel-issued-token',
  EXOTEL_CALLER_ID: '+918047112345',
  PAYLOAD_ENCRYPTION_KEYS: `2026-12:${Buffer.from(strong('d4').slice(0, 32)).toString('base64')}`,
};

/** KEY=value lines of .env.example (comments and blanks skipped). */
const example = Object.fromEntries(
  readFileSync('.env.example', 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z0-9_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

function problemsOf(env: Record<string, string>) {
  try {
    loadEnv(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
}

describe('production secrets', () => {
  it('starts with generated secrets', () => {
    expect(problemsOf(production)).toEqual([]);
  });

  it('refuses every secret of .env.example, naming the variable and how to generate one', () => {
    const issues = problemsOf({ ...production, ...example, NODE_ENV: 'production', EXOTEL_API_TOKEN: 'real-token' });
    expect(issues.map((issue) => issue.variable).sort()).toEqual([
      'ADMIN_API_KEYS',
      'API_KEYS',
      'API_KEYS',
      'API_KEYS',
      'PAYLOAD_ENCRYPTION_KEYS',
      'SUPPRESSION_PEPPER',
      'WEBHOOK_SIGNING_SECRET',
    ]);
    for (const issue of issues) expect(issue.message).toMatch(/openssl rand -(hex|base64) 32/);
    // The sandbox itself still starts.
    expect(problemsOf({ ...production, ...example, NODE_ENV: 'development' })).toEqual([]);
  });

  it('lists every secret value .env.example publishes', () => {
    const keys = apiKeyList.parse(example.API_KEYS!).map((grant) => grant.key);
    for (const value of [
      ...keys,
      example.ADMIN_API_KEYS!,
      example.WEBHOOK_SIGNING_SECRET!,
      example.SUPPRESSION_PEPPER!,
    ])
      expect(publishedSecrets.has(value), value).toBe(true);
    for (const { encoded } of payloadKeyList.parse(example.PAYLOAD_ENCRYPTION_KEYS!))
      expect(publishedSecrets.has(encoded), encoded).toBe(true);
  });

  it('refuses to run production without payload encryption keys, saying why and how to make one', () => {
    const { PAYLOAD_ENCRYPTION_KEYS: _keys, ...withoutKeys } = production;
    expect(problemsOf(withoutKeys)).toEqual([
      {
        variable: 'PAYLOAD_ENCRYPTION_KEYS',
        message: expect.stringMatching(/required in production.*phone numbers.*openssl rand -base64 32/),
      },
    ]);
  });

  it('refuses short signing secrets and API keys, and sandbox tokens', () => {
    const problems = productionSecretProblems({
      WEBHOOK_SIGNING_SECRET: 'x'.repeat(31),
      SUPPRESSION_PEPPER: 'p'.repeat(31),
      API_KEYS: [{ key: 'y'.repeat(23), roles: ['agent'] }],
      ADMIN_API_KEYS: [],
      EXOTEL_API_TOKEN: 'sandbox-token',
      S3_SECRET_ACCESS_KEY: 'sandbox-s3-secret-key-0123456789',
      PAYLOAD_ENCRYPTION_KEYS: payloadKeyList.parse(production.PAYLOAD_ENCRYPTION_KEYS),
    });
    expect(problems.map((problem) => problem.variable)).toEqual([
      'WEBHOOK_SIGNING_SECRET',
      'SUPPRESSION_PEPPER',
      'API_KEYS',
      'EXOTEL_API_TOKEN',
      'S3_SECRET_ACCESS_KEY',
    ]);
    expect(problems[0]!.message).toMatch(/at least 32 characters/);
    expect(problems[1]!.message).toMatch(/at least 32 characters/);
    expect(problems[2]!.message).toMatch(/entry 1: .*at least 24 characters/);
  });
});

describe('API key roles', () => {
  it('reads role[+role]:key entries, bare keys and ADMIN_API_KEYS, merging a key listed twice', () => {
    const grants = apiKeyList.parse(
      `marketer+privacy:${strong('m')}, viewer:${strong('v')}, ${strong('l')}, agent:${strong('v')}`,
    );
    const roles = apiKeyRoles({ API_KEYS: grants, ADMIN_API_KEYS: [strong('a')] });
    expect(Object.fromEntries([...roles].map(([key, held]) => [key[0], [...held].sort()]))).toEqual({
      m: ['marketer', 'privacy'],
      v: ['agent', 'viewer'],
      l: ['agent', 'marketer'],
      a: ['admin'],
    });
  });

  it('names an unknown role or a short key by its entry, never printing the key', () => {
    const issues = problemsOf({
      ...production,
      NODE_ENV: 'development',
      API_KEYS: `superuser:${strong('s')},agent:short`,
    });
    expect(issues).toEqual([
      { variable: 'API_KEYS', message: expect.stringContaining('entry 1: unknown role "superuser"') },
      { variable: 'API_KEYS', message: 'entry 2: each API key needs at least 16 characters' },
    ]);
  });
});
