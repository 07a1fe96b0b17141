// GET /metrics as Prometheus scrapes it: a viewer key, the text format, and figures that move
// when the system does (a delivery report for an unknown message is timed, committed, and waits
// as unmatched; the account's credits and each sending number's cap are shown).
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatsappWebhookUrl } from '../../lib/webhook-token.js';
import { type AppStack, ROLE_KEYS, startAppStack } from '../support/app-stack.js';
import { postReport } from '../support/whatsapp-reports.js';

const SENDER = '+918047100077';
let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack({ WHATSAPP_SENDING_NUMBER: SENDER, WHATSAPP_MESSAGES_PER_SECOND: '250' });
});
afterAll(async () => {
  await stack?.stop();
});

const scrape = (key: string) => fetch(`${stack.apiUrl}/metrics`, { headers: { authorization: `Bearer ${key}` } });

/** The value of one sample line, e.g. `exoflow_credits_available` or `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('answers a viewer key in the Prometheus text format, and no key with 401', async () => {
    const response = await scrape(ROLE_KEYS.viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const name of [
      'exoflow_webhook_ack_seconds',
      'exoflow_webhook_in_flight',
      'exoflow_call_inbox_pending',
      'exoflow_call_relay_lag_seconds',
      'exoflow_whatsapp_reports_unmatched',
      'exoflow_whatsapp_reports_pending',
      'exoflow_whatsapp_report_apply_lag_seconds',
      'exoflow_whatsapp_sent_per_second',
      'exoflow_whatsapp_cap_per_second',
      'exoflow_credits_available',
      'exoflow_event_deliveries_pending',
      'exoflow_event_delivery_lag_seconds',
      'exoflow_api_process_cpu_seconds_total',
    ])
      expect(text, name).toContain(`# TYPE ${name} `);
    // The sending number is shown by its last four digits only.
    expect(sample(text, 'exoflow_whatsapp_cap_per_second{number="+91******0077"}')).toBe(250);
    expect(text).not.toContain(SENDER);
    expect(sample(text, 'exoflow_credits_available')).toBeGreaterThan(0);
    expect((await fetch(`${stack.apiUrl}/metrics`)).status).toBe(401);
  });

  it('times a delivery report from arrival to its 200 and counts it as unmatched until its send is known', async () => {
    const before = await (await scrape(ROLE_KEYS.viewer)).text();
    const committed = 'exoflow_webhook_ack_seconds_count{channel="whatsapp",outcome="committed"}';
    const unmatched = sample(before, 'exoflow_whatsapp_reports_unmatched') ?? 0;
    const response = await postReport(whatsappWebhookUrl(stack.apiUrl, stack.env.WEBHOOK_SIGNING_SECRET), {
      sid: `unknown-${randomInt(1e9)}`,
      to: '+919812345678',
      code: 30001,
      detailedStatus: 'Message sent to WhatsApp',
    });
    expect(response.status).toBe(200);
    // Database figures are cached for 2 s between scrapes.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const after = await (await scrape(ROLE_KEYS.viewer)).text();
    expect(sample(after, committed)).toBe((sample(before, committed) ?? 0) + 1);
    expect(sample(after, 'exoflow_whatsapp_reports_unmatched')).toBe(unmatched + 1);
  });
});
