// What the storage tests share: a store on the run's SeaweedFS, a local HTTP server standing in
// for Exotel's recording host (it counts requests, so a test can prove nothing was fetched), and
// MP3 bytes made of the simulator's silent frames.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { storageEnvSchema, type StorageEnv } from '../../config/recordings-env.js';
import { silentMp3 } from '../../exotel-sim/mp3.js';
import { parseAllowedSource } from '../../domain/recording-sources.js';
import type { ArchiveRequest } from '../../recordings/archive-recording.js';
import { recordingKey } from '../../recordings/recording-key.js';
import { createRecordingStore, type RecordingStore } from '../../recordings/s3.js';
import type { RecordingSourcePolicy } from '../../recordings/source-policy.js';
import { testS3Env } from '../support/stack.js';

export function testStore(overrides: Partial<Record<keyof StorageEnv, string>> = {}): RecordingStore {
  return createRecordingStore(storageEnvSchema.parse({ ...testS3Env(), ...overrides }));
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface PublishedRecording extends ArchiveRequest {
  /** Where the source serves it. */
  path: string;
  /** Where the archive will put it. */
  key: string;
}

/**
 * A new call (IDs as the API and Exotel make them) whose recording `source` serves at
 * /exotelrecordings/acme/<CallSid>.mp3 with `handler`.
 */
export function publishRecording(
  source: RecordingSource,
  handler: Handler,
  startedAt = new Date(),
): PublishedRecording {
  const call = {
    callId: randomUUID(),
    callSid: randomUUID().replaceAll('-', ''),
    trackingId: `lead-${randomUUID().slice(0, 8)}`,
    callStartedAt: startedAt,
  };
  const path = `/exotelrecordings/acme/${call.callSid}.mp3`;
  source.routes.set(path, handler);
  return {
    ...call,
    sourceUrl: source.url(path),
    path,
    key: recordingKey({ callId: call.callId, startedAt, format: 'mp3' }),
  };
}

export interface RecordingSource {
  port: number;
  /** http://127.0.0.1:<port><path> */
  url(path: string): string;
  /** What answers `path` (exact, without the query); unknown paths get 404. */
  routes: Map<string, Handler>;
  /** Paths requested, in order. */
  requests: string[];
  /** Headers of each request, in order. */
  headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

export async function startRecordingSource(): Promise<RecordingSource> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://source').pathname;
    requests.push(path);
    headers.push(request.headers);
    const handler = routes.get(path);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>');
      return;
    }
    void Promise.resolve(handler(request, response)).catch((error: unknown) => response.destroy(error as Error));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One source for the test file: started before its tests, closed after them. */
export function recordingSourceForFile(): () => RecordingSource {
  let source: RecordingSource | undefined;
  beforeAll(async () => {
    source = await startRecordingSource();
  });
  afterAll(async () => {
    await source?.close();
  });
  return () => {
    if (!source) throw new Error('the recording source is not started yet');
    return source;
  };
}

/** The sandbox policy for a source: its /exotelrecordings/ path, plain HTTP. */
export function policyFor(
  source: RecordingSource,
  overrides: Partial<RecordingSourcePolicy> = {},
): RecordingSourcePolicy {
  return {
    allowed: [parseAllowedSource(`127.0.0.1:${source.port}/exotelrecordings/`)],
    requireHttps: false,
    maxBytes: 64 * 1024 * 1024,
    timeoutMs: 20_000,
    maxRedirects: 3,
    ...overrides,
  };
}

/** Answers with `body` in one piece, with its Content-Length. */
export const serveBytes =
  (body: Buffer, contentType = 'audio/mpeg'): Handler =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length }).end(body);
  };

/** A recording of about `seconds` seconds of silence: real MP3 frames. */
export const mp3OfSeconds = (seconds: number): Buffer =>
  Buffer.concat(Array.from({ length: seconds }, () => silentMp3));

/**
 * Streams `totalBytes` of MP3 frames without a Content-Length, generated as it goes (never held
 * whole), and reports their SHA-256. `pauseAfter` holds the stream at that many bytes until
 * `resume` resolves.
 */
export function streamMp3(
  totalBytes: number,
  options: { pauseAfter?: number; resume?: () => Promise<void> } = {},
): { handler: Handler; sha256: Promise<string> } {
  let reportHash: (hex: string) => void = () => {};
  const sha256 = new Promise<string>((resolve) => {
    reportHash = resolve;
  });
  const handler: Handler = async (_request, response) => {
    response.writeHead(200, { 'content-type': 'audio/mpeg' });
    const hash = createHash('sha256');
    let sent = 0;
    let paused = false;
    while (sent < totalBytes) {
      if (!paused && options.pauseAfter !== undefined && sent >= options.pauseAfter) {
        paused = true;
        await options.resume?.();
      }
      const chunk = silentMp3.subarray(0, Math.min(silentMp3.length, totalBytes - sent));
      hash.update(chunk);
      sent += chunk.length;
      if (response.destroyed) return; // the archiver gave up
      if (!response.write(chunk)) await drainedOrClosed(response);
    }
    response.end();
    reportHash(hash.digest('hex'));
  };
  return { handler, sha256 };
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.once('drain', done).once('close', done);
  });
}

/** The object's bytes as the store serves them, hashed as they stream. */
export async function storedSha256(store: RecordingStore, key: string): Promise<{ sha256: string; bytes: number }> {
  const object = await store.client.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
  return hashStream(object.Body as AsyncIterable<Uint8Array>);
}

export async function hashStream(body: AsyncIterable<Uint8Array>): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of body) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest('hex'), bytes };
}
