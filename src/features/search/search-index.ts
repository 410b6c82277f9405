/**
 * Full-text search over every question (MiniSearch): prefix and light fuzzy matching, boosted on the
 * question text. Built in chunks that yield to the browser, so a 10,000-question library never
 * blocks the page; one index per library version.
 */
import MiniSearch from 'minisearch';
import type { SearchDoc } from '@/content-model/summarize';
import type { QuestionSource } from '@/study/source';

export type Hit = Pick<SearchDoc, 'id' | 'bank' | 'label' | 'preview' | 'topic' | 'type'> & { score: number; terms: string[] };

const built = new WeakMap<QuestionSource, { version: number; index: Promise<MiniSearch<SearchDoc>> }>();

export function buildIndex(docs: readonly SearchDoc[]): Promise<MiniSearch<SearchDoc>> {
  const index = new MiniSearch<SearchDoc>({
    fields: ['label', 'text', 'answer', 'tags'],
    storeFields: ['id', 'bank', 'label', 'preview', 'topic', 'type'],
    searchOptions: { boost: { text: 2, label: 2, tags: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  return index.addAllAsync([...docs], { chunkSize: 200 }).then(() => index);
}

export function indexFor(source: QuestionSource): Promise<MiniSearch<SearchDoc>> {
  const v = source.version();
  const hit = built.get(source);
  if (hit && hit.version === v) return hit.index;
  const index = source.searchDocs().then(buildIndex);
  built.set(source, { version: v, index });
  return index;
}

export function search(index: MiniSearch<SearchDoc>, query: string, limit = 50): Hit[] {
  const q = query.trim();
  if (!q) return [];
  return index
    .search(q)
    .slice(0, limit)
    .map((r) => {
      const stored = r as unknown as Pick<SearchDoc, 'bank' | 'label' | 'preview' | 'topic' | 'type'>;
      return { id: String(r.id), bank: stored.bank, label: stored.label, preview: stored.preview, topic: stored.topic, type: stored.type, score: r.score, terms: r.terms };
    });
}
