// S3_SSE against the real store: what SeaweedFS (weed mini) honours, and that a mode it cannot
// apply is reported instead of silently storing recordings unencrypted.
import { describe, expect, it } from 'vitest';
import { silentMp3 } from '../../exotel-sim/mp3.js';
import { archiveRecording } from '../../recordings/archive-recording.js';
import { RecordingStoreError } from '../../domain/recording-errors.js';
import { headRecording } from '../../recordings/recording-metadata.js';
import { checkServerSideEncryption } from '../../recordings/sse-check.js';
import { policyFor, publishRecording, recordingSourceForFile, serveBytes, testStore } from './fixture.js';

const source = recordingSourceForFile();
const recording = () => publishRecording(source(), serveBytes(silentMp3));

describe('server-side encryption', () => {
  it('AES256 (the default) is applied by SeaweedFS and reported on read-back', async () => {
    const store = testStore();
    expect(store.sse).toBe('AES256');
    expect(await checkServerSideEncryption(store)).toEqual({ mode: 'AES256', honoured: true });
  });

  it('off stores recordings without encryption', async () => {
    const store = testStore({ S3_SSE: 'off' });
    expect(await checkServerSideEncryption(store)).toEqual({ mode: 'off', honoured: true });
    const archived = await archiveRecording(store, policyFor(source()), recording());
    expect(archived.serverSideEncryption).toBeUndefined();
  });

  it('aws:kms, which needs a KMS SeaweedFS does not have, is reported by the check and fails the archive', async () => {
    const store = testStore({ S3_SSE: 'aws:kms' });
    const check = await checkServerSideEncryption(store);
    expect(check).toMatchObject({ mode: 'aws:kms', honoured: false });
    expect(check.honoured ? '' : check.reason).toMatch(/PutObject with S3_SSE=aws:kms failed/);

    const request = recording();
    const error = await archiveRecording(store, policyFor(source()), request).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(RecordingStoreError);
    expect(await headRecording(store, request.key)).toBeUndefined();
  });
});
