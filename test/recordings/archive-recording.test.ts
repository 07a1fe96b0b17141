// Archiving recordings into the run's real SeaweedFS from a local HTTP source: what ops and the
// workflow rely on. Integrity, idempotence, the retry classes, the SSRF guard in action, limits,
// and streaming of large recordings.
import { ListMultipartUploadsCommand, ListPartsCommand } from '@aws-sdk/client-s3';
import { beforeEach, describe, expect, it } from 'vitest';
import { silentMp3 } from '../../exotel-sim/mp3.js';
import { archiveRecording } from '../../recordings/archive-recording.js';
import {
  RecordingArchiveConflictError,
  RecordingContentTypeError,
  RecordingFetchFailedError,
  RecordingFetchRejectedError,
  RecordingNotYetAvailableError,
  RecordingSourceRefusedError,
  RecordingTooLargeError,
  nonRetryableRecordingErrorTypes,
} from '../../domain/recording-errors.js';
import { headRecording } from '../../recordings/recording-metadata.js';
import {
  mp3OfSeconds,
  policyFor,
  publishRecording,
  recordingSourceForFile,
  serveBytes,
  sha256Hex,
  storedSha256,
  streamMp3,
  testStore,
  type RecordingSource,
} from './fixture.js';

const MiB = 1024 * 1024;
const store = testStore();
const currentSource = recordingSourceForFile();
let source: RecordingSource;

beforeEach(() => {
  source = currentSource();
});

const recordingAt = (handler: Parameters<RecordingSource['routes']['set']>[1], startedAt?: Date) =>
  publishRecording(source, handler, startedAt);

const requestsFor = (path: string): number => source.requests.filter((requested) => requested === path).length;

async function rejection(work: Promise<unknown>): Promise<Error & { retryable?: boolean }> {
  const result = await work.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(result instanceof Error)) throw new Error('expected the archive to fail');
  return result;
}

