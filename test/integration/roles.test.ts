// Every operation of the OpenAPI document, called with a key of every role: a role the route
// lists gets past authorisation (never 401/403); any other gets 403 naming the roles needed.
// Requests carry random IDs and empty bodies, so an allowed one ends in 400/404 and writes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoles } from '../../config/api-keys.js';
import { type AppStack, ROLE_KEYS, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack({}, { worker: false });
});
afterAll(async () => {
  await stack?.stop();
});

interface Operation {
  'x-required-roles'?: string[];
  requestBody?: unknown;
}

async function operations() {
  const document = (await (await fetch(`${stack.apiUrl}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, operation]) => operation['x-required-roles'])
      .map(([method, operation]) => ({ path, method, operation, roles: operation['x-required-roles']! })),
  );
}

const call = (path: string, method: string, key: string | null, operation: Operation) =>
  fetch(`${stack.apiUrl}${path.replace(/\{id\}/g, path.includes('budgets') ? 'role-test' : randomUUID())}`, {
    method: method.toUpperCase(),
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(operation.requestBody ? { 'content-type': 'application/json' } : {}),
    },
    body: operation.requestBody ? '{}' : undefined,
  });

describe('roles', () => {
  it('declares roles on every API operation, and erasure needs privacy or admin', async () => {
    const all = await operations();
    expect(all.length).toBeGreaterThanOrEqual(30);
    // Deleting a webhook endpoint, a campaign draft or a budget removes configuration, not personal data.
    const configuration = ['/v1/webhook-endpoints/{id}', '/v1/campaigns/{id}', '/v1/credits/budgets/{id}'];
    const erasures = all.filter(
      ({ path, method }) => (method === 'delete' && !configuration.includes(path)) || path === '/v1/recordings/erasure',
    );
    expect(erasures.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'delete /v1/calls/{id}/recording',
      'delete /v1/contacts/{id}',
      'post /v1/recordings/erasure',
    ]);
    for (const erasure of erasures) expect(erasure.roles.sort()).toEqual(['admin', 'privacy']);
    for (const { method, roles } of all) if (method !== 'get') expect(roles).not.toContain('viewer');
  });

  it('lets each role through exactly the operations that list it', async () => {
    const before = { contacts: await stack.db.contact.count(), calls: await stack.db.call.count() };
    const outcomes: string[] = [];
    for (const { path, method, operation, roles } of await operations()) {
      expect((await call(path, method, null, operation)).status, `${method} ${path} without a key`).toBe(401);
      for (const role of apiRoles) {
        const response = await call(path, method, ROLE_KEYS[role], operation);
        // A live stream the role may open stays open: its headers are the answer.
        const streaming = response.headers.get('content-type')?.startsWith('text/event-stream');
        if (streaming) await response.body?.cancel();
        // Errors are JSON; a few answers are not (the Prometheus text of /metrics).
        const isJson = response.headers.get('content-type')?.includes('json');
        if (!streaming && !isJson) await response.text();
        const body = (isJson ? await response.json() : {}) as { error?: { code: string; message: string } };
        const where = `${method.toUpperCase()} ${path} as ${role}: ${response.status} ${JSON.stringify(body)}`;
        if (roles.includes(role)) {
          expect([401, 403], where).not.toContain(response.status);
        } else {
          expect(response.status, where).toBe(403);
          expect(body.error!.code).toBe('forbidden');
          expect(body.error!.message, where).toContain(`needs an API key with role ${roles.join(' or ')}`);
        }
        outcomes.push(where);
      }
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    expect({ contacts: await stack.db.contact.count(), calls: await stack.db.call.count() }).toEqual(before);
  });
});
