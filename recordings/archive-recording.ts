// Archives one call recording into our bucket: checks the URL against the allowed hosts before any
// request, streams the download through a SHA-256 and a byte count into the store (one PutObject
// when it fits in a part, a multipart upload otherwise; at most one part in memory), then reads
// the object back to verify size, metadata and encryption. Idempotent: a key already holding this
// call's finished archive is returned as it is, without downloading or uploading again.
import { createHash } from 'node:crypto';
import { CopyObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Logger } from '../lib/logger.js';
import { checkRecordingUrl } from '../domain/recording-sources.js';
import { checkAudioBytes, SNIFF_BYTES, storedContentType } from './audio-type.js';
import {
  RecordingArchiveConflictError,
  RecordingArchiveError,
  RecordingStoreError,
  RecordingTooLargeError,
  RecordingVerificationError,
  ServerSideEncryptionError,
} from '../domain/recording-errors.js';
import {
  fetchFailure,
  openRecording,
  type OpenedRecording,
  type SourceCredentials,
  type TransferSignals,
} from './fetch-recording.js';
import { MIN_PART_BYTES, MultipartUpload } from './multipart-upload.js';
import {
  headRecording,
  recordingMetadata,
  type RecordingIntegrity,
  type RecordingLink,
  type StoredRecording,
} from './recording-metadata.js';
import { formatFromUrl, recordingKey, type RecordingFormat } from './recording-key.js';
import { encryptionParams, type RecordingStore } from './s3.js';
import type { RecordingSourcePolicy } from './source-policy.js';

export interface ArchiveRequest extends RecordingLink {
  /** Exotel's RecordingUrl (or PreSignedRecordingUrl) from the terminal callback. */
  sourceUrl: string;
  /** When the call started: dates the key, so every attempt lands on the same one. */
  callStartedAt: Date;
  /** Sent as HTTP Basic auth, only ever to an allowed host. */
  credentials?: SourceCredentials | undefined;
}

export interface ArchiveOptions {
  /** Bytes per multipart part; at least 5 MiB. Default 8 MiB. */
  partSizeBytes?: number;
  /** Aborts the transfer (an activity cancelled); the abort error is rethrown as it is. */
  signal?: AbortSignal;
  /** Called after each stored part with the bytes received so far: a long archive's heartbeat. */
  onProgress?: (bytesReceived: number) => void;
  logger?: Logger;
}

export interface ArchivedRecording {
  bucket: string;
  key: string;
  bytes: number;
  sha256: string;
  contentType: string;
  etag: string | undefined;
  /** As the store reports it (undefined when S3_SSE=off). */
  serverSideEncryption: string | undefined;
  multipart: boolean;
  /** false when the key already held this call's archive and nothing was fetched or written. */
  uploaded: boolean;
}

const DEFAULT_PART_BYTES = 8 * 1024 * 1024;

export async function archiveRecording(
  store: RecordingStore,
  policy: RecordingSourcePolicy,
  request: ArchiveRequest,
  options: ArchiveOptions = {},
): Promise<ArchivedRecording> {
  const partSize = Math.max(options.partSizeBytes ?? DEFAULT_PART_BYTES, MIN_PART_BYTES);
  const source = checkRecordingUrl(request.sourceUrl, policy);
  const format = formatFromUrl(source);
  const key = recordingKey({ callId: request.callId, startedAt: request.callStartedAt, format });
  const started = Date.now();

  const existing = await headRecording(store, key);
  if (existing && isFinishedArchiveOf(existing, request)) {
    options.logger?.info('recording already archived', { key, bytes: existing.bytes });
    return archivedFrom(store, existing, false);
  }
  if (existing?.callSid !== undefined && existing.callSid !== request.callSid) {
    throw new RecordingArchiveConflictError(key, existing.callSid);
  }

  const signals: TransferSignals = { timeout: AbortSignal.timeout(policy.timeoutMs), external: options.signal };
  const opened = await openRecording(source, format, policy, signals, request.credentials);
  const target: UploadTarget = {
    key,
    format,
    partSize,
    maxBytes: policy.maxBytes,
    metadata: (integrity) => recordingMetadata(request, opened.url.host, integrity),
    onProgress: options.onProgress,
  };
  const written = await streamToStore(store, opened, target, signals);
  const stored = await verify(store, key, request, written);
  options.logger?.info('recording archived', {
    key,
    bytes: written.bytes,
    multipart: written.multipart,
    ms: Date.now() - started,
  });
  return archivedFrom(store, stored, true);
}

function isFinishedArchiveOf(stored: StoredRecording, request: RecordingLink): boolean {
  return (
    stored.sha256 !== undefined &&
    stored.bytes === stored.contentLength &&
    stored.callId === request.callId &&
    stored.callSid === request.callSid
  );
}

