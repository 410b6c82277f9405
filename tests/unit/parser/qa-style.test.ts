// The Q&A layout of the TinyML guide: `#### **Q1: …?**` + `**Answer**:` + a list, sections deciding the kind.
import { describe, expect, it } from 'vitest';
import type { OpenQuestion } from '../../../src/content-model/schema';
import { parseFixture } from '../../helpers/fixtures';

const { bank, issues } = parseFixture('qa-style.md');
const open = (label: string): OpenQuestion => {
  const q = bank.questions.find((x) => x.label === label);
  if (q?.type !== 'open') throw new Error(`no open question ${label}`);
  return q;
};

describe('Q&A-style bank', () => {
  it('finds the five questions and nothing in the contents, tips or intro', () => {
    expect(issues).toEqual([]);
    expect(bank.title).toBe('Edge AI Interview Notes');
    expect(bank.questions.map((q) => q.label)).toEqual(['Q1', 'Q2', 'Challenge 1', 'Question 1', 'Scenario 1']);
  });

  it('lets the enclosing section decide the open kind', () => {
    expect(bank.questions.map((q) => (q.type === 'open' ? q.kind : q.type))).toEqual(['concept', 'concept', 'coding', 'design', 'scenario']);
  });

  it('uses the heading as the prompt and the **Answer**: list as the model answer', () => {
    const q = open('Q1');
    expect(q.title).toBe('What makes on-device inference attractive?');
    expect(q.prompt).toBe('What makes on-device inference attractive?');
    expect(q.modelAnswer.startsWith('- **Latency**: no network round trip')).toBe(true);
    expect(q.modelAnswer).toContain('  - **Power**: milliwatts');
  });

  it('derives key points from the answer list, naming sub-points of "X:" items', () => {
    expect(open('Q1').keyPoints).toEqual(['Latency: no network round trip', 'Privacy: raw data stays local', 'Constraints: Memory, Power']);
  });

  it('takes a group heading (### Fundamentals) as the topic', () => {
    expect(open('Q1').topic).toBe('Fundamentals');
    expect(open('Challenge 1').topic).toBe('Edge AI Interview Notes');
  });

  it('reads a coding challenge: **Problem** is the prompt, the code is the model answer', () => {
    const q = open('Challenge 1');
    expect(q.title).toBe('Parameter Counter');
    expect(q.prompt).toBe('Write a function that returns the number of parameters of a stack of dense layers.');
    expect(q.modelAnswer).toMatch(/^```python\ndef count\(widths\):/);
  });

  it('keeps a design prompt with its requirement list, and sub-headings become key points', () => {
    const q = open('Question 1');
    expect(q.prompt).toContain('Design a monitor for factory motors that:');
    expect(q.prompt).toContain('- Flags anomalies within a second');
    expect(q.modelAnswer).toContain('#### **Sensing**');
    expect(q.keyPoints).toEqual(['Sensing', 'Model']);
  });
});
