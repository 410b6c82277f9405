// The first load of a main page, on a phone-sized screen: its entry page preloads the page's chunk,
// the first paint is the page itself (never "Loading…"), data the form needs is fetched only after
// that paint, nothing visible moves while the rest arrives (layout shift), and nothing is wider
// than the screen.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __firstLoad: { shifts: number; sawLoading: boolean };
  }
}

/** Path, heading, the page's chunk, and whether the page shows the catalog (fetched after the first paint). */
const PAGES: [path: string, heading: string, chunk: RegExp, usesCatalog: boolean][] = [
  ['/practice', 'Practice', /PracticePage-[\w-]+\.js/, true],
  ['/exam', 'Mock exam', /ExamPage-[\w-]+\.js/, true],
  ['/flashcards', 'Flashcards', /FlashcardsPage-[\w-]+\.js/, true],
  ['/calculators', 'Calculators', /CalculatorsPage-[\w-]+\.js/, false],
  ['/calculators/roofline', 'Roofline', /RooflineCalculator-[\w-]+\.js/, false],
  ['/lab', 'Quantization lab', /LabPage-[\w-]+\.js/, false],
  ['/stats', 'Stats', /StatsPage-[\w-]+\.js/, true],
];

describe('first load of a main page', () => {
  it.each(PAGES)('%s: its entry page preloads its chunk', async (path, _heading, chunk) => {
    const html = await (await fetch(baseUrl() + path)).text();
    const links = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)"([^>]*)>/g)];
    const preloads = links.map((m) => m[1]!);
    const own = links.find((m) => chunk.test(m[1]!));
    expect(own, `no modulepreload for ${chunk} in ${path}`).toBeDefined();
    // The app waits for its first page only when it is marked as preloaded (src/main.tsx).
    expect(own![2]).toContain('data-route-page');
    // Every preloaded file exists (a stale hash would cost a request and preload nothing).
    for (const href of preloads) expect((await fetch(baseUrl() + href)).status, href).toBe(200);
  });

  it.each(PAGES)('%s: paints the page first, fetches the catalog after, and nothing shifts', async (path, heading, _chunk, usesCatalog) => {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    await context.addInitScript(() => {
      window.__firstLoad = { shifts: 0, sawLoading: false };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) window.__firstLoad.shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        if (document.querySelector('main > p.loading')) window.__firstLoad.sawLoading = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl() + path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.waitForLoadState('networkidle');
    const result = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      const catalog = performance.getEntriesByType('resource').find((r) => /\/catalog-[\w-]+\.js$/.test(r.name));
      return {
        ...window.__firstLoad,
        catalogFetched: catalog !== undefined,
        catalogBeforePaint: catalog ? catalog.startTime < fcp : false,
        // A phone-width page never scrolls sideways: wide tables scroll in their own box.
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    expect(result.sawLoading, 'the page-level "Loading…" fallback was shown').toBe(false);
    expect(result.catalogFetched, 'the catalog chunk was (not) fetched').toBe(usesCatalog);
    expect(result.catalogBeforePaint, 'the catalog was requested before the first paint').toBe(false);
    expect(result.shifts).toBeLessThan(0.02);
    expect(result.overflow, 'the page is wider than the screen').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('on a phone-width screen', () => {
  it.each(['/', '/help/bank-format', '/q/ess-ptq-outlier-layers', '/bank/tinyml-essentials', '/calculators/model-size', '/calculators/roofline', '/library', '/review'])(
    '%s never scrolls sideways',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(baseUrl() + path);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await context.close();
    },
  );
});
