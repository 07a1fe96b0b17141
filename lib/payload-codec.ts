// The payload codec: every payload exoflow hands Temporal (workflow and activity inputs and
// results, signals, queries, updates, memos, failure messages) is encrypted with AES-256-GCM
// (node:crypto) before it leaves the process, so histories and the Web UI hold ciphertext. This is
// Temporal's documented encryption pattern (samples-typescript `encryption`): the whole payload,
// proto-encoded, becomes the ciphertext of a new payload whose metadata says `binary/encrypted`
// and names the key ID, so keys can rotate and old histories still decode with their key.
//
//   data = IV (12 bytes) | ciphertext | GCM tag (16 bytes), the key ID as additional data
//
// Payloads without that encoding (histories recorded before encryption) pass through as they are.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
// CommonJS whose named exports Node cannot detect: take the namespace from the default export.
import proto from '@temporalio/proto';
import type { PayloadKeyRing } from '../config/payload-keys.js';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const { Payload: PayloadMessage } = proto.temporal.api.common.v1;
const CIPHER = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A payload this process cannot decrypt: its key is not configured, or it was altered. */
export class PayloadDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadDecryptionError';
  }
}

const text = (bytes: Uint8Array | null | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : undefined);

export function isEncrypted(payload: Payload): boolean {
  return text(payload.metadata?.[METADATA_ENCODING_KEY]) === ENCRYPTED_ENCODING;
}

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly ring: PayloadKeyRing) {
    if (!ring.keys.has(ring.activeKeyId))
      throw new Error(`the active payload key "${ring.activeKeyId}" is not among the configured keys`);
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encrypt(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => (isEncrypted(payload) ? this.decrypt(payload) : payload));
  }

  private encrypt(payload: Payload): Payload {
    const keyId = this.ring.activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(CIPHER, this.ring.keys.get(keyId)!, iv).setAAD(Buffer.from(keyId));
    const plain = PayloadMessage.encode(payload).finish();
    const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    return {
      metadata: {
        [METADATA_ENCODING_KEY]: Buffer.from(ENCRYPTED_ENCODING),
        [KEY_ID_METADATA]: Buffer.from(keyId),
      },
      data,
    };
  }

  private decrypt(payload: Payload): Payload {
    const keyId = text(payload.metadata?.[KEY_ID_METADATA]);
    if (keyId === undefined)
      throw new PayloadDecryptionError(`an encrypted payload has no ${KEY_ID_METADATA} in its metadata`);
    const key = this.ring.keys.get(keyId);
    if (!key)
      throw new PayloadDecryptionError(
        `a payload is encrypted with key ID "${keyId}", which PAYLOAD_ENCRYPTION_KEYS does not list ` +
          `(it lists ${[...this.ring.keys.keys()].map((id) => `"${id}"`).join(', ')}): add that key back`,
      );
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES)
      throw new PayloadDecryptionError(`an encrypted payload (key ID "${keyId}") is too short to be one`);
    const decipher = createDecipheriv(CIPHER, key, data.subarray(0, IV_BYTES)).setAAD(Buffer.from(keyId));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new PayloadDecryptionError(
        `an encrypted payload (key ID "${keyId}") failed authentication: it was altered, or that key ID names a different key here`,
      );
    }
    try {
      return PayloadMessage.decode(plain);
    } catch {
      throw new PayloadDecryptionError(`an encrypted payload (key ID "${keyId}") does not hold a payload`);
    }
  }
}
