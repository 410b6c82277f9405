/**
 * What TinyPrep remembers about a learner: answers, spaced-repetition cards, sessions in progress
 * and finished ones. Everything here is saved in the browser, so every shape is a zod schema —
 * saved data is parsed with these on load, never trusted.
 *
 * Content (questions) is never saved here: only question ids, which stay stable (see content-model/ids.ts).
 */
import { z } from 'zod';

/** Milliseconds since the epoch. Saved as numbers so JSON round-trips exactly. */
export const EpochMsSchema = z.number().int().nonnegative();

/** A learner's answer, as given. */
export const AnswerSchema = z.discriminatedUnion('type', [
  /** MCQ/MSQ: the option keys chosen, in the bank's lettering (not the shuffled display order). */
  z.object({ type: z.literal('choice'), keys: z.array(z.string().regex(/^[A-Z]$/)) }),
  /** NAT: the text typed ("3,211,392", "4 s", "2.5e-3"). */
  z.object({ type: z.literal('nat'), raw: z.string().max(200) }),
  /** Open: what was written, which key points the learner ticked as covered, and their self-rating. */
  z.object({
    type: z.literal('open'),
    text: z.string().max(20_000),
    covered: z.array(z.number().int().nonnegative()),
  }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

/** FSRS grades as ts-fsrs numbers them: Again 1, Hard 2, Good 3, Easy 4. */
export const GradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Grade = z.infer<typeof GradeSchema>;

export const StudyModeSchema = z.enum(['practice', 'exam', 'review']);
export type StudyMode = z.infer<typeof StudyModeSchema>;

/** One answered question. `correct` is null for open questions (self-graded through `grade`). */
export const AttemptSchema = z.object({
  questionId: z.string().min(1),
  at: EpochMsSchema,
  mode: StudyModeSchema,
  sessionId: z.string().min(1),
  answer: AnswerSchema,
  correct: z.boolean().nullable(),
  /** The grade given to the scheduler (after any override). */
  grade: GradeSchema,
  /** Time spent on the question, ms. */
  durationMs: z.number().int().nonnegative(),
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** A ts-fsrs card with dates as epoch ms. */
export const CardSchema = z.object({
  due: EpochMsSchema,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsed_days: z.number().nonnegative(),
  scheduled_days: z.number().nonnegative(),
  learning_steps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /** New 0, Learning 1, Review 2, Relearning 3. */
  state: z.number().int().min(0).max(3),
  last_review: EpochMsSchema.optional(),
});
export type Card = z.infer<typeof CardSchema>;

/** Marks per question type; GATE by default: MCQ −1/3 for a wrong answer, MSQ all-or-nothing, NAT no negative marks. */
export const MarkingSchemeSchema = z.object({
  name: z.string().min(1),
  mcq: z.object({ correct: z.number(), wrong: z.number(), blank: z.number() }),
  /** `partial`: credit per correct option when no wrong option is chosen (off in GATE). */
  msq: z.object({ correct: z.number(), wrong: z.number(), blank: z.number(), partial: z.boolean() }),
  nat: z.object({ correct: z.number(), wrong: z.number(), blank: z.number() }),
});
export type MarkingScheme = z.infer<typeof MarkingSchemeSchema>;

/** How a session was asked for, kept so that it can be replayed with the same seed. */
export const SelectionSchema = z.object({
  banks: z.array(z.string()),
  topics: z.array(z.string()),
  types: z.array(z.enum(['mcq', 'msq', 'nat', 'open'])),
  difficulties: z.array(z.enum(['easy', 'medium', 'hard'])),
  tags: z.array(z.string()),
  companies: z.array(z.string()),
  onlyWrong: z.boolean(),
  onlyDue: z.boolean(),
  count: z.number().int().positive().max(1000),
});
export type Selection = z.infer<typeof SelectionSchema>;

/** A question's state within a session. */
export const SessionItemSchema = z.object({
  questionId: z.string().min(1),
  /** Option keys in display order (shuffled by the session seed); empty for NAT and open. */
  optionOrder: z.array(z.string()),
  /** Seed for parametric questions, so that a reload draws the same numbers. */
  instanceSeed: z.number().int().nonnegative(),
  answer: AnswerSchema.optional(),
  /** Practice: the answer was checked and feedback shown. Exam: unused until submission. */
  checked: z.boolean(),
  correct: z.boolean().nullable().optional(),
  grade: GradeSchema.optional(),
  flagged: z.boolean(),
  /** Accumulated time on this question, ms. */
  timeMs: z.number().int().nonnegative(),
  /** The learner looked at a hint or the answer before answering. */
  peeked: z.boolean(),
  /** Its attempt and scheduling were saved (so leaving mid-session loses nothing). */
  recorded: z.boolean(),
});
export type SessionItem = z.infer<typeof SessionItemSchema>;

export const SessionSchema = z.object({
  id: z.string().min(1),
  mode: StudyModeSchema,
  seed: z.number().int().nonnegative(),
  selection: SelectionSchema.optional(),
  createdAt: EpochMsSchema,
  items: z.array(SessionItemSchema),
  index: z.number().int().nonnegative(),
  /** When the current question was shown, for timing; null while paused. */
  shownAt: EpochMsSchema.nullable(),
  exam: z
    .object({
      durationMs: z.number().int().positive(),
      startedAt: EpochMsSchema,
      scheme: MarkingSchemeSchema,
      submittedAt: EpochMsSchema.optional(),
    })
    .optional(),
  finishedAt: EpochMsSchema.optional(),
});
export type Session = z.infer<typeof SessionSchema>;

/** What remains of a finished session: enough for history, stats and "practise the ones I missed". */
export const SessionSummarySchema = z.object({
  id: z.string().min(1),
  mode: StudyModeSchema,
  seed: z.number().int().nonnegative(),
  startedAt: EpochMsSchema,
  finishedAt: EpochMsSchema,
  questionIds: z.array(z.string()),
  correct: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  /** Exams: marks obtained and the maximum. */
  marks: z.number().optional(),
  maxMarks: z.number().optional(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

export const PROGRESS_VERSION = 1;

/** Everything saved, at the current version. */
export const ProgressSchema = z.object({
  attempts: z.array(AttemptSchema),
  cards: z.record(z.string(), CardSchema),
  /** Sessions in progress, by mode: one practice (or review) and one exam at a time. */
  active: z.object({ practice: SessionSchema.optional(), exam: SessionSchema.optional() }),
  history: z.array(SessionSummarySchema),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const emptyProgress = (): Progress => ({ attempts: [], cards: {}, active: {}, history: [] });

/** The file "Export progress" writes and "Import progress" reads. */
export const ProgressExportSchema = z.object({
  app: z.literal('tinyprep'),
  kind: z.literal('progress'),
  version: z.number().int().positive(),
  exportedAt: EpochMsSchema,
  progress: z.unknown(),
});
export type ProgressExport = z.infer<typeof ProgressExportSchema>;
