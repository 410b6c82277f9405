/**
 * Markdown bank → `Bank` plus every issue found. Never throws: a question with errors
 * is left out and reported, the others are kept, so a user can import what is valid.
 *
 *   text ──markdownTree──► mdast ──segment──► drafts ──buildQuestion / buildRubric──► Bank
 */
import { buildQuestion } from './build-question.ts';
import { buildRubric } from './build-rubric.ts';
import { slugify } from './ids.ts';
import type { Issue } from './issue.ts';
import { markdownTree } from './markdown-tree.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { BankSchema, type Bank, type Question, type Rubric } from './schema.ts';
import { segment } from './segment.ts';
import { SourceText } from './source-text.ts';

export interface ParseResult {
  /** The valid part of the bank: questions with errors are not in it. */
  bank: Bank;
  issues: Issue[];
}

/** "content/quantization.md" → "quantization". */
export function bankIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.(md|markdown|txt)$/i, ''), 10) || 'bank';
}

function emptyBank(file: string): Bank {
  return { id: bankIdFromFile(file), title: file, file, topics: [], questions: [], rubrics: [] };
}

export interface ParseOptions {
  /** Apply the rules for bundled banks: explicit ids, difficulty, topic, option explanations, NAT units and precision, key points. */
  strict?: boolean;
  /**
   * Progress for large imports, in two stages: Markdown sections read (every 200), then questions
   * checked (every 200). Reading takes most of the time.
   */
  onProgress?: ParseProgress;
}

export type ParseStage = 'sections' | 'questions';
export type ParseProgress = (done: number, total: number, stage: ParseStage) => void;

export function parseBank(text: string, file: string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(typeof text === 'string' ? text : String(text), file, options.strict ?? false, options.onProgress);
  } catch (e) {
    // The parts above are written not to throw; this is the last guard for inputs nobody foresaw.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      bank: emptyBank(file),
      issues: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          field: 'bank',
          message: `the bank could not be read (${reason})`,
          hint: 'check that it is a Markdown text file; if it is, please report this bank as a bug',
        },
      ],
    };
  }
}

function parseUnsafe(text: string, file: string, strict: boolean, onProgress?: ParseProgress): ParseResult {
  const src = new SourceText(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), file);
  const doc = segment(markdownTree(src.text, onProgress && ((done, total) => onProgress(done, total, 'sections'))), src);
  const issues: Issue[] = [];

  const fm = doc.frontmatter ? readFrontmatter(doc.frontmatter.yaml, doc.frontmatter.at, file) : { frontmatter: {}, issues: [] };
  issues.push(...fm.issues);
  const meta = fm.frontmatter;
  const title = meta.title ?? doc.title ?? bankIdFromFile(file);
  const defaults = {
    topic: meta.topic ?? title,
    topicFromBank: meta.topic !== undefined,
    tags: meta.tags ?? [],
    difficulty: meta.difficulty ?? 'medium',
    companies: meta.companies ?? [],
  };

  const questions: Question[] = [];
  const byId = new Map<string, Question>();
  for (const [n, draft] of doc.questions.entries()) {
    if (onProgress && n % 200 === 0) onProgress(n, doc.questions.length, 'questions');
    const built = buildQuestion(draft, src, defaults, strict);
    issues.push(...built.issues);
    const q = built.question;
    if (!q) continue;
    const clash = byId.get(q.id);
    if (clash) {
      issues.push({
        file,
        line: q.source.line,
        column: 1,
        severity: 'error',
        question: q.label,
        field: 'id',
        message: `${q.label} has the id "${q.id}", already used by ${clash.label} (line ${clash.source.line})`,
        hint: 'give one of them its own id, e.g. a heading ending in {#my-question-id}',
      });
      continue;
    }
    byId.set(q.id, q);
    questions.push(q);
  }

  const rubrics: Rubric[] = [];
  for (const draft of doc.rubrics) {
    const built = buildRubric(draft, src);
    issues.push(...built.issues);
    if (built.rubric) rubrics.push(built.rubric);
  }

  for (const stray of doc.strayAnswers) {
    issues.push({
      file,
      line: stray.at.line,
      column: stray.at.column,
      severity: 'warning',
      field: 'answer',
      message: `this answer belongs to no question${stray.after ? ` (the heading above it, "${stray.after}", is not read as a question)` : ''}, so it was skipped`,
      hint: 'start the question with a heading such as "### Q12." or "### Why does…?", or give it an id: "### My question {#my-id}"',
    });
  }

  if (doc.questions.length === 0 && doc.rubrics.length === 0) {
    issues.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      field: 'bank',
      message: 'no questions were found',
      hint: 'start each question with a heading such as "### Q1." under a section "## MCQ", "## MSQ", "## NAT" or "## Concept questions" (see content/README.md)',
    });
  }

  const bank: Bank = BankSchema.parse({
    id: meta.id ?? bankIdFromFile(file),
    title,
    ...(meta.description ? { description: meta.description } : {}),
    file,
    topics: [...new Set(questions.map((q) => q.topic))],
    questions,
    rubrics,
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { bank, issues };
}
