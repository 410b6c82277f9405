// Saved-state torture in a real browser: storage disabled or full, data from the future, a 5 MB blob.
// The app always loads, says what happened, keeps what it cannot read, and keeps studying.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageIn(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl() + path);
  return { page, errors };
}

async function answerOne(page: Awaited<ReturnType<typeof pageIn>>['page']) {
  await page.getByRole('button', { name: 'Start practising' }).click();
  await page.getByText('Practice: question 1 of 1').waitFor();
  await page.keyboard.press('a');
  await page.keyboard.press('Enter');
  await page.locator('.verdict-banner').waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Practice session complete' }).waitFor();
}

describe('saved progress under stress', () => {
  it('works, and says so, when the browser refuses all storage', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = deny;
      Storage.prototype.setItem = deny;
      Storage.prototype.removeItem = deny;
    });
    const { page, errors } = await pageIn(context, '/practice?bank=tinyml-essentials&type=mcq&count=1');
    await answerOne(page);
    await page.getByRole('alert').filter({ hasText: 'does not let TinyPrep save' }).waitFor();
    expect(await page.locator('.big-score').innerText()).toMatch(/^\d \/ 1 right$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps progress in memory and asks for an export when storage is full', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (this: Storage, k: string, v: string) => void;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key === 'tinyprep.progress' && value.includes('"attempts":[{')) throw new DOMException('full', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    const { page, errors } = await pageIn(context, '/practice?bank=tinyml-essentials&type=mcq&count=1');
    await answerOne(page);
    await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    await page.getByRole('link', { name: 'Stats' }).first().click();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    expect(await page.locator('.stat-row dd').first().innerText()).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['from a newer version', JSON.stringify({ state: { progress: { attempts: [], cards: {}, active: {}, history: [] } }, version: 99 }), /newer TinyPrep/],
    // Chromium's quota is 5 MiB per origin, so this is as large a blob as a browser can hold.
    ['a 4.9 MiB blob of junk (the whole quota)', 'x'.repeat(Math.round(4.9 * 1024 * 1024)), /could not be read/],
    ['wrong types everywhere', JSON.stringify({ state: { progress: { attempts: 'many', cards: [], active: 3, history: null } }, version: 1 }), /damaged/],
  ])('loads with saved data %s, tells the user and keeps it aside', async (_name, raw, message) => {
    const context = await browser.newContext();
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        try {
          localStorage.setItem('tinyprep.progress', value);
        } catch {
          /* a blob over the quota is stored by the test below instead */
        }
        sessionStorage.setItem('seeded', '1');
      }
    }, raw);
    const { page, errors } = await pageIn(context, '/stats');
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    await page.getByRole('heading', { name: 'Data kept aside' }).waitFor();
    // Still usable: a practice session starts.
    await page.goto(`${baseUrl()}/practice?bank=tinyml-essentials&type=mcq&count=1`);
    await answerOne(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
