/**
 * A card selection in the URL, so that a link reproduces it: the filters, the count and the
 * shuffle seed. `?bank=a&topic=b&type=nat&count=40&seed=123` (lists repeat their key).
 * The same keys as the practice page's links, so a link from home or a bank works here too.
 */
import { SelectionSchema, type Selection } from './schema';

const LISTS = [
  ['banks', 'bank'],
  ['topics', 'topic'],
  ['types', 'type'],
  ['difficulties', 'difficulty'],
  ['companies', 'company'],
  ['tags', 'tag'],
] as const;

export interface SelectionQuery {
  selection: Selection;
  /** The shuffle seed, when the URL fixes one (an unsigned 32-bit integer). */
  seed: number | undefined;
}

const isSeed = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/** Reads a selection from a query string; anything invalid falls back to `base` (never throws). */
export function selectionFromQuery(search: string, base: Selection): SelectionQuery {
  const p = new URLSearchParams(search);
  const candidate: Record<string, unknown> = { ...base };
  for (const [field, key] of LISTS) {
    const values = p.getAll(key).filter(Boolean);
    if (values.length) candidate[field] = values;
  }
  const count = p.get('count');
  if (count !== null) candidate.count = Number(count);
  if (p.get('due') === '1') candidate.onlyDue = true;
  if (p.get('wrong') === '1') candidate.onlyWrong = true;
  const parsed = SelectionSchema.safeParse(candidate);
  const seedText = p.get('seed');
  const seed = seedText !== null && /^\d+$/.test(seedText) && isSeed(Number(seedText)) ? Number(seedText) : undefined;
  return { selection: parsed.success ? parsed.data : base, seed };
}

/** The query string (without `?`) for a selection and seed; empty lists are left out. */
export function selectionToQuery(s: Selection, seed?: number): string {
  const p = new URLSearchParams();
  for (const [field, key] of LISTS) for (const v of s[field]) p.append(key, v);
  if (s.onlyDue) p.set('due', '1');
  if (s.onlyWrong) p.set('wrong', '1');
  p.set('count', String(s.count));
  if (seed !== undefined && isSeed(seed)) p.set('seed', String(seed));
  return p.toString();
}
