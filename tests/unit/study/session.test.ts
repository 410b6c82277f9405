// Sessions as data: seeded replay, checking with slips and retries, exams with a wall-clock timer.
import { describe, expect, it } from 'vitest';
import { GATE } from '../../../src/study/engine/marking';
import { attemptsOf, breakdown, check, examRemainingMs, goTo, revealOpen, scoreExam, setAnswer, startSession, submitExam, summarize, toggleKeyPoint } from '../../../src/study/engine/session';
import { byId, q, questions } from '../../helpers/questions';

const NOW = 1_800_000_000_000;

describe('starting a session', () => {
  it('replays exactly from the same seed, and shuffles differently with another', () => {
    const a = startSession({ mode: 'practice', questions, seed: 42, now: NOW });
    const b = startSession({ mode: 'practice', questions, seed: 42, now: NOW });
    const c = startSession({ mode: 'practice', questions, seed: 43, now: NOW });
    expect(a).toEqual(b);
    expect(a.items.map((i) => i.optionOrder.join(''))).not.toEqual(c.items.map((i) => i.optionOrder.join('')));
    expect(a.items.find((i) => i.questionId === 'm-arena')!.optionOrder.sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(a.items.find((i) => i.questionId === 'n-latency')!.optionOrder).toEqual([]);
  });

  it('keeps the bank order of options when asked', () => {
    const s = startSession({ mode: 'practice', questions, seed: 7, now: NOW, shuffleOptions: false });
    expect(s.items[0]!.optionOrder).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('practice checking', () => {
  const at = (id: string) => questions.findIndex((x) => x.id === id);
  const ready = (id: string, raw: string) => {
    let s = startSession({ mode: 'practice', questions, seed: 1, now: NOW });
    s = goTo(s, at(id), NOW);
    return setAnswer(s, at(id), { type: 'nat', raw });
  };

  it('grades and proposes Good for a right answer, Again for a wrong one', () => {
    const right = check(ready('n-latency', '4000'), q('n-latency'), NOW + 5000);
    expect(right.result.status).toBe('correct');
    expect(right.session.items[at('n-latency')]).toMatchObject({ checked: true, correct: true, grade: 3, timeMs: 5000 });
    const wrong = check(ready('n-latency', '1234'), q('n-latency'), NOW);
    expect(wrong.session.items[at('n-latency')]).toMatchObject({ checked: true, correct: false, grade: 1 });
  });

  it('lets the learner retry once after a named slip; right then is Hard', () => {
    const first = check(ready('n-latency', '4'), q('n-latency'), NOW);
    expect(first.retry).toBe(true);
    expect(first.session.items[at('n-latency')]).toMatchObject({ checked: false, peeked: true });
    const fixed = setAnswer(first.session, at('n-latency'), { type: 'nat', raw: '4 s' });
    const second = check(fixed, q('n-latency'), NOW);
    expect(second.retry).toBe(false);
    expect(second.session.items[at('n-latency')]).toMatchObject({ checked: true, correct: true, grade: 2 });
  });

  it('does not check an unreadable answer', () => {
    const r = check(ready('n-latency', 'soonish'), q('n-latency'), NOW);
    expect(r.result.status).toBe('invalid');
    expect(r.session.items[at('n-latency')]!.checked).toBe(false);
  });

  it('self-grades open questions from the key points ticked', () => {
    let s = goTo(startSession({ mode: 'practice', questions, seed: 1, now: NOW }), at('o-why'), NOW);
    s = revealOpen(s, q('o-why'), NOW);
    expect(s.items[at('o-why')]).toMatchObject({ checked: true, correct: null, grade: 1 });
    s = toggleKeyPoint(toggleKeyPoint(toggleKeyPoint(s, q('o-why'), 0), q('o-why'), 1), q('o-why'), 3);
    expect(s.items[at('o-why')]!.grade).toBe(3);
    expect(s.items[at('o-why')]!.answer).toEqual({ type: 'open', text: '', covered: [0, 1, 3] });
  });

  it('turns checked items into attempts, once', () => {
    const r = check(ready('n-latency', '4000'), q('n-latency'), NOW + 1000);
    const attempts = attemptsOf(r.session, NOW + 2000);
    expect(attempts).toEqual([
      { questionId: 'n-latency', at: NOW + 2000, mode: 'practice', sessionId: r.session.id, answer: { type: 'nat', raw: '4000' }, correct: true, grade: 3, durationMs: 1000 },
    ]);
    expect(summarize(r.session, NOW + 2000)).toMatchObject({ answered: 1, correct: 1, questionIds: questions.map((x) => x.id) });
    expect(breakdown(r.session, byId, (x) => x.type)).toContainEqual({ key: 'nat', total: 4, correct: 1 });
  });
});

describe('exams', () => {
  const objective = questions.filter((x) => x.type !== 'open');
  const exam = () => startSession({ mode: 'exam', questions: objective, seed: 9, now: NOW, exam: { durationMs: 60_000, scheme: GATE } });

  it('counts time on the wall clock, so a reload does not stop it', () => {
    const s = exam();
    expect(examRemainingMs(s, NOW + 15_000)).toBe(45_000);
    expect(examRemainingMs(s, NOW + 90_000)).toBe(0);
  });

  it('marks every question at submission under the scheme, and never twice', () => {
    let s = exam();
    const idx = (id: string) => s.items.findIndex((i) => i.questionId === id);
    s = setAnswer(s, idx('m-arena'), { type: 'choice', keys: ['B'] });
    s = setAnswer(s, idx('m-qat'), { type: 'choice', keys: ['A'] });
    s = setAnswer(s, idx('s-speed'), { type: 'choice', keys: ['A'] });
    s = setAnswer(s, idx('n-latency'), { type: 'nat', raw: '4 s' });
    const submitted = submitExam(s, byId, NOW + 30_000);
    expect(submitted.exam!.submittedAt).toBe(NOW + 30_000);
    expect(submitExam(submitted, byId, NOW + 40_000)).toBe(submitted);
    const score = scoreExam(submitted, byId);
    expect(score.max).toBe(objective.length);
    expect(score.total).toBeCloseTo(1 - 1 / 3 + 0 + 1, 12);
    expect(score.items.find((i) => i.questionId === 'n-ratio')).toMatchObject({ marks: 0, status: 'blank' });
    expect(attemptsOf(submitted, NOW + 99_999).map((a) => [a.questionId, a.correct, a.grade, a.at])).toEqual([
      ['m-arena', true, 3, NOW + 30_000],
      ['m-qat', false, 1, NOW + 30_000],
      ['s-speed', false, 1, NOW + 30_000],
      ['n-latency', true, 3, NOW + 30_000],
    ].sort((a, b) => idx(a[0] as string) - idx(b[0] as string)));
  });

  it('submitting after the time is up counts the end of the exam as the submission time', () => {
    expect(submitExam(exam(), byId, NOW + 10 * 60_000).exam!.submittedAt).toBe(NOW + 60_000);
  });
});
