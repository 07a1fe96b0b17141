// Saves a workflow run's event history as a replay fixture (run it while `npm start` is up):
//   npx tsx scripts/record-history.ts <workflowId> test/fixtures/histories/<name>.json
// Replay tests (test/workflows/replay.test.ts) run every fixture against the current workflow
// code: a change that would break running workflows fails there, and needs patched().
// The history is saved as Temporal holds it: payloads encrypted with the running system's
// PAYLOAD_ENCRYPTION_KEYS (lib/payload-codec.ts). Name such a fixture `<name>-encrypted-vN.json`
// and record it with the fixture key of test/workflows/replay.test.ts (FIXTURE_KEY), so the replay
// test can decrypt it: PAYLOAD_ENCRYPTION_KEYS=<FIXTURE_KEY> npm start.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { temporalCliPath } from './lib/paths.js';

const [workflowId, outFile] = process.argv.slice(2);
if (!workflowId || !outFile) {
  console.error('usage: tsx scripts/record-history.ts <workflowId> <out.json>');
  process.exit(2);
}
const address = process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
const json = execFileSync(
  temporalCliPath,
  ['workflow', 'show', '--workflow-id', workflowId, '--address', address, '--output', 'json'],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
writeFileSync(outFile, json);
console.log(`wrote ${(JSON.parse(json) as { events: unknown[] }).events.length} events to ${outFile}`);
