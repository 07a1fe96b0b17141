// Saves a workflow run's event history as a replay fixture:
//   npx tsx scripts/record-history.ts <workflowId> test/fixtures/histories/<name>.json
// Replay tests (test/workflows/replay.test.ts) run every fixture against the current workflow
// code: a change that would break running workflows fails there, and needs patched().
import { writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';

const [workflowId, outFile] = process.argv.slice(2);
if (!workflowId || !outFile) {
  console.error('usage: tsx scripts/record-history.ts <workflowId> <out.json>');
  process.exit(2);
}
const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233' });
const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
const history = await client.workflow.getHandle(workflowId).fetchHistory();
writeFileSync(outFile, `${JSON.stringify(JSON.parse(historyToJSON(history)), null, 1)}\n`);
console.log(`wrote ${history.events?.length ?? 0} events to ${outFile}`);
await connection.close();
