// A student works with the calculators: edits a model's layer table and watches the results change,
// shares the URL and gets the same state back, reads formulas typeset by KaTeX, types nonsense and
// gets a clear message instead of a crash, and turns a calculation into a question.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stat = (page: Page, label: string) => page.locator('.calc-stat', { has: page.locator('dt', { hasText: label }) }).locator('.calc-stat-value');

describe('calculators', () => {
  it('lists the calculators with their formulas, and opens one', async () => {
    const { page, errors } = await openPage(browser, '/calculators');
    await page.getByRole('heading', { level: 1, name: 'Calculators' }).waitFor();
    // The cards' formulas are typeset once KaTeX arrives, after the first paint.
    await page.locator('.calc-cards .katex').nth(5).waitFor();
    expect(await page.locator('.calc-cards .katex').count()).toBe(6);
    // A parametric question with fresh numbers, answered by the calculators.
    await page.getByRole('button', { name: 'Try one: Parameters of a dense layer' }).click();
    await page.locator('.calc-question-preview').getByText(/`?Dense\(\d+/).first().waitFor();
    await page.locator('.calc-question-preview').getByRole('button', { name: 'Show the answer' }).click();
    await page.locator('.calc-question-preview').getByText(/Answer:/).waitFor();
    await page.getByRole('link', { name: 'Model size' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Model size' }).waitFor();
    expect(page.url()).toMatch(/\/calculators\/model-size$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('edits the layer table, sees the results change, and a copied URL reopens the same state', async () => {
    const { page, errors } = await openPage(browser, '/calculators/model-size');
    await expect.poll(() => stat(page, 'Parameters').innerText()).toBe('109,386');

    // Widen the first dense layer: 784·256 + 256 + 256·64 + 64 + 64·10 + 10 = 218,058.
    await page.getByLabel('Layer 1 units').fill('256');
    await expect.poll(() => stat(page, 'Parameters').innerText()).toBe('218,058');
    expect(await page.locator('.layer-table tbody tr').first().innerText()).toContain('200,960');

    // Add a dropout and switch the weights to int8.
    await page.getByLabel('Type of the layer to add').selectOption('dropout');
    await page.getByRole('button', { name: 'Add layer' }).click();
    await expect.poll(() => page.locator('.layer-table tbody tr').count()).toBe(4);
    await page.getByRole('group', { name: 'Weight bits: common widths' }).getByRole('button', { name: 'int8' }).click();
    await expect.poll(() => stat(page, 'Weights at 8 bits').innerText()).toBe('212.9 KiB');
    const stepsBefore = await page.locator('.calc-steps').innerText();

    const shared = page.url();
    expect(shared).toContain('units=256');
    expect(shared).toContain('wbits=8');
    await page.context().close();

    // A colleague opens the link in a fresh browser.
    const other = await openPage(browser, shared.replace(/^https?:\/\/[^/]+/, ''));
    await expect.poll(() => stat(other.page, 'Parameters').innerText()).toBe('218,058');
    expect(await other.page.getByLabel('Layer 1 units').inputValue()).toBe('256');
    expect(await other.page.getByLabel('Layer 4 type').inputValue()).toBe('dropout');
    expect(await other.page.getByLabel('Weight bits', { exact: true }).inputValue()).toBe('8');
    expect(await other.page.locator('.calc-steps').innerText()).toBe(stepsBefore);
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.context().close();
  });

  it('typesets the formulas with the user\'s numbers in KaTeX', async () => {
    const { page, errors } = await openPage(browser, '/calculators/compression?params=2.5M&prune=30&bits=8');
    await expect.poll(() => stat(page, 'Compression ratio').innerText()).toBe('5.71×');
    const math = page.locator('.calc-steps .katex-display');
    expect(await math.count()).toBe(4);
    // MathML for screen readers carries the TeX, with the user's numbers substituted.
    const tex = await page.locator('.calc-steps annotation').allTextContents();
    expect(tex.join('\n')).toContain('2{,}500{,}000');
    expect(tex.at(-1)).toMatch(/= 5\.714$/);
    expect(await page.locator('.calc-steps .katex-html').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers nonsense with a clear message and keeps working', async () => {
    const { page, errors } = await openPage(browser, '/calculators/model-size');
    await page.getByLabel('Layer 2 units').fill('abc');
    const rowError = page.locator('.layer-table .field-error');
    await expect.poll(() => rowError.innerText()).toBe('layer 2 (dense): units must be a positive integer, got "abc"');
    // The rows above the problem keep their results, and the totals say what they cover.
    expect(await page.locator('.layer-table tbody tr').first().innerText()).toContain('100,480');
    await page.getByText(/Results cover layers 1–1 only/).waitFor();

    await page.getByLabel('Input shape (no batch axis)').fill('28xbanana');
    await page.getByText('input shape "28xbanana": each input size must be a positive integer, got "banana"').first().waitFor();

    // Impossible shapes are explained too, on the row that breaks.
    await page.getByLabel('Input shape (no batch axis)').fill('4x4x3');
    await page.getByText('Edit the layers as text').click();
    await page.getByLabel(/Layers, separated by/).fill('conv2d(filters=8,kernelSize=5);flatten;dense(units=10)');
    await page.getByText(/kernelSize 5 is larger than the input height 4 with padding "valid"/).first().waitFor();

    const latency = await page.goto(page.url().replace(/\/calculators\/.*$/, '/calculators/latency?work=lots&eff=2'));
    expect(latency?.ok()).toBe(true);
    await page.getByText('work must be a number such as 25M, 2.5e7 or 0.8, got "lots"').first().waitFor();
    expect(await page.getByText('This page could not be shown').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns a calculation into a question and previews it when no deck is connected', async () => {
    const { page, errors } = await openPage(browser, '/calculators/model-size');
    await page.getByRole('button', { name: 'Make a question' }).click();
    const preview = page.locator('.calc-question-preview');
    await preview.getByText(/How many parameters in total/).waitFor();
    expect(await preview.getByRole('link', { name: /Open in calculator/ }).getAttribute('href')).toMatch(/^\/calculators\/model-size\?input=784&layers=dense\(units=128/);
    await preview.getByRole('button', { name: 'Show the answer' }).click();
    await preview.getByText('109,386 parameters').first().waitFor();
    await preview.locator('.katex').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the roofline for a model on a device, and fits a phone-sized screen', async () => {
    const { page, errors } = await openPage(browser, '/calculators/roofline?src=model&device=raspberry-pi-4', { viewport: { width: 360, height: 780 } });
    await page.getByRole('img', { name: /^Roofline of 3 layers on Raspberry Pi 4/ }).waitFor();
    await page.getByRole('table', { name: 'Per-layer roofline' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
