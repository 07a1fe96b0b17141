// /codec/encode and /codec/decode: the Codec Server of Temporal's Web UI and CLI, over the same
// keys and codec as the workers (lib/payload-codec.ts), so an authorised operator reads decoded
// payloads while Temporal itself only ever holds ciphertext. Admin only (api/access.ts): a bearer
// admin key (the CLI's --codec-auth) or an admin's console session cookie (the Web UI, which sends
// it when "Include cross-origin credentials" is on). Browsers reach it from CODEC_CORS_ORIGINS only
// (codecCors, mounted before the route gate so preflight requests are answered).
import cors from 'cors';
import { Router, type RequestHandler } from 'express';
import type { Payload } from '@temporalio/common';
import { payloadKeyRing, type PayloadKeySettings } from '../../config/payload-keys.js';
import type { Env } from '../../config/env.js';
import type { Logger } from '../../lib/logger.js';
import { EncryptionCodec, isEncrypted, PayloadDecryptionError } from '../../lib/payload-codec.js';
import { apiKeyFingerprint } from '../auth.js';
import { codecBody, type JsonPayload } from '../codec-schemas.js';
import { ApiError, parseOrThrow } from '../errors.js';

export interface CodecRouteDeps {
  env: PayloadKeySettings & Pick<Env, 'TEMPORAL_NAMESPACE'>;
  logger: Logger;
}

/** CORS for the Web UI's origins: credentials allowed (the session cookie), preflight answered here. */
export function codecCors(origins: readonly string[]): RequestHandler {
  return cors({
    origin: [...origins],
    credentials: true,
    methods: ['POST'],
    allowedHeaders: ['Content-Type', 'X-Namespace', 'Authorization'],
    maxAge: 600,
  });
}

const bytes = (value: string | null | undefined) => Buffer.from(value ?? '', 'base64');
const base64 = (value: Uint8Array | null | undefined) => Buffer.from(value ?? []).toString('base64');

function fromJson({ metadata, data }: JsonPayload): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, bytes(value)])),
    data: bytes(data),
  };
}

/** Proto3 JSON, as Temporal writes it: empty bytes are left out. */
function toJson({ metadata, data }: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([key, value]) => [key, base64(value)])),
    ...(data && data.length > 0 ? { data: base64(data) } : {}),
  };
}

export function codecRoutes({ env, logger }: CodecRouteDeps): Router {
  const ring = payloadKeyRing(env);
  const codec = ring ? new EncryptionCodec(ring) : null;
  const router = Router();

  const readPayloads = (req: Parameters<RequestHandler>[0]): Payload[] => {
    const namespace = req.get('x-namespace');
    if (namespace !== undefined && namespace !== env.TEMPORAL_NAMESPACE)
      throw new ApiError(400, 'wrong_namespace', `This codec serves namespace "${env.TEMPORAL_NAMESPACE}"`, [
        { field: 'X-Namespace', message: `must be "${env.TEMPORAL_NAMESPACE}"` },
      ]);
    return parseOrThrow(codecBody, req.body).payloads.map(fromJson);
  };

  router.post('/codec/encode', async (req, res) => {
    const payloads = readPayloads(req);
    res.json({ payloads: (codec ? await codec.encode(payloads) : payloads).map(toJson) });
  });

  router.post('/codec/decode', async (req, res) => {
    const payloads = readPayloads(req);
    const decoded: Payload[] = [];
    for (const [index, payload] of payloads.entries()) {
      try {
        if (codec) decoded.push(...(await codec.decode([payload])));
        else if (isEncrypted(payload))
          throw new PayloadDecryptionError('the payload is encrypted and PAYLOAD_ENCRYPTION_KEYS is not set here');
        else decoded.push(payload);
      } catch (error) {
        if (!(error instanceof PayloadDecryptionError)) throw error;
        throw new ApiError(400, 'undecryptable_payload', `payloads.${index}: ${error.message}`, [
          { field: `payloads.${index}`, message: error.message },
        ]);
      }
    }
    // Who read decrypted personal data, and how much of it (never what).
    logger.info('codec decode', { key: apiKeyFingerprint(req), payloads: payloads.length });
    res.json({ payloads: decoded.map(toJson) });
  });
  return router;
}
