// Connection settings for Temporal, shared by the API (client) and the worker, and how to tell
// that it is unreachable.
import { isGrpcDeadlineError, isGrpcServiceError } from '@temporalio/client';
import type { Env } from '../config/env.js';

export function temporalConnectionOptions(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_API_KEY' | 'TEMPORAL_TLS'>) {
  return {
    address: env.TEMPORAL_ADDRESS,
    tls: env.TEMPORAL_TLS || env.TEMPORAL_API_KEY !== undefined,
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
  };
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
