/**
 * Where questions come from, as study features see it: a catalog to filter, and a loader that
 * returns full questions. The app combines the bundled banks, imported banks and parametric
 * templates behind this one interface, so features never know which is which.
 */
import type { CatalogEntry, Question } from '@/content-model/schema';
import type { SearchDoc } from '@/content-model/summarize';

export interface SourceBank {
  id: string;
  title: string;
  description?: string | undefined;
  /** Where it comes from, for display. */
  origin: 'bundled' | 'imported' | 'generated';
}

export interface QuestionSource {
  /** The banks the catalog's entries belong to, for choosing. */
  banks(): Promise<readonly SourceBank[]>;
  /** Every question available, as catalog entries. */
  catalog(): Promise<readonly CatalogEntry[]>;
  /**
   * Full questions for these ids. `seeds` gives the instance seed of generated (parametric)
   * questions, so that a session shows the same numbers after a reload. Unknown ids are left out.
   */
  load(ids: readonly string[], seeds?: ReadonlyMap<string, number>): Promise<Map<string, Question>>;
  /** The words of every question, for the search index. */
  searchDocs(): Promise<readonly SearchDoc[]>;
  /** Changes whenever the set of questions does (a bank imported or removed). */
  version: () => number;
  /** For useSyncExternalStore: called after every version change. */
  subscribe: (listener: () => void) => () => void;
}
