/**
 * The banks bundled from content/, loaded lazily one chunk per bank. Loading a bank
 * registers its pre-rendered HTML, so its questions render without the Markdown stack.
 */
import { banks, loadBank, loadQuestionIndex, loadRubrics } from 'virtual:tinyprep/banks';
import { registerHtml } from '../lib/html-registry.ts';
import { memoPromise } from '../utils/memo-promise.ts';
import type { Bank, BankSummary, Rubric } from './schema.ts';

export const bundledBanks: readonly BankSummary[] = banks;

/** Same id, same promise (safe for React's `use`); a failed chunk load (offline) may be retried. */
export const loadBundledBank = memoPromise(async (id: string): Promise<Bank> => {
  const compiled = await loadBank(id);
  registerHtml(compiled.html);
  return compiled.bank;
});

const questionIndex = memoPromise((_: 'all') => loadQuestionIndex());

/** The bank that holds a question, or undefined if no bundled bank does. */
export const bankOfQuestion = memoPromise(async (questionId: string): Promise<string | undefined> => (await questionIndex('all'))[questionId]);

export const loadBundledRubrics: (key: 'all') => Promise<Rubric[]> = memoPromise((_: 'all') => loadRubrics());
