// GET /metrics: Prometheus text format (api/system-metrics.ts), for a viewer key.
import { Router } from 'express';
import type { SystemMetrics } from '../system-metrics.js';
import { ApiError } from '../errors.js';

export function metricsRoutes(metrics: SystemMetrics): Router {
  const router = Router();
  router.get('/metrics', async (_req, res, next) => {
    let text: Awaited<ReturnType<SystemMetrics['text']>>;
    try {
      text = await metrics.text();
    } catch {
      return next(new ApiError(503, 'metrics_unavailable', 'The database figures could not be read; try again'));
    }
    res.type(text.contentType).send(text.body);
  });
  return router;
}
