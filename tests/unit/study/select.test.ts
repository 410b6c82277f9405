// Building a session from filters over the catalog.
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src/content-model/summarize';
import { newCard } from '../../../src/study/engine/scheduler';
import { defaultSelection, dueIds, lastWrongIds, selectQuestions } from '../../../src/study/engine/select';
import type { Attempt } from '../../../src/study/schema';
import { questions } from '../../helpers/questions';

const catalog = questions.map((x) => catalogEntry(x, 'engine'));
const none = { wrong: new Set<string>(), due: new Set<string>() };
const sel = (patch: Partial<ReturnType<typeof defaultSelection>>) => ({ ...defaultSelection(), count: 100, ...patch });

describe('selectQuestions', () => {
  it('filters by type, topic, difficulty, tags and bank; empty means any', () => {
    const ids = (patch: Partial<ReturnType<typeof defaultSelection>>) => selectQuestions(catalog, sel(patch), none, 1).sort();
    expect(ids({ types: ['nat'] })).toEqual(['n-bytes', 'n-latency', 'n-macs', 'n-ratio']);
    expect(ids({ topics: ['MCU constraints'] })).toEqual(['m-arena']);
    expect(ids({ difficulties: ['hard'] })).toEqual(['s-speed']);
    expect(ids({ tags: ['int8'] })).toEqual(['s-speed']);
    expect(ids({ banks: ['other'] })).toEqual([]);
    expect(ids({})).toHaveLength(questions.length);
  });

  it('is a seeded shuffle: same seed, same order; the count is respected', () => {
    const a = selectQuestions(catalog, sel({ count: 5 }), none, 11);
    expect(a).toEqual(selectQuestions(catalog, sel({ count: 5 }), none, 11));
    expect(a).toHaveLength(5);
    expect(selectQuestions(catalog, sel({}), none, 11)).not.toEqual(selectQuestions(catalog, sel({}), none, 12));
  });

  it('keeps only what was last answered wrong, or only what is due', () => {
    const attempt = (questionId: string, at: number, correct: boolean | null, grade: 1 | 2 | 3 | 4): Attempt => ({
      questionId, at, correct, grade, mode: 'practice', sessionId: 's', answer: { type: 'choice', keys: ['A'] }, durationMs: 1,
    });
    const wrong = lastWrongIds([attempt('m-arena', 1, false, 1), attempt('m-arena', 2, true, 3), attempt('m-qat', 1, false, 1), attempt('o-why', 1, null, 1)]);
    expect([...wrong].sort()).toEqual(['m-qat', 'o-why']);
    const due = dueIds({ 'n-ratio': { ...newCard(0), due: 50 }, 'n-bytes': { ...newCard(0), due: 500 } }, 100);
    expect(selectQuestions(catalog, sel({ onlyWrong: true }), { wrong, due }, 1).sort()).toEqual(['m-qat', 'o-why']);
    expect(selectQuestions(catalog, sel({ onlyDue: true }), { wrong, due }, 1)).toEqual(['n-ratio']);
  });
});
