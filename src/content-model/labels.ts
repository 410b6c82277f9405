/**
 * The words a bank uses for its structure: section names that set a question type,
 * question heading prefixes and bold field labels. Pure string functions, no mdast.
 */
import type { OpenKind, QuestionType } from './schema.ts';

/** What a section heading says about the questions under it. */
export type SectionType = { type: Exclude<QuestionType, 'open'> } | { type: 'open'; kind: OpenKind };

/** Heading text as a person would quote it: no emoji, no bold markers, no trailing colon. */
export function cleanHeading(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '');
}

/** Heading text without emoji, bold markers or trailing punctuation: "💭 **Conceptual Questions**" → "conceptual questions". */
export function normalizeHeading(text: string): string {
  return cleanHeading(text).replace(/[:.\s]+$/, '').toLowerCase();
}

const SECTION_RULES: [RegExp, SectionType][] = [
  [/\bmsq\b|multiple[- ]select|multi[- ]select|select all|multiple[- ]answers?\b|multiple correct/, { type: 'msq' }],
  [/\bmcq\b|multiple[- ]choice|single[- ]choice/, { type: 'mcq' }],
  [/\bnat\b|numerical|numeric/, { type: 'nat' }],
  [/behaviou?ral/, { type: 'open', kind: 'behavioral' }],
  [/\bdesign\b/, { type: 'open', kind: 'design' }],
  [/\bcoding\b|programming|implementation/, { type: 'open', kind: 'coding' }],
  [/scenario|situational|problem[- ]solving|case stud/, { type: 'open', kind: 'scenario' }],
  [/concept|technical/, { type: 'open', kind: 'concept' }],
];

/** The type a section heading sets, or null for any other heading. Long headings are prose, not section names. */
export function sectionType(normalized: string): SectionType | null {
  if (normalized.length > 48) return null;
  for (const [re, t] of SECTION_RULES) if (re.test(normalized)) return t;
  return null;
}

export interface QuestionHeading {
  /** "Q4", "Scenario 1", "Challenge 2". */
  label: string;
  /** Text after the number: "What is TinyML…?" (may be empty). */
  title: string;
}

const QUESTION_HEADING =
  /^(q|question|scenario|challenge|problem|exercise|case)\s*#?\s*(\d{1,6}[a-z]?)\s*(?:[.:)\]–—-]\s*|\s+|$)(.*)$/i;

/** Recognises "Q3.", "**Q1: What is…?**", "Question 2: Design…", "Scenario 1: …". Takes the heading's plain text. */
export function questionHeading(plain: string): QuestionHeading | null {
  const text = plain.replace(/[\p{Extended_Pictographic}\u{FE0F}]/gu, '').trim();
  const m = QUESTION_HEADING.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const label = word === 'q' ? `Q${m[2]}` : `${word[0]!.toUpperCase()}${word.slice(1)} ${m[2]}`;
  return { label, title: (m[3] ?? '').trim() };
}

/** Fields a question may set with a bold label (`**Answer:**`) or, for the long ones, a heading (`### Solution:`). */
export type FieldName =
  | 'answer'
  | 'explanation'
  | 'prompt'
  | 'modelAnswer'
  | 'keyPoints'
  | 'topic'
  | 'tags'
  | 'difficulty'
  | 'companies'
  | 'id'
  | 'type'
  | 'kind'
  | 'unit'
  | 'tolerance'
  | 'decimals'
  | 'range'
  | 'rubric'
  | 'calculator';

const FIELD_WORDS: Record<string, FieldName> = {
  answer: 'answer',
  answers: 'answer',
  'correct answer': 'answer',
  'correct answers': 'answer',
  solution: 'explanation',
  'worked solution': 'explanation',
  explanation: 'explanation',
  why: 'explanation',
  rationale: 'explanation',
  problem: 'prompt',
  question: 'prompt',
  prompt: 'prompt',
  'model answer': 'modelAnswer',
  'sample answer': 'modelAnswer',
  'key points': 'keyPoints',
  'key ideas': 'keyPoints',
  checklist: 'keyPoints',
  topic: 'topic',
  tags: 'tags',
  tag: 'tags',
  difficulty: 'difficulty',
  level: 'difficulty',
  'asked at': 'companies',
  companies: 'companies',
  company: 'companies',
  id: 'id',
  type: 'type',
  kind: 'kind',
  unit: 'unit',
  units: 'unit',
  tolerance: 'tolerance',
  decimals: 'decimals',
  'decimal places': 'decimals',
  precision: 'decimals',
  range: 'range',
  'accepted range': 'range',
  rubric: 'rubric',
  calculator: 'calculator',
  'open in calculator': 'calculator',
};

/** The field a label names ("Answer:", "asked at", "Key points") or null. */
export function fieldName(label: string): FieldName | null {
  const key = label.toLowerCase().replace(/[:*_]/g, '').replace(/\s+/g, ' ').trim();
  return FIELD_WORDS[key] ?? null;
}

/** Fields whose value continues over the following blocks (Markdown), as opposed to one-line settings. */
export const LONG_FIELDS: ReadonlySet<FieldName> = new Set(['answer', 'explanation', 'prompt', 'modelAnswer', 'keyPoints']);

/** Field headings that may sit inside a question at any level: "### Solution:". */
export function headingField(normalized: string): FieldName | null {
  const f = fieldName(normalized);
  return f && LONG_FIELDS.has(f) && f !== 'prompt' ? f : null;
}

/** `## Rubric: CV system design` headings open a reusable checklist; returns its title as written. */
export function rubricHeading(plain: string): string | null {
  const m = /^\s*rubric\s*[:–—-]\s*(.+)$/i.exec(plain.replace(/[*_]/g, ''));
  return m ? m[1]!.trim() : null;
}
