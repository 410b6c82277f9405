/** Derived views of banks: the summary shown on the home page and the Markdown each question holds. */
import { plainText } from '../utils/plain-text.ts';
import type { Bank, BankSummary, CatalogEntry, Question } from './schema.ts';

const tally = <K extends string>(keys: readonly K[]): Partial<Record<K, number>> =>
  keys.reduce<Partial<Record<K, number>>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});

export function summarizeBank(bank: Bank): BankSummary {
  const qs = bank.questions;
  const topicCounts = tally(qs.map((q) => q.topic));
  return {
    id: bank.id,
    title: bank.title,
    ...(bank.description ? { description: bank.description } : {}),
    file: bank.file,
    total: qs.length,
    byType: { mcq: 0, msq: 0, nat: 0, open: 0, ...tally(qs.map((q) => q.type)) },
    byKind: tally(qs.flatMap((q) => (q.type === 'open' ? [q.kind] : []))),
    byDifficulty: tally(qs.map((q) => q.difficulty)),
    topics: bank.topics.map((name) => ({ name, count: topicCounts[name] ?? 0 })),
    companies: [...new Set(qs.flatMap((q) => q.companies))].sort(),
  };
}

/** Every Markdown string of a question, in display order: what has to be rendered to show it. */
export function markdownOf(q: Question): string[] {
  const out = [q.prompt];
  if (q.type === 'mcq' || q.type === 'msq') for (const o of q.options) out.push(o.text, ...(o.explanation ? [o.explanation] : []));
  if (q.type === 'open') out.push(q.modelAnswer, ...q.keyPoints);
  if (q.explanation) out.push(q.explanation);
  return out;
}

/** The catalog entry of a question (see CatalogEntrySchema). */
export function catalogEntry(q: Question, bank: string): CatalogEntry {
  return {
    id: q.id,
    bank,
    label: q.label,
    preview: q.title || plainText(q.prompt, 140),
    type: q.type,
    ...(q.type === 'open' ? { kind: q.kind } : {}),
    topic: q.topic,
    difficulty: q.difficulty,
    tags: q.tags,
    companies: q.companies,
  };
}

/** What search indexes of a question: its words, without Markdown, trimmed where answers run long. */
export interface SearchDoc {
  id: string;
  bank: string;
  label: string;
  preview: string;
  topic: string;
  type: Question['type'];
  text: string;
  answer: string;
  tags: string;
}

export function searchDoc(q: Question, bank: string): SearchDoc {
  const options = q.type === 'mcq' || q.type === 'msq' ? q.options.map((o) => o.text).join(' ') : '';
  const answer = q.type === 'open' ? `${q.modelAnswer} ${q.keyPoints.join(' ')}` : (q.explanation ?? '');
  return {
    id: q.id,
    bank,
    label: q.label,
    preview: q.title || plainText(q.prompt, 140),
    topic: q.topic,
    type: q.type,
    text: plainText(`${q.title ?? ''} ${q.prompt} ${options}`, 1000),
    answer: plainText(answer, 300),
    tags: [...q.tags, ...q.companies, q.topic].join(' '),
  };
}
