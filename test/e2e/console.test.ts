// The console in Debian's Chromium against the real stack (API, worker, Temporal, PostgreSQL,
// SeaweedFS, the Exotel simulator): sign in with a key, read the balance, place a call and watch
// it finish without reloading, play its recording. Set CONSOLE_SCREENSHOT=<file.png> to keep a
// screenshot of the Overview.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';
import { type Browser, launchBrowser, unlabelledControls } from '../support/browser.js';

const consoleDist = fileURLToPath(new URL('../../console/dist/', import.meta.url));
const enIN = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 3 });

let stack: AppStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startAppStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function signIn(page: Page, key: string): Promise<void> {
  await page.goto(`${stack.apiUrl}/console/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('the console', () => {
  it('keeps the first load under 300 kB gzipped', () => {
    const html = readFileSync(path.join(consoleDist, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2); // the script and the stylesheet
    const sizes = Object.fromEntries(
      ['index.html', ...assets].map((file) => [file, gzipSync(readFileSync(path.join(consoleDist, file))).length]),
    );
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    console.log(`console first load: ${(total / 1024).toFixed(1)} kB gzipped`, sizes);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('serves hashed assets as immutable and index.html as no-cache', async () => {
    const index = await fetch(`${stack.apiUrl}/console/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    const asset = await fetch(`${stack.apiUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a wrong key and sets no cookie', async () => {
    const page = await browser.newPage();
    await signIn(page, 'not-a-real-key-0123456789');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not valid');
    expect(await browser.context.cookies(stack.apiUrl)).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Overview' }).count()).toBe(0);
    await page.close();
  });

  it('signs in, shows the credits, places a call that goes live to completed, and plays its recording', async () => {
    const page = await browser.newPage();
    await signIn(page, API_KEY);

    // Overview: the balance as the API reports it, and the forecast in the guide's terms.
    const credits = (await (await stack.api('/v1/credits')).json()) as {
      balance: { available: number };
      forecast: { twoMinuteCalls: number; messages: number };
    };
    await expect
      .poll(() => page.getByTestId('credits-available').textContent())
      .toBe(enIN.format(credits.balance.available));
    expect(await page.getByTestId('forecast').textContent()).toBe(
      `About ${enIN.format(credits.forecast.twoMinuteCalls)} two-minute calls or ${enIN.format(credits.forecast.messages)} messages left.`,
    );
    await page.locator('canvas').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);

    // The key went once, to sign in: the browser keeps only an httpOnly, SameSite=Strict cookie.
    const [cookie, ...others] = await browser.context.cookies(stack.apiUrl);
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({ name: 'exoflow_session', httpOnly: true, sameSite: 'Strict' });
    expect(cookie!.value).not.toContain(API_KEY);
    const stored = await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })');
    expect(stored).not.toContain(API_KEY);

    // Calls: place one (slow enough to watch) and follow it on its page without reloading.
    await page.getByRole('link', { name: 'Calls', exact: true }).click();
    const agent = `98${String(Date.now()).slice(-8)}`;
    const customer = `97${String(Date.now()).slice(-8)}`;
    stack.sim.script({
      match: { to: `+91${customer}` },
      script: { agentRingMs: 1500, customerRingMs: 1500, talkMs: 2500 },
    });
    await page.getByLabel('Agent number').fill(agent);
    await page.getByLabel('Customer number').fill(customer);
    expect(await page.getByLabel('Record the call').isChecked()).toBe(true);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.evaluate('window.__sameDocument = true');
    await page.getByRole('button', { name: 'Place call' }).click();
    await page.waitForURL(/#\/calls\/[0-9a-f-]{36}$/);
    const callId = page.url().split('/').at(-1)!;

    // Every status the page shows, in order, as the live updates arrive.
    await page.getByTestId('call-status').waitFor({ state: 'attached' });
    await page.evaluate(`(() => {
      const element = document.querySelector('[data-testid="call-status"]');
      window.__statuses = [element.textContent];
      new MutationObserver(() => {
        const status = document.querySelector('[data-testid="call-status"]')?.textContent;
        if (status && window.__statuses.at(-1) !== status) window.__statuses.push(status);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    await page.getByTestId('call-credits').filter({ hasText: '2' }).waitFor({ timeout: 60_000 });
    const statuses = (await page.evaluate('window.__statuses')) as string[];
    console.log('statuses the call page showed:', statuses.join(' → '));
    expect(['queued', 'dialing', 'agent-answered']).toContain(statuses[0]);
    expect(statuses.at(-1)).toBe('completed');
    expect(await page.evaluate('window.__sameDocument')).toBe(true); // never reloaded

    // Both legs, and the recording once archived, played through the API's presigned redirect.
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    const audio = page.getByLabel('Call recording');
    await audio.waitFor({ timeout: 60_000 });
    expect(await audio.getAttribute('src')).toBe(`/v1/calls/${callId}/recording`);
    // The element itself loads it: the API's 302, then the store's presigned link (no CORS needed).
    const fromStore = page.waitForResponse((response) => response.url().includes('X-Amz-Signature='));
    const played = (await page.evaluate(`new Promise((resolve) => {
      const element = document.querySelector('audio');
      element.muted = true;
      const done = () => resolve({ duration: element.duration, error: element.error && element.error.code });
      element.addEventListener('loadedmetadata', done, { once: true });
      element.addEventListener('error', done, { once: true });
      element.load();
    })`)) as { duration: number; error: number | null };
    expect(played.error).toBeNull();
    expect(played.duration).toBeGreaterThan(0);
    const media = await fromStore;
    expect([200, 206]).toContain(media.status()); // a media element asks for a byte range
    // The same source, fetched whole with the browser's session: the redirect ends in a 200.
    const whole = await browser.context.request.get(`${stack.apiUrl}/v1/calls/${callId}/recording`);
    expect(whole.status()).toBe(200);
    expect(whole.url()).not.toContain(stack.apiUrl);
    expect((await whole.body()).length).toBeGreaterThan(0);

    // Back on the Overview the call's credits show as today's usage (a screenshot, when asked for).
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect
      .poll(() => page.getByTestId('credits-available').textContent())
      .toBe(enIN.format(credits.balance.available - 2));
    if (process.env.CONSOLE_SCREENSHOT) {
      await page.locator('canvas').waitFor();
      await page.screenshot({ path: process.env.CONSOLE_SCREENSHOT, fullPage: true });
    }

    // Before sign-in the console asks who is signed in and is told 401: that is expected.
    expect(browser.problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.apiUrl}/console/#/calls`);
    await page.getByRole('heading', { name: 'Recent calls' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('signs out: the cookie is cleared and stops working', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.apiUrl}/console/`);
    const [before] = await browser.context.cookies(stack.apiUrl);
    expect(before?.name).toBe('exoflow_session');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await browser.context.cookies(stack.apiUrl)).toEqual([]);
    // The old cookie, replayed, is refused.
    const replayed = await fetch(`${stack.apiUrl}/v1/credits`, {
      headers: { cookie: `exoflow_session=${before!.value}` },
    });
    expect(replayed.status).toBe(401);
    await page.close();
  });
});
