// The console's campaign pages in Debian's Chromium against the real stack: build a two-step
// campaign (an error shown on its field first), read the message text and the audience preview
// with its skipped count, create the draft, start it, watch the progress bar move without
// reloading, pause and resume it, and find every recipient with its outcome. Set
// CAMPAIGN_BUILDER_SCREENSHOT=<file.png> to keep a screenshot of the builder.
import { randomInt, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, type AppStack, startAppStack } from '../support/app-stack.js';
import { type Browser, launchBrowser, unlabelledControls } from '../support/browser.js';

let stack: AppStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startAppStack({ WHATSAPP_SENDING_NUMBER: '+918047100003' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const post = async (path: string, body: unknown) => {
  const response = await stack.api(path, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status, path).toBeLessThan(300);
  return (await response.json()) as { id: string; name: string };
};

/** Eight contacts under a fresh tag: six opted in, two never asked. */
async function seed() {
  const tag = `e2e-${randomUUID().slice(0, 8)}`;
  const base = randomInt(10_000_000, 89_999_999);
  const contacts = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ phone: `+9195${base + from + i}`, name: `Guest ${from + i}`, tags: [tag] }));
  const evidence = 'Signed up at the store counter';
  await post('/v1/contacts/import', {
    contacts: contacts(0, 6),
    consent: { purpose: 'marketing', action: 'opt_in', evidence },
  });
  await post('/v1/contacts/import', { contacts: contacts(6, 2) });
  const template = (name: string, text: string) =>
    post('/v1/templates', {
      name: `${name}_${randomInt(1e9)}`,
      language: 'en',
      category: 'marketing',
      status: 'approved',
      components: { body: { text }, buttons: [{ type: 'quick_reply', text: 'Show me' }] },
    });
  const offer = await template('festive_offer', 'Hi {{1}}, festive offers are live!');
  const reminder = await template('festive_reminder', 'Hi {{1}}, offers end tonight.');
  return { tag, offer, reminder };
}