describe('archiving a recording', () => {
  it('stores the bytes under the dated key with their SHA-256, size, call metadata and encryption', async () => {
    const audio = mp3OfSeconds(30);
    const request = recordingAt(serveBytes(audio), new Date('2026-11-25T10:15:00Z'));

    const archived = await archiveRecording(store, policyFor(source), request);

    expect(archived).toMatchObject({
      bucket: store.bucket,
      key: `recordings/2026/11/25/${request.callId}.mp3`,
      bytes: audio.length,
      sha256: sha256Hex(audio),
      contentType: 'audio/mpeg',
      serverSideEncryption: 'AES256',
      multipart: false,
      uploaded: true,
    });
    expect(await storedSha256(store, archived.key)).toEqual({ sha256: sha256Hex(audio), bytes: audio.length });
    expect(await headRecording(store, archived.key)).toMatchObject({
      callId: request.callId,
      callSid: request.callSid,
      trackingId: request.trackingId,
      sourceHost: `127.0.0.1:${source.port}`,
      sha256: sha256Hex(audio),
      bytes: audio.length,
    });
  });

  it('archives the same recording only once: a second call fetches and writes nothing', async () => {
    const request = recordingAt(serveBytes(silentMp3));
    const first = await archiveRecording(store, policyFor(source), request);
    const before = await headRecording(store, first.key);

    const second = await archiveRecording(store, policyFor(source), request);

    expect(second).toEqual({ ...first, uploaded: false });
    expect(requestsFor(request.path)).toBe(1);
    const after = await headRecording(store, first.key);
    expect(after?.etag).toBe(before?.etag);
    expect(after?.lastModified).toEqual(before?.lastModified);
  });

  it('reports a recording that is not published yet (404) as retryable, then archives it once it is', async () => {
    const request = recordingAt((_request, response) => void response.writeHead(404).end());

    const error = await rejection(archiveRecording(store, policyFor(source), request));
    expect(error).toBeInstanceOf(RecordingNotYetAvailableError);
    expect(error.retryable).toBe(true);
    expect(nonRetryableRecordingErrorTypes).not.toContain(error.name);
    expect(await headRecording(store, request.key)).toBeUndefined();

    source.routes.set(request.path, serveBytes(silentMp3));
    expect((await archiveRecording(store, policyFor(source), request)).uploaded).toBe(true);
  });

  it('refuses a host that is not allowed before making any request', async () => {
    const request = recordingAt(serveBytes(silentMp3));
    const otherPort = policyFor(source, {
      allowed: policyFor(source).allowed.map((allowed) => ({ ...allowed, port: String(source.port + 1) })),
    });
    const onlyHttps = policyFor(source, { requireHttps: true });
    const otherHost = { ...request, sourceUrl: request.sourceUrl.replace('127.0.0.1', 'localhost') };

    for (const [policy, attempt, reason] of [
      [otherPort, request, 'port_not_allowed'],
      [onlyHttps, request, 'https_required'],
      [policyFor(source), otherHost, 'host_not_allowed'],
    ] as const) {
      const error = await rejection(archiveRecording(store, policy, attempt));
      expect(error).toBeInstanceOf(RecordingSourceRefusedError);
      expect((error as RecordingSourceRefusedError).reason).toBe(reason);
      expect(nonRetryableRecordingErrorTypes).toContain(error.name);
    }
    expect(requestsFor(request.path)).toBe(0);
    expect(await headRecording(store, request.key)).toBeUndefined();
  });

  it('follows a redirect within the source, and refuses one to another host without requesting it', async () => {
    const target = recordingAt(serveBytes(silentMp3));
    const sameOrigin = recordingAt(
      (_request, response) => void response.writeHead(302, { location: target.path }).end(),
    );
    expect((await archiveRecording(store, policyFor(source), sameOrigin)).sha256).toBe(sha256Hex(silentMp3));
    expect(requestsFor(target.path)).toBe(1);

    const elsewhere = `http://localhost:${source.port}/exotelrecordings/acme/elsewhere.mp3`;
    source.routes.set('/exotelrecordings/acme/elsewhere.mp3', serveBytes(silentMp3));
    const offsite = recordingAt((_request, response) => void response.writeHead(307, { location: elsewhere }).end());
    const error = await rejection(archiveRecording(store, policyFor(source), offsite));
    expect(error).toBeInstanceOf(RecordingSourceRefusedError);
    expect((error as RecordingSourceRefusedError).reason).toBe('redirect_not_allowed');
    expect(requestsFor('/exotelrecordings/acme/elsewhere.mp3')).toBe(0);
    expect(await headRecording(store, offsite.key)).toBeUndefined();
  });

  it('refuses a recording whose Content-Length is over the limit without storing anything', async () => {
    const request = recordingAt(serveBytes(mp3OfSeconds(10)));
    const error = await rejection(archiveRecording(store, policyFor(source, { maxBytes: 20_000 }), request));
    expect(error).toBeInstanceOf(RecordingTooLargeError);
    expect(error).toMatchObject({ declared: true, seenBytes: mp3OfSeconds(10).length, retryable: false });
    expect(await headRecording(store, request.key)).toBeUndefined();
  });

  it('stops a stream that grows past the limit mid-upload, and leaves no object or parts behind', async () => {
    const stream = streamMp3(12 * MiB);
    const request = recordingAt(stream.handler);
    const error = await rejection(
      archiveRecording(store, policyFor(source, { maxBytes: 7 * MiB }), request, { partSizeBytes: 5 * MiB }),
    );
    expect(error).toBeInstanceOf(RecordingTooLargeError);
    expect(error).toMatchObject({ declared: false, limitBytes: 7 * MiB });
    expect(await headRecording(store, request.key)).toBeUndefined();
    const uploads = await store.client.send(
      new ListMultipartUploadsCommand({ Bucket: store.bucket, Prefix: request.key }),
    );
    expect(uploads.Uploads ?? []).toEqual([]);
  });

  it.each([
    ['an HTML page', serveBytes(Buffer.from('<html><body>Login required</body></html>'), 'text/html')],
    ['XML error with a 200', serveBytes(Buffer.from('<?xml version="1.0"?><Error/>'), 'application/xml')],
    ['HTML labelled audio/mpeg', serveBytes(Buffer.from('<html><body>Login required</body></html>'), 'audio/mpeg')],
    [
      'WAV bytes at an .mp3 URL',
      serveBytes(
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), Buffer.alloc(64)]),
        'binary/octet-stream',
      ),
    ],
    ['an empty body', serveBytes(Buffer.alloc(0))],
  ])('refuses %s as not audio, storing nothing', async (_name, handler) => {
    const request = recordingAt(handler);
    const error = await rejection(archiveRecording(store, policyFor(source), request));
    expect(error).toBeInstanceOf(RecordingContentTypeError);
    expect(error.retryable).toBe(false);
    expect(await headRecording(store, request.key)).toBeUndefined();
  });

  it('accepts an MP3 served as binary/octet-stream (S3 without a type) and stores it as audio/mpeg', async () => {
    const request = recordingAt(serveBytes(silentMp3, 'binary/octet-stream'));
    expect((await archiveRecording(store, policyFor(source), request)).contentType).toBe('audio/mpeg');
  });

  it('tells transient source failures (retry) from final ones (do not)', async () => {
    const unavailable = recordingAt((_request, response) => void response.writeHead(503).end());
    const busy = recordingAt((_request, response) => void response.writeHead(429).end());
    const forbidden = recordingAt((_request, response) => void response.writeHead(403).end());
    const reset = recordingAt((request) => void request.socket.destroy());

    expect(await rejection(archiveRecording(store, policyFor(source), unavailable))).toMatchObject({
      name: 'RecordingFetchFailedError',
      status: 503,
      retryable: true,
    });
    expect(await rejection(archiveRecording(store, policyFor(source), busy))).toMatchObject({
      name: 'RecordingFetchFailedError',
      status: 429,
      retryable: true,
    });
    expect(await rejection(archiveRecording(store, policyFor(source), reset))).toMatchObject({
      name: 'RecordingFetchFailedError',
      reason: 'network',
      retryable: true,
    });
    const refused = await rejection(archiveRecording(store, policyFor(source), forbidden));
    expect(refused).toBeInstanceOf(RecordingFetchRejectedError);
    expect(refused).toMatchObject({ status: 403, retryable: false });
  });

  it('gives up on a source that stalls past the time limit, as a retryable timeout', async () => {
    const request = recordingAt((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg' });
      response.write(silentMp3.subarray(0, 1_000)); // then nothing more
    });
    const started = Date.now();
    const error = await rejection(archiveRecording(store, policyFor(source, { timeoutMs: 500 }), request));
    expect(error).toBeInstanceOf(RecordingFetchFailedError);
    expect(error).toMatchObject({ reason: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await headRecording(store, request.key)).toBeUndefined();
  });

  it('sends Exotel credentials as Basic auth when given', async () => {
    const request = recordingAt(serveBytes(silentMp3));
    await archiveRecording(store, policyFor(source), {
      ...request,
      credentials: { username: 'api-key', password: 'api-token' },
    });
    const sent = source.headers[source.requests.lastIndexOf(request.path)];
    expect(sent?.authorization).toBe(`Basic ${Buffer.from('api-key:api-token').toString('base64')}`);
  });

  it('never overwrites the recording of another Exotel call at the same key', async () => {
    const request = recordingAt(serveBytes(silentMp3));
    await archiveRecording(store, policyFor(source), request);
    const error = await rejection(
      archiveRecording(store, policyFor(source), { ...request, callSid: 'another-call-sid' }),
    );
    expect(error).toBeInstanceOf(RecordingArchiveConflictError);
    expect(error.retryable).toBe(false);
    expect((await headRecording(store, request.key))?.callSid).toBe(request.callSid);
  });
});

