// Removing recordings: one key (retention), a list of keys (erasure requests), and the walk that
// finds what retention should remove. Only keys of the recordings layout are ever deleted.
import { DeleteObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { RecordingStoreError } from '../domain/recording-errors.js';
import { headRecording } from './recording-metadata.js';
import { isRecordingKey, parseRecordingKey, RECORDINGS_PREFIX } from './recording-key.js';
import type { RecordingStore } from './s3.js';

const DAY_MS = 86_400_000;

/** Deletes one recording; true when it existed (S3's DELETE answers the same either way). */
export async function deleteRecording(store: RecordingStore, key: string): Promise<boolean> {
  if (!isRecordingKey(key)) throw new Error(`${JSON.stringify(key)} is not a recording key: refusing to delete it`);
  const existed = (await headRecording(store, key)) !== undefined;
  if (!existed) return false;
  try {
    await store.client.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: key }));
  } catch (error) {
    throw new RecordingStoreError(`DeleteObject ${key}`, { cause: error });
  }
  return true;
}

export interface ErasureReport {
  deleted: string[];
  missing: string[];
}

/** Erasure: deletes each key (all are checked first, so a bad key deletes nothing). */
export async function deleteRecordings(store: RecordingStore, keys: readonly string[]): Promise<ErasureReport> {
  const refused = keys.filter((key) => !isRecordingKey(key));
  if (refused.length > 0)
    throw new Error(`not recording keys, nothing deleted: ${refused.map((key) => JSON.stringify(key)).join(', ')}`);
  const report: ErasureReport = { deleted: [], missing: [] };
  for (const key of new Set(keys)) {
    ((await deleteRecording(store, key)) ? report.deleted : report.missing).push(key);
  }
  return report;
}

/** The first day retention keeps: recordings of calls on earlier (UTC) days are expired. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - retentionDays * DAY_MS);
}

/**
 * Keys of recordings dated before `cutoff`. Keys list in lexicographic order, which the
 * recordings/YYYY/MM/DD layout makes chronological, so the walk stops at the first kept day.
 */
export async function* expiredRecordingKeys(store: RecordingStore, cutoff: Date): AsyncGenerator<string> {
  let ContinuationToken: string | undefined;
  do {
    let page;
    try {
      page = await store.client.send(
        new ListObjectsV2Command({ Bucket: store.bucket, Prefix: RECORDINGS_PREFIX, ContinuationToken }),
      );
    } catch (error) {
      throw new RecordingStoreError('ListObjectsV2', { cause: error });
    }
    for (const { Key } of page.Contents ?? []) {
      const parsed = Key === undefined ? undefined : parseRecordingKey(Key);
      if (!Key || !parsed) continue;
      if (parsed.day.getTime() >= cutoff.getTime()) return;
      yield Key;
    }
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}
