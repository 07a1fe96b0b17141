// The console in Debian's Chromium against the real stack (API, worker, Temporal, PostgreSQL,
// SeaweedFS, the Exotel simulator): sign in with a key, read the balance, place a call and watch
// it finish without reloading, play its recording, upload contacts as CSV and read the per-row
// report, and check that a viewer is offered nothing that changes anything (and is refused it).
// Set CONSOLE_SCREENSHOT=<file.png> to keep a screenshot of the Overview.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, type AppStack, ROLE_KEYS, startAppStack } from '../support/app-stack.js';
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

  it('uploads a CSV with bad rows, reports them by line and column, and shows an imported contact', async () => {
    const page = await browser.newPage();
    await page.goto(`${stack.apiUrl}/console/#/contacts`);
    await page.getByRole('heading', { name: 'Import a CSV file' }).waitFor();
    const stamp = String(Date.now()).slice(-6);
    const [good1, good2] = [`9655${stamp}`, `9656${stamp}`];
    const csv = [
      'Mobile,Name,Tags,City',
      `${good1},Kavya ${stamp},csv-e2e,Pune`,
      `12345,Not A Number,csv-e2e,Delhi`,
      `${good2},Arjun ${stamp},csv-e2e;vip,Goa`,
      `,No Number,csv-e2e,Agra`,
    ].join('\n');
    await page
      .getByLabel('CSV file', { exact: true })
      .setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // The header is read in the browser: the phone column is guessed, the rest can be mapped.
    await expect.poll(() => page.getByLabel('Phone column').inputValue()).toBe('Mobile');
    expect(await page.getByLabel('Name column').inputValue()).toBe('Name');
    await page.getByLabel('City (as attributes.city)').check();
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import contacts' }).click();

    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.locator('p').first().textContent()).toBe('4 rows: 2 created, 0 updated, 2 not imported.');
    const rows = await report
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.map(([line, column]) => [line, column])).toEqual([
      ['3', 'Mobile'],
      ['5', 'Mobile'],
    ]);
    expect(rows[0]![2]).toContain('not an Indian number');

    // The imported contact: found by name, with its attribute, consent state and (empty) timeline.
    await page.getByLabel('Name, number or tag').fill(`kavya ${stamp}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: `Kavya ${stamp}` }).click();
    await page.getByRole('heading', { name: `Kavya ${stamp}` }).waitFor();
    expect(await page.getByTestId('consent-marketing').textContent()).toBe('No consent recorded');
    expect(await page.locator('.details').textContent()).toContain('Pune');
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.close();
  });

  it('offers a viewer nothing that changes anything, and the API refuses those requests', async () => {
    const customer = `97${String(Date.now()).slice(-8)}`;
    const placed = (await (
      await stack.api('/v1/calls', {
        method: 'POST',
        body: JSON.stringify({ agentNumber: `98${String(Date.now()).slice(-8)}`, customerNumber: customer }),
      })
    ).json()) as { id: string };
    const contact = (await (
      await stack.api('/v1/contacts', {
        method: 'POST',
        body: JSON.stringify({ phone: customer, name: 'Viewer check' }),
      })
    ).json()) as { id: string };

    const viewerBrowser = await launchBrowser();
    try {
      const page = await viewerBrowser.newPage();
      await page.goto(`${stack.apiUrl}/console/`);
      await page.getByLabel('API key').fill(ROLE_KEYS.viewer);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Overview' }).waitFor();

      // Reading only: search, filter, page and sign out.
      const readOnly = new Set([
        'Sign out',
        'Apply filters',
        'Clear filters',
        'Search',
        'Older calls',
        'Older entries',
      ]);
      for (const [route, heading] of [
        ['#/', 'Credits'],
        ['#/calls', 'Recent calls'],
        [`#/calls/${placed.id}`, 'Legs'],
        ['#/contacts', 'Find a contact'],
        [`#/contacts/${contact.id}`, 'Consent history'],
        ['#/campaigns', 'Recent campaigns'],
      ] as const) {
        await page.goto(`${stack.apiUrl}/console/${route}`);
        await page.getByRole('heading', { name: heading }).waitFor();
        const buttons = (await page.getByRole('button').allTextContents()).map((text) => text.trim());
        expect(
          buttons.filter((name) => !readOnly.has(name)),
          `buttons on ${route}`,
        ).toEqual([]);
        expect(await page.locator('input[type=file], audio').count(), `uploads or players on ${route}`).toBe(0);
        expect(await page.getByRole('link', { name: 'New campaign' }).count(), `new campaign on ${route}`).toBe(0);
      }
      // The customer's number is masked for a viewer: by the API, so the page never has it.
      await page.goto(`${stack.apiUrl}/console/#/calls/${placed.id}`);
      await page.getByRole('heading', { name: 'Legs' }).waitFor();
      expect(await page.content()).not.toContain(customer);
      expect(await page.locator('#call-summary').textContent()).toContain(`******${customer.slice(-4)}`);

      // The same requests the hidden buttons would make, sent with the viewer's session: 403.
      const refused = (await page.evaluate(`Promise.all([
        fetch('/v1/calls', { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ agentNumber: '9800000001', customerNumber: '9800000002' }) }),
        fetch('/v1/contacts/import', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'phone\\n9800000003\\n' }),
        fetch('/v1/contacts/${contact.id}', { method: 'DELETE' }),
        fetch('/v1/calls/${placed.id}/recording'),
        fetch('/v1/campaigns', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
      ].map((request) => request.then(async (response) => [response.status, (await response.json()).error.code])))`)) as [
        number,
        string,
      ][];
      expect(refused).toEqual([
        [403, 'forbidden'],
        [403, 'forbidden'],
        [403, 'forbidden'],
        [403, 'forbidden'],
        [403, 'forbidden'],
      ]);
      await page.close();
    } finally {
      await viewerBrowser.close();
    }
  });

  it('fits a phone screen', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.apiUrl}/console/#/calls`);
    await page.getByRole('heading', { name: 'Recent calls' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.goto(`${stack.apiUrl}/console/#/contacts`);
    await page.getByRole('heading', { name: 'Import a CSV file' }).waitFor();
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
