/**
 * Third pass: one question's fields → a validated `Question`, or the issues that stop it.
 * Every message names the question and the field, says what is wrong and what to write.
 */
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { natRange, parseDecimals, parseOptionLetters, parseRange, parseTolerance, parseWrittenNumber, type WrittenNumber } from './answers.ts';
import { collectFields, type FieldDraft, type Piece } from './collect-fields.ts';
import { deriveQuestionId } from './ids.ts';
import type { Issue } from './issue.ts';
import { headingField, normalizeHeading } from './labels.ts';
import {
  DifficultySchema,
  IdSchema,
  OpenKindSchema,
  QuestionSchema,
  type Difficulty,
  type NatAnswer,
  type OpenKind,
  type Precision,
  type Question,
  type QuestionType,
} from './schema.ts';
import type { QuestionDraft } from './segment.ts';
import type { Point, SourceText } from './source-text.ts';

export interface QuestionDefaults {
  topic: string;
  /** True when the bank's frontmatter sets the topic (strict mode accepts that as explicit). */
  topicFromBank: boolean;
  tags: string[];
  difficulty: Difficulty;
  companies: string[];
}

type Report = (at: Point, field: string, message: string, hint: string, severity?: Issue['severity']) => void;

const join = (pieces: readonly Piece[]): string => pieces.map((p) => p.md).join('\n\n').trim();
const splitList = (value: string): string[] =>
  value
    .split(/[,;·|]/)
    .map((s) => s.trim().replace(/^#/, ''))
    .filter(Boolean);

const DIFFICULTY_WORDS: Record<string, Difficulty> = { beginner: 'easy', intermediate: 'medium', advanced: 'hard' };

/** "mcq", "NAT", "design", "open" → a type and, for open questions, a kind. */
function readType(value: string): { type: QuestionType; kind?: OpenKind } | null {
  const v = value.toLowerCase().trim();
  if (v === 'mcq' || v === 'msq' || v === 'nat' || v === 'open') return { type: v };
  if (v === 'numeric' || v === 'numerical') return { type: 'nat' };
  const kind = OpenKindSchema.safeParse(v);
  return kind.success ? { type: 'open', kind: kind.data } : null;
}

/** Lead text of a list item: its first paragraph, plus the names of its sub-points when it ends in ":". */
function itemLead(item: List['children'][number]): string {
  const [first, ...rest] = item.children;
  let lead = first ? toString(first).replace(/\s+/g, ' ').trim() : '';
  const sub = rest.find((n): n is List => n.type === 'list');
  if (lead.endsWith(':') && sub) {
    const names = sub.children.map((c) => {
      const p = c.children[0];
      const strong = p?.type === 'paragraph' && p.children[0]?.type === 'strong' ? toString(p.children[0]) : '';
      return (strong || toString(c).split(/\s+/).slice(0, 5).join(' ')).replace(/:$/, '');
    });
    lead = `${lead} ${names.join(', ')}`;
  }
  return lead.length > 160 ? `${lead.slice(0, 157).trimEnd()}…` : lead;
}

/** Key points implied by a model answer: its sub-headings, else its top-level list items. */
function deriveKeyPoints(nodes: readonly RootContent[]): string[] {
  const headings = nodes.filter((n) => n.type === 'heading' && !headingField(normalizeHeading(toString(n))));
  if (headings.length >= 2) return headings.map((h) => toString(h).replace(/[:\s]+$/, '').trim());
  return nodes.flatMap((n) => (n.type === 'list' ? n.children.map(itemLead).filter(Boolean) : []));
}

function decideType(draft: QuestionDraft, f: FieldDraft, report: Report): { type: QuestionType; kind: OpenKind } | null {
  let kind: OpenKind = draft.section?.type === 'open' ? draft.section.kind : 'concept';
  let type: QuestionType | undefined = draft.section && draft.section.type !== 'open' ? draft.section.type : undefined;
  if (f.meta.type) {
    const t = readType(f.meta.type.value);
    if (!t) {
      report(f.meta.type.at, 'type', `type "${f.meta.type.value}" is not known`, 'use mcq, msq, nat, open, or an open kind: concept, design, coding, scenario, behavioral');
      return null;
    }
    type = t.type;
    if (t.kind) kind = t.kind;
  }
  if (f.meta.kind) {
    const k = OpenKindSchema.safeParse(f.meta.kind.value.toLowerCase().trim());
    if (!k.success) {
      report(f.meta.kind.at, 'kind', `kind "${f.meta.kind.value}" is not known`, 'use concept, design, coding, scenario or behavioral');
      return null;
    }
    kind = k.data;
    type ??= 'open';
  }
  if (!type) {
    if (f.options.length) {
      const letters = f.answerLine ? parseOptionLetters(f.answerLine.text) : null;
      type = letters?.ok && letters.value.length > 1 ? 'msq' : 'mcq';
    } else if (f.answerLine && f.answer.length === 1 && parseWrittenNumber(f.answerLine.text).ok) {
      type = 'nat';
    } else type = 'open';
  }
  return { type, kind };
}

function natAnswer(answerLine: { text: string; at: Point }, f: FieldDraft, report: Report): NatAnswer | null {
  const { text, at } = answerLine;
  const [valuePart, tolPart] = text.split('±');
  const written = parseWrittenNumber(valuePart ?? '');
  if (!written.ok) {
    report(at, 'answer', `NAT answer ${written.message}`, written.hint);
    return null;
  }
  let w: WrittenNumber = written.value;
  let inlineTol: Precision | undefined;
  if (tolPart !== undefined) {
    const t = parseWrittenNumber(tolPart);
    if (!t.ok) {
      report(at, 'answer', `the tolerance after ± in "${text}" is not a number`, 'write e.g. **Answer:** 4000 ± 10 ms');
      return null;
    }
    inlineTol = t.value.unit === '%' ? { kind: 'relative', tolerance: t.value.value / 100 } : { kind: 'absolute', tolerance: t.value.value };
    if (!w.unit && t.value.unit !== '%') w = { ...w, unit: t.value.unit };
  }
  let unit = w.unit || undefined;
  if (f.meta.unit && /^(none|—|-|unitless)$/i.test(f.meta.unit.value)) {
    // "**Unit:** none" states that the answer is a pure number (a scale, a count, a ratio).
    if (unit) {
      report(f.meta.unit.at, 'unit', `**Unit:** says none but the answer is written in "${unit}"`, 'drop the unit from the answer or from **Unit:**');
      return null;
    }
  } else if (f.meta.unit) {
    if (unit && unit !== f.meta.unit.value) {
      report(f.meta.unit.at, 'unit', `**Unit:** says "${f.meta.unit.value}" but the answer is written in "${unit}"`, 'keep one unit: drop **Unit:** or make the two agree');
      return null;
    }
    unit = f.meta.unit.value;
  }
  const given = (['tolerance', 'decimals', 'range'] as const).filter((k) => f.meta[k]);
  if (given.length + (inlineTol ? 1 : 0) > 1) {
    report(at, 'answer', `the accepted range is set more than once (${[...given, ...(inlineTol ? ['±'] : [])].join(', ')})`, 'keep only one of **Tolerance:**, **Decimals:**, **Range:** or ±');
    return null;
  }
  let precision: Precision = inlineTol ?? (w.step <= 1 ? { kind: 'decimals', decimals: w.decimals } : { kind: 'absolute', tolerance: w.step / 2 });
  let range: { min: number; max: number } | undefined;
  const key = given[0];
  if (key) {
    const { value, at: where } = f.meta[key]!;
    const parsed = key === 'tolerance' ? parseTolerance(value) : key === 'decimals' ? parseDecimals(value) : parseRange(value);
    if (!parsed.ok) {
      report(where, key, parsed.message, parsed.hint);
      return null;
    }
    if (key === 'range') {
      range = parsed.value as { min: number; max: number };
      precision = { kind: 'range' };
      if (w.value < range.min || w.value > range.max) {
        report(where, 'range', `the range ${value} does not contain the answer ${w.value}`, 'widen the range or correct the answer');
        return null;
      }
    } else precision = parsed.value as Precision;
  }
  return { value: w.value, ...natRange(w.value, precision, range), ...(unit ? { unit } : {}), precision, display: text };
}

/**
 * Extra rules for the bundled banks (`bank check --strict`): the things a reviewer would ask for.
 * Each returns a message and a fix; they only run on a question that is otherwise valid.
 */
function strictProblems(q: Question, draft: QuestionDraft, f: FieldDraft, defaults: QuestionDefaults): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (!f.meta.id && !draft.explicitId) out.push(['id', 'has no explicit id', 'end the heading with {#a-stable-id} so that edits keep progress']);
  if (!f.meta.difficulty) out.push(['difficulty', 'has no **Difficulty:**', 'add **Difficulty:** easy, medium or hard']);
  if (!f.meta.topic && !draft.group && !defaults.topicFromBank) out.push(['topic', 'has no **Topic:**', 'add **Topic:** from the taxonomy in content/README.md']);
  if (q.type === 'mcq' || q.type === 'msq') {
    const bare = q.options.filter((o) => !o.explanation).map((o) => o.key);
    if (bare.length) out.push(['options', `options ${bare.join(', ')} have no explanation`, 'indent a "> why" line under each option saying why it is right or wrong']);
  }
  if (q.type === 'nat') {
    if (!q.explanation) out.push(['explanation', 'has no worked solution', 'add **Solution:** with the steps in $$…$$']);
    if (!f.meta.tolerance && !f.meta.decimals && !f.meta.range && q.answer.precision.kind === 'decimals')
      out.push(['precision', 'does not state the precision expected', 'add **Decimals:**, **Tolerance:** or **Range:**']);
    if (!q.answer.unit && !f.meta.unit) out.push(['unit', 'has no unit', 'write the unit after the answer, or **Unit:** (× for ratios, none for pure numbers)']);
  }
  if (q.type === 'open' && f.keyPoints.length < 3) out.push(['keyPoints', 'has fewer than 3 **Key points:**', 'list the points a good answer covers; they are the self-grading rubric']);
  return out;
}

export function buildQuestion(
  draft: QuestionDraft,
  src: SourceText,
  defaults: QuestionDefaults,
  strict = false,
): { question?: Question; issues: Issue[] } {
  const issues: Issue[] = [];
  const report: Report = (at, field, message, hint, severity = 'error') =>
    issues.push({ file: src.file, line: at.line, column: at.column, severity, question: draft.label, field, message, hint });
  const f = collectFields(draft.blocks, src);
  for (const r of f.repeated) report(r.at, r.field, `${draft.label} gives ${r.field} more than once`, 'keep a single one; only the last is used', 'warning');

  const decided = decideType(draft, f, report);
  if (!decided) return { issues };
  const { type, kind } = decided;
  const meta = f.meta;

  // Prompt and, for open questions, the model answer.
  let prompt = join(f.prompt);
  let modelAnswerPieces = [...f.answer, ...f.modelAnswer];
  if (type === 'open' && modelAnswerPieces.length === 0) {
    const labelled = f.prompt.filter((p) => p.labelled);
    if (labelled.length) {
      prompt = join(labelled);
      modelAnswerPieces = f.prompt.filter((p) => !p.labelled && f.prompt.indexOf(p) > f.prompt.indexOf(labelled[0]!));
    } else if (draft.title) {
      prompt = draft.title;
      modelAnswerPieces = f.prompt;
    } else {
      prompt = f.prompt[0]?.md ?? '';
      modelAnswerPieces = f.prompt.slice(1);
    }
    if (!modelAnswerPieces.length) modelAnswerPieces = f.explanation;
  }
  if (!prompt) prompt = draft.title;
  if (!prompt) {
    report(draft.at, 'prompt', `${draft.label} has no question text`, 'write the question under its heading, before the options and the answer');
  }

  let id = meta.id?.value ?? draft.explicitId;
  if (id !== undefined && !IdSchema.safeParse(id).success) {
    report(meta.id?.at ?? draft.at, 'id', `id "${id}" is not a valid id`, 'use lower-case letters, digits and "-", e.g. {#ptq-weight-variance}');
    id = undefined;
  }
  let difficulty = defaults.difficulty;
  if (meta.difficulty) {
    const word = meta.difficulty.value.toLowerCase().trim();
    const d = DifficultySchema.safeParse(DIFFICULTY_WORDS[word] ?? word);
    if (d.success) difficulty = d.data;
    else report(meta.difficulty.at, 'difficulty', `difficulty "${meta.difficulty.value}" is not known`, 'use easy, medium or hard');
  }
  if (meta.rubric && !IdSchema.safeParse(meta.rubric.value).success) {
    report(meta.rubric.at, 'rubric', `rubric "${meta.rubric.value}" is not a rubric id`, 'give the id of a rubric, e.g. **Rubric:** cv-system-design');
  }

  const base = {
    id: id ?? deriveQuestionId(prompt || draft.title || draft.label),
    label: draft.label,
    ...(draft.title ? { title: draft.title } : {}),
    prompt,
    topic: meta.topic?.value || draft.group || defaults.topic,
    tags: meta.tags ? splitList(meta.tags.value) : defaults.tags,
    difficulty,
    companies: meta.companies ? splitList(meta.companies.value) : defaults.companies,
    ...(meta.calculator ? { calculator: meta.calculator.value.replace(/^<|>$/g, '') } : {}),
    source: { file: src.file, line: draft.at.line },
  };

  // Text after the answer line of an objective question is part of its explanation.
  const answerRest = f.answer.length ? [f.answer[0]!.md.split('\n').slice(1).join('\n'), ...f.answer.slice(1).map((p) => p.md)] : [];
  const explanation = [...answerRest, ...f.explanation.map((p) => p.md)].map((s) => s.trim()).filter(Boolean).join('\n\n');
  const withExplanation = explanation ? { explanation } : {};

  let candidate: unknown;
  if (type === 'mcq' || type === 'msq') {
    if (f.options.length < 2) {
      report(draft.at, 'options', `${draft.label} has ${f.options.length ? 'only one option' : 'no options'}`, 'list the options as "- A) …", "- B) …" before the answer');
      return { issues };
    }
    if (!f.answerLine) {
      report(draft.at, 'answer', `${draft.label} has no **Answer:** line`, 'add a line like **Answer:** B after the options');
      return { issues };
    }
    const letters = parseOptionLetters(f.answerLine.text);
    if (!letters.ok) {
      report(f.answerLine.at, 'answer', `${draft.label}: ${letters.message}`, letters.hint);
      return { issues };
    }
    const last = f.options[f.options.length - 1]!.key;
    const missing = letters.value.filter((k) => !f.options.some((o) => o.key === k));
    if (missing.length) {
      report(
        f.answerLine.at,
        'answer',
        `${draft.label} has an Answer of ${missing.join(', ')} but only options A–${last}`,
        `use letters from A to ${last}, or add option ${missing[0]}`,
      );
      return { issues };
    }
    if (type === 'mcq' && letters.value.length > 1) {
      report(
        f.answerLine.at,
        'answer',
        `${draft.label} is an MCQ but its answer names ${letters.value.length} options (${letters.value.join(', ')})`,
        'an MCQ has one correct option: move it under "## MSQ" or add **Type:** msq',
      );
      return { issues };
    }
    const options = f.options.map((o) => ({ key: o.key, text: o.text, ...(o.explanation ? { explanation: o.explanation } : {}) }));
    candidate = { ...base, ...withExplanation, type, options, answer: letters.value };
  } else if (type === 'nat') {
    if (!f.answerLine) {
      report(draft.at, 'answer', `${draft.label} has no **Answer:** line`, 'add a line like **Answer:** 4000 ms');
      return { issues };
    }
    const answer = natAnswer(f.answerLine, f, report);
    if (!answer) return { issues };
    candidate = { ...base, ...withExplanation, type, answer };
  } else {
    const modelAnswer = join(modelAnswerPieces);
    if (!modelAnswer) {
      report(draft.at, 'modelAnswer', `${draft.label} has no model answer`, 'add **Answer:** followed by the answer you would give');
      return { issues };
    }
    const keyPoints = f.keyPoints.length ? f.keyPoints.map((k) => k.md) : deriveKeyPoints(modelAnswerPieces.map((p) => p.node));
    const rubric = meta.rubric && IdSchema.safeParse(meta.rubric.value).success ? { rubric: meta.rubric.value } : {};
    const openExplanation = modelAnswerPieces === f.explanation ? {} : f.explanation.length ? { explanation: join(f.explanation) } : {};
    candidate = { ...base, ...openExplanation, type, kind, modelAnswer, keyPoints, ...rubric };
  }

  if (issues.some((i) => i.severity === 'error')) return { issues };
  const parsed = QuestionSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const z of parsed.error.issues) {
      report(draft.at, z.path.join('.') || 'question', `${draft.label}: ${z.message}`, 'correct this field; content/README.md shows the format');
    }
    return { issues };
  }
  if (strict) {
    const problems = strictProblems(parsed.data, draft, f, defaults);
    for (const [field, message, hint] of problems) report(draft.at, field, `${draft.label} ${message}`, hint);
    if (problems.length) return { issues };
  }
  return { question: parsed.data, issues };
}