function archivedFrom(store: RecordingStore, stored: StoredRecording, uploaded: boolean): ArchivedRecording {
  return {
    bucket: store.bucket,
    key: stored.key,
    bytes: stored.contentLength,
    sha256: stored.sha256 ?? '',
    contentType: stored.contentType ?? '',
    etag: stored.etag,
    serverSideEncryption: stored.serverSideEncryption,
    // S3 ETags of multipart objects end in -<number of parts>.
    multipart: /-\d+"?$/.test(stored.etag ?? ''),
    uploaded,
  };
}

interface UploadTarget {
  key: string;
  format: RecordingFormat;
  partSize: number;
  maxBytes: number;
  metadata(integrity?: RecordingIntegrity): Record<string, string>;
  onProgress?: ((bytesReceived: number) => void) | undefined;
}

interface Written extends RecordingIntegrity {
  multipart: boolean;
}

/** Download → hash and count → parts. The first bytes are checked before anything is written. */
async function streamToStore(
  store: RecordingStore,
  opened: OpenedRecording,
  target: UploadTarget,
  signals: TransferSignals,
): Promise<Written> {
  const hash = createHash('sha256');
  const contentType = storedContentType[target.format];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  let checked = false;
  let upload: MultipartUpload | undefined;
  try {
    for await (const chunk of opened.body) {
      total += chunk.byteLength;
      if (total > target.maxBytes) throw new RecordingTooLargeError(target.maxBytes, total, false);
      hash.update(chunk);
      pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      pendingBytes += chunk.byteLength;
      if (!checked && pendingBytes >= SNIFF_BYTES) {
        checkAudioBytes(Buffer.concat(pending, SNIFF_BYTES), target.format, opened.contentType);
        checked = true;
      }
      if (pendingBytes >= target.partSize) {
        upload ??= await MultipartUpload.start(store, target.key, { contentType, metadata: target.metadata() });
        await upload.upload(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
        target.onProgress?.(total);
      }
    }
    if (!checked) checkAudioBytes(Buffer.concat(pending), target.format, opened.contentType);
    const integrity = { sha256: hash.digest('hex'), bytes: total };
    const rest = Buffer.concat(pending);
    if (upload) {
      if (rest.byteLength > 0) await upload.upload(rest);
      await upload.complete();
      await recordIntegrity(store, target.key, contentType, target.metadata(integrity));
    } else {
      await putObject(store, target.key, rest, contentType, target.metadata(integrity), integrity.sha256);
    }
    return { ...integrity, multipart: upload !== undefined };
  } catch (error) {
    await upload?.abort();
    if (error instanceof RecordingArchiveError) throw error;
    throw fetchFailure(opened.url, error, signals);
  }
}

async function putObject(
  store: RecordingStore,
  key: string,
  body: Buffer,
  contentType: string,
  metadata: Record<string, string>,
  sha256: string,
): Promise<void> {
  try {
    await store.client.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        Metadata: metadata,
        // The store recomputes it and refuses a body that changed on the way (BadDigest).
        ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
        ...encryptionParams(store),
      }),
    );
  } catch (error) {
    throw new RecordingStoreError(`PutObject ${key}`, { cause: error });
  }
}

/**
 * A multipart upload fixes its metadata before the first byte, so the hash is added afterwards
 * by copying the object onto itself with new metadata. Until then the object has no sha256 and
 * counts as unfinished: a retry archives it again.
 */
async function recordIntegrity(
  store: RecordingStore,
  key: string,
  contentType: string,
  metadata: Record<string, string>,
): Promise<void> {
  try {
    await store.client.send(
      new CopyObjectCommand({
        Bucket: store.bucket,
        Key: key,
        CopySource: `${store.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
        MetadataDirective: 'REPLACE',
        ContentType: contentType,
        Metadata: metadata,
        ...encryptionParams(store),
      }),
    );
  } catch (error) {
    throw new RecordingStoreError(`CopyObject ${key} (recording its SHA-256)`, { cause: error });
  }
}

/** Reads the object back: what a later reader will see must be what we streamed. */
async function verify(
  store: RecordingStore,
  key: string,
  link: RecordingLink,
  written: Written,
): Promise<StoredRecording> {
  const stored = await headRecording(store, key);
  if (!stored) throw new RecordingVerificationError(key, 'the object is missing');
  const mismatches = [
    stored.contentLength !== written.bytes && `size ${stored.contentLength}, streamed ${written.bytes}`,
    stored.sha256 !== written.sha256 && `sha256 metadata ${stored.sha256 ?? 'missing'}`,
    stored.bytes !== written.bytes && `bytes metadata ${stored.bytes ?? 'missing'}`,
    (stored.callId !== link.callId || stored.callSid !== link.callSid) && 'call metadata differs',
  ].filter((text): text is string => typeof text === 'string');
  if (mismatches.length > 0) throw new RecordingVerificationError(key, mismatches.join('; '));
  if (store.sse !== 'off' && stored.serverSideEncryption !== store.sse) {
    throw new ServerSideEncryptionError(store.sse, stored.serverSideEncryption);
  }
  return stored;
}
