// `npm run fuzz` without FUZZ_API_URL: the whole application on its own database, Temporal dev
// server and S3 store (test/support, as the integration tests start it), fuzzed by Schemathesis.
// Run through vitest (scripts/fuzz/vitest.config.ts) for its global setup; not part of `npm test`.
import { expect, it } from 'vitest';
import { ADMIN_API_KEY, startAppStack } from '../../test/support/app-stack.js';
import { fuzzExitCode, printFuzzResult, runSchemathesis } from './schemathesis.js';

const MAX_EXAMPLES = Number(process.env.FUZZ_MAX_EXAMPLES ?? 250);
const MIN_REQUESTS = Number(process.env.FUZZ_MIN_REQUESTS ?? 10_000);

it('survives Schemathesis: no 5xx, every answer as documented', async () => {
  // Generous limits: the fuzzer is one client sending thousands of requests a minute.
  const stack = await startAppStack({
    RATE_LIMIT_PER_KEY_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1000000',
    RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE: '1000000',
    LOG_LEVEL: 'error',
    // Streams end after a second, or each generated stream request would wait out the fuzzer's timeout.
    EVENTS_STREAM_MAX_SEC: '1',
  });
  try {
    const result = await runSchemathesis({
      apiUrl: stack.apiUrl,
      apiKey: ADMIN_API_KEY,
      maxExamples: MAX_EXAMPLES,
      seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined,
    });
    printFuzzResult(result);
    expect(fuzzExitCode(result, MIN_REQUESTS)).toBe(0);
  } finally {
    await stack.stop();
  }
});
