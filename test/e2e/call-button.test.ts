// The CallButton of @exoflow/client in Debian's Chromium, on a CRM page of another origin
// (client/examples/call-button, built with Vite) against the real stack. The page holds no API
// key: on each click it asks its CRM backend (here a small server in this test, holding the
// agent key) for a browser token. It places a call and shows it completed without a reload; an
// expired token and a token for another agent are refused, and the page says so.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExoflowClient, unwrap } from '../../client/src/index.js';
import { type AppStack, ROLE_KEYS, startAppStack } from '../support/app-stack.js';
import { type Browser, launchBrowser } from '../support/browser.js';

const pageRoot = fileURLToPath(new URL('../../client/examples/call-button/', import.meta.url));
const phone = () => `98${randomInt(10_000_000, 99_999_999)}`;

/** What the CRM backend hands out: a fresh token, an expired one, or one for another agent. */
type Mode = 'fresh' | 'expired' | 'foreign';

let stack: AppStack;
let browser: Browser;
let pageDir: string;
let crmOrigin: string;
const crm = { mode: 'fresh' as Mode, close: async () => {} };

/** The CRM's backend: serves the built page, and trades its agent key for browser tokens. */
async function startCrm(): Promise<void> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://crm');
      if (req.method === 'POST' && url.pathname === '/crm/browser-token') {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        const { agentNumber } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { agentNumber: string };
        const exoflow = createExoflowClient({ baseUrl: stack.apiUrl, credential: ROLE_KEYS.agent });
        const body =
          crm.mode === 'foreign'
            ? { agentNumber: phone() }
            : crm.mode === 'expired'
              ? { agentNumber, ttlSeconds: 1 }
              : { agentNumber };
        const issued = unwrap(await exoflow.POST('/v1/browser-tokens', { body }));
        if (crm.mode === 'expired') {
          const wait = Date.parse(issued.expiresAt) + 1_000 - Date.now();
          await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 0)));
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: issued.token }));
        return;
      }
      const file = path.join(pageDir, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
      if (!file.startsWith(pageDir)) return res.writeHead(404).end();
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': type }).end(await readFile(file));
    })().catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  crmOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  crm.close = () => new Promise((resolve) => server.close(() => resolve()));
}

beforeAll(async () => {
  pageDir = mkdtempSync(path.join(tmpdir(), 'exoflow-call-button-'));
  await build({
    root: pageRoot,
    configFile: false,
    base: './',
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: pageDir, emptyOutDir: true },
  });
  await startCrm();
  [stack, browser] = await Promise.all([startAppStack({ BROWSER_TOKEN_ORIGINS: crmOrigin }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await crm.close();
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

async function openLead(agent: string, customer: string): Promise<Page> {
  const page = await browser.newPage();
  const query = new URLSearchParams({ exoflow: stack.apiUrl, agent, customer, lead: 'L-42' });
  await page.goto(`${crmOrigin}/?${query}`);
  await page.getByRole('heading', { name: 'Lead L-42' }).waitFor();
  return page;
}

describe('the CallButton', () => {
  it('places a call with a browser token and shows it completed without a reload; no API key in the browser', async () => {
    crm.mode = 'fresh';
    const [agent, customer] = [phone(), phone()];
    const page = await openLead(agent, customer);
    const authorizations: string[] = [];
    page.on('request', (request) => {
      const header = request.headers()['authorization'];
      if (header) authorizations.push(header);
    });
    await page.evaluate('window.__sameDocument = true');

    await page.getByRole('button', { name: 'Call the lead' }).click();
    const status = page.locator('output');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).toBe('completed');
    expect(await status.textContent()).toBe('Completed');
    expect(await page.evaluate('window.__sameDocument')).toBe(true);

    // The call the page placed, for its agent, as the API reports it.
    const callId = (await status.getAttribute('data-call-id'))!;
    const call = (await (await stack.api(`/v1/calls/${callId}`)).json()) as { status: string; agentNumber: string };
    expect(call).toMatchObject({ status: 'completed', agentNumber: `+91${agent}` });
    // Only browser tokens went out of the page (a POST and the stream, at least).
    expect(authorizations.length).toBeGreaterThanOrEqual(2);
    const keys = Object.values(ROLE_KEYS);
    for (const header of authorizations) {
      expect(header).toMatch(/^Bearer eyJ/);
      expect(keys.some((key) => header.includes(key))).toBe(false);
    }
    expect(browser.problems).toEqual([]);
    await page.close();
  });

  it('is refused with an expired token and with a token for another agent, and says so', async () => {
    const before = await stack.db.call.count();
    crm.mode = 'expired';
    const page = await openLead(phone(), phone());
    await page.getByRole('button', { name: 'Call the lead' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('(401 token_expired)');

    crm.mode = 'foreign';
    await page.getByRole('button', { name: 'Call the lead' }).click();
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('(403 forbidden)');
    expect(await stack.db.call.count()).toBe(before);
    await page.close();
  });
});
