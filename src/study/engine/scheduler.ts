/**
 * Spaced repetition with FSRS (ts-fsrs), as pure functions of (card, grade, now).
 * Fuzz is off so that a replayed history gives the same schedule.
 *
 * Grades from answers: wrong → Again; right → Good; right after a slip or a hint → Hard;
 * open questions are self-rated, guided by the share of key points covered. The learner may override.
 */
import { createEmptyCard, fsrs, type Card as FsrsCard } from 'ts-fsrs';
import type { Card, Grade } from '../schema';
import type { GradeResult } from './grade';

const scheduler = fsrs({ enable_fuzz: false });
const DAY = 86_400_000;

const toFsrs = (c: Card): FsrsCard => ({
  ...c,
  due: new Date(c.due),
  ...(c.last_review !== undefined ? { last_review: new Date(c.last_review) } : { last_review: undefined }),
});

const fromFsrs = (c: FsrsCard): Card => ({
  due: c.due.getTime(),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsed_days,
  scheduled_days: c.scheduled_days,
  learning_steps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.last_review ? { last_review: c.last_review.getTime() } : {}),
});

export const newCard = (now: number): Card => fromFsrs(createEmptyCard<FsrsCard>(new Date(now)));

/** The card after one review with `grade` at `now`. */
export function review(card: Card | undefined, grade: Grade, now: number): Card {
  const next = scheduler.next(toFsrs(card ?? newCard(now)), new Date(now), grade);
  return fromFsrs(next.card);
}

/** When each grade would bring the card back, for the grade buttons ("Good · 3 d"). */
export function previewIntervals(card: Card | undefined, now: number): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrs(card ?? newCard(now)), new Date(now));
  return { 1: preview[1].card.due.getTime() - now, 2: preview[2].card.due.getTime() - now, 3: preview[3].card.due.getTime() - now, 4: preview[4].card.due.getTime() - now };
}

/** Probability of recall now, 0–1 (0 for a card never reviewed). */
export function retrievability(card: Card | undefined, now: number): number {
  if (!card || card.reps === 0) return 0;
  return scheduler.get_retrievability(toFsrs(card), new Date(now), false);
}

/** The grade an answer suggests; `helped` is true after a retry following a slip, or a hint. */
export function suggestGrade(result: GradeResult, helped: boolean): Grade {
  if (result.status === 'self') return result.coveredShare >= 0.9 ? 4 : result.coveredShare >= 0.6 ? 3 : result.coveredShare >= 0.3 ? 2 : 1;
  if (!result.correct) return 1;
  return helped ? 2 : 3;
}

export const isDue = (card: Card | undefined, now: number): boolean => card !== undefined && card.due <= now;

/**
 * Cards due on each of the next `days` days (index 0 = today, including anything overdue),
 * with days starting at local midnight as given by `startOfToday`.
 */
export function forecast(cards: readonly Card[], startOfToday: number, days: number): number[] {
  const out = new Array<number>(days).fill(0);
  for (const c of cards) {
    const d = Math.max(0, Math.floor((c.due - startOfToday) / DAY));
    if (d < days) out[d]! += 1;
  }
  return out;
}

export const GRADE_LABEL: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
