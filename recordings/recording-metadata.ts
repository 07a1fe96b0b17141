// The object metadata that links an archived recording back to its call (our call ID, the CRM's
// tracking ID, Exotel's CallSid) and records its integrity (SHA-256 and size of the bytes we
// received). The sha256 field is written last, so an object carrying it is a finished archive.
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { RecordingStoreError } from '../domain/recording-errors.js';
import { isNotFound, type RecordingStore } from './s3.js';

export interface RecordingLink {
  /** Our call ID (the key's name). */
  callId: string;
  /** Exotel's CallSid. */
  callSid: string;
  trackingId?: string | null | undefined;
}

export interface RecordingIntegrity {
  /** Hex SHA-256 of the bytes as received from the source. */
  sha256: string;
  bytes: number;
}

/** S3 user metadata is US-ASCII text: values are percent-encoded. */
export function recordingMetadata(
  link: RecordingLink,
  sourceHost: string,
  integrity?: RecordingIntegrity,
): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    'call-id': link.callId,
    'call-sid': link.callSid,
    'tracking-id': link.trackingId ?? undefined,
    'source-host': sourceHost,
    sha256: integrity?.sha256,
    bytes: integrity === undefined ? undefined : String(integrity.bytes),
  };
  return Object.fromEntries(
    Object.entries(fields)
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([name, value]) => [name, encodeURIComponent(value)]),
  );
}

const decoded = z
  .string()
  .optional()
  .transform((value) => {
    if (value === undefined) return undefined;
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  });

const storedMetadata = z.object({
  'call-id': decoded,
  'call-sid': decoded,
  'tracking-id': decoded,
  'source-host': decoded,
  sha256: decoded
    .pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional(),
    )
    .catch(undefined),
  bytes: decoded.pipe(z.string().regex(/^\d+$/).transform(Number).optional()).catch(undefined),
});

export interface StoredRecording {
  key: string;
  /** Size of the stored object. */
  contentLength: number;
  contentType?: string | undefined;
  etag?: string | undefined;
  lastModified?: Date | undefined;
  /** What the store reports: AES256, aws:kms, or undefined for none. */
  serverSideEncryption?: string | undefined;
  callId?: string | undefined;
  callSid?: string | undefined;
  trackingId?: string | undefined;
  sourceHost?: string | undefined;
  /** Present only on a finished archive. */
  sha256?: string | undefined;
  /** Size recorded at archive time. */
  bytes?: number | undefined;
}

/** What the store holds at `key`, or undefined when nothing is there. */
export async function headRecording(store: RecordingStore, key: string): Promise<StoredRecording | undefined> {
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }));
    const metadata = storedMetadata.parse(head.Metadata ?? {});
    return {
      key,
      contentLength: head.ContentLength ?? 0,
      contentType: head.ContentType,
      etag: head.ETag,
      lastModified: head.LastModified,
      serverSideEncryption: head.ServerSideEncryption,
      callId: metadata['call-id'],
      callSid: metadata['call-sid'],
      trackingId: metadata['tracking-id'],
      sourceHost: metadata['source-host'],
      sha256: metadata.sha256,
      bytes: metadata.bytes,
    };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw new RecordingStoreError(`HeadObject ${key}`, { cause: error });
  }
}
