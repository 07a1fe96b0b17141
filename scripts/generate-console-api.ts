// `npm run generate:console-api`: writes console/src/api-types.ts, the types of the
// console's API client, from the OpenAPI document the API serves.
import { writeFileSync } from 'node:fs';
import { consoleApiTypes, consoleApiTypesPath } from './lib/console-api-types.js';

writeFileSync(consoleApiTypesPath, await consoleApiTypes());
console.log(`wrote ${consoleApiTypesPath}`);
