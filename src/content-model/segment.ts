/**
 * First pass over the mdast: split a bank into frontmatter, title, rubrics and one
 * draft per question, remembering the section (type) and group (topic hint) each sits in.
 *
 * Headings decide everything here. A heading is, in this order:
 *  1. inside a question: a field heading ("### Solution:") or a deeper heading → part of the question;
 *  2. the first `#` heading → the bank title;
 *  3. "Q3.", "Question 2: …", "Scenario 1: …" → a question;
 *  4. "Rubric: …" → a reusable checklist;
 *  5. a section name ("MCQ", "## **NAT**", "Conceptual Questions") → sets the type of what follows;
 *  6. a heading with an explicit {#id}, or ending with "?", or followed by **Answer:** → a question named by its text;
 *  7. anything else → a group heading inside a typed section, or a new untyped section.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanHeading, fieldName, headingField, normalizeHeading, questionHeading, rubricHeading, sectionType, type SectionType } from './labels.ts';
import type { Point, SourceText } from './source-text.ts';

export interface QuestionDraft {
  kind: 'question';
  label: string;
  title: string;
  explicitId?: string;
  at: Point;
  depth: number;
  section: SectionType | null;
  group?: string;
  blocks: RootContent[];
}

export interface RubricDraft {
  kind: 'rubric';
  title: string;
  explicitId?: string;
  at: Point;
  depth: number;
  blocks: RootContent[];
}

export interface Segmented {
  frontmatter?: { yaml: string; at: Point };
  title?: string;
  questions: QuestionDraft[];
  rubrics: RubricDraft[];
  /** An **Answer:** outside any question: almost always a question heading that was not recognised. */
  strayAnswers: { at: Point; after: string | undefined }[];
}

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;

/** "Q1. {#ptq-basics}" → text "Q1.", id "ptq-basics". */
function splitExplicitId(plain: string): { text: string; id?: string } {
  const m = EXPLICIT_ID.exec(plain);
  return m ? { text: plain.slice(0, m.index).trim(), id: m[1] } : { text: plain.trim() };
}

/** True when the block after a heading opens with **Answer:** or **Problem:** — the heading is then a question. */
function opensWithQuestionField(next: RootContent | undefined): boolean {
  if (next?.type !== 'paragraph') return false;
  const first = next.children[0];
  if (first?.type !== 'strong') return false;
  const f = fieldName(toString(first));
  return f === 'answer' || f === 'prompt' || f === 'modelAnswer';
}

const SECTION_PREFIX: Record<string, string> = { mcq: 'MCQ', msq: 'MSQ', nat: 'NAT' };

export function segment(root: Root, src: SourceText): Segmented {
  const out: Segmented = { questions: [], rubrics: [], strayAnswers: [] };
  let lastHeading: string | undefined;
  let section: { type: SectionType | null; depth: number } = { type: null, depth: 0 };
  let group: string | undefined;
  let current: QuestionDraft | RubricDraft | null = null;

  const close = () => {
    if (current?.kind === 'question') out.questions.push(current);
    else if (current?.kind === 'rubric') out.rubrics.push(current);
    current = null;
  };

  const children = root.children;
  children.forEach((node, index) => {
    if (node.type === 'yaml') {
      if (index === 0) out.frontmatter = { yaml: node.value, at: src.start(node) };
      return;
    }
    if (node.type !== 'heading') {
      if (current) current.blocks.push(node);
      else if (opensWithQuestionField(node)) out.strayAnswers.push({ at: src.start(node), after: lastHeading });
      return;
    }
    const heading: Heading = node;
    const { text, id } = splitExplicitId(toString(heading));
    lastHeading = text;
    const normalized = normalizeHeading(text);
    const qh = questionHeading(text);

    if (current) {
      const inside = heading.depth > current.depth && !qh;
      if (inside || (current.kind === 'question' && headingField(normalized))) {
        current.blocks.push(heading);
        return;
      }
      close();
    }

    const start = (title: string, label: string) => {
      const prefix = section.type ? SECTION_PREFIX[section.type.type] : undefined;
      current = {
        kind: 'question',
        label: prefix ? `${prefix} ${label}` : label,
        title,
        ...(id !== undefined ? { explicitId: id } : {}),
        at: src.start(heading),
        depth: heading.depth,
        section: section.type,
        ...(group ? { group } : {}),
        blocks: [],
      };
    };

    const st = sectionType(normalized);
    if (heading.depth === 1 && out.title === undefined && !qh && !st) {
      out.title = cleanHeading(text);
      return;
    }
    if (qh) return start(qh.title, qh.label);
    const rubric = rubricHeading(text);
    if (rubric) {
      current = {
        kind: 'rubric',
        title: rubric,
        ...(id !== undefined ? { explicitId: id } : {}),
        at: src.start(heading),
        depth: heading.depth,
        blocks: [],
      };
      return;
    }
    if (st) {
      section = { type: st, depth: heading.depth };
      group = undefined;
      return;
    }
    // A heading that names an id, ends with "?", or opens with **Answer:** is a question too.
    if (id !== undefined || /\?\s*$/.test(text) || opensWithQuestionField(children[index + 1])) {
      const plain = cleanHeading(text);
      return start(plain, plain.length > 48 ? `${plain.slice(0, 45).trimEnd()}…` : plain);
    }
    const plain = cleanHeading(text);
    if (section.type && heading.depth > section.depth) {
      group = plain;
    } else {
      section = { type: null, depth: heading.depth };
      group = plain;
    }
  });
  close();
  return out;
}
