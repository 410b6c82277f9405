// Broken banks: every problem is reported at file:line with the field and a fix, and valid questions survive.
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../../src/content-model/parse-bank';
import { parseFixture } from '../../helpers/fixtures';

describe('a bank with many problems', () => {
  const { bank, issues, messages } = parseFixture('bad/broken-bank.md');

  it('reports every problem, not just the first, in line order', () => {
    expect(messages).toEqual([
      'fixtures/bad/broken-bank.md:3:1 error [frontmatter.difficulty] frontmatter difficulty "extreme" is not valid (use easy, medium or hard) → correct the value, or remove the line',
      'fixtures/bad/broken-bank.md:17:1 error [MCQ Q1 · answer] MCQ Q1 has an Answer of E but only options A–D → use letters from A to D, or add option E',
      'fixtures/bad/broken-bank.md:26:1 error [MCQ Q2 · answer] MCQ Q2 is an MCQ but its answer names 2 options (A, B) → an MCQ has one correct option: move it under "## MSQ" or add **Type:** msq',
      'fixtures/bad/broken-bank.md:28:1 error [MCQ Q3 · options] MCQ Q3 has no options → list the options as "- A) …", "- B) …" before the answer',
      'fixtures/bad/broken-bank.md:49:1 error [NAT Q1 · answer] NAT answer "about five" is not a number → write the value in digits, e.g. **Answer:** 4000 ms or **Answer:** 5.71',
      'fixtures/bad/broken-bank.md:61:1 error [NAT Q3 · answer] NAT answer "4,0" uses a comma that does not group thousands → use a decimal point (5.71) and commas only between groups of three digits (3,211,392)',
      'fixtures/bad/broken-bank.md:68:1 error [NAT Q4 · tolerance] tolerance "lots" is not a number or a percentage → write e.g. **Tolerance:** 1% or **Tolerance:** ±0.5',
      'fixtures/bad/broken-bank.md:70:1 error [NAT Q5 · answer] NAT Q5 has no **Answer:** line → add a line like **Answer:** 4000 ms',
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('still returns the valid questions, with the bank defaults that were valid', () => {
    expect(bank.title).toBe('Broken practice bank');
    expect(bank.questions.map((q) => q.label)).toEqual(['MCQ Q4', 'NAT Q2']);
    expect(bank.questions.every((q) => q.difficulty === 'medium')).toBe(true);
  });
});

describe('ids', () => {
  it('reports a duplicate explicit id and an id that is not valid', () => {
    const { bank, messages } = parseFixture('bad/duplicate-ids.md');
    expect(messages).toEqual([
      'fixtures/bad/duplicate-ids.md:12:1 error [MCQ Q2 · id] MCQ Q2 has the id "same-id", already used by MCQ Q1 (line 3) → give one of them its own id, e.g. a heading ending in {#my-question-id}',
      'fixtures/bad/duplicate-ids.md:21:1 error [MCQ Q3 · id] id "Bad Id!" is not a valid id → use lower-case letters, digits and "-", e.g. {#ptq-weight-variance}',
    ]);
    expect(bank.questions.map((q) => q.id)).toEqual(['same-id']);
  });

  it('keeps derived ids when questions are reordered', () => {
    const a = '## MCQ\n\n### Q1.\n\nFirst?\n\n- A) x\n- B) y\n\n**Answer:** A\n\n### Q2.\n\nSecond?\n\n- A) x\n- B) y\n\n**Answer:** B\n';
    const b = '## MCQ\n\n### Q1.\n\nSecond?\n\n- A) x\n- B) y\n\n**Answer:** B\n\n### Q2.\n\nFirst?\n\n- A) x\n- B) y\n\n**Answer:** A\n';
    const ids = (text: string) => Object.fromEntries(parseBank(text, 'x.md').bank.questions.map((q) => [q.prompt, q.id]));
    expect(ids(a)).toEqual(ids(b));
  });
});

describe('other problems', () => {
  it('says when a file has no questions at all', () => {
    expect(parseFixture('bad/empty.md').messages).toEqual([
      'fixtures/bad/empty.md:1:1 error [bank] no questions were found → start each question with a heading such as "### Q1." under a section "## MCQ", "## MSQ", "## NAT" or "## Concept questions" (see content/README.md)',
    ]);
  });

  it('reports YAML that does not parse at its line', () => {
    const { issues } = parseBank('---\ntitle: [unclosed\n---\n\n## MCQ\n\n### Q1.\n\nQ?\n\n- A) a\n- B) b\n\n**Answer:** A\n', 'y.md');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'y.md', field: 'frontmatter', severity: 'error' });
    expect(issues[0]!.message).toMatch(/^frontmatter is not valid YAML/);
  });

  it('warns about unknown frontmatter keys but keeps the bank', () => {
    const { bank, issues } = parseBank('---\ntitel: Oops\n---\n\n## NAT\n\n### Q1.\n\nHow many?\n\n**Answer:** 3\n', 'z.md');
    expect(issues.map((i) => [i.severity, i.message])).toEqual([['warning', 'frontmatter key "titel" is not used']]);
    expect(bank.questions).toHaveLength(1);
  });

  it('refuses a unit that contradicts **Unit:**', () => {
    const { issues } = parseBank('## NAT\n\n### Q1.\n\nHow long?\n\n**Unit:** s\n\n**Answer:** 4000 ms\n', 'u.md');
    expect(issues.map((i) => i.message)).toEqual(['**Unit:** says "s" but the answer is written in "ms"']);
  });

  it('refuses a range that does not contain the answer', () => {
    const { issues } = parseBank('## NAT\n\n### Q1.\n\nRatio?\n\n**Range:** 6 to 7\n\n**Answer:** 5.71\n', 'r.md');
    expect(issues.map((i) => `${i.line} ${i.message}`)).toEqual(['7 the range 6 to 7 does not contain the answer 5.71']);
  });
});

describe('headings that are questions', () => {
  it('reads five-digit labels and any heading with an explicit id', () => {
    const { bank, issues } = parseBank('## MCQ\n\n### Q10000.\n\nFirst?\n\n- A) x\n- B) y\n\n**Answer:** A\n\n### Part two {#part-two}\n\nSecond?\n\n- A) x\n- B) y\n\n**Answer:** B\n', 'h.md');
    expect(issues).toEqual([]);
    expect(bank.questions.map((q) => [q.label, q.id])).toEqual([
      ['MCQ Q10000', expect.stringMatching(/^first-/) as string],
      ['MCQ Part two', 'part-two'],
    ]);
  });

  it('warns about an answer that belongs to no question instead of dropping it silently', () => {
    const { issues } = parseBank('## MCQ\n\n### Q1.\n\nOne?\n\n- A) x\n- B) y\n\n**Answer:** A\n\n## Part two\n\nWhich?\n\n- A) x\n- B) y\n\n**Answer:** A\n', 's.md');
    expect(issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [19, 'warning', 'this answer belongs to no question (the heading above it, "Part two", is not read as a question), so it was skipped'],
    ]);
  });
});
