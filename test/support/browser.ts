// Debian's Chromium (/usr/bin/chromium, installed by `scripts/bootstrap.sh --browser`) driven by
// playwright-core, with a fresh profile per launch. Never `npx playwright install`: these machines
// reach no browser download host.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Page errors, failed requests the page did not expect, and console errors (CSP violations among them). */
  problems: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'exoflow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    problems,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Controls without an accessible name (label, aria-label, aria-labelledby or text) on the page. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  // A string, so the test project needs no DOM typings: it runs in the page.
  return (await page.evaluate(`[...document.querySelectorAll('input, select, textarea, button, audio[controls], a[href]')]
    .filter((element) => !(
      (element.labels && element.labels.length > 0) ||
      element.getAttribute('aria-label') ||
      element.getAttribute('aria-labelledby') ||
      (element.tagName !== 'INPUT' && element.textContent.trim())))
    .map((element) => element.outerHTML.slice(0, 120))`)) as string[];
}
