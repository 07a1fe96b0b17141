// The console's API client is typed from the OpenAPI document: the committed types must be what
// openapi-typescript makes of today's document (`npm run generate:console-api` refreshes them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleApiTypes, consoleApiTypesPath } from '../../scripts/lib/console-api-types.js';

describe("the console's API types", () => {
  it('match the OpenAPI document the API serves', { timeout: 30_000 }, async () => {
    const committed = readFileSync(consoleApiTypesPath, 'utf8');
    expect(committed === (await consoleApiTypes()), 'run `npm run generate:console-api`').toBe(true);
  });
});
