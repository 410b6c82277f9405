/**
 * The app's question source: bundled banks (lazy chunks) plus parametric templates. Imported banks
 * join here as another provider.
 */
import { bundledBanks, loadBundledBank, loadBundledCatalog } from '@/content-model/bundled-banks';
import type { CatalogEntry, Question } from '@/content-model/schema';
import type { QuestionSource, SourceBank } from '@/study/source';
import { memoPromise } from '@/utils/memo-promise';

/** A family of questions: its catalog and how to load some of them. */
export interface QuestionProvider {
  banks(): Promise<readonly SourceBank[]>;
  catalog(): Promise<readonly CatalogEntry[]>;
  load(ids: readonly string[], seeds?: ReadonlyMap<string, number>): Promise<Question[]>;
}

export const bundledProvider: QuestionProvider = {
  banks: () => Promise.resolve(bundledBanks.map((b) => ({ id: b.id, title: b.title }))),
  catalog: () => loadBundledCatalog('all'),
  async load(ids) {
    const catalog = await loadBundledCatalog('all');
    const wanted = new Set(ids);
    const banks = new Set(catalog.filter((e) => wanted.has(e.id)).map((e) => e.bank));
    const loaded = await Promise.all([...banks].filter((b) => bundledBanks.some((x) => x.id === b)).map((b) => loadBundledBank(b)));
    return loaded.flatMap((b) => b.questions.filter((q) => wanted.has(q.id)));
  },
};

export function combineProviders(providers: readonly QuestionProvider[]): QuestionSource {
  const catalog = memoPromise(async (_: 'all') => {
    const parts = await Promise.all(providers.map((p) => p.catalog()));
    const seen = new Set<string>();
    // The first provider wins an id clash (bundled before imported), so progress keys stay unambiguous.
    return parts.flat().filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  });
  const banks = memoPromise(async (_: 'all') => (await Promise.all(providers.map((p) => p.banks()))).flat());
  return {
    banks: () => banks('all'),
    catalog: () => catalog('all'),
    async load(ids, seeds) {
      const parts = await Promise.all(providers.map((p) => p.load(ids, seeds)));
      const out = new Map<string, Question>();
      for (const q of parts.flat()) if (!out.has(q.id)) out.set(q.id, q);
      return out;
    },
  };
}
