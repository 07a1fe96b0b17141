// The Temporal Web UI's side of the codec endpoint, in Debian's Chromium: a page of the UI's
// origin (a stand-in on another port of 127.0.0.1, as the dev server's UI is) fetches
// /codec/decode with `credentials: 'include'`, the way the UI does with "Include cross-origin
// credentials". The browser sends the console's SameSite=Strict cookie only after an admin signed
// in, CORS lets that origin read the answer, and a page of any other origin gets nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';
import { type Browser, launchBrowser } from '../support/browser.js';

let stack: AppStack;
let browser: Browser;
const pages: Server[] = [];

/** An origin serving one empty page: the Web UI's stand-in, or a stranger. */
async function origin(): Promise<string> {
  const server = createServer((_req, res) => res.end('<!doctype html><title>page</title>'));
  pages.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let uiOrigin: string;
let strangerOrigin: string;
let encrypted: unknown;
const NUMBER = '+919812345678';

beforeAll(async () => {
  [uiOrigin, strangerOrigin] = await Promise.all([origin(), origin()]);
  [stack, browser] = await Promise.all([
    startAppStack({ CODEC_CORS_ORIGINS: uiOrigin }, { worker: false }),
    launchBrowser(),
  ]);
  const plain = {
    metadata: { encoding: Buffer.from('json/plain').toString('base64') },
    data: Buffer.from(JSON.stringify({ customerNumber: NUMBER })).toString('base64'),
  };
  const answer = await fetch(`${stack.apiUrl}/codec/encode`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ payloads: [plain] }),
  });
  encrypted = ((await answer.json()) as { payloads: unknown[] }).payloads[0];
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  for (const server of pages) server.close();
});

/** What a page of this origin gets from /codec/decode: the status and the decoded text, or the fetch error. */
async function decodeFrom(page: Page, from: string): Promise<string> {
  await page.goto(from);
  return String(
    await page.evaluate(
      `fetch(${JSON.stringify(`${stack.apiUrl}/codec/decode`)}, {
        method: 'POST', credentials: 'include',
        headers: { 'content-type': 'application/json', 'x-namespace': 'default' },
        body: JSON.stringify({ payloads: [${JSON.stringify(encrypted)}] }),
      }).then(async (r) => r.status + ' ' + (r.ok ? atob((await r.json()).payloads[0].data) : ''), (e) => 'failed ' + e)`,
    ),
  );
}

describe('the Web UI decoding through the codec endpoint', () => {
  it('gets 401 before an admin signs in, the call after, and a stranger origin nothing', async () => {
    const page = await browser.newPage();
    expect(await decodeFrom(page, uiOrigin)).toBe('401 ');

    await page.goto(`${stack.apiUrl}/console/`);
    await page.getByLabel('API key').fill(ADMIN_API_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /sign out/i }).waitFor();

    expect(await decodeFrom(page, uiOrigin)).toBe(`200 {"customerNumber":"${NUMBER}"}`);
    // No CORS grant for another origin: the browser does not even send the request.
    expect(await decodeFrom(page, strangerOrigin)).toMatch(/^failed TypeError/);
  });
});
