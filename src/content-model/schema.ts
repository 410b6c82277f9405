/**
 * The content model: the one source of truth for what a bank and a question are.
 * Every type in the app that describes content is `z.infer` of a schema here.
 *
 * The parser (./parse-bank.ts) builds candidates from Markdown and validates them
 * with these schemas, so a value of type `Question` has always passed them.
 */
import { z } from 'zod';
import { DIFFICULTIES, OPEN_KINDS, QUESTION_TYPES } from './vocab.ts';

/** Ids appear in URLs and saved progress: lower-case words joined by `-`, `_` or `.`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'use lower-case letters, digits, "-", "_" or "." (at most 120 characters)');
export type Id = z.infer<typeof IdSchema>;

/** Markdown source with `$…$` / `$$…$$` math. Rendered, never interpreted as HTML. */
export const MarkdownSchema = z.string();
export type Markdown = z.infer<typeof MarkdownSchema>;

export const DifficultySchema = z.enum(DIFFICULTIES, { error: 'use easy, medium or hard' });
export type Difficulty = z.infer<typeof DifficultySchema>;

export const QuestionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

export const OpenKindSchema = z.enum(OPEN_KINDS);
export type OpenKind = z.infer<typeof OpenKindSchema>;

/** Where a question was written: 1-based line in its bank file. */
export const SourceSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});
export type Source = z.infer<typeof SourceSchema>;

/** An option letter, as printed: A, B, C, … */
export const OptionKeySchema = z.string().regex(/^[A-Z]$/, 'an option key is one capital letter');
export type OptionKey = z.infer<typeof OptionKeySchema>;

export const OptionSchema = z.object({
  key: OptionKeySchema,
  text: MarkdownSchema.min(1, 'an option needs text'),
  /** Why this option is right or wrong. */
  explanation: MarkdownSchema.optional(),
});
export type Option = z.infer<typeof OptionSchema>;

/**
 * How the accepted range of a numeric answer was set.
 * - `decimals`: value ± half a unit in the last decimal place asked for (the default, taken from how
 *   the answer is written: "5.71" accepts [5.705, 5.715]).
 * - `absolute`: value ± tolerance, in the answer's unit.
 * - `relative`: value ± tolerance·|value| (tolerance is a fraction: 0.01 = 1 %).
 * - `range`: an explicit inclusive [min, max].
 */
export const PrecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decimals'), decimals: z.number().int().min(0).max(12) }),
  z.object({ kind: z.literal('absolute'), tolerance: z.number().nonnegative() }),
  z.object({ kind: z.literal('relative'), tolerance: z.number().nonnegative().max(1) }),
  z.object({ kind: z.literal('range') }),
]);
export type Precision = z.infer<typeof PrecisionSchema>;

export const NatAnswerSchema = z
  .object({
    value: z.number().finite(),
    /** Inclusive bounds of what counts as correct, in `unit`. */
    min: z.number().finite(),
    max: z.number().finite(),
    /** Unit as written by the author ("ms", "KB", "params"); absent for pure numbers. */
    unit: z.string().min(1).optional(),
    precision: PrecisionSchema,
    /** The answer exactly as the author wrote it, for display ("CR = 5.71"). */
    display: z.string().min(1),
  })
  .refine((a) => a.min <= a.value && a.value <= a.max, {
    message: 'the accepted range must contain the answer (min ≤ value ≤ max)',
  });
export type NatAnswer = z.infer<typeof NatAnswerSchema>;

const QuestionBaseSchema = z.object({
  /** Stable across reordering: explicit, or derived from the prompt text. */
  id: IdSchema,
  /** Label as the bank numbers it, e.g. "MSQ Q4"; for people, never for identity. */
  label: z.string().min(1),
  /** Short title for lists (open questions use their heading). */
  title: z.string().optional(),
  prompt: MarkdownSchema.min(1, 'a question needs a prompt'),
  topic: z.string().min(1),
  tags: z.array(z.string().min(1)),
  difficulty: DifficultySchema,
  /** Companies known to ask it ("asked at"). */
  companies: z.array(z.string().min(1)),
  /** Explanation or worked solution, shown after answering. */
  explanation: MarkdownSchema.optional(),
  /** App link that opens a calculator pre-filled with this question's numbers ("/calculators/…?…"). */
  calculator: z
    .string()
    .regex(/^\/calculators\/[\w/-]*(\?[^\s]*)?$/, 'a calculator link starts with /calculators/ and has no spaces')
    .optional(),
  source: SourceSchema,
});

export const McqQuestionSchema = QuestionBaseSchema.extend({
  type: z.literal('mcq'),
  options: z.array(OptionSchema).min(2, 'a multiple-choice question needs at least two options'),
  answer: z.array(OptionKeySchema).length(1, 'an MCQ has exactly one correct option'),
});

export const MsqQuestionSchema = QuestionBaseSchema.extend({
  type: z.literal('msq'),
  options: z.array(OptionSchema).min(2, 'a multiple-select question needs at least two options'),
  answer: z.array(OptionKeySchema).min(1, 'an MSQ needs at least one correct option'),
});

