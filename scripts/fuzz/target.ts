// `FUZZ_API_URL=http://127.0.0.1:3000 FUZZ_API_KEY=<admin key> npm run fuzz`: fuzzes an API that is
// already running (e.g. `npm start`'s). Every operation is reachable only with an admin key.
import { fuzzExitCode, printFuzzResult, runSchemathesis } from './schemathesis.js';

const apiUrl = process.env.FUZZ_API_URL!.replace(/\/+$/, '');
const apiKey = process.env.FUZZ_API_KEY;
if (!apiKey) {
  console.error('Set FUZZ_API_KEY to an admin key of that API (admin:... in API_KEYS, or ADMIN_API_KEYS)');
  process.exit(2);
}
const result = await runSchemathesis({
  apiUrl,
  apiKey,
  maxExamples: Number(process.env.FUZZ_MAX_EXAMPLES ?? 250),
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
});
printFuzzResult(result);
process.exit(fuzzExitCode(result, Number(process.env.FUZZ_MIN_REQUESTS ?? 10_000)));
