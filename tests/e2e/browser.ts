// Debian's Chromium driven by playwright-core, with the flags from DEVELOPERS.md and a fresh profile per launch.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or run npm test as root, which installs it).`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export const baseUrl = (): string => inject('baseUrl');

export interface TestPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far; tests assert it stays empty. */
  errors: string[];
  /** URLs requested so far. */
  requests: string[];
}

/** A page in a fresh context (empty storage), recording errors and requests. */
export async function openPage(browser: Browser, path = '/', options: BrowserContextOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl() + path);
  return { page, errors, requests };
}
