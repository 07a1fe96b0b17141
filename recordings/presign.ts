// Short-lived playback links: the bucket stays private and the store checks each link's SigV4
// signature and expiry (SeaweedFS answers 403 to an unsigned, altered or expired one).
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { isRecordingKey } from './recording-key.js';
import type { RecordingStore } from './s3.js';

/** SigV4's longest presigned lifetime. */
export const MAX_URL_TTL_SEC = 604_800;

export interface PresignedRecordingUrl {
  url: string;
  expiresAt: Date;
}

export async function presignRecordingUrl(
  store: RecordingStore,
  key: string,
  options: { ttlSec: number; /** Signing time; tests sign in the past to get an expired link. */ signedAt?: Date },
): Promise<PresignedRecordingUrl> {
  if (!isRecordingKey(key)) throw new Error(`${JSON.stringify(key)} is not a recording key`);
  if (!Number.isInteger(options.ttlSec) || options.ttlSec < 1 || options.ttlSec > MAX_URL_TTL_SEC) {
    throw new Error(`a presigned URL lives 1 to ${MAX_URL_TTL_SEC} seconds, not ${options.ttlSec}`);
  }
  const signedAt = options.signedAt ?? new Date();
  const url = await getSignedUrl(store.client, new GetObjectCommand({ Bucket: store.bucket, Key: key }), {
    expiresIn: options.ttlSec,
    signingDate: signedAt,
  });
  return { url, expiresAt: new Date(signedAt.getTime() + options.ttlSec * 1000) };
}
