// Retention and erasure on a bucket of its own: which recordings are old enough, and deleting
// them (one by one, or a list for an erasure request) with an honest report of what existed.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveRecording } from '../../recordings/archive-recording.js';
import { ensureBucket } from '../../recordings/bucket.js';
import {
  deleteRecording,
  deleteRecordings,
  expiredRecordingKeys,
  retentionCutoff,
} from '../../recordings/delete-recordings.js';
import { headRecording } from '../../recordings/recording-metadata.js';
import { silentMp3 } from '../../exotel-sim/mp3.js';
import { policyFor, publishRecording, recordingSourceForFile, serveBytes, testStore } from './fixture.js';

const DAY = 86_400_000;
const now = new Date();
const store = testStore({ S3_BUCKET: `retention-${randomUUID().slice(0, 8)}` });
const source = recordingSourceForFile();

beforeAll(async () => {
  expect(await ensureBucket(store)).toBe(true);
  expect(await ensureBucket(store)).toBe(false);
});

async function archiveCallFrom(daysAgo: number): Promise<string> {
  const recording = publishRecording(source(), serveBytes(silentMp3), new Date(now.getTime() - daysAgo * DAY));
  return (await archiveRecording(store, policyFor(source()), recording)).key;
}

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const key of keys) all.push(key);
  return all;
}

describe('retention', () => {
  it('finds the recordings of calls older than N days, oldest first, and deletes them', async () => {
    const [yearOld, monthOld, recent, today] = [
      await archiveCallFrom(400),
      await archiveCallFrom(31),
      await archiveCallFrom(29),
      await archiveCallFrom(0),
    ];

    const expired = await collect(expiredRecordingKeys(store, retentionCutoff(now, 30)));
    expect(expired).toEqual([yearOld, monthOld]);

    for (const key of expired) expect(await deleteRecording(store, key)).toBe(true);
    expect(await deleteRecording(store, yearOld)).toBe(false);
    expect(await collect(expiredRecordingKeys(store, retentionCutoff(now, 30)))).toEqual([]);
    expect(await headRecording(store, recent)).toBeDefined();
    expect(await headRecording(store, today)).toBeDefined();
  });
});

describe('erasure', () => {
  it('deletes a list of recordings and reports which existed', async () => {
    const [first, second] = [await archiveCallFrom(3), await archiveCallFrom(2)];
    const never = first.replace(/[0-9a-f-]+\.mp3$/, `${randomUUID()}.mp3`);

    expect(await deleteRecordings(store, [first, never, second, first])).toEqual({
      deleted: [first, second],
      missing: [never],
    });
    expect(await headRecording(store, first)).toBeUndefined();
    expect(await headRecording(store, second)).toBeUndefined();
  });

  it('refuses keys outside the recordings layout and then deletes nothing', async () => {
    const kept = await archiveCallFrom(1);
    await expect(deleteRecordings(store, [kept, '../etc/passwd'])).rejects.toThrow(/not recording keys/);
    await expect(deleteRecording(store, 'recordings/')).rejects.toThrow(/not a recording key/);
    expect(await headRecording(store, kept)).toBeDefined();
  });
});