export const NatQuestionSchema = QuestionBaseSchema.extend({
  type: z.literal('nat'),
  answer: NatAnswerSchema,
});

export const OpenQuestionSchema = QuestionBaseSchema.extend({
  type: z.literal('open'),
  kind: OpenKindSchema,
  modelAnswer: MarkdownSchema.min(1, 'an open question needs a model answer'),
  /** The rubric: points a good answer covers. */
  keyPoints: z.array(z.string().min(1)),
  /** Id of a shared rubric (a checklist such as the CV system-design plan). */
  rubric: IdSchema.optional(),
});

/** Options must be A, B, C… in order, and the answer must name existing options. */
function checkOptions(q: { options: Option[]; answer: OptionKey[] }, ctx: z.RefinementCtx): void {
  q.options.forEach((o, i) => {
    const expected = String.fromCharCode(65 + i);
    if (o.key !== expected) {
      ctx.addIssue({ code: 'custom', path: ['options', i, 'key'], message: `option ${i + 1} should be ${expected}, found ${o.key}` });
    }
  });
  const keys = new Set(q.options.map((o) => o.key));
  q.answer.forEach((k, i) => {
    if (!keys.has(k)) ctx.addIssue({ code: 'custom', path: ['answer', i], message: `answer ${k} is not one of the options` });
  });
  if (new Set(q.answer).size !== q.answer.length) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: 'the answer lists an option twice' });
  }
}

export const QuestionSchema = z
  .discriminatedUnion('type', [McqQuestionSchema, MsqQuestionSchema, NatQuestionSchema, OpenQuestionSchema])
  .superRefine((q, ctx) => {
    if (q.type === 'mcq' || q.type === 'msq') checkOptions(q, ctx);
  });
export type Question = z.infer<typeof QuestionSchema>;
export type McqQuestion = z.infer<typeof McqQuestionSchema>;
export type MsqQuestion = z.infer<typeof MsqQuestionSchema>;
export type NatQuestion = z.infer<typeof NatQuestionSchema>;
export type OpenQuestion = z.infer<typeof OpenQuestionSchema>;
export type ChoiceQuestion = McqQuestion | MsqQuestion;

/** A reusable checklist for self-grading, e.g. the 8-step CV system-design plan. */
export const RubricSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  steps: z
    .array(
      z.object({
        title: z.string().min(1),
        checks: z.array(z.string().min(1)),
      }),
    )
    .min(1, 'a rubric needs at least one step'),
  source: SourceSchema,
});
export type Rubric = z.infer<typeof RubricSchema>;

export const BankSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  /** Path of the Markdown file it came from, as given to the parser. */
  file: z.string(),
  /** Distinct topics of its questions, in first-seen order. */
  topics: z.array(z.string()),
  questions: z.array(QuestionSchema),
  rubrics: z.array(RubricSchema),
});
export type Bank = z.infer<typeof BankSchema>;

/** Bank-level settings read from YAML frontmatter; every field is optional. */
export const FrontmatterSchema = z
  .object({
    id: IdSchema.optional(),
    title: z.string().min(1).optional(),
    description: z.string().optional(),
    topic: z.string().min(1).optional(),
    tags: z.array(z.string().min(1)).optional(),
    difficulty: DifficultySchema.optional(),
    companies: z.array(z.string().min(1)).optional(),
  })
  .loose();
export type Frontmatter = z.infer<typeof FrontmatterSchema>;

/** What the home page needs to know about a bank without loading it. */
export const BankSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string().optional(),
  file: z.string(),
  total: z.number().int().nonnegative(),
  byType: z.record(QuestionTypeSchema, z.number().int().nonnegative()),
  byKind: z.partialRecord(OpenKindSchema, z.number().int().nonnegative()),
  byDifficulty: z.partialRecord(DifficultySchema, z.number().int().nonnegative()),
  topics: z.array(z.object({ name: z.string(), count: z.number().int().positive() })),
  companies: z.array(z.string()),
});
export type BankSummary = z.infer<typeof BankSummarySchema>;

/** A bank plus its Markdown pre-rendered to safe HTML, keyed by `htmlKey(markdown)`. */
export const CompiledBankSchema = z.object({
  bank: BankSchema,
  html: z.record(z.string(), z.string()),
});
export type CompiledBank = z.infer<typeof CompiledBankSchema>;

/**
 * What session building needs to know about a question without loading its bank: enough to filter
 * and to name it. The bundled banks' catalog is a small lazy chunk; imported banks and parametric
 * templates add their own entries.
 */
export const CatalogEntrySchema = z.object({
  id: IdSchema,
  /** The bank that holds it ("parametric" for generated questions). */
  bank: IdSchema,
  label: z.string(),
  /** One line of plain text for lists. */
  preview: z.string(),
  type: QuestionTypeSchema,
  kind: OpenKindSchema.optional(),
  topic: z.string(),
  difficulty: DifficultySchema,
  tags: z.array(z.string()),
  companies: z.array(z.string()),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