describe('archiving a large recording', () => {
  it('streams it into a multipart upload: parts are stored before the source has finished sending', async () => {
    const total = 12 * MiB;
    let key = '';
    let partsBeforeEnd = 0;
    // Hold the source at 9 MiB until the store holds a part: a fetcher that buffered the whole
    // recording first would never upload one, and this test would time out.
    const stream = streamMp3(total, {
      pauseAfter: 9 * MiB,
      resume: async () => {
        const deadline = Date.now() + 20_000;
        while (partsBeforeEnd === 0 && Date.now() < deadline) {
          const { Uploads = [] } = await store.client.send(
            new ListMultipartUploadsCommand({ Bucket: store.bucket, Prefix: key }),
          );
          for (const upload of Uploads) {
            const { Parts = [] } = await store.client.send(
              new ListPartsCommand({ Bucket: store.bucket, Key: key, UploadId: upload.UploadId }),
            );
            partsBeforeEnd += Parts.length;
          }
          if (partsBeforeEnd === 0) await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
    });
    const request = recordingAt(stream.handler);
    key = request.key;

    const progress: number[] = [];
    const archived = await archiveRecording(store, policyFor(source), request, {
      onProgress: (bytes) => progress.push(bytes),
    });

    expect(partsBeforeEnd).toBeGreaterThan(0);
    expect(progress.length).toBe(1); // the first 8 MiB part; the last one is stored on completion
    expect(progress[0]).toBeGreaterThanOrEqual(8 * MiB);
    expect(archived).toMatchObject({
      bytes: total,
      sha256: await stream.sha256,
      multipart: true,
      uploaded: true,
      serverSideEncryption: 'AES256',
    });
    expect(archived.etag).toMatch(/-2"?$/); // 8 MiB + 4 MiB
    expect(await storedSha256(store, key)).toEqual({ sha256: await stream.sha256, bytes: total });
    expect(await headRecording(store, key)).toMatchObject({
      sha256: await stream.sha256,
      bytes: total,
      callSid: request.callSid,
      contentType: 'audio/mpeg',
    });

    // Finished means finished: archiving it again downloads nothing.
    const requestsBefore = requestsFor(request.path);
    expect((await archiveRecording(store, policyFor(source), request)).uploaded).toBe(false);
    expect(requestsFor(request.path)).toBe(requestsBefore);
  });
});
