/**
 * Choosing a session's questions: filter the catalog, shuffle with the recorded seed, take the count.
 * The same catalog, selection, progress and seed always give the same questions in the same order.
 */
import type { CatalogEntry } from '@/content-model/schema';
import { createRng, shuffled } from '@/utils/random';
import type { Attempt, Card, Selection } from '../schema';

export const defaultSelection = (): Selection => ({
  banks: [],
  topics: [],
  types: [],
  difficulties: [],
  tags: [],
  companies: [],
  onlyWrong: false,
  onlyDue: false,
  count: 10,
});

/** Ids whose most recent attempt was wrong (or self-rated Again). */
export function lastWrongIds(attempts: readonly Attempt[]): Set<string> {
  const last = new Map<string, Attempt>();
  for (const a of attempts) {
    const prev = last.get(a.questionId);
    if (!prev || prev.at <= a.at) last.set(a.questionId, a);
  }
  return new Set([...last.values()].filter((a) => a.correct === false || (a.correct === null && a.grade === 1)).map((a) => a.questionId));
}

export const dueIds = (cards: Readonly<Record<string, Card>>, now: number): Set<string> =>
  new Set(Object.entries(cards).filter(([, c]) => c.due <= now).map(([id]) => id));

/** An empty list in the selection means "any". */
const allows = <T>(list: readonly T[], value: T | undefined): boolean => list.length === 0 || (value !== undefined && list.includes(value));
const allowsAny = (list: readonly string[], values: readonly string[]): boolean => list.length === 0 || values.some((v) => list.includes(v));

export interface SelectionContext {
  wrong: ReadonlySet<string>;
  due: ReadonlySet<string>;
}

export function matches(e: CatalogEntry, s: Selection, ctx: SelectionContext): boolean {
  return (
    allows(s.banks, e.bank) &&
    allows(s.topics, e.topic) &&
    allows(s.types, e.type) &&
    allows(s.difficulties, e.difficulty) &&
    allowsAny(s.tags, e.tags) &&
    allowsAny(s.companies, e.companies) &&
    (!s.onlyWrong || ctx.wrong.has(e.id)) &&
    (!s.onlyDue || ctx.due.has(e.id))
  );
}

export function selectQuestions(catalog: readonly CatalogEntry[], s: Selection, ctx: SelectionContext, seed: number): string[] {
  const pool = catalog.filter((e) => matches(e, s, ctx));
  return shuffled(createRng(seed), pool)
    .slice(0, s.count)
    .map((e) => e.id);
}
