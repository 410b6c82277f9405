// Bringing your own banks: import with problems listed by line, persistence across reloads, hostile
// Markdown that never executes, stable question URLs, and the app working offline.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../helpers/fixtures';
import { baseUrl, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('importing banks', () => {
  it('shows every problem with its line, imports the valid questions, and keeps them after a reload', async () => {
    const { page, errors } = await openPage(browser, '/library');
    await page.getByRole('heading', { name: 'My banks' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(fixturePath('bad/broken-bank.md'));
    const card = page.getByRole('listitem', { name: 'Import of broken-bank.md' });
    await card.getByText('broken-bank.md:17:1').waitFor();
    expect(await card.locator('.issue').count()).toBe(8);
    expect(await card.getByText('MCQ Q1 has an Answer of E but only options A–D').count()).toBe(1);
    expect(await card.getByText('→ use letters from A to D, or add option E').count()).toBe(1);
    await card.getByRole('button', { name: 'Import the 2 valid questions' }).click();
    await page.getByRole('article', { name: 'Broken practice bank' }).waitFor();
    await page.reload();
    const bank = page.getByRole('article', { name: 'Broken practice bank' });
    await bank.waitFor();
    await bank.getByText('2 questions').waitFor();
    // The imported bank joins practice like any other.
    await bank.getByRole('link', { name: 'Practise' }).click();
    await page.getByText(/^2 match/).waitFor();
    await page.getByRole('button', { name: 'Start practising' }).click();
    await page.getByText('Practice: question 1 of 2').waitFor();
    // …and every question has a stable URL.
    await page.goto(`${baseUrl()}/q/u.which-runtime-targets-microcontrollers-17jusbi`);
    await page.getByRole('heading', { level: 1, name: 'MCQ Q4' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders hostile Markdown inert: no script, handler, javascript: link or KaTeX \\href runs', async () => {
    const { page, errors } = await openPage(browser, '/library');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator('input[type=file]').setInputFiles(fixturePath('hostile-bank.md'));
    const card = page.getByRole('listitem', { name: 'Import of hostile-bank.md' });
    await card.getByText('hostile-bank.md:38:1').waitFor();
    await card.getByRole('button', { name: 'Import the 2 valid questions' }).click();
    await page.goto(`${baseUrl()}/q/u.hostile-one`);
    await page.getByRole('heading', { level: 1, name: 'MCQ Q1' }).waitFor();
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page.getByText('Still bold').waitFor();
    await page.locator('.katex').first().waitFor();
    // Click every link on the question, as a curious user would.
    for (const link of await page.locator('.question-view a').all()) await link.click({ noWaitAfter: true }).catch(() => undefined);
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      scripts: document.querySelectorAll('main script').length,
      handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      frames: document.querySelectorAll('main iframe, main svg[onload], main img').length,
      hrefs: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
    }));
    expect(found.pwned).toBeNull();
    expect(found.scripts).toBe(0);
    expect(found.handlers).toBe(0);
    expect(found.frames).toBe(0);
    expect(found.hrefs.filter((h) => h && /^(javascript|data|vbscript):/i.test(h))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(`${baseUrl()}/q/u.hostile-one`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('offline', () => {
  it('keeps working with the network cut once the service worker is active', async () => {
    const { page } = await openPage(browser, '/');
    await page.getByRole('heading', { name: 'Question banks' }).waitFor();
    // The worker registers after the page has loaded; wait until it is active, then reload under it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Question banks' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
    await page.context().setOffline(true);
    await page.goto(`${baseUrl()}/bank/tinyml-essentials`);
    await page.getByRole('heading', { level: 1, name: 'TinyML essentials' }).waitFor();
    await page.getByRole('link', { name: /NAT Q4/ }).click();
    await page.locator('.prompt .katex').first().waitFor();
    await page.getByRole('link', { name: 'Practice' }).click();
    await page.getByRole('button', { name: 'Start practising' }).click();
    await page.getByText(/Practice: question 1 of/).waitFor();
    await page.goto(`${baseUrl()}/search?q=arena`);
    await page.getByText(/questions?$/).first().waitFor();
    await page.context().close();
  });
});
