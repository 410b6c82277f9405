/**
 * The banks bundled from content/, loaded lazily one chunk per bank. Loading a bank
 * registers its pre-rendered HTML, so its questions render without the Markdown stack.
 */
import { banks, loadBank, loadCatalog, loadQuestionIndex, loadRubrics, loadSearchDocs } from 'virtual:tinyprep/banks';
import { registerHtml } from '../lib/html-registry.ts';
import { memoPromise } from '../utils/memo-promise.ts';
import type { Bank, BankSummary, CatalogEntry, Rubric } from './schema.ts';
import type { SearchDoc } from './summarize.ts';

export const bundledBanks: readonly BankSummary[] = banks;

/** Same id, same promise (safe for React's `use`); a failed chunk load (offline) may be retried. */
export const loadBundledBank = memoPromise(async (id: string): Promise<Bank> => {
  const compiled = await loadBank(id);
  registerHtml(compiled.html);
  return compiled.bank;
});

/** Every bundled question's catalog entry (a small chunk, loaded once). */
export const loadBundledCatalog: (key: 'all') => Promise<CatalogEntry[]> = memoPromise((_: 'all') => loadCatalog());

export const loadBundledRubrics: (key: 'all') => Promise<Rubric[]> = memoPromise((_: 'all') => loadRubrics());

/** The words of every bundled question, for search (a lazy chunk without HTML). */
export const loadBundledSearchDocs: (key: 'all') => Promise<SearchDoc[]> = memoPromise((_: 'all') => loadSearchDocs());

const questionIndex = memoPromise((_: 'all') => loadQuestionIndex());

/** The bundled bank holding a question, or undefined (imported and generated questions are elsewhere). */
export const bundledBankOf = memoPromise(async (questionId: string): Promise<string | undefined> => {
  const i = (await questionIndex('all'))[questionId];
  return i === undefined ? undefined : banks[i]?.id;
});
