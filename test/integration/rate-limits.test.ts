// Rate limits: per API key, per client address for failed authentication and for webhook URLs
// with a wrong token; 429 with Retry-After, counted in PostgreSQL. Exotel's valid callbacks are
// never limited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresRateLimiter } from '../../lib/rate-limit.js';
import { webhookToken } from '../../lib/webhook-token.js';
import { type AppStack, ROLE_KEYS, startAppStack } from '../support/app-stack.js';

let stack: AppStack;
beforeAll(async () => {
  stack = await startAppStack(
    {
      RATE_LIMIT_PER_KEY_PER_MINUTE: '5',
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3',
      RATE_LIMIT_WEBHOOK_FAILURES_PER_MINUTE: '3',
    },
    { worker: false },
  );
});
afterAll(async () => {
  await stack?.stop();
});

const get = (key: string) => fetch(`${stack.apiUrl}/v1/credits`, { headers: { authorization: `Bearer ${key}` } });

async function expect429(response: Response) {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe('rate_limited');
}

describe('rate limits', () => {
  it('limits each API key on its own, counting in PostgreSQL', async () => {
    for (let i = 0; i < 5; i++) expect((await get(ROLE_KEYS.viewer)).status).toBe(200);
    await expect429(await get(ROLE_KEYS.viewer));
    expect((await get(ROLE_KEYS.marketer)).status).toBe(200);
    // Each process adds its hits to the shared count within a flush interval (lib/rate-limit.ts).
    // The refused request counted too: the viewer's window holds 6.
    await expect
      .poll(async () => {
        const { rows } = await stack.db.pool.query<{ key: string; points: number }>(
          `SELECT key, points FROM rate_limits WHERE key LIKE 'key:%'`,
        );
        return rows.map((row) => row.points).sort();
      })
      .toEqual([1, 6]);
  });

  it('limits failed authentication per client address; working keys still get in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(`wrong-key-${i}-0123456789abcdef`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await expect429(await fetch(`${stack.apiUrl}/v1/credits`));
    expect((await get(ROLE_KEYS.agent)).status).toBe(200);
  });

  it('limits wrong webhook tokens per address, never a valid one', async () => {
    const callId = randomUUID();
    const body = JSON.stringify({ CallSid: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', Status: 'completed' });
    const post = (token: string) =>
      fetch(`${stack.apiUrl}/v1/webhooks/exotel/voice?call=${callId}&token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(`forged-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    await expect429(await post('forged-again'));
    const valid = webhookToken(stack.env.WEBHOOK_SIGNING_SECRET, callId);
    for (let i = 0; i < 10; i++) expect((await post(valid)).status).toBe(200);
  });

  it('shares one count between API processes, each adding its hits within a flush interval', async () => {
    // Two limiters on one pool stand for two API processes.
    const prefix = `shared-${randomUUID()}`;
    const processA = postgresRateLimiter(stack.db.pool, prefix, 3);
    const processB = postgresRateLimiter(stack.db.pool, prefix, 3);
    expect(await processA.hit('crm')).toEqual({ limited: false });
    expect(await processA.hit('crm')).toEqual({ limited: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // B has not synced yet: its first hit is decided on what it knows, then it learns of A's two.
    expect(await processB.hit('crm')).toEqual({ limited: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await processB.hit('crm')).limited).toBe(true);
  });
});
