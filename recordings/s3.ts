// The bucket recordings are archived to, with the S3 client that reaches it. Path-style URLs for
// S3-compatible stores (SeaweedFS), request timeouts so a hung store fails an attempt instead of
// holding it, and the server-side encryption every write asks for.
import { S3Client, type ServerSideEncryption } from '@aws-sdk/client-s3';
import type { StorageEnv } from '../config/recordings-env.js';

export type SseMode = StorageEnv['S3_SSE'];

export interface RecordingStore {
  readonly client: S3Client;
  readonly bucket: string;
  readonly sse: SseMode;
  readonly kmsKeyId?: string | undefined;
}

/** The variables a recording store is built from. */
export type RecordingStoreEnv = Pick<
  StorageEnv,
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_SSE'
  | 'S3_SSE_KMS_KEY_ID'
>;

export function createRecordingStore(env: RecordingStoreEnv): RecordingStore {
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
  }
  const client = new S3Client({
    region: env.S3_REGION,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? env.S3_ENDPOINT !== undefined,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    // Validate response checksums only when asked: otherwise presigned GET URLs carry
    // x-amz-checksum-mode, and reads of multipart objects log checksum warnings.
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  return { client, bucket: env.S3_BUCKET, sse: env.S3_SSE, kmsKeyId: env.S3_SSE_KMS_KEY_ID };
}

/** The encryption fields of PutObject, CreateMultipartUpload and CopyObject. */
export function encryptionParams(store: RecordingStore): {
  ServerSideEncryption?: ServerSideEncryption;
  SSEKMSKeyId?: string;
} {
  if (store.sse === 'off') return {};
  return {
    ServerSideEncryption: store.sse,
    ...(store.sse === 'aws:kms' && store.kmsKeyId ? { SSEKMSKeyId: store.kmsKeyId } : {}),
  };
}

/** True for the S3 error of an object or bucket that does not exist. */
export function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $metadata } = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return name === 'NotFound' || name === 'NoSuchKey' || name === 'NoSuchBucket' || $metadata?.httpStatusCode === 404;
}
