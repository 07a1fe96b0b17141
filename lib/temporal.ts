// Connection settings for Temporal, shared by the API (client) and the worker, its data converter
// (payload encryption), and how to tell that it is unreachable.
import { fileURLToPath } from 'node:url';
import { isGrpcDeadlineError, isGrpcServiceError } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Env } from '../config/env.js';
import { payloadKeyRing, type PayloadKeySettings } from '../config/payload-keys.js';
import { EncryptionCodec } from './payload-codec.js';

export function temporalConnectionOptions(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_API_KEY' | 'TEMPORAL_TLS'>) {
  return {
    address: env.TEMPORAL_ADDRESS,
    tls: env.TEMPORAL_TLS || env.TEMPORAL_API_KEY !== undefined,
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
  };
}

/** lib/encoded-failures.cjs: failure messages and stack traces as (encrypted) payloads. */
export const failureConverterPath = fileURLToPath(new URL('./encoded-failures.cjs', import.meta.url));

/**
 * The data converter of every Temporal client and worker: payloads encrypted with the configured
 * keys (lib/payload-codec.ts). Without keys (allowed outside production) payloads stay in clear.
 */
export function temporalDataConverter(env: PayloadKeySettings): DataConverter {
  const ring = payloadKeyRing(env);
  return { failureConverterPath, payloadCodecs: ring ? [new EncryptionCodec(ring)] : [] };
}

/** gRPC's UNAVAILABLE: the server is down, restarting or unreachable. */
const GRPC_UNAVAILABLE = 14;

/**
 * True when `error` (or an error it wraps) says Temporal could not be reached or did not answer
 * in time: a condition to retry later (the API answers 503), not a fault in the request.
 */
export function isTemporalUnavailable(error: unknown): boolean {
  if (isGrpcDeadlineError(error)) return true;
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (isGrpcServiceError(current) && current.code === GRPC_UNAVAILABLE) return true;
    current = current.cause;
  }
  return false;
}
