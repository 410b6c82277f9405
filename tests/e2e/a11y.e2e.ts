// axe-core on every page and state a learner meets, in light and dark themes: zero violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from './browser';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page as it is now; returns "rule: target" lines for every violation. */
async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations;
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

async function open(path: string, scheme: 'light' | 'dark' = 'light') {
  // axe is injected as a script; the app's CSP would (rightly) refuse it, so this context bypasses CSP.
  const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl() + path);
  return page;
}

describe('accessibility (axe-core)', () => {
  it.each([
    ['/', 'Question banks'],
    ['/bank/tinyml-essentials', 'TinyML essentials'],
    ['/search?q=arena', 'Search'],
    ['/practice', 'Practice'],
    ['/exam', 'Mock exam'],
    ['/review', 'Review'],
    ['/stats', 'Stats'],
    ['/library', 'My banks'],
    ['/help/bank-format', 'Writing a question bank'],
    ['/calculators', 'Calculators'],
    ['/no/such/page', 'There is no page here'],
  ])('%s has no violations, light and dark', async (path, heading) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(path, scheme);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      await page.waitForTimeout(200);
      expect(await audit(page), `${path} (${scheme})`).toEqual([]);
      await page.context().close();
    }
  });

  it('question page, before and after revealing the answer', async () => {
    const page = await open('/q/ess-ptq-outlier-layers');
    await page.getByRole('heading', { level: 1, name: 'MCQ Q1' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await page.getByText('Correct answer:').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.context().close();
  });

  it('practice: question shown, feedback shown, open question revealed, summary', async () => {
    const page = await open('/practice?bank=tinyml-essentials&count=20');
    await page.getByRole('button', { name: 'Start practising' }).click();
    await page.locator('#quiz-q-title').waitFor();
    expect(await audit(page)).toEqual([]);
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const title = await page.locator('#quiz-q-title').innerText();
      const kind = (await page.locator('.quiz-item .badge').first().innerText()).trim();
      const nat = await page.getByLabel(/Your answer/).count();
      if ((await page.getByRole('textbox').count()) && !nat) await page.getByRole('textbox').fill('Latency, privacy and energy.');
      else if (nat) await page.getByLabel(/Your answer/).fill('42');
      else await page.keyboard.press('a');
      await page.getByRole('button', { name: /^(Check|Reveal the model answer)/ }).click();
      await page.getByRole('button', { name: /^(Next|Finish)/ }).waitFor();
      if (!seen.has(kind)) {
        seen.add(kind);
        expect(await audit(page), `feedback on ${title}`).toEqual([]);
      }
      await page.getByRole('button', { name: /^(Next|Finish)/ }).click();
      if (await page.getByRole('heading', { name: 'Practice session complete' }).count()) break;
    }
    await page.getByRole('heading', { name: 'Practice session complete' }).waitFor();
    expect(seen.size).toBeGreaterThanOrEqual(4);
    expect(await audit(page)).toEqual([]);
    await page.context().close();
  });

  it('exam: palette, submit dialog, results', async () => {
    const page = await open('/exam');
    await page.getByLabel('Questions').fill('4');
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.getByRole('navigation', { name: 'Question palette' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('button', { name: /Submit exam/ }).click();
    await page.getByRole('dialog', { name: 'Submit the exam?' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.context().close();
  });
});
