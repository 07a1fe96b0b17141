// The OpenAPI path of /metrics (api/routes/metrics.ts, api/system-metrics.ts).
export const metricsPaths = {
  '/metrics': {
    get: {
      summary:
        "Prometheus metrics: webhook acknowledgement latency, inbox, report and event delivery backlogs, relay lag, messages sent per second per number and the cap, the credit balance, and this API process's Node metrics",
      description:
        'Scrape it with a viewer key (`authorization: Bearer …`). Figures read from PostgreSQL are the same on every API process; `exoflow_webhook_*` and `exoflow_api_*` are per process. The worker exports the Temporal SDK metrics on TEMPORAL_METRICS_BIND_ADDRESS.',
      responses: {
        200: {
          description: 'Prometheus text exposition format 0.0.4',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
        503: { description: 'The database figures could not be read' },
      },
    },
  },
};
