// FSRS glue: grades from answers, scheduling with a fixed clock, forecasts.
import { describe, expect, it } from 'vitest';
import { forecast, newCard, previewIntervals, retrievability, review, suggestGrade } from '../../../src/study/engine/scheduler';

const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const DAY = 86_400_000;

describe('grades suggested by answers', () => {
  it('maps wrong → Again, right → Good, right after help → Hard', () => {
    expect(suggestGrade({ status: 'wrong', correct: false }, false)).toBe(1);
    expect(suggestGrade({ status: 'correct', correct: true }, false)).toBe(3);
    expect(suggestGrade({ status: 'correct', correct: true }, true)).toBe(2);
  });

  it('maps the share of key points covered to a self-rating', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((s) => suggestGrade({ status: 'self', correct: null, coveredShare: s }, false))).toEqual([1, 1, 2, 3, 4]);
  });
});

describe('scheduling', () => {
  it('is deterministic for the same card, grade and time', () => {
    expect(review(undefined, 3, NOW)).toEqual(review(undefined, 3, NOW));
  });

  it('brings a failed card back sooner than a good one, and an easy one last', () => {
    const again = review(undefined, 1, NOW).due;
    const good = review(undefined, 3, NOW).due;
    const easy = review(undefined, 4, NOW).due;
    expect(again).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
    expect(review(undefined, 3, NOW).reps).toBe(1);
  });

  it('grows intervals with successful reviews', () => {
    let card = review(undefined, 3, NOW);
    const gaps: number[] = [];
    let t = NOW;
    for (let i = 0; i < 4; i++) {
      t = card.due;
      const next = review(card, 3, t);
      gaps.push(next.due - t);
      card = next;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
    expect(retrievability(card, card.due)).toBeGreaterThan(0.8);
  });

  it('previews one interval per grade, in order', () => {
    const p = previewIntervals(newCard(NOW), NOW);
    expect(p[1]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });

  it('forecasts due cards per day, overdue counted today', () => {
    const cards = [NOW - 3 * DAY, NOW, NOW + DAY, NOW + DAY + 1000, NOW + 30 * DAY].map((due) => ({ ...newCard(NOW), due }));
    expect(forecast(cards, NOW, 7)).toEqual([2, 2, 0, 0, 0, 0, 0]);
  });
});
