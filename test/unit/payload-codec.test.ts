// The payload codec: AES-256-GCM with the key ID in the metadata, rotation, and refusals.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { defaultPayloadConverter, type FailureConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../config/env.js';
import { payloadKeyList, payloadKeyRing, payloadKeySettingsFrom } from '../../config/payload-keys.js';
import {
  ENCRYPTED_ENCODING,
  EncryptionCodec,
  KEY_ID_METADATA,
  PayloadDecryptionError,
} from '../../lib/payload-codec.js';
import { failureConverterPath } from '../../lib/temporal.js';

const key = () => randomBytes(32).toString('base64');
const ring = (keys: string) => payloadKeyRing({ PAYLOAD_ENCRYPTION_KEYS: payloadKeyList.parse(keys) })!;
const call = { callId: 'c-1', agentNumber: '+919800000001', customerNumber: '+919800000002' };
const toPayload = (value: unknown) => defaultPayloadConverter.toPayload(value);
const fromPayload = (payload: Payload) => defaultPayloadConverter.fromPayload(payload);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('the payload codec', () => {
  it('round-trips a payload, and what it stores holds neither number nor JSON', async () => {
    const codec = new EncryptionCodec(ring(`k1:${key()}`));
    const [encoded] = await codec.encode([toPayload(call)]);
    expect(text(encoded!.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(encoded!.metadata![KEY_ID_METADATA])).toBe('k1');
    const stored = Buffer.from(encoded!.data!);
    expect(stored.includes('9800000002')).toBe(false);
    expect(stored.includes('json/plain')).toBe(false);
    const [decoded] = await codec.decode([encoded!]);
    expect(text(decoded!.metadata!.encoding)).toBe('json/plain');
    expect(fromPayload(decoded!)).toEqual(call);
  });

  it('encrypts the same value differently each time (a fresh IV per payload)', async () => {
    const codec = new EncryptionCodec(ring(`k1:${key()}`));
    const [a, b] = await codec.encode([toPayload(call), toPayload(call)]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
  });

  it('rotates: a new active key encrypts, the old one still decrypts what it wrote', async () => {
    const [oldKey, newKey] = [key(), key()];
    const before = new EncryptionCodec(ring(`2026-06:${oldKey}`));
    const [old] = await before.encode([toPayload(call)]);
    const after = new EncryptionCodec(ring(`2026-12:${newKey},2026-06:${oldKey}`));
    const [fresh] = await after.encode([toPayload('new')]);
    expect(text(fresh!.metadata![KEY_ID_METADATA])).toBe('2026-12');
    const decoded = await after.decode([old!, fresh!]);
    expect(decoded.map(fromPayload)).toEqual([call, 'new']);
    // PAYLOAD_ENCRYPTION_KEY_ID picks the active key explicitly.
    const explicit = payloadKeyRing({
      PAYLOAD_ENCRYPTION_KEYS: payloadKeyList.parse(`2026-12:${newKey},2026-06:${oldKey}`),
      PAYLOAD_ENCRYPTION_KEY_ID: '2026-06',
    })!;
    const [pinned] = await new EncryptionCodec(explicit).encode([toPayload(1)]);
    expect(text(pinned!.metadata![KEY_ID_METADATA])).toBe('2026-06');
  });

  it('passes payloads that were never encrypted through (histories recorded before encryption)', async () => {
    const codec = new EncryptionCodec(ring(`k1:${key()}`));
    const plain = toPayload(call);
    expect(await codec.decode([plain])).toEqual([plain]);
  });

  it('refuses a tampered ciphertext, a swapped key ID and a truncated payload', async () => {
    const [k1, k2] = [key(), key()];
    const codec = new EncryptionCodec(ring(`k1:${k1},k2:${k2}`));
    const [encoded] = await codec.encode([toPayload(call)]);
    const flipped = Buffer.from(encoded!.data!);
    flipped[20] = flipped[20]! ^ 1;
    await expect(codec.decode([{ ...encoded!, data: flipped }])).rejects.toThrow(/failed authentication/);
    const swapped = { ...encoded!, metadata: { ...encoded!.metadata, [KEY_ID_METADATA]: Buffer.from('k2') } };
    await expect(codec.decode([swapped])).rejects.toThrow(PayloadDecryptionError);
    await expect(codec.decode([{ ...encoded!, data: Buffer.alloc(8) }])).rejects.toThrow(/too short/);
  });

  it('refuses a payload whose key ID is not configured, saying which and what to do', async () => {
    const [encoded] = await new EncryptionCodec(ring(`retired:${key()}`)).encode([toPayload(call)]);
    const error = await new EncryptionCodec(ring(`current:${key()}`)).decode([encoded!]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayloadDecryptionError);
    expect((error as Error).message).toMatch(/key ID "retired", which PAYLOAD_ENCRYPTION_KEYS does not list/);
    expect((error as Error).message).toMatch(/"current"/);
  });
});

describe('PAYLOAD_ENCRYPTION_KEYS', () => {
  const base = {
    API_KEYS: 'some-key-0123456789abcdef',
    CALLBACK_BASE_URL: 'http://127.0.0.1:3000',
    WEBHOOK_SIGNING_SECRET: 'x'.repeat(40),
    DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/exoflow',
    EXOTEL_SID: 'sid',
    EXOTEL_API_KEY: 'key',
    EXOTEL_API_TOKEN: 'token',
    EXOTEL_CALLER_ID: '+918047112345',
    SUPPRESSION_PEPPER: 'p'.repeat(32),
  };
  const issues = (env: Record<string, string>) => {
    try {
      loadEnv({ ...base, ...env });
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).issues;
    }
  };

  it('names the entry of a malformed key, never the key', () => {
    const short = Buffer.alloc(16).toString('base64');
    const found = issues({ PAYLOAD_ENCRYPTION_KEYS: `ok:${key()},short:${short},nocolon` });
    expect(found.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/entry 2: key "short" must be 32 bytes in base64/),
      expect.stringMatching(/entry 3: write keyId:base64key/),
    ]);
    expect(JSON.stringify(found)).not.toContain(short);
    expect(issues({ PAYLOAD_ENCRYPTION_KEYS: `a:${key()},a:${key()}` })[0]!.message).toMatch(/listed twice/);
  });

  it('requires the active key ID to be listed', () => {
    const found = issues({ PAYLOAD_ENCRYPTION_KEYS: `a:${key()}`, PAYLOAD_ENCRYPTION_KEY_ID: 'b' });
    expect(found).toEqual([{ variable: 'PAYLOAD_ENCRYPTION_KEY_ID', message: expect.stringMatching(/"b".*"a"/) }]);
  });

  it('is optional outside production, where payloads then stay in clear', () => {
    expect(issues({})).toEqual([]);
    expect(payloadKeyRing(payloadKeySettingsFrom({}))).toBeNull();
  });
});

describe('failures', () => {
  it('carry their message and stack trace in an encoded payload, which the codec encrypts', async () => {
    const require = createRequire(import.meta.url);
    const { failureConverter } = require(failureConverterPath) as { failureConverter: FailureConverter };
    const failure = failureConverter.errorToFailure(new Error('Exotel refused +919800000002'), defaultPayloadConverter);
    expect(failure.message).not.toContain('9800000002');
    expect(failure.stackTrace ?? '').not.toContain('9800000002');
    const [encrypted] = await new EncryptionCodec(ring(`k1:${key()}`)).encode([failure.encodedAttributes!]);
    expect(Buffer.from(encrypted!.data!).includes('9800000002')).toBe(false);
    expect(fromPayload(failure.encodedAttributes!)).toMatchObject({ message: 'Exotel refused +919800000002' });
  });
});
