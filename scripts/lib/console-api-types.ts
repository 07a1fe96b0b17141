// The console's typed API client is generated from the OpenAPI document (openapi-typescript),
// formatted like the rest of the repository. scripts/generate-console-api.ts writes it;
// test/unit/console-api-types.test.ts fails when the committed file is out of date.
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument } from '../../api/openapi.js';
import { repoRoot } from './paths.js';

export const consoleApiTypesPath = path.join(repoRoot, 'console/src/api-types.ts');

const HEADER =
  '// Generated from the API’s OpenAPI document by scripts/generate-console-api.ts (openapi-typescript).\n' +
  '// Do not edit: run `npm run generate:console-api` after changing an API schema.\n';

export async function consoleApiTypes(): Promise<string> {
  const document = openApiDocument() as unknown as Parameters<typeof openapiTS>[0];
  const source = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
  const options = await prettier.resolveConfig(consoleApiTypesPath);
  return prettier.format(source, { ...options, filepath: consoleApiTypesPath });
}
