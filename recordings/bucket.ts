// Making sure the recordings bucket exists (sandbox and tests create it; production provisions it).
import { CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import { RecordingStoreError } from '../domain/recording-errors.js';
import { isNotFound, type RecordingStore } from './s3.js';

/** Creates the bucket unless it exists; true when it was created. */
export async function ensureBucket(store: RecordingStore): Promise<boolean> {
  try {
    await store.client.send(new HeadBucketCommand({ Bucket: store.bucket }));
    return false;
  } catch (error) {
    if (!isNotFound(error)) throw new RecordingStoreError(`HeadBucket ${store.bucket}`, { cause: error });
  }
  try {
    await store.client.send(new CreateBucketCommand({ Bucket: store.bucket }));
    return true;
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    if (name === 'BucketAlreadyOwnedByYou' || name === 'BucketAlreadyExists') return false;
    throw new RecordingStoreError(`CreateBucket ${store.bucket}`, { cause: error });
  }
}
