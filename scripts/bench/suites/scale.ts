/**
 * A library of 10,000 questions: importing it, and keeping home, session building, search and the
 * bank list responsive with it. Long tasks come from the Long Tasks API (≥ 50 ms is "long"); the
 * parse ratio compares our parser with remark-parse on the same text in the same process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Browser, Page } from 'playwright-core';
import { pieceStarts } from '../../../src/content-model/markdown-tree.ts';
import { parseBank } from '../../../src/content-model/parse-bank.ts';
import { generateBank } from '../../generate-bank.ts';
import { medianMs, type Figure, type Suite } from '../context.ts';

const N = 10_000;

const WATCH = `
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

async function longest(page: Page): Promise<number> {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __long?: number[] };
    const v = Math.max(0, ...(w.__long ?? []));
    w.__long = [];
    return Math.round(v);
  });
}

/** Runs of the in-browser import and of its floor; each run is a cold start in a fresh page. */
const BROWSER_RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * remark-parse alone on the same pieces, in the same browser: the floor for the in-browser import.
 * Each run is a fresh page parsing once, cold, as an import is (a warm, JIT-compiled parser
 * would be a floor no first import can approach). Bundled on the spot with esbuild and run in a
 * blank page, which has no CSP.
 */
async function remarkInBrowser(browser: Browser, pieces: string[]): Promise<number> {
  const bundle = await build({
    stdin: { contents: `import { unified } from 'unified'; import remarkParse from 'remark-parse'; globalThis.__remark = unified().use(remarkParse);`, resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
  });
  const times: number[] = [];
  for (let run = 0; run < BROWSER_RUNS; run++) {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    times.push(
      await page.evaluate((all) => {
        const remark = (globalThis as unknown as { __remark: { parse(s: string): unknown } }).__remark;
        const t0 = performance.now();
        for (const p of all) remark.parse(p);
        return performance.now() - t0;
      }, pieces),
    );
    await page.close();
  }
  return median(times);
}

/** Picks the bank file on /library and waits until its questions can be reviewed; ms from the pick. */
async function importOnce(page: Page, baseUrl: string, file: string) {
  await page.goto(`${baseUrl}/library`);
  await page.getByRole('heading', { name: 'My banks' }).waitFor();
  await longest(page);
  const t0 = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  const add = page.getByRole('button', { name: /^Add 10,000 questions$/ });
  await add.waitFor({ timeout: 300_000 });
  return { ms: Date.now() - t0, add };
}

const suite: Suite = {
  name: 'scale',
  async run(ctx) {
    const text = generateBank(N, 11);
    const dir = mkdtempSync(join(tmpdir(), 'tinyprep-scale-'));
    const file = join(dir, 'generated-10k.md');
    writeFileSync(file, text);

    // Parse in Node: ours against remark-parse on the same pieces (whole-text remark-parse is quadratic).
    const remark = unified().use(remarkParse);
    const starts = pieceStarts(text);
    const pieces = starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
    const floor = await medianMs(() => pieces.forEach((p) => remark.parse(p)), 3, 1);
    const ours = await medianMs(() => parseBank(text, 'generated-10k.md'), 3, 1);

    const browser = await ctx.browser();
    const browserFloor = await remarkInBrowser(browser, pieces);

    // Import in the browser (parsing in a worker): cold runs in fresh contexts; the last one goes on
    // to store the bank in IndexedDB and to open pages with it.
    const importTimes: number[] = [];
    for (let run = 1; run < BROWSER_RUNS; run++) {
      const scratch = await browser.newContext();
      importTimes.push((await importOnce(await scratch.newPage(), ctx.baseUrl, file)).ms);
      await scratch.close();
    }
    const context = await browser.newContext();
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const { ms, add } = await importOnce(page, ctx.baseUrl, file);
    importTimes.push(ms);
    const importMs = median(importTimes);
    const importLong = await longest(page);
    await add.click();
    await page.getByRole('article', { name: /Generated bank/ }).waitFor({ timeout: 120_000 });
    const storeLong = await longest(page);

    // Pages with the big library loaded.
    const visit = async (path: string, ready: (p: Page) => Promise<unknown>) => {
      await page.goto(`${ctx.baseUrl}${path}`);
      await ready(page);
      return longest(page);
    };
    const homeLong = await visit('/', (p) => p.getByRole('heading', { name: 'Question banks' }).waitFor());
    const practiceLong = await visit('/practice', (p) => p.getByText(/^\d[\d,]* match/).waitFor({ timeout: 120_000 }));
    const bankLong = await visit('/bank/u.generated-10k', (p) => p.getByText(/Showing 10,000 questions of 10000/).waitFor({ timeout: 120_000 }));
    await page.goto(`${ctx.baseUrl}/search?q=arena`);
    await page.getByText(/questions?$|No question matches/).first().waitFor({ timeout: 120_000 });
    await longest(page);
    // Search latency: typing one more query once the index exists, as Event Timing of the keystroke.
    await page.evaluate(() => {
      (window as unknown as { __keys: number[] }).__keys = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'input') (window as unknown as { __keys: number[] }).__keys.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    });
    const box = page.getByLabel('Search questions and answers');
    await box.fill('');
    await box.pressSequentially('kernel', { delay: 120 });
    await page.waitForTimeout(400);
    const searchMs = await page.evaluate(() => Math.max(16, ...((window as unknown as { __keys: number[] }).__keys ?? [])));
    const searchLong = await longest(page);
    await context.close();

    const budget50 = { max: 50, on: 'value' as const };
    const figures: Figure[] = [
      {
        id: 'scale-parse-10k',
        label: `Parse + validate ${N.toLocaleString('en-US')} questions (${Math.round(text.length / 1048576)} MiB), Node`,
        value: Math.round(ours),
        unit: 'ms',
        floor: { label: 'remark-parse on the same pieces', value: Math.round(floor) },
        budget: { max: 1.5, on: 'ratio' },
      },
      {
        id: 'scale-import-10k',
        label: `Import ${N.toLocaleString('en-US')} questions in the browser (file → worker parse → reviewable list; cold, median of ${BROWSER_RUNS})`,
        value: importMs,
        unit: 'ms',
        floor: { label: `remark-parse alone on the same pieces, same browser (cold, median of ${BROWSER_RUNS})`, value: Math.round(browserFloor) },
        budget: { max: 1.5, on: 'ratio' },
      },
      { id: 'scale-import-longtask', label: 'Longest main-thread task while importing', value: importLong, unit: 'ms', budget: budget50 },
      { id: 'scale-store-longtask', label: 'Longest main-thread task while storing the bank', value: storeLong, unit: 'ms', budget: budget50 },
      { id: 'scale-home-longtask', label: 'Longest task opening home with the big library', value: homeLong, unit: 'ms', budget: budget50 },
      { id: 'scale-practice-longtask', label: 'Longest task opening the session builder', value: practiceLong, unit: 'ms', budget: budget50 },
      { id: 'scale-bank-longtask', label: 'Longest task opening the 10,000-question bank list', value: bankLong, unit: 'ms', budget: budget50 },
      { id: 'scale-search-latency', label: 'Search: keystroke to painted results (Event Timing, max)', value: Math.round(searchMs), unit: 'ms', budget: budget50 },
      { id: 'scale-search-longtask', label: 'Longest task while searching', value: searchLong, unit: 'ms', budget: budget50 },
    ];
    return figures;
  },
};
export default suite;
