// One S3 multipart upload, driven part by part so the caller holds at most one part in memory.
// Any failure after start must end in abort(), or the store keeps the orphaned parts.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { RecordingStoreError } from '../domain/recording-errors.js';
import { encryptionParams, type RecordingStore } from './s3.js';

/** S3's smallest part (except the last). */
export const MIN_PART_BYTES = 5 * 1024 * 1024;

export class MultipartUpload {
  private readonly parts: CompletedPart[] = [];

  private constructor(
    private readonly store: RecordingStore,
    readonly key: string,
    private readonly uploadId: string,
  ) {}

  static async start(
    store: RecordingStore,
    key: string,
    object: { contentType: string; metadata: Record<string, string> },
  ): Promise<MultipartUpload> {
    try {
      const created = await store.client.send(
        new CreateMultipartUploadCommand({
          Bucket: store.bucket,
          Key: key,
          ContentType: object.contentType,
          Metadata: object.metadata,
          ...encryptionParams(store),
        }),
      );
      if (!created.UploadId) throw new Error('no UploadId in the answer');
      return new MultipartUpload(store, key, created.UploadId);
    } catch (error) {
      throw new RecordingStoreError(`CreateMultipartUpload ${key}`, { cause: error });
    }
  }

  get partCount(): number {
    return this.parts.length;
  }

  async upload(body: Buffer): Promise<void> {
    const PartNumber = this.parts.length + 1;
    try {
      const { ETag } = await this.store.client.send(
        new UploadPartCommand({
          Bucket: this.store.bucket,
          Key: this.key,
          UploadId: this.uploadId,
          PartNumber,
          Body: body,
        }),
      );
      this.parts.push({ PartNumber, ETag });
    } catch (error) {
      throw new RecordingStoreError(`UploadPart ${PartNumber} of ${this.key}`, { cause: error });
    }
  }

  async complete(): Promise<void> {
    try {
      await this.store.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.store.bucket,
          Key: this.key,
          UploadId: this.uploadId,
          MultipartUpload: { Parts: this.parts },
        }),
      );
    } catch (error) {
      throw new RecordingStoreError(`CompleteMultipartUpload ${this.key}`, { cause: error });
    }
  }

  /** Best effort: the error that made us abort is the one worth reporting. */
  async abort(): Promise<void> {
    await this.store.client
      .send(new AbortMultipartUploadCommand({ Bucket: this.store.bucket, Key: this.key, UploadId: this.uploadId }))
      .catch(() => undefined);
  }
}
