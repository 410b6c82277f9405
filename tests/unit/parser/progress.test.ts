// Progress on a large bank: reading the Markdown is reported first, then checking the questions, so
// an import's progress bar moves from the start instead of sitting at zero through the slow part.
import { describe, expect, it } from 'vitest';
import { parseBank, type ParseStage } from '../../../src/content-model/parse-bank';
import { generateBank } from '../../../scripts/generate-bank';

describe('parseBank progress', () => {
  it('reports the sections read, then the questions checked, each counting up to its total', () => {
    const calls: [number, number, ParseStage][] = [];
    const result = parseBank(generateBank(1000, 3), 'big.md', { onProgress: (done, total, stage) => calls.push([done, total, stage]) });
    expect(result.bank.questions).toHaveLength(1000);

    const stages = calls.map((c) => c[2]);
    const firstQuestions = stages.indexOf('questions');
    expect(stages.slice(0, firstQuestions).every((s) => s === 'sections')).toBe(true);
    expect(stages.slice(firstQuestions).every((s) => s === 'questions')).toBe(true);

    const sections = calls.filter((c) => c[2] === 'sections');
    const questions = calls.filter((c) => c[2] === 'questions');
    // One piece per question heading (plus the bank's preamble): a report every 200.
    expect(sections.length).toBeGreaterThanOrEqual(5);
    expect(questions.map((c) => c[0])).toEqual([0, 200, 400, 600, 800]);
    for (const list of [sections, questions]) {
      for (let i = 1; i < list.length; i++) expect(list[i]![0]).toBeGreaterThan(list[i - 1]![0]);
      expect(list.every(([done, total]) => done < total)).toBe(true);
    }
    expect(questions[0]![1]).toBe(1000);
  });
});
