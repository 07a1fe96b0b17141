// Deleting a call's recording objects from an API route: a store that does not answer is a 503
// saying the erasure is recorded and the request can be repeated to finish it.
import { RecordingStoreError } from '../domain/recording-errors.js';
import { deleteCallRecordingObjects } from '../recordings/call-recordings.js';
import type { RecordingStore } from '../recordings/s3.js';
import { ApiError } from './errors.js';

/** True when something was there to delete. */
export async function deleteRecordingObjectsOr503(
  store: RecordingStore,
  call: { id: string; createdAt: Date; recordingKey: string | null },
): Promise<boolean> {
  try {
    return await deleteCallRecordingObjects(store, call);
  } catch (error) {
    if (!(error instanceof RecordingStoreError)) throw error;
    throw new ApiError(
      503,
      'storage_unavailable',
      'The recordings store did not answer: the erasure is recorded; repeat the request to delete the recordings',
    );
  }
}
