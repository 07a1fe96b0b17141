// The API's typed clients are generated from the OpenAPI document (openapi-typescript),
// formatted like the rest of the repository: the console's (console/src/api-types.ts) and the
// CRM client package's (client/src/api-types.ts). scripts/generate-console-api.ts writes both;
// test/unit/console-api-types.test.ts fails when a committed file is out of date.
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { openApiDocument } from '../../api/openapi.js';
import { repoRoot } from './paths.js';

export const consoleApiTypesPath = path.join(repoRoot, 'console/src/api-types.ts');
export const clientApiTypesPath = path.join(repoRoot, 'client/src/api-types.ts');
/** Every generated file, each from the same document. */
export const apiTypesPaths = [consoleApiTypesPath, clientApiTypesPath];

const HEADER =
  '// Generated from the API’s OpenAPI document by scripts/generate-console-api.ts (openapi-typescript).\n' +
  '// Do not edit: run `npm run generate:console-api` after changing an API schema.\n';

/** The types openapi-typescript makes of today's document, formatted for `target`. */
export async function apiTypes(target: string): Promise<string> {
  const document = openApiDocument() as unknown as Parameters<typeof openapiTS>[0];
  const source = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
  const options = await prettier.resolveConfig(target);
  return prettier.format(source, { ...options, filepath: target });
}
