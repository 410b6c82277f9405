/**
 * Lighthouse 12 (mobile simulation, Debian Chromium) on the main pages: performance and
 * accessibility scores. Budgets: performance ≥ 98 and accessibility 100, the lab performance ≥ 90.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { FLAGS, type Figure, type Suite } from '../context.ts';

const PAGES: [path: string, label: string, perfBudget: number][] = [
  ['/', 'home', 98],
  ['/practice', 'practice', 98],
  ['/exam', 'exam', 98],
  ['/calculators', 'calculators', 98],
  ['/flashcards', 'flashcards', 98],
  ['/stats', 'stats', 98],
  ['/lab', 'lab', 90],
];

const suite: Suite = {
  name: 'lighthouse',
  async run(ctx) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
    const figures: Figure[] = [];
    try {
      for (const [path, label, perfBudget] of PAGES) {
        const result = await lighthouse(`${ctx.baseUrl}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
        const perf = Math.round((lhr.categories.performance?.score ?? 0) * 100);
        const a11y = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
        const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id);
        figures.push({
          id: `lighthouse-perf-${label}`,
          label: `Lighthouse performance, ${label} (${path})`,
          value: perf,
          unit: '/100',
          budget: { min: perfBudget, on: 'value' },
          ...(lcp !== undefined ? { note: `LCP ${Math.round(lcp)} ms (simulated mobile)` } : {}),
        });
        figures.push({
          id: `lighthouse-a11y-${label}`,
          label: `Lighthouse accessibility, ${label}`,
          value: a11y,
          unit: '/100',
          budget: { min: 100, on: 'value' },
          ...(failing.length ? { note: `failing: ${failing.join(', ')}` } : {}),
        });
      }
    } finally {
      chrome.kill();
    }
    return figures;
  },
};
export default suite;
