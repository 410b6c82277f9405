/**
 * Printing 500 flashcards to PDF in Chromium: from opening /flashcards/print to the PDF bytes
 * (load the cards, lay out, fit every card's text, typeset, print). Floor, same run and browser:
 * the same text — every card's front and back as plain paragraphs, read from the printed page —
 * set as a bare HTML page and printed to PDF. The ratio is what the card layout costs over
 * printing the words alone.
 */
import type { Browser } from 'playwright-core';
import type { Suite } from '../context.ts';

const CARDS = 500;
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function printCards(browser: Browser, url: string) {
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.goto(url);
  await page.locator('.fc-sheets[data-ready="true"]').waitFor({ timeout: 300_000 });
  const tReady = performance.now();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const tPdf = performance.now();
  const pages = Number(await page.locator('.fc-sheets').getAttribute('data-pages'));
  const texts = await page.locator('.fc-sheet .fc-fit').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  await page.close();
  return { total: tPdf - t0, ready: tReady - t0, pdf, pages, texts };
}

async function printParagraphs(browser: Browser, texts: readonly string[]) {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html><head><style>@page { size: A4; margin: 10mm } body { font: 10pt system-ui, sans-serif }</style></head><body>${texts.map((t) => `<p>${esc(t)}</p>`).join('')}</body></html>`;
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const t = performance.now() - t0;
  await page.close();
  return t;
}

/** Pages in a PDF, from its page-tree /Count (Chromium writes one page tree). */
const pdfPageCount = (pdf: Buffer): number => Math.max(...[...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1])));

const suite: Suite = {
  name: 'flashcards',
  async run(ctx) {
    const browser = await ctx.browser();
    const url = `${ctx.baseUrl}/flashcards/print?count=${CARDS}&seed=1`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await printCards(browser, url));
    const last = runs.at(-1)!;
    const cards = last.texts.length / 2;
    if (cards < CARDS) throw new Error(`only ${cards} cards were printed; the bundled banks need at least ${CARDS} questions`);
    const pdfPages = pdfPageCount(last.pdf);
    if (pdfPages !== last.pages) throw new Error(`the PDF has ${pdfPages} pages but the page said ${last.pages}`);
    const floors = [];
    for (let i = 0; i < RUNS; i++) floors.push(await printParagraphs(browser, last.texts));
    const floor = median(floors);
    return [
      {
        id: 'print-500-cards',
        label: `Print ${CARDS} flashcards to PDF (${last.pages} A4 pages, 8 per page; open → PDF, median of ${RUNS})`,
        value: Math.round(median(runs.map((r) => r.total))),
        unit: 'ms',
        floor: { label: `the same text as ${last.texts.length} plain paragraphs → PDF`, value: Math.round(floor) },
        // The floor has no layout, no math and no app; 12–14× was measured on a loaded 2-core machine.
        // Before the print CSS was tuned (no positioned card boxes, layout containment per card, no
        // hidden MathML on paper, no soft masks) the same run took about twice as long.
        budget: { max: 20, on: 'ratio' },
        note: 'wall clock on a shared machine: compare ratios, not milliseconds',
      },
      {
        id: 'print-500-cards-layout',
        label: `…of which: load, lay out and fit the ${CARDS} cards (until ready to print)`,
        value: Math.round(median(runs.map((r) => r.ready))),
        unit: 'ms',
        floor: { label: 'the plain paragraphs → PDF, as above', value: Math.round(floor) },
        note: 'the rest is Chromium printing the laid-out pages',
      },
    ];
  },
};

export default suite;
