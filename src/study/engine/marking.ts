/**
 * Exam marking. GATE by default: MCQ +1 / −⅓ for a wrong answer, MSQ all-or-nothing with no
 * negative marks, NAT no negative marks; an unanswered question scores 0. Open questions are not
 * marked in exams (they are self-graded in practice).
 */
import type { Question } from '@/content-model/schema';
import type { Answer, MarkingScheme } from '../schema';
import { grade } from './grade';

export const GATE: MarkingScheme = {
  name: 'GATE',
  mcq: { correct: 1, wrong: -1 / 3, blank: 0 },
  msq: { correct: 1, wrong: 0, blank: 0, partial: false },
  nat: { correct: 1, wrong: 0, blank: 0 },
};

export const NO_NEGATIVE: MarkingScheme = {
  name: 'No negative marks',
  mcq: { correct: 1, wrong: 0, blank: 0 },
  msq: { correct: 1, wrong: 0, blank: 0, partial: false },
  nat: { correct: 1, wrong: 0, blank: 0 },
};

export const PARTIAL_MSQ: MarkingScheme = {
  name: 'Partial credit for MSQ',
  mcq: { correct: 1, wrong: -1 / 3, blank: 0 },
  msq: { correct: 1, wrong: 0, blank: 0, partial: true },
  nat: { correct: 1, wrong: 0, blank: 0 },
};

export const MARKING_SCHEMES = [GATE, NO_NEGATIVE, PARTIAL_MSQ] as const;

/** The best a question can score under the scheme (0 for open questions). */
export function maxMarks(q: Question, scheme: MarkingScheme): number {
  return q.type === 'open' ? 0 : scheme[q.type].correct;
}

/**
 * Marks for one answer. MSQ with `partial`: correct/|answer| per correct option chosen, when no
 * wrong option is chosen; any wrong option gives `wrong`.
 */
export function marksFor(q: Question, answer: Answer | undefined, scheme: MarkingScheme): number {
  if (q.type === 'open') return 0;
  const r = grade(q, answer);
  const s = scheme[q.type];
  if (r.status === 'blank' || r.status === 'invalid') return s.blank;
  if (r.correct) return s.correct;
  if (q.type === 'msq' && scheme.msq.partial && r.status === 'wrong' && (r.extra?.length ?? 0) === 0) {
    const chosen = q.answer.length - (r.missed?.length ?? 0);
    return (scheme.msq.correct * chosen) / q.answer.length;
  }
  return s.wrong;
}
