// Studying in a real browser: a practice session by keyboard alone, an exam that survives a reload,
// a review of due cards, damaged saved data, and a backup round trip.
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

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('tinyprep.progress'));
const progressOf = async (page: Page) => (JSON.parse((await saved(page)) ?? '{}') as { state: { progress: Record<string, unknown> } }).state.progress;

describe('practice', () => {
  it('runs a whole session with the keyboard only, with feedback, grades and a summary', async () => {
    const { page, errors } = await openPage(browser, '/practice?bank=tinyml-essentials&type=mcq&type=msq&count=4');
    await page.getByText(/^10 match/).waitFor();
    // Keyboard only: focus the start button by tabbing to it, then Enter.
    await page.getByRole('button', { name: 'Start practising' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Practice: question 1 of 4').waitFor();
    for (let i = 1; i <= 4; i++) {
      await page.getByText(new RegExp(`Practice: question ${i} of 4`)).waitFor();
      await page.keyboard.press('a'); // first option (MCQ: choose; MSQ: toggle)
      await page.keyboard.press('Enter'); // check
      const verdict = page.locator('.verdict-banner');
      await verdict.waitFor();
      expect(await verdict.innerText()).toMatch(/^(✓ Correct|✗ Not quite)/);
      // Every option is explained after checking (the explanations follow the verdict by a frame).
      await page.locator('.choices .option-note').first().waitFor();
      expect(await page.locator('.choices .option-note').count()).toBe(await page.locator('.choices .options > li').count());
      await page.getByRole('radio', { name: /Good/ }).waitFor();
      await page.keyboard.press('3'); // override the grade: Good
      expect(await page.getByRole('radio', { name: /Good/ }).getAttribute('aria-checked')).toBe('true');
      await page.keyboard.press('Enter'); // next / finish
    }
    await page.getByRole('heading', { name: 'Practice session complete' }).waitFor();
    expect(await page.locator('.big-score').innerText()).toMatch(/^\d \/ 4 right$/);
    expect(await page.getByRole('table', { name: 'By topic' }).count()).toBe(1);
    const progress = await progressOf(page);
    expect((progress.attempts as unknown[]).length).toBe(4);
    expect(Object.keys(progress.cards as object)).toHaveLength(4);
    expect((progress.attempts as { grade: number }[]).every((a) => a.grade === 3)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads numeric answers with units, names a slip and allows one retry', async () => {
    const { page, errors } = await openPage(browser, '/practice?bank=tinyml-essentials&type=nat&count=5');
    await page.getByRole('button', { name: 'Start practising' }).click();
    for (let i = 0; i < 5; i++) {
      const title = await page.locator('#quiz-q-title').innerText();
      if (title.startsWith('NAT Q1')) break;
      await page.getByRole('button', { name: /Skip/ }).click();
    }
    const input = page.getByLabel('Your answer (in ms)');
    await input.fill('3 ms');
    await page.getByText('Reads as 3 ms.').waitFor();
    await input.press('Enter');
    await page.getByText(/Not quite — ×1000: a unit prefix/).waitFor();
    await input.fill('3 s');
    await page.getByText('Reads as 3,000 ms.').waitFor();
    await input.press('Enter');
    await page.locator('.verdict-banner', { hasText: '✓ Correct' }).waitFor();
    // Right after a slip: Hard is suggested.
    expect(await page.getByRole('radio', { name: /Hard/ }).getAttribute('aria-checked')).toBe('true');
    expect(await page.locator('.solution .katex-display').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('exam', () => {
  it('keeps answers and the running timer across a reload, then marks GATE-style', async () => {
    const { page, errors } = await openPage(browser, '/exam');
    await page.getByText(/^\d+ match/).waitFor();
    await page.getByRole('checkbox', { name: /TinyML essentials/ }).check();
    await page.getByRole('checkbox', { name: /Single choice/ }).check();
    await page.getByLabel('Questions').fill('3');
    await page.getByLabel('Time (minutes)').fill('10');
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.getByRole('timer').waitFor();
    await page.getByRole('heading', { name: /Question 1/ }).waitFor();
    await page.keyboard.press('b');
    await page.keyboard.press('f');
    await page.getByRole('button', { name: 'Question 2, not answered' }).click();
    await page.keyboard.press('c');
    await page.getByRole('button', { name: 'Question 2, answered' }).waitFor();
    const before = await page.getByRole('timer').getAttribute('aria-label');
    await page.waitForTimeout(2200);
    await page.reload();
    await page.getByRole('timer').waitFor();
    // Same answers and flags after the reload; the clock kept running.
    await page.getByRole('button', { name: 'Question 1, answered, flagged' }).waitFor();
    await page.getByRole('button', { name: 'Question 2, answered' }).waitFor();
    await page.getByRole('button', { name: 'Question 3, not answered' }).waitFor();
    const seconds = (label: string | null) => {
      const [m, s] = (label ?? '').replace('Time left ', '').split(':').map(Number);
      return m! * 60 + s!;
    };
    const after = await page.getByRole('timer').getAttribute('aria-label');
    expect(seconds(before) - seconds(after)).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Question 1, answered, flagged' }).click();
    expect(await page.getByRole('radio', { name: /^B:/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: /Submit exam/ }).click();
    await page.getByRole('dialog', { name: 'Submit the exam?' }).getByText(/2 of 3 answered; 1 unanswered/).waitFor();
    await page.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    const marks = await page.locator('.exam-marks tbody tr td:last-child').allInnerTexts();
    expect(marks).toHaveLength(3);
    // GATE: each answered MCQ scores 1 or −1/3; the blank one 0.
    for (const m of marks.slice(0, 2)) expect(['1 / 1', '-0.33 / 1']).toContain(m);
    expect(marks[2]).toBe('0 / 1');
    expect(await page.locator('#review .quiz-item, article[id^="review-"]').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('review and saved data', () => {
  it('reviews the cards that are due', async () => {
    const context = await browser.newContext();
    const now = Date.now();
    const card = { due: now - 60_000, stability: 2, difficulty: 5, elapsed_days: 1, scheduled_days: 1, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: now - 86_400_000 };
    const progress = { attempts: [], cards: { 'ess-tensor-arena': card, 'ess-qat-advantage': { ...card, due: now + 5 * 86_400_000 } }, active: {}, history: [] };
    await context.addInitScript((value) => {
      if (!localStorage.getItem('tinyprep.progress')) localStorage.setItem('tinyprep.progress', value);
    }, JSON.stringify({ state: { progress }, version: 1 }));
    const page = await context.newPage();
    const { baseUrl } = await import('./browser');
    await page.goto(`${baseUrl()}/review`);
    await page.getByText('Due now').first().waitFor();
    expect(await page.locator('.stat-row dd').first().innerText()).toBe('1');
    await page.getByRole('button', { name: 'Review 1 due question' }).click();
    await page.getByText('Review: question 1 of 1').waitFor();
    expect(await page.locator('#quiz-q-title').innerText()).toContain('MCQ Q3');
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await page.locator('.verdict-banner').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Review session complete' }).waitFor();
    const cards = (await progressOf(page)).cards as Record<string, { due: number; reps: number }>;
    expect(cards['ess-tensor-arena']!.reps).toBe(3);
    expect(cards['ess-tensor-arena']!.due).toBeGreaterThan(now);
    await context.close();
  });

  it('loads with damaged saved data, says so, keeps it aside and keeps every readable answer', async () => {
    const context = await browser.newContext();
    const good = { questionId: 'ess-tensor-arena', at: 1_700_000_000_000, mode: 'practice', sessionId: 's', answer: { type: 'choice', keys: ['B'] }, correct: true, grade: 3, durationMs: 1000 };
    const damaged = JSON.stringify({ state: { progress: { attempts: [good, { questionId: 42 }], cards: {}, active: {}, history: [] } }, version: 1 });
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('tinyprep.progress', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, damaged);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { baseUrl } = await import('./browser');
    await page.goto(`${baseUrl()}/stats`);
    await page.getByRole('alert').filter({ hasText: 'Some saved records were damaged: 1 record could not be read and 1 answer were kept' }).waitFor();
    expect(await page.locator('.stat-row dd').first().innerText()).toBe('1');
    await page.getByRole('heading', { name: 'Data kept aside' }).waitFor();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tinyprep.quarantine.')));
    expect(kept).toHaveLength(1);
    // Truncated JSON: the app still loads and starts afresh, with the text kept aside.
    await page.evaluate(() => localStorage.setItem('tinyprep.progress', '{"state":{"progress":{"attempts":[{"questionId":"x"'));
    await page.reload();
    await page.getByRole('alert').filter({ hasText: /could not be read .*kept aside/ }).waitFor();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports progress and imports it back to identical state', async () => {
    const { page } = await openPage(browser, '/practice?bank=tinyml-essentials&type=mcq&count=2', { acceptDownloads: true });
    await page.getByRole('button', { name: 'Start practising' }).click();
    for (let i = 0; i < 2; i++) {
      await page.getByText(new RegExp(`question ${i + 1} of 2`)).waitFor();
      await page.keyboard.press('b');
      await page.keyboard.press('Enter');
      await page.locator('.verdict-banner').waitFor();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { name: 'Practice session complete' }).waitFor();
    const before = await saved(page);
    await page.getByRole('link', { name: 'Stats' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ app: 'tinyprep', kind: 'progress', version: 1 });
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { name: 'Stats' }).waitFor();
    expect(await page.locator('.stat-row dd').first().innerText()).toBe('0');
    page.once('dialog', (d) => void d.accept());
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText(/^Imported /).waitFor();
    expect(await saved(page)).toBe(before);
    expect(await page.locator('.stat-row dd').first().innerText()).toBe('2');
    await page.context().close();
  });
});
