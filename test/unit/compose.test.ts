// docker-compose.yml is the production deployment; no Docker engine runs here, so check its
// shape: the app services get every required variable, build from the Dockerfile, and depend
// only on services that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requiredEnvKeys } from '../../config/env.js';

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
}

const root = new URL('../../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as ComposeFile;
const services = compose.services;
const appServices = ['api', 'worker'] as const;

function environmentOf(service: ComposeService): Record<string, string> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => [line.split('=')[0] ?? '', line.slice(line.indexOf('=') + 1)] as const)
    : Object.entries(service.environment ?? {}).map(
        ([key, value]) => [key, value === null ? '' : String(value)] as const,
      );
  return Object.fromEntries(entries);
}

function dependenciesOf(service: ComposeService): string[] {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn) ? dependsOn : Object.keys(dependsOn);
}

describe('docker-compose.yml', () => {
  it('has the infrastructure services', () => {
    for (const name of ['postgres', 'temporal', 'temporal-ui', 's3', 'api', 'worker']) {
      expect(services, name).toHaveProperty(name);
    }
  });

  it.each(appServices)('sets every required variable for %s', (name) => {
    const environment = environmentOf(services[name] ?? {});
    expect(requiredEnvKeys.length).toBeGreaterThan(0);
    for (const key of requiredEnvKeys) {
      expect(environment[key], `${name}: ${key}`).toBeTruthy();
    }
  });

  it.each(appServices)('takes secrets for %s from the host, never from the file', (name) => {
    const environment = environmentOf(services[name] ?? {});
    for (const key of ['API_KEYS', 'WEBHOOK_SIGNING_SECRET', 'EXOTEL_API_KEY', 'EXOTEL_API_TOKEN']) {
      expect(environment[key], `${name}: ${key}`).toMatch(/^\$\{\w+:\?.+\}$/);
    }
    expect(environment.DATABASE_URL).toContain('${POSTGRES_PASSWORD:?');
  });

  it.each(appServices)('builds %s from the Dockerfile', (name) => {
    const build = services[name]?.build;
    const dockerfile = typeof build === 'string' ? 'Dockerfile' : (build?.dockerfile ?? 'Dockerfile');
    const context = typeof build === 'string' ? build : build?.context;
    expect(context, `${name}: build context`).toBe('.');
    expect(dockerfile).toBe('Dockerfile');
    expect(existsSync(new URL(dockerfile, root))).toBe(true);
  });

  it('runs the API and the worker from the compiled output', () => {
    expect(services.api?.command).toEqual(['node', 'dist/api/main.js']);
    expect(services.worker?.command).toEqual(['node', 'dist/worker/main.js']);
  });

  it('depends only on services that exist', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of dependenciesOf(service)) {
        expect(services, `${name} depends on ${dependency}`).toHaveProperty(dependency);
      }
    }
    for (const name of appServices) {
      expect(dependenciesOf(services[name] ?? {})).toEqual(expect.arrayContaining(['migrate', 'temporal-setup']));
    }
  });

  it('encrypts Temporal payloads with keys from the host, and puts the Web UI behind a login', () => {
    for (const name of appServices)
      expect(environmentOf(services[name] ?? {}).PAYLOAD_ENCRYPTION_KEYS, name).toMatch(/^\$\{\w+:\?.+\}$/);
    const ui = services['temporal-ui'] as ComposeService & { ports?: unknown[] };
    expect(ui.ports, 'the UI itself publishes no port').toBeUndefined();
    expect(environmentOf(ui)).toMatchObject({ TEMPORAL_CODEC_INCLUDE_CREDENTIALS: 'true' });
    expect(environmentOf(ui).TEMPORAL_CODEC_ENDPOINT).toMatch(/\/codec\}?$/);
    const proxy = services['temporal-ui-auth'] as ComposeService & { ports?: string[] };
    expect(proxy.ports).toEqual(['127.0.0.1:8080:8080']);
    expect(environmentOf(proxy).TEMPORAL_UI_PASSWORD_HASH).toMatch(/^\$\{\w+:\?.+\}$/);
    const caddyfile = (compose as ComposeFile & { configs: Record<string, { content: string }> }).configs[
      'temporal-ui-caddyfile'
    ]!.content;
    expect(caddyfile).toMatch(/basic_auth[\s\S]*reverse_proxy temporal-ui:8080/);
  });

  it('pins every image to a version', () => {
    for (const [name, service] of Object.entries(services)) {
      if (service.build || !service.image) continue;
      expect(service.image, name).toMatch(/:\d[\w.-]*$/);
    }
  });

  it('Dockerfile runs as a non-root user and builds with npm ci', () => {
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20[\w.-]*-bookworm-slim/m);
    expect(dockerfile).toMatch(/^RUN npm ci/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
