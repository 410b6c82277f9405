/** Loading a session's questions, in order, with the per-question seeds that parametric ones need. */
import type { CatalogEntry, Question } from '@/content-model/schema';
import { instanceSeed } from './engine/session';
import { selectQuestions, type SelectionContext } from './engine/select';
import type { Selection } from './schema';
import type { QuestionSource } from './source';

/** These questions, in this order (ids the source no longer has are left out). */
export async function loadInOrder(source: QuestionSource, ids: readonly string[], seed: number): Promise<Question[]> {
  const loaded = await source.load(ids, new Map(ids.map((id) => [id, instanceSeed(seed, id)])));
  return ids.flatMap((id) => loaded.get(id) ?? []);
}

/** The questions a selection picks with this seed (empty when nothing matches). */
export function loadSelection(source: QuestionSource, catalog: readonly CatalogEntry[], selection: Selection, context: SelectionContext, seed: number): Promise<Question[]> {
  return loadInOrder(source, selectQuestions(catalog, selection, context, seed), seed);
}
