// Connection settings for Temporal, shared by the API (client) and the worker.
import type { Env } from '../config/env.js';

export function temporalConnectionOptions(env: Pick<Env, 'TEMPORAL_ADDRESS' | 'TEMPORAL_API_KEY' | 'TEMPORAL_TLS'>) {
  return {
    address: env.TEMPORAL_ADDRESS,
    tls: env.TEMPORAL_TLS || env.TEMPORAL_API_KEY !== undefined,
    ...(env.TEMPORAL_API_KEY ? { apiKey: env.TEMPORAL_API_KEY } : {}),
  };
}
