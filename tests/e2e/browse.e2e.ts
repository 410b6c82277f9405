// A new user opens the app, finds the bundled bank, opens questions and reads them with math rendered.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('browsing the bundled banks', () => {
  it('home lists the banks with their question counts', async () => {
    const { page, errors } = await openPage(browser, '/');
    await page.getByRole('heading', { name: 'Question banks' }).waitFor();
    const card = page.getByRole('article', { name: 'TinyML essentials' });
    await card.getByText('20 questions').waitFor();
    expect(await card.locator('.type-count').allInnerTexts()).toEqual(['MCQ\n6', 'MSQ\n4', 'NAT\n5', 'Open\n5']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a bank, filters by topic, opens a question and shows KaTeX', async () => {
    const { page, errors, requests } = await openPage(browser, '/');
    await page.getByRole('link', { name: 'TinyML essentials' }).click();
    await page.getByRole('heading', { level: 1, name: 'TinyML essentials' }).waitFor();
    await page.getByLabel('Topic').selectOption('Quantization');
    await page.getByText(/^Showing 5 questions of \d+$/).waitFor();
    await page.getByRole('link', { name: /NAT Q4/ }).click();
    await page.getByRole('heading', { level: 1, name: 'NAT Q4' }).waitFor();
    // The prompt's $[-0.8, 0.6]$ is typeset by KaTeX at build time: MathML for screen readers, HTML for the eye.
    const math = page.locator('.prompt .katex').first();
    await math.waitFor();
    expect(await math.locator('annotation').textContent()).toBe('[-0.8, 0.6]');
    expect(await page.locator('.prompt .katex-html').count()).toBeGreaterThan(0);
    // Bundled questions need neither the Markdown stack nor KaTeX's JavaScript.
    expect(requests.some((u) => /LiveMarkdown/.test(u))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reveals the answer, the option explanations and the worked solution; keys work', async () => {
    const { page, errors } = await openPage(browser, '/q/ess-ptq-outlier-layers');
    await page.getByRole('heading', { level: 1, name: 'MCQ Q1' }).waitFor();
    expect(await page.getByText('Correct answer:').count()).toBe(0);
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page.getByText('Correct answer:').waitFor();
    expect(await page.locator('.options li.is-correct .option-key').innerText()).toBe('B');
    expect(await page.locator('.options .option-note').count()).toBe(4);
    await page.keyboard.press('s');
    await page.getByText('Correct answer:').waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'MCQ Q2' }).waitFor();
    expect(page.url()).toMatch(/\/q\/ess-qat-advantage$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders display math in a worked solution', async () => {
    const { page, errors } = await openPage(browser, '/q/ess-latency-from-flops');
    await page.getByRole('button', { name: /Show the answer/ }).click();
    const display = page.locator('.solution .katex-display');
    await display.first().waitFor();
    expect(await display.count()).toBe(1);
    expect(await page.getByText('Answer: 3000 ms').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says plainly when a question or a page does not exist', async () => {
    const { page } = await openPage(browser, '/q/no-such-question');
    await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
    await page.goto(page.url().replace('/q/no-such-question', '/no/such/page'));
    await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
    await page.context().close();
  });
});
