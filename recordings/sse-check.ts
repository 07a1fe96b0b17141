// Does the store honour S3_SSE? Checked once at start-up with a tiny probe object, so a store
// that refuses or silently ignores the requested encryption is reported before a recording is.
// Found on SeaweedFS 4.48: `weed mini` applies AES256 (it generates its own key); `weed server
// -s3` refuses it (HTTP 500) until a key is configured (WEED_S3_SSE_KEK); aws:kms needs a KMS.
import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { encryptionParams, type RecordingStore, type SseMode } from './s3.js';

export type SseCheck = { mode: SseMode; honoured: true } | { mode: SseMode; honoured: false; reason: string };

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export async function checkServerSideEncryption(store: RecordingStore): Promise<SseCheck> {
  const mode = store.sse;
  const key = `.exoflow-probe/${randomUUID()}`;
  try {
    await store.client.send(
      new PutObjectCommand({ Bucket: store.bucket, Key: key, Body: 'probe', ...encryptionParams(store) }),
    );
  } catch (error) {
    return { mode, honoured: false, reason: `PutObject with S3_SSE=${mode} failed: ${errorText(error)}` };
  }
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }));
    const reported = head.ServerSideEncryption;
    if (mode !== 'off' && reported !== mode)
      return { mode, honoured: false, reason: `the store reports ${reported ?? 'no encryption'}` };
    return { mode, honoured: true };
  } finally {
    await store.client.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: key })).catch(() => undefined);
  }
}
