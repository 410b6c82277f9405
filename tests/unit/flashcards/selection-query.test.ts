// A card selection and its seed in the URL: round trip, and bad input falling back safely.
import { describe, expect, it } from 'vitest';
import { selectionFromQuery, selectionToQuery } from '@/study/selection-query';
import { defaultSelection } from '@/study/engine/select';

describe('selection in the URL', () => {
  it('round-trips every filter, the count and the seed', () => {
    const s = { ...defaultSelection(), banks: ['a', 'b'], topics: ['Quantization, int8'], types: ['nat' as const], difficulties: ['hard' as const], tags: ['x'], companies: ['Arm'], onlyDue: true, onlyWrong: true, count: 40 };
    const q = selectionToQuery(s, 4294967295);
    expect(q).toBe('bank=a&bank=b&topic=Quantization%2C+int8&type=nat&difficulty=hard&company=Arm&tag=x&due=1&wrong=1&count=40&seed=4294967295');
    expect(selectionFromQuery(q, defaultSelection())).toEqual({ selection: s, seed: 4294967295 });
  });

  it('reads the practice page links (no seed)', () => {
    expect(selectionFromQuery('?bank=ml-concepts&count=20', defaultSelection())).toEqual({ selection: { ...defaultSelection(), banks: ['ml-concepts'], count: 20 }, seed: undefined });
  });

  it('falls back to the base selection on invalid values and ignores a bad seed', () => {
    const base = defaultSelection();
    expect(selectionFromQuery('type=essay&count=5', base).selection).toEqual(base);
    expect(selectionFromQuery('count=0', base).selection).toEqual(base);
    for (const seed of ['-1', '1.5', '4294967296', 'abc', '']) expect(selectionFromQuery(`seed=${seed}`, base).seed).toBeUndefined();
  });
});
