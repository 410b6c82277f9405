/**
 * The app's question source: bundled banks (lazy chunks), the user's imported banks (IndexedDB)
 * and parametric templates, behind one QuestionSource. Catalogs are rebuilt when the library changes.
 */
import { bundledBanks, loadBundledBank, loadBundledCatalog, loadBundledSearchDocs } from '@/content-model/bundled-banks';
import type { CatalogEntry, Question } from '@/content-model/schema';
import { searchDoc, type SearchDoc } from '@/content-model/summarize';
import type { QuestionSource, SourceBank } from '@/study/source';

/** A family of questions: its catalog and how to load some of them. */
export interface QuestionProvider {
  banks(): Promise<readonly SourceBank[]>;
  catalog(): Promise<readonly CatalogEntry[]>;
  searchDocs(): Promise<readonly SearchDoc[]>;
  load(ids: readonly string[], seeds?: ReadonlyMap<string, number>): Promise<Question[]>;
}

export const bundledProvider: QuestionProvider = {
  banks: () => Promise.resolve(bundledBanks.map((b) => ({ id: b.id, title: b.title, description: b.description, origin: 'bundled' as const }))),
  catalog: () => loadBundledCatalog('all'),
  searchDocs: () => loadBundledSearchDocs('all'),
  async load(ids) {
    const catalog = await loadBundledCatalog('all');
    const wanted = new Set(ids);
    const banks = new Set(catalog.filter((e) => wanted.has(e.id)).map((e) => e.bank));
    const loaded = await Promise.all([...banks].filter((b) => bundledBanks.some((x) => x.id === b)).map((b) => loadBundledBank(b)));
    return loaded.flatMap((b) => b.questions.filter((q) => wanted.has(q.id)));
  },
};

/** Imported banks; the library code (IndexedDB, validation) loads only when first asked. */
async function library() {
  const { catalogOf, libraryReady, useLibrary } = await import('@/content-model/library');
  await libraryReady();
  return { banks: useLibrary.getState().banks, catalogOf };
}

export const importedProvider: QuestionProvider = {
  banks: async () => (await library()).banks.map((b) => ({ id: b.bank.id, title: b.bank.title, description: b.bank.description, origin: 'imported' as const })),
  async catalog() {
    const { banks, catalogOf } = await library();
    return banks.flatMap(catalogOf);
  },
  searchDocs: async () => (await library()).banks.flatMap((b) => b.bank.questions.map((q) => searchDoc(q, b.bank.id))),
  async load(ids) {
    const wanted = new Set(ids);
    return (await library()).banks.flatMap((b) => b.bank.questions.filter((q) => wanted.has(q.id)));
  },
};

export function combineProviders(providers: readonly QuestionProvider[], changes?: { version(): number; subscribe(l: () => void): () => void }): QuestionSource {
  const version = () => changes?.version() ?? 0;
  let cached: { v: number; catalog: Promise<CatalogEntry[]>; banks: Promise<SourceBank[]>; docs: Promise<SearchDoc[]> | null } | null = null;
  const current = () => {
    const v = version();
    if (!cached || cached.v !== v) {
      const seen = new Set<string>();
      cached = {
        v,
        // The first provider wins an id clash (bundled before imported), so progress keys stay unambiguous.
        catalog: Promise.all(providers.map((p) => p.catalog())).then((parts) => parts.flat().filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)))),
        banks: Promise.all(providers.map((p) => p.banks())).then((parts) => parts.flat()),
        docs: null,
      };
    }
    return cached;
  };
  return {
    banks: () => current().banks,
    catalog: () => current().catalog,
    searchDocs() {
      const c = current();
      c.docs ??= Promise.all(providers.map((p) => p.searchDocs())).then((parts) => {
        const seen = new Set<string>();
        return parts.flat().filter((d) => (seen.has(d.id) ? false : (seen.add(d.id), true)));
      });
      return c.docs;
    },
    async load(ids, seeds) {
      const parts = await Promise.all(providers.map((p) => p.load(ids, seeds)));
      const out = new Map<string, Question>();
      for (const q of parts.flat()) if (!out.has(q.id)) out.set(q.id, q);
      return out;
    },
    version,
    subscribe: (listener) => changes?.subscribe(listener) ?? (() => undefined),
  };
}

const templates = () => import('@/features/calculators/templates').then((m) => m.questionTemplates);

/** Parametric questions: a template per entry; numbers are drawn from the session's seed. */
export const parametricProvider: QuestionProvider = {
  banks: () =>
    Promise.resolve([
      { id: 'parametric', title: 'Parametric: fresh numbers every time', description: 'Calculations whose numbers change on every attempt, answered by the calculators.', origin: 'generated' as const },
    ]),
  async catalog() {
    return (await templates()).map((t) => ({
      id: t.id,
      bank: 'parametric',
      label: 'Parametric',
      preview: t.title,
      type: 'nat' as const,
      topic: t.topic,
      difficulty: t.difficulty,
      tags: [...t.tags, 'parametric'],
      companies: [],
    }));
  },
  async searchDocs() {
    return (await templates()).map((t) => searchDoc(t.instantiate(1), 'parametric'));
  },
  async load(ids, seeds) {
    const wanted = new Set(ids);
    return (await templates()).filter((t) => wanted.has(t.id)).map((t) => t.instantiate(seeds?.get(t.id) ?? 1));
  },
};
