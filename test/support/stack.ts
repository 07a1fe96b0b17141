// What the global setup (test/support/global-setup.ts) provides to every test file.
//
//   import { testDatabaseUrl, temporalAddress, timeSkippingServerPath } from './stack.js';
//   const env = await TestWorkflowEnvironment.createTimeSkipping({
//     server: { executable: { type: 'existing-path', path: timeSkippingServerPath() } },
//   });
//
//   import { testS3Env } from './stack.js';
//   const store = createRecordingStore(storageEnvSchema.parse(testS3Env()));
import { inject } from 'vitest';

export interface StackContext {
  /** The run's own database (`<name>_test`, recreated and migrated), never the developer's. */
  databaseUrl: string;
  /** host:port of the run's in-memory Temporal dev server (namespace `default`, search attributes registered). */
  temporalAddress: string;
  /** Temporal's time-skipping test server, for TestWorkflowEnvironment.createTimeSkipping. */
  timeSkippingServerPath: string;
  /** http://127.0.0.1:<port> of the run's SeaweedFS S3 gateway (path-style, SigV4-checked). */
  s3Endpoint: string;
  /** The run's bucket, empty at the start of the run; other buckets may be created. */
  s3Bucket: string;
  s3AccessKeyId: string;
  s3SecretAccessKey: string;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- vitest's declaration merging needs an interface
  export interface ProvidedContext extends StackContext {}
}

export const testDatabaseUrl = (): string => inject('databaseUrl');
export const temporalAddress = (): string => inject('temporalAddress');
export const timeSkippingServerPath = (): string => inject('timeSkippingServerPath');
/** The namespace the dev server always has. */
export const temporalNamespace = 'default';

export const s3Endpoint = (): string => inject('s3Endpoint');
export const s3Bucket = (): string => inject('s3Bucket');
export const s3AccessKeyId = (): string => inject('s3AccessKeyId');
export const s3SecretAccessKey = (): string => inject('s3SecretAccessKey');

/** The S3_* variables of the run's store, to merge into an env for loadEnv or storageEnvSchema. */
export function testS3Env(): Record<
  'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE',
  string
> {
  return {
    S3_ENDPOINT: s3Endpoint(),
    S3_BUCKET: s3Bucket(),
    S3_ACCESS_KEY_ID: s3AccessKeyId(),
    S3_SECRET_ACCESS_KEY: s3SecretAccessKey(),
    S3_FORCE_PATH_STYLE: 'true',
  };
}
