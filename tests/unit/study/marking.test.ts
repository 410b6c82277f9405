// Exam marking schemes on real questions.
import { describe, expect, it } from 'vitest';
import { GATE, NO_NEGATIVE, PARTIAL_MSQ, marksFor, maxMarks } from '../../../src/study/engine/marking';
import { q } from '../../helpers/questions';

describe('GATE marking', () => {
  it('MCQ: +1 right, −1/3 wrong, 0 blank', () => {
    expect(marksFor(q('m-arena'), { type: 'choice', keys: ['B'] }, GATE)).toBe(1);
    expect(marksFor(q('m-arena'), { type: 'choice', keys: ['C'] }, GATE)).toBeCloseTo(-1 / 3, 12);
    expect(marksFor(q('m-arena'), undefined, GATE)).toBe(0);
  });

  it('MSQ: all or nothing, never negative', () => {
    expect(marksFor(q('s-speed'), { type: 'choice', keys: ['A', 'C'] }, GATE)).toBe(1);
    expect(marksFor(q('s-speed'), { type: 'choice', keys: ['A'] }, GATE)).toBe(0);
    expect(marksFor(q('s-speed'), { type: 'choice', keys: ['B'] }, GATE)).toBe(0);
  });

  it('NAT: +1 in range, 0 otherwise; unreadable counts as blank', () => {
    expect(marksFor(q('n-latency'), { type: 'nat', raw: '4000' }, GATE)).toBe(1);
    expect(marksFor(q('n-latency'), { type: 'nat', raw: '400' }, GATE)).toBe(0);
    expect(marksFor(q('n-latency'), { type: 'nat', raw: 'soon' }, GATE)).toBe(0);
  });

  it('does not mark open questions', () => {
    expect(maxMarks(q('o-why'), GATE)).toBe(0);
    expect(marksFor(q('o-why'), { type: 'open', text: 'x', covered: [0, 1, 2, 3] }, GATE)).toBe(0);
  });
});

describe('other schemes', () => {
  it('without negative marks a wrong MCQ scores 0', () => {
    expect(marksFor(q('m-arena'), { type: 'choice', keys: ['A'] }, NO_NEGATIVE)).toBe(0);
  });

  it('partial MSQ credit per correct option, unless a wrong option is chosen', () => {
    expect(marksFor(q('s-speed'), { type: 'choice', keys: ['A'] }, PARTIAL_MSQ)).toBe(0.5);
    expect(marksFor(q('s-speed'), { type: 'choice', keys: ['A', 'B'] }, PARTIAL_MSQ)).toBe(0);
  });
});
