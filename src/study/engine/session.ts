/**
 * A study session as data, and the pure steps that move it on. The store calls these and saves the
 * result; nothing here reads the clock or randomness except through `now` and `seed`.
 */
import type { Question } from '@/content-model/schema';
import { fnv1a } from '@/utils/hash';
import { createRng, shuffled } from '@/utils/random';
import type { Answer, Attempt, Grade, MarkingScheme, Selection, Session, SessionItem, SessionSummary, StudyMode } from '../schema';
import { grade } from './grade';
import { marksFor, maxMarks } from './marking';
import { suggestGrade } from './scheduler';

export interface StartOptions {
  mode: StudyMode;
  questions: readonly Question[];
  seed: number;
  now: number;
  selection?: Selection;
  /** Shuffle option order (off for review of a bank as printed). */
  shuffleOptions?: boolean;
  exam?: { durationMs: number; scheme: MarkingScheme };
}

/** Per-question seed derived from the session seed, so parametric questions redraw the same numbers. */
export const instanceSeed = (sessionSeed: number, questionId: string): number => fnv1a(`${sessionSeed}:${questionId}`);

export function startSession(o: StartOptions): Session {
  const items: SessionItem[] = o.questions.map((q) => {
    const keys = q.type === 'mcq' || q.type === 'msq' ? q.options.map((x) => x.key) : [];
    const order = o.shuffleOptions === false ? keys : shuffled(createRng(instanceSeed(o.seed, `${q.id}#options`)), keys);
    return { questionId: q.id, optionOrder: order, instanceSeed: instanceSeed(o.seed, q.id), checked: false, flagged: false, timeMs: 0, peeked: false, recorded: false };
  });
  return {
    id: `${o.mode}-${o.now.toString(36)}-${o.seed.toString(36)}`,
    mode: o.mode,
    seed: o.seed,
    ...(o.selection ? { selection: o.selection } : {}),
    createdAt: o.now,
    items,
    index: 0,
    shownAt: o.now,
    ...(o.exam ? { exam: { durationMs: o.exam.durationMs, startedAt: o.now, scheme: o.exam.scheme } } : {}),
  };
}

const updateItem = (s: Session, i: number, patch: Partial<SessionItem>): Session => ({
  ...s,
  items: s.items.map((it, k) => (k === i ? { ...it, ...patch } : it)),
});

/** Adds the time spent on the current question since it was shown. */
function banked(s: Session, now: number): Session {
  if (s.shownAt === null) return s;
  const spent = Math.max(0, now - s.shownAt);
  const cur = s.items[s.index];
  return cur ? { ...updateItem(s, s.index, { timeMs: cur.timeMs + spent }), shownAt: now } : s;
}

export function goTo(s: Session, index: number, now: number): Session {
  const target = Math.min(Math.max(0, index), Math.max(0, s.items.length - 1));
  return { ...banked(s, now), index: target, shownAt: now };
}

/** Stops the clock (tab hidden) and starts it again. */
export const pause = (s: Session, now: number): Session => ({ ...banked(s, now), shownAt: null });
export const resume = (s: Session, now: number): Session => (s.shownAt === null ? { ...s, shownAt: now } : s);

/** Records an answer without checking it (exams; practice before "Check"). */
export function setAnswer(s: Session, index: number, answer: Answer | undefined): Session {
  const it = s.items[index];
  if (!it || (it.checked && s.mode !== 'exam')) return s;
  const { answer: _old, ...rest } = it;
  return { ...s, items: s.items.map((x, k) => (k === index ? (answer ? { ...rest, answer } : rest) : x)) };
}

export const toggleFlag = (s: Session, index: number): Session => {
  const it = s.items[index];
  return it ? updateItem(s, index, { flagged: !it.flagged }) : s;
};

export const markPeeked = (s: Session, index: number): Session => updateItem(s, index, { peeked: true });

/**
 * Practice: checks the current answer and proposes a grade. An unreadable numeric answer is not
 * checked (the learner can fix it). A wrong answer with a named slip can be retried once: the item
 * stays open and is marked as helped.
 */
export function check(s: Session, q: Question, now: number): { session: Session; result: ReturnType<typeof grade>; retry: boolean } {
  const it = s.items[s.index];
  if (!it || it.questionId !== q.id) throw new Error(`check: the current item is not ${q.id}`);
  const result = grade(q, it.answer);
  if (result.status === 'invalid' || result.status === 'blank') return { session: s, result, retry: false };
  const slipped = result.status === 'wrong' && result.slip !== undefined && result.slip.startsWith('close') === false;
  if (slipped && !it.peeked) {
    return { session: updateItem(banked(s, now), s.index, { peeked: true }), result, retry: true };
  }
  const proposed = suggestGrade(result, it.peeked);
  return {
    session: updateItem(banked(s, now), s.index, { checked: true, correct: result.correct, grade: proposed }),
    result,
    retry: false,
  };
}

/** The learner's own grade (override, or the self-rating of an open question); fixed once recorded. */
export const setGrade = (s: Session, index: number, g: Grade): Session => (s.items[index]?.recorded ? s : updateItem(s, index, { grade: g }));

/** Marks items as recorded after their attempts were saved. */
export const markRecorded = (s: Session, questionIds: ReadonlySet<string>): Session => ({
  ...s,
  items: s.items.map((it) => (questionIds.has(it.questionId) && it.checked ? { ...it, recorded: true } : it)),
});

