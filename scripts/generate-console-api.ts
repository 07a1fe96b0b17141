// `npm run generate:console-api`: writes the API types of the console (console/src/api-types.ts)
// and of the CRM client package (client/src/api-types.ts) from the OpenAPI document the API serves.
import { writeFileSync } from 'node:fs';
import { apiTypes, apiTypesPaths } from './lib/console-api-types.js';

for (const target of apiTypesPaths) {
  writeFileSync(target, await apiTypes(target));
  console.log(`wrote ${target}`);
}
