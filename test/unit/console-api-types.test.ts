// The console's and the CRM client package's API clients are typed from the OpenAPI document:
// the committed types must be what openapi-typescript makes of today's document
// (`npm run generate:console-api` refreshes them), so the spec and the clients cannot drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiTypes, apiTypesPaths } from '../../scripts/lib/console-api-types.js';
import { repoRoot } from '../../scripts/lib/paths.js';

describe('the API types of the console and the client package', () => {
  it.each(apiTypesPaths.map((target) => [path.relative(repoRoot, target), target]))(
    '%s matches the OpenAPI document the API serves',
    { timeout: 30_000 },
    async (_name, target) => {
      const committed = readFileSync(target, 'utf8');
      expect(committed === (await apiTypes(target)), 'run `npm run generate:console-api`').toBe(true);
    },
  );
});
