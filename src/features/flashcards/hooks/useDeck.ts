/**
 * The cards of a selection: the catalog filtered and shuffled with the seed (selectQuestions),
 * then the full questions loaded in that order. Suspends while loading.
 */
import { use, useMemo, useState } from 'react';
import { useQuestionSource } from '@/components/question/source-context';
import type { CatalogEntry, Question } from '@/content-model/schema';
import { dueIds, lastWrongIds, selectQuestions, type SelectionContext } from '@/study/engine/select';
import { instanceSeed } from '@/study/engine/session';
import type { Selection } from '@/study/schema';
import type { QuestionSource } from '@/study/source';
import { useStudy } from '@/study/store';

/** "What I got wrong" and "what is due", from the saved progress, as of when the page opened. */
export function useSelectionContext(): SelectionContext {
  const attempts = useStudy((s) => s.progress.attempts);
  const cards = useStudy((s) => s.progress.cards);
  const [now] = useState(() => Date.now());
  return useMemo(() => ({ wrong: lastWrongIds(attempts), due: dueIds(cards, now) }), [attempts, cards, now]);
}

const MAX_CACHED = 8;
const cache = new WeakMap<QuestionSource, Map<string, Promise<Question[]>>>();

/** The questions for these ids, in this order (parametric ones drawn with seeds from `seed`). */
export function loadDeck(source: QuestionSource, ids: readonly string[], seed: number): Promise<Question[]> {
  let bySource = cache.get(source);
  if (!bySource) cache.set(source, (bySource = new Map<string, Promise<Question[]>>()));
  const key = `${seed}|${ids.join(',')}`;
  let p = bySource.get(key);
  if (!p) {
    p = source.load(ids, new Map(ids.map((id) => [id, instanceSeed(seed, id)]))).then((found) => ids.flatMap((id) => found.get(id) ?? []));
    // A failed load (offline) is forgotten so that the next render can try again.
    p.catch(() => bySource.delete(key));
    bySource.set(key, p);
    if (bySource.size > MAX_CACHED) bySource.delete(bySource.keys().next().value!);
  }
  return p;
}

export interface Deck {
  catalog: readonly CatalogEntry[];
  questions: Question[];
  /** Bank id of each question, for exports. */
  bankOf: ReadonlyMap<string, string>;
}

export function useDeck(selection: Selection, seed: number): Deck {
  const source = useQuestionSource();
  const catalog = use(source.catalog());
  const context = useSelectionContext();
  const ids = useMemo(() => selectQuestions(catalog, selection, context, seed), [catalog, selection, context, seed]);
  const questions = use(loadDeck(source, ids, seed));
  const bankOf = useMemo(() => new Map(catalog.map((e) => [e.id, e.bank])), [catalog]);
  return { catalog, questions, bankOf };
}
