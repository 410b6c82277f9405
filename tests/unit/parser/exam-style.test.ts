// The exam-style layout of the user's own banks, with every quirk of the "Attempt 1" file.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/content-model/schema';
import { parseFixture } from '../../helpers/fixtures';

const { bank, issues } = parseFixture('exam-style.md');
const byLabel = (label: string): Question => {
  const q = bank.questions.find((x) => x.label === label);
  if (!q) throw new Error(`no question ${label}; have ${bank.questions.map((x) => x.label).join(', ')}`);
  return q;
};

describe('exam-style bank', () => {
  it('reads every question without a single issue', () => {
    expect(issues).toEqual([]);
    expect(bank.questions.map((q) => q.label)).toEqual(['MCQ Q1', 'MCQ Q2', 'MCQ Q3', 'MSQ Q1', 'MSQ Q2', 'NAT Q1', 'NAT Q2', 'NAT Q3']);
  });

  it('takes the title from the first # heading and uses it as the default topic', () => {
    expect(bank.title).toBe('Edge ML – Practice Round 2');
    expect(bank.id).toBe('exam-style');
    expect(bank.topics).toEqual(['Edge ML – Practice Round 2']);
  });

  it('lets the section heading set the type, bold or plain', () => {
    expect(bank.questions.map((q) => q.type)).toEqual(['mcq', 'mcq', 'mcq', 'msq', 'msq', 'nat', 'nat', 'nat']);
  });

  it('reads options written as a list, with option letters and text', () => {
    const q = byLabel('MCQ Q1');
    if (q.type !== 'mcq') throw new Error('type');
    expect(q.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(q.options[1]!.text).toBe('Layers whose weights spread over a wide range lose precision, and accuracy drops.');
    expect(q.answer).toEqual(['B']);
  });

  it('keeps an option that stands outside the list after a blank line', () => {
    const q = byLabel('MCQ Q2');
    if (q.type !== 'mcq') throw new Error('type');
    expect(q.options.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D']);
    expect(q.options[3]!.text).toBe('The network must be trained again from scratch, so PTQ brings nothing.');
    expect(q.prompt).not.toContain('D)');
  });

  it('accepts a bold question heading (### **Q3.**) and one at the section level (## **Q2.**)', () => {
    expect(byLabel('MCQ Q3').type).toBe('mcq');
    const q = byLabel('MSQ Q2');
    if (q.type !== 'msq') throw new Error('type');
    expect(q.answer).toEqual(['A', 'C', 'D']);
    expect(q.source.line).toBe(53);
  });

  it('reads answers as written: "A, B", "4000 ms", "CR = 5.71", "3,211,392"', () => {
    const msq = byLabel('MSQ Q1');
    const n1 = byLabel('NAT Q1');
    const n2 = byLabel('NAT Q2');
    const n3 = byLabel('NAT Q3');
    if (msq.type !== 'msq' || n1.type !== 'nat' || n2.type !== 'nat' || n3.type !== 'nat') throw new Error('types');
    expect(msq.answer).toEqual(['A', 'B']);
    expect(n1.answer).toMatchObject({ value: 4000, unit: 'ms', min: 3999.5, max: 4000.5, display: '4000 ms' });
    expect(n2.answer).toMatchObject({ value: 5.71, min: 5.705, max: 5.715, display: 'CR = 5.71' });
    expect(n2.answer.unit).toBeUndefined();
    expect(n3.answer).toMatchObject({ value: 3211392, min: 3211391.5, max: 3211392.5, display: '3,211,392' });
  });

  it('takes the worked solution from **Solution:** and from a ### Solution: heading, math included', () => {
    const n1 = byLabel('NAT Q1');
    expect(n1.explanation).toContain('$$\\text{Time} = \\frac{200\\text{M}}{50\\text{M/s}} = 4 \\text{ s}$$');
    expect(n1.explanation).toContain('$$4 \\times 1000 = 4000 \\text{ ms}$$');
    expect(byLabel('NAT Q3').explanation).toBe('$$25,088 \\times 128 + 128 = 3,211,392$$');
    expect(byLabel('NAT Q2').explanation).toBeUndefined();
  });

  it('records the 1-based line of each question heading', () => {
    expect(byLabel('MCQ Q1').source).toEqual({ file: 'fixtures/exam-style.md', line: 6 });
    expect(byLabel('NAT Q3').source.line).toBe(84);
  });

  it('derives ids from the prompt, so they survive reordering but not rewording', () => {
    const ids = bank.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(byLabel('MCQ Q1').id).toMatch(/^a-keyword-spotting-model-is-converted-[a-z0-9]+$/);
  });
});