async function signIn(page: Page) {
  await page.goto(`${stack.apiUrl}/console/`);
  await page.getByLabel('API key').fill(API_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
}

describe('the campaign pages', () => {
  it('build a two-step campaign, preview its audience, start it, watch it move, pause and resume it', async () => {
    const { tag, offer, reminder } = await seed();
    const page = await browser.newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Campaigns', exact: true }).click();
    await page.getByRole('link', { name: 'New campaign' }).click();
    await page.getByRole('heading', { name: 'New campaign' }).waitFor();
    await page.evaluate('window.__sameDocument = true');

    // Step 1 and 2 with their templates; the name comes from the contact, with a fallback.
    await page.getByLabel('Contacts tagged (comma separated)').fill(tag);
    await page.getByLabel('Step 1 template').selectOption(offer.id);
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel('Step 2 template').selectOption(reminder.id);
    await page.getByLabel('Step 2 goes to').selectOption('not_read');
    await page.getByLabel('Step 2 delay (minutes after the previous step)').fill('0');
    const step1 = page.locator('fieldset[data-step="1"]');
    await step1.getByLabel('Fallback when missing').fill('there');
    await page.getByLabel('Send at any hour').check();
    await page.getByLabel('Messages per second (cap)').fill('1');
    await expect
      .poll(() => step1.getByTestId('message-text').textContent())
      .toBe('Hi [name, else there], festive offers are live!\n\n[Show me]');

    // The API validates: without a name, the error lands on the name's input.
    await page.getByRole('button', { name: 'Create draft' }).click();
    const name = page.getByLabel('Campaign name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-field="name"]').textContent()).toBeTruthy();
    await name.fill('Festive');

    // The audience preview: six would be sent, the two never asked skipped for it.
    await page.getByRole('button', { name: 'Preview audience' }).click();
    await expect.poll(() => page.getByTestId('preview-send').textContent()).toBe('6');
    expect(await page.getByTestId('preview-skipped').textContent()).toBe('2');
    expect(await page.locator('[data-reason="no_consent"]').textContent()).toBe('No consent: 2');
    expect(await unlabelledControls(page)).toEqual([]);
    if (process.env.CAMPAIGN_BUILDER_SCREENSHOT)
      await page.screenshot({ path: process.env.CAMPAIGN_BUILDER_SCREENSHOT, fullPage: true });

    // The draft, then its start; the progress bar moves as the sends' reports stream in.
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/#\/campaigns\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('campaign-status').textContent()).toBe('Draft');
    await page.evaluate(`(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const shown = document.querySelector('[data-testid="campaign-progress-text"]')?.textContent;
        if (shown && window.__progress.at(-1) !== shown) window.__progress.push(shown);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('campaign-status').textContent(), { timeout: 30_000 }).toBe('Running');
    await expect
      .poll(async () => Number((await page.getByTestId('campaign-progress-text').textContent())?.replace('%', '')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByTestId('campaign-status').textContent()).toBe('Paused');
    expect(await page.getByTestId('pause-reason').textContent()).toBe('Paused: Paused by an operator');
    const paused = await page.getByTestId('campaign-progress-text').textContent();
    expect(paused).not.toBe('100%');

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => page.getByTestId('campaign-status').textContent(), { timeout: 60_000 }).toBe('Completed');
    await expect.poll(() => page.getByTestId('campaign-progress-text').textContent()).toBe('100%');
    const seen = (await page.evaluate('window.__progress')) as string[];
    console.log('progress the campaign page showed:', seen.join(' → '));
    expect(seen.length).toBeGreaterThanOrEqual(3); // 0%, something in between, 100%
    expect(await page.evaluate('window.__sameDocument')).toBe(true); // never reloaded

    // Every recipient with its outcome; the two never asked skipped for consent.
    await expect.poll(() => page.locator('table.recipients tbody tr').count()).toBe(8);
    expect(await page.locator('[data-outcome="skipped"]', { hasText: 'No consent' }).count()).toBe(4); // both steps
    const csv = await browser.context.request.get(
      `${stack.apiUrl}${await page.getByRole('link', { name: 'Export recipients as CSV' }).getAttribute('href')}`,
    );
    expect(csv.status()).toBe(200);
    expect((await csv.text()).trim().split('\n')).toHaveLength(9);

    // The list shows it completed with a full bar.
    await page.getByRole('link', { name: 'All campaigns' }).click();
    const row = page.locator('tr', { hasText: 'Festive' }).first();
    await expect.poll(() => row.getByTestId('campaign-status').textContent()).toBe('Completed');
    expect(await row.getByTestId('campaign-progress').getAttribute('value')).toBe('100');
    expect(browser.problems.filter((problem) => !/status of (401|400)/.test(problem))).toEqual([]);
    await page.close();
  });

  it('edits and deletes a draft, and fits a phone screen', async () => {
    const { tag, offer } = await seed();
    const draft = await post('/v1/campaigns', {
      name: 'Draft to edit',
      audience: { tags: [tag] },
      steps: [{ templateId: offer.id, params: { body: [{ field: 'name' }] } }],
    });
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.apiUrl}/console/#/campaigns/${draft.id}`);
    await expect.poll(() => page.getByTestId('preview-send').textContent()).toBe('6');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await page.getByRole('link', { name: 'Edit draft' }).click();
    await expect.poll(() => page.getByLabel('Campaign name').inputValue()).toBe('Draft to edit');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.getByLabel('Campaign name').fill('Draft edited');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/#\/campaigns\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Draft edited');

    await page.getByRole('button', { name: 'Delete draft' }).click();
    await page.getByRole('button', { name: 'Yes, delete the draft' }).click();
    await page.waitForURL(/#\/campaigns$/);
    expect((await stack.api(`/v1/campaigns/${draft.id}`)).status).toBe(404);
    await page.close();
  });
});
