// Playback links: a presigned GET works for its lifetime; the bucket itself stays private, and
// SeaweedFS really checks the SigV4 signature and expiry (no mock could show that).
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveRecording } from '../../recordings/archive-recording.js';
import { presignRecordingUrl } from '../../recordings/presign.js';
import { s3Endpoint } from '../support/stack.js';
import {
  hashStream,
  mp3OfSeconds,
  policyFor,
  publishRecording,
  recordingSourceForFile,
  serveBytes,
  sha256Hex,
  testStore,
} from './fixture.js';

const store = testStore();
const audio = mp3OfSeconds(5);
const source = recordingSourceForFile();
let key: string;

beforeAll(async () => {
  ({ key } = await archiveRecording(store, policyFor(source()), publishRecording(source(), serveBytes(audio))));
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

describe('presigned playback URLs', () => {
  it('download exactly the archived bytes, as audio/mpeg, until they expire', async () => {
    const signedAt = new Date();
    const { url, expiresAt } = await presignRecordingUrl(store, key, { ttlSec: 300, signedAt });
    expect(expiresAt).toEqual(new Date(signedAt.getTime() + 300_000));
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('300');

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(await hashStream(response.body as AsyncIterable<Uint8Array>)).toEqual({
      sha256: sha256Hex(audio),
      bytes: audio.length,
    });
  });

  it('the bucket refuses an unsigned GET of the same object', async () => {
    const unsigned = await get(`${s3Endpoint()}/${store.bucket}/${key}`);
    expect(unsigned.status).toBe(403);
    expect(unsigned.body).toContain('AccessDenied');
  });

  it('the store refuses an expired URL', async () => {
    const { url } = await presignRecordingUrl(store, key, {
      ttlSec: 900,
      signedAt: new Date(Date.now() - 16 * 60_000),
    });
    const expired = await get(url);
    expect(expired.status).toBe(403);
    expect(expired.body).toContain('expired');
  });

  it('the store refuses a URL altered to reach another object, or signed with the wrong secret', async () => {
    const { url } = await presignRecordingUrl(store, key, { ttlSec: 300 });
    const otherKey = key.replace(/[0-9a-f-]+\.mp3$/, '00000000-0000-0000-0000-000000000000.mp3');
    expect((await get(url.replace(key, otherKey))).status).toBe(403);

    const forged = await presignRecordingUrl(testStore({ S3_SECRET_ACCESS_KEY: 'not-the-secret' }), key, {
      ttlSec: 300,
    });
    expect((await get(forged.url)).status).toBe(403);
  });

  it('are only made for recording keys, for at most the SigV4 limit of 7 days', async () => {
    await expect(presignRecordingUrl(store, 'secrets/config.json', { ttlSec: 60 })).rejects.toThrow(
      /not a recording key/,
    );
    await expect(presignRecordingUrl(store, key, { ttlSec: 0 })).rejects.toThrow(/1 to 604800/);
    await expect(presignRecordingUrl(store, key, { ttlSec: 604_801 })).rejects.toThrow(/1 to 604800/);
  });
});
