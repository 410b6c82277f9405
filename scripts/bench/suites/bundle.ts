/**
 * JavaScript of the first load against a bare React + ReactDOM build from the same run (gzip):
 * what the home page's HTML loads, and every script a browser fetches to show a question.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, initialScripts, type Suite } from '../context.ts';

const suite: Suite = {
  name: 'bundle',
  async run(ctx) {
    const floor = gzipSize(initialScripts(ctx.floorDir));
    const home = gzipSize(initialScripts(ctx.appDir));

    // Open a question cold and record every script fetched until its prompt is on screen.
    const browser = await ctx.browser();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // Work the app defers to idle time (the progress store behind notices) is not needed to show a
    // question; on a fast machine idle time can come before the prompt, so it is held back here.
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
      window.cancelIdleCallback = () => undefined;
    });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`${ctx.baseUrl}/q/ess-ptq-outlier-layers`);
    await page.locator('.prompt').waitFor();
    const atPrompt = new Set(scripts); // what later idle-time loads fetch is not needed to show it
    await context.close();
    const files = [...atPrompt].map((p) => join(ctx.appDir, p)).filter((f) => existsSync(f));
    const question = gzipSize(files);
    return [
      {
        id: 'initial-js-gzip',
        label: 'Initial JS (gzip), home page',
        value: home,
        unit: 'B',
        floor: { label: 'bare React + ReactDOM (gzip)', value: floor },
        budget: { max: 2.0, on: 'ratio' },
      },
      {
        id: 'first-question-js-gzip',
        label: `All JS to show the first question (gzip, ${files.length} files, no KaTeX or Markdown JS)`,
        value: question,
        unit: 'B',
        floor: { label: 'bare React + ReactDOM (gzip)', value: floor },
        budget: { max: 2.0, on: 'ratio' },
      },
    ];
  },
};
export default suite;
