// The quantization lab in real Chromium: tfjs loads only on the lab route and only in its worker, the
// shipped model loads, int8 is applied by default and keeps the accuracy, 2-bit visibly does not,
// the page keeps answering while the worker trains, and a question measured live can be answered.
import { readFileSync } from 'node:fs';
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

/** "98.6 %" → 0.986 */
const percent = (text: string): number => {
  const m = /(-?\d+(?:\.\d+)?)\s*%/.exec(text);
  if (!m) throw new Error(`no percentage in "${text}"`);
  return Number(m[1]) / 100;
};

const floatAccuracy = async (page: Page) => percent(await page.getByTestId('float-accuracy').innerText());

/** The question maker renders when scrolled near (it brings KaTeX): scroll there and wait for it. */
async function revealLabQuestions(page: Page) {
  const later = page.getByTestId('lab-questions-later');
  if (await later.count()) await later.scrollIntoViewIfNeeded();
  await page.getByLabel('Ask for').waitFor();
}

/** Or, without scrolling: its placeholder names the section and opens it from the keyboard. */
async function openLabQuestionsByKeyboard(page: Page) {
  const button = page.getByRole('button', { name: 'Show the questions' });
  if (await button.count()) {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  await page.getByLabel('Ask for').waitFor();
}

/** The quantized accuracy once it answers the current recipe. */
async function quantAccuracy(page: Page): Promise<number> {
  const fresh = page.locator('[data-testid="quant-accuracy"][data-fresh="true"]');
  await fresh.waitFor({ timeout: 30_000 });
  return percent(await fresh.innerText());
}

async function openLab(path = '/lab', options = {}) {
  const opened = await openPage(browser, path, options);
  await opened.page.getByTestId('float-accuracy').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
  return opened;
}

describe('quantization lab', () => {
  it('loads tfjs only on the lab route, in a worker, and picks a backend it names', async () => {
    const { page, errors, requests } = await openPage(browser, '/');
    await page.getByRole('heading', { name: 'Question banks' }).waitFor();
    expect(requests.filter((u) => /lab\.worker|tfjs|\.wasm/.test(u))).toEqual([]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quant lab' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quantization lab' }).waitFor();
    await page.getByTestId('float-accuracy').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
    expect(requests.some((u) => /lab\.worker/.test(u))).toBe(true);
    // The model's weights come from this site, nothing from elsewhere.
    expect(requests.some((u) => u.endsWith('/lab/model.json'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(new URL(page.url()).origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(await page.getByTestId('backend').innerText()).toMatch(/^(wasm|webgl|cpu)\b/);
    expect(await floatAccuracy(page)).toBeGreaterThan(0.95);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('applies TFLite int8 by default: accuracy within a few points of float; 2-bit drops visibly', async () => {
    const { page, errors } = await openLab();
    expect(await page.getByRole('button', { name: 'TFLite int8', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('grid-summary').innerText()).toMatch(/Integers -127 … 127: 255 levels, zero point 0/);
    const float = await floatAccuracy(page);
    const int8 = await quantAccuracy(page);
    expect(Math.abs(int8 - float)).toBeLessThanOrEqual(0.03);
    // Per output channel: conv1 has 8 filters, so 8 scales; symmetric, so zero points are all 0.
    const conv1Row = page.getByTestId('layer-table').locator('tbody tr').first();
    expect(await page.getByTestId('scale-conv1').innerText()).toMatch(/\(8\)$/);
    expect(await conv1Row.locator('td').nth(1).innerText()).toBe('0');
    const int8Size = await page.getByTestId('model-size').innerText();

    await page.getByRole('button', { name: '2-bit' }).click();
    expect(await page.getByTestId('grid-summary').innerText()).toMatch(/Integers -1 … 1: 3 levels/);
    const twoBit = await quantAccuracy(page);
    expect(twoBit).toBeLessThan(float - 0.1);
    expect(await page.getByTestId('model-size').innerText()).not.toBe(int8Size);
    // At 2 bits a layer's weights take at most three values per channel, and the grid lines are drawn.
    await page.getByLabel('Per tensor').check();
    await quantAccuracy(page);
    const conv1 = page.locator('.lab-layer', { has: page.getByRole('heading', { name: /^conv1/ }) });
    expect(await conv1.getByText(/After: dequantized, [1-3] distinct values/).count()).toBe(1);
    expect(await conv1.locator('svg line').count()).toBeGreaterThanOrEqual(2 * 3);
    // The whole model pooled: 4 layers, one grid each per tensor.
    expect(await page.locator('.lab-model-card').getByText(/on 4 grids \(one per layer\)/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stays responsive while the worker trains, and uses the retrained model', async () => {
    const { page, errors } = await openLab();
    const float = await floatAccuracy(page);
    await quantAccuracy(page);
    await page.getByLabel('Epochs').selectOption('3');
    await page.getByRole('button', { name: 'Retrain in the browser' }).click();
    const training = page.getByTestId('training');
    await training.getByText(/Epoch 1\/3/).waitFor({ timeout: 60_000 });

    // While the worker trains, a click on the page is handled: the explanation opens…
    await page.getByRole('button', { name: 'What am I looking at?' }).click();
    await page.getByTestId('explainer').waitFor();
    expect(await training.isVisible()).toBe(true);
    // …and the recipe can change, with its accuracy measured between training batches.
    await page.getByRole('button', { name: '2-bit' }).click();
    expect(await quantAccuracy(page)).toBeLessThan(float - 0.1);
    expect(await training.isVisible()).toBe(true);

    await training.waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByText(/Retrained here in your browser: 3 epochs, seed 1/).waitFor();
    expect(await floatAccuracy(page)).toBeGreaterThan(0.9);
    await page.getByRole('button', { name: 'TFLite int8', exact: true }).click();
    expect(Math.abs((await quantAccuracy(page)) - (await floatAccuracy(page)))).toBeLessThanOrEqual(0.03);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stops training on request and keeps the model it had', async () => {
    const { page, errors } = await openLab();
    await page.getByRole('button', { name: 'Retrain in the browser' }).click();
    await page.getByTestId('training').getByText(/Epoch 1\//).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Stop training' }).click();
    await page.getByTestId('training').waitFor({ state: 'detached' });
    expect(await page.getByText(/Shipped weights from/).count()).toBe(1);
    await page.getByRole('button', { name: 'Retrain in the browser' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('measures accuracy at 2–8 bits on demand', async () => {
    const { page, errors } = await openLab();
    const float = await floatAccuracy(page);
    await page.getByRole('button', { name: 'Measure accuracy at 2–8 bits' }).click();
    const sweep = page.getByTestId('sweep');
    await sweep.waitFor({ timeout: 60_000 });
    const rows = await sweep.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => Number(r.split('\t')[0]))).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const acc = rows.map((r) => percent(r.split('\t')[1]!));
    expect(Math.abs(acc[6]! - float)).toBeLessThanOrEqual(0.03);
    expect(acc[0]).toBeLessThan(acc[6]! - 0.1);
    expect(await sweep.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks for a scale measured live, checks the answer with tolerance and adds the question to the deck', async () => {
    const { page, errors } = await openLab();
    await openLabQuestionsByKeyboard(page);
    await page.getByLabel('Layer', { exact: true }).selectOption('conv2');
    await page.getByLabel('Ask for').selectOption('scale-symmetric');
    await page.getByTestId('lab-question').getByText(/conv2/).first().waitFor();
    // The answer is on the page: set the lab to the question's recipe and read conv2's scale off the table.
    await page.getByRole('button', { name: 'Set the lab to this recipe' }).click();
    expect(await page.getByLabel('Per tensor').isChecked()).toBe(true);
    const scale = Number(await page.getByTestId('scale-conv2').innerText());
    expect(scale).toBeGreaterThan(0);
    const answer = page.getByLabel('Your answer');
    await answer.fill(String(scale * 1.5));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText(/Not quite/).waitFor();
    await answer.fill(String(scale));
    await answer.press('Enter');
    await page.getByText(/✓ Right/).waitFor();

    // The app hands the question to the user's deck ("My questions"), where it reads like any other.
    await page.getByRole('button', { name: 'Add this question to my deck' }).click();
    const saved = page.getByRole('status').filter({ hasText: /Saved with id/ });
    await saved.waitFor();
    const id = await saved.locator('code').innerText();
    expect(id).toMatch(/^lab-conv2-scale-symmetric-[a-z0-9]+$/);
    expect(await page.getByRole('button', { name: 'Added to your deck' }).isDisabled()).toBe(true);
    // In-app navigation (the history API, as a link would), so the page is not reloaded while the deck is saved.
    await page.evaluate(() => {
      history.pushState(null, '', '/bank/u.my-questions');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { level: 1, name: 'My questions' }).waitFor();
    await page.getByRole('link', { name: /Lab: conv2/ }).click();
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page.getByText(/scale = 0\.00\d+/).first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard, in dark mode, at 360 px, with no axe violations', async () => {
    // axe is injected as a script, which the app's CSP rightly refuses: this context bypasses CSP.
    const { page, errors } = await openLab('/lab', { viewport: { width: 360, height: 780 }, colorScheme: 'dark', bypassCSP: true });
    await quantAccuracy(page);
    const slider = page.getByRole('slider', { name: /Bit width/ });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.getAttribute('aria-valuetext')).toBe('6 bits');
    await quantAccuracy(page);
    // Dark theme colours reach the plots through the CSS variables.
    const fill = await page.locator('.lab-layer .histogram path').last().evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toBe('rgb(139, 133, 255)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Open what is folded away, and render what waits to be scrolled to, so that axe sees it too.
    await revealLabQuestions(page);
    await page.getByRole('button', { name: 'What am I looking at?' }).click();
    for (const summary of await page.locator('main summary').all()) await summary.click();
    await page.getByRole('button', { name: 'Measure accuracy at 2–8 bits' }).click();
    await page.getByTestId('sweep').waitFor({ timeout: 60_000 });
    await page.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const audit = () =>
      page.evaluate(async () => {
        type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
      });
    expect(await audit()).toEqual([]);
    // And in the light theme, at desktop width.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await audit()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