/**
 * Open questions: the learner wrote an answer, revealed the model answer and ticked the key points
 * covered; this marks the item checked with the suggested self-grade.
 */
export function revealOpen(s: Session, q: Question, now: number): Session {
  const it = s.items[s.index];
  if (!it || q.type !== 'open') return s;
  const answer = it.answer?.type === 'open' ? it.answer : { type: 'open' as const, text: '', covered: [] };
  return updateItem(banked(s, now), s.index, { answer, checked: true, correct: null, grade: suggestGrade(grade(q, answer), false) });
}

/** Ticks or unticks a key point of a checked open question, moving the suggested grade along. */
export function toggleKeyPoint(s: Session, q: Question, point: number): Session {
  const it = s.items[s.index];
  if (!it || q.type !== 'open' || it.recorded) return s;
  const prev = it.answer?.type === 'open' ? it.answer : { type: 'open' as const, text: '', covered: [] };
  const covered = prev.covered.includes(point) ? prev.covered.filter((p) => p !== point) : [...prev.covered, point].sort((a, b) => a - b);
  const answer = { ...prev, covered };
  return updateItem(s, s.index, { answer, ...(it.checked ? { grade: suggestGrade(grade(q, answer), false) } : {}) });
}

export interface ItemMark {
  questionId: string;
  marks: number;
  max: number;
  status: ReturnType<typeof grade>['status'];
}

/** Exam marks per question and in total under the session's scheme. */
export function scoreExam(s: Session, byId: ReadonlyMap<string, Question>): { items: ItemMark[]; total: number; max: number } {
  const scheme = s.exam?.scheme;
  if (!scheme) throw new Error('scoreExam: not an exam session');
  const items = s.items.flatMap((it) => {
    const q = byId.get(it.questionId);
    if (!q) return [];
    return [{ questionId: q.id, marks: marksFor(q, it.answer, scheme), max: maxMarks(q, scheme), status: grade(q, it.answer).status }];
  });
  return { items, total: items.reduce((n, i) => n + i.marks, 0), max: items.reduce((n, i) => n + i.max, 0) };
}

/** Milliseconds left in an exam (never negative); the timer runs on wall-clock time, reloads included. */
export const examRemainingMs = (s: Session, now: number): number =>
  s.exam ? Math.max(0, s.exam.startedAt + s.exam.durationMs - (s.exam.submittedAt ?? now)) : 0;

/** Submits an exam: every answered item is graded and gets a grade for the scheduler. */
export function submitExam(s: Session, byId: ReadonlyMap<string, Question>, now: number): Session {
  if (!s.exam || s.exam.submittedAt !== undefined) return s;
  const at = Math.min(now, s.exam.startedAt + s.exam.durationMs);
  const b = banked(s, at);
  return {
    ...b,
    shownAt: null,
    exam: { ...s.exam, submittedAt: at },
    items: b.items.map((it) => {
      const q = byId.get(it.questionId);
      if (!q || !it.answer) return it;
      const r = grade(q, it.answer);
      return r.status === 'invalid' ? it : { ...it, checked: true, correct: r.correct, grade: it.grade ?? suggestGrade(r, false) };
    }),
  };
}

/**
 * The attempts a finished (or submitted) session adds to the history: one per checked item.
 * Unanswered exam questions are not attempts.
 */
export function attemptsOf(s: Session, now: number): Attempt[] {
  return s.items.flatMap((it) =>
    it.checked && !it.recorded && it.answer && it.grade !== undefined
      ? [
          {
            questionId: it.questionId,
            at: s.exam?.submittedAt ?? now,
            mode: s.mode,
            sessionId: s.id,
            answer: it.answer,
            correct: it.correct ?? null,
            grade: it.grade,
            durationMs: Math.round(it.timeMs),
          },
        ]
      : [],
  );
}

export function summarize(s: Session, now: number, byId?: ReadonlyMap<string, Question>): SessionSummary {
  const checked = s.items.filter((i) => i.checked);
  const exam = s.exam && byId ? scoreExam(s, byId) : undefined;
  return {
    id: s.id,
    mode: s.mode,
    seed: s.seed,
    startedAt: s.createdAt,
    finishedAt: s.exam?.submittedAt ?? now,
    questionIds: s.items.map((i) => i.questionId),
    correct: checked.filter((i) => i.correct === true || (i.correct === null && (i.grade ?? 1) >= 3)).length,
    answered: checked.length,
    ...(exam ? { marks: Number(exam.total.toFixed(4)), maxMarks: exam.max } : {}),
  };
}

export interface Breakdown {
  key: string;
  total: number;
  correct: number;
}

/** Correct/total by a key (topic, type) over the checked items. */
export function breakdown(s: Session, byId: ReadonlyMap<string, Question>, key: (q: Question) => string): Breakdown[] {
  const rows = new Map<string, Breakdown>();
  for (const it of s.items) {
    const q = byId.get(it.questionId);
    if (!q) continue;
    const k = key(q);
    const row = rows.get(k) ?? { key: k, total: 0, correct: 0 };
    row.total += 1;
    if (it.correct === true || (it.correct === null && (it.grade ?? 1) >= 3)) row.correct += 1;
    rows.set(k, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}
