// Six projects, one global setup (test/support/global-setup.ts): a test database, one Temporal
// dev server and one SeaweedFS S3 store for the whole run, handed to tests through
// test/support/stack.ts.
import { defineConfig } from 'vitest/config';

const slow = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 15_000,
          // Type-level tests: the SQL row types against the schema (run and type-checked).
          typecheck: {
            enabled: true,
            include: ['test/unit/db-rows.test.ts'],
            tsconfig: 'test/unit/tsconfig.types.json',
          },
        },
      },
      { test: { name: 'sim', include: ['test/sim/**/*.test.ts'], testTimeout: 30_000 } },
      // Recording archival against the run's SeaweedFS and local HTTP sources; no mocks of S3.
      { test: { name: 'recordings', include: ['test/recordings/**/*.test.ts'], testTimeout: 60_000 } },
      // Each file starts its own time-skipping test server and bundles its workflows.
      { test: { name: 'workflows', include: ['test/workflows/**/*.test.ts'], ...slow } },
      // One file at a time, after the other projects: they share the Temporal server and database.
      { test: { name: 'integration', include: ['test/integration/**/*.test.ts'], fileParallelism: false, ...slow } },
      // The console in Debian's Chromium against the real stack, one file at a time, after the others.
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false, ...slow } },
    ],
  },
});
