// Registers exoflow's custom search attributes (contracts/search-attributes.ts) on a Temporal
// server or cluster; already registered ones are left alone. `npm start` runs this when
// TEMPORAL_ADDRESS is set (the embedded dev server gets them on its command line instead).
//
//   node --import tsx scripts/register-search-attributes.ts    # TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, ...
//   node dist/scripts/register-search-attributes.js             # the same, in the Docker image
//
// Run as a command it first waits up to TEMPORAL_WAIT_SECONDS (default 120) for the server, so
// docker-compose can start it beside a cluster that is still coming up.
import { pathToFileURL } from 'node:url';
import { Connection } from '@temporalio/client';
import { searchAttributeDeclarations } from '../contracts/search-attributes.js';
import { envValue, loadEnvFiles } from './lib/env-files.js';
import { createLogger, errorMessage } from './lib/log.js';
import {
  connectionOptions,
  waitForTemporal,
  type SearchAttributeDeclaration,
  type TemporalTarget,
} from './lib/temporal.js';

type AddRequest = Parameters<Connection['operatorService']['addSearchAttributes']>[0];
type IndexedValueType = NonNullable<AddRequest['searchAttributes']>[string];

// temporal.api.enums.v1.IndexedValueType, by the names `--search-attribute` takes.
const indexedValueTypes: Record<string, IndexedValueType> = {
  Text: 1 as IndexedValueType,
  Keyword: 2 as IndexedValueType,
  Int: 3 as IndexedValueType,
  Double: 4 as IndexedValueType,
  Bool: 5 as IndexedValueType,
  Datetime: 6 as IndexedValueType,
  KeywordList: 7 as IndexedValueType,
};

const log = createLogger('search-attributes');

/** Adds the missing attributes; returns the names it added. */
export async function registerSearchAttributes(
  target: TemporalTarget,
  declarations: readonly SearchAttributeDeclaration[] = searchAttributeDeclarations,
): Promise<string[]> {
  const connection = await Connection.connect(connectionOptions(target));
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace: target.namespace });
    const known = new Set([
      ...Object.keys(existing.customAttributes ?? {}),
      ...Object.keys(existing.systemAttributes ?? {}),
    ]);
    const missing = declarations.filter((declaration) => !known.has(declaration.name));
    if (missing.length === 0) return [];
    const searchAttributes: Record<string, IndexedValueType> = {};
    for (const { name, type } of missing) {
      const indexed = indexedValueTypes[type];
      if (indexed === undefined) throw new Error(`search attribute ${name}: unknown type ${type}`);
      searchAttributes[name] = indexed;
    }
    try {
      await connection.operatorService.addSearchAttributes({ namespace: target.namespace, searchAttributes });
    } catch (error) {
      // Another process registered them between the list and the add.
      if (!/already exists/i.test(errorMessage(error))) throw error;
    }
    return missing.map((declaration) => declaration.name);
  } finally {
    await connection.close();
  }
}

async function main(): Promise<void> {
  loadEnvFiles();
  const target: TemporalTarget = {
    address: envValue('TEMPORAL_ADDRESS') ?? '127.0.0.1:7233',
    namespace: envValue('TEMPORAL_NAMESPACE') ?? 'default',
    apiKey: envValue('TEMPORAL_API_KEY'),
    tls: envValue('TEMPORAL_TLS') === 'true' || envValue('TEMPORAL_TLS') === '1',
  };
  await waitForTemporal(target, Number(envValue('TEMPORAL_WAIT_SECONDS') ?? '120') * 1000);
  const added = await registerSearchAttributes(target);
  log.info('search attributes registered', {
    address: target.address,
    namespace: target.namespace,
    added: added.join(',') || 'none (all present)',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    log.error('search attribute registration failed', { error: errorMessage(error) });
    process.exitCode = 1;
  });
}
