// `npm run fuzz` (scripts/fuzz.sh): one long test, with the integration tests' global setup.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    include: ['scripts/fuzz/stack.fuzz.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
  },
});
