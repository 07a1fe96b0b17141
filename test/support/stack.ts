// What the global setup (test/support/global-setup.ts) provides to every test file.
//
//   import { testDatabaseUrl, temporalAddress, timeSkippingServerPath } from '../support/stack.js';
//   const env = await TestWorkflowEnvironment.createTimeSkipping({
//     server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } },
//   });
import { inject } from 'vitest';

export interface StackContext {
  /** The run's own database (`<name>_test`, recreated and migrated), never the developer's. */
  databaseUrl: string;
  /** host:port of the run's in-memory Temporal dev server (namespace `default`, search attributes registered). */
  temporalAddress: string;
  /** Temporal's time-skipping test server, for TestWorkflowEnvironment.createTimeSkipping. */
  timeSkippingServerPath: string;
}

declare module 'vitest' {
  export interface ProvidedContext extends StackContext {}
}

export const testDatabaseUrl = (): string => inject('databaseUrl');
export const temporalAddress = (): string => inject('temporalAddress');
export const timeSkippingServerPath = (): string => inject('timeSkippingServerPath');
/** The namespace the dev server always has. */
export const temporalNamespace = 'default';
