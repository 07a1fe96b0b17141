// The Temporal SDK's own worker metrics (task slots, poll and schedule-to-start latencies, sticky
// cache, activity and workflow task counts) in Prometheus format, when
// TEMPORAL_METRICS_BIND_ADDRESS is set. Must run before the first connection to Temporal: the
// SDK's runtime is created once per process.
import { Runtime } from '@temporalio/worker';
import type { Env } from '../config/env.js';
import type { Logger } from '../lib/logger.js';

export function installTemporalMetrics(env: Pick<Env, 'TEMPORAL_METRICS_BIND_ADDRESS'>, logger: Logger): void {
  const bindAddress = env.TEMPORAL_METRICS_BIND_ADDRESS;
  if (!bindAddress) return;
  Runtime.install({
    telemetryOptions: {
      metrics: { prometheus: { bindAddress, useSecondsForDurations: true } },
    },
  });
  logger.info('Temporal SDK metrics exported', { url: `http://${bindAddress}/metrics` });
}
