// The bank checker as an author runs it: `npm run bank -- check|json …`.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const bank = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bank.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run bank', () => {
  it('check: prints every problem as file:line and exits 1', () => {
    const r = bank('check', 'tests/fixtures/bad/broken-bank.md');
    expect(r.code).toBe(1);
    expect(r.out).toContain('tests/fixtures/bad/broken-bank.md:17:1 error [MCQ Q1 · answer] MCQ Q1 has an Answer of E but only options A–D');
    expect(r.out).toContain('tests/fixtures/bad/broken-bank.md:49:1 error [NAT Q1 · answer] NAT answer "about five" is not a number');
    expect(r.out.trim().split('\n').at(-1)).toBe('1 bank, 2 questions: 8 errors, 0 warnings');
  });

  it('check: a folder of good banks exits 0', () => {
    const r = bank('check', 'tests/fixtures/exam-style.md', 'tests/fixtures/qa-style.md');
    expect(r.out.trim()).toBe('2 banks, 13 questions: 0 errors, 0 warnings');
    expect(r.code).toBe(0);
  });

  it('check --strict applies the bundled-bank rules', () => {
    const r = bank('check', '--strict', 'tests/fixtures/exam-style.md');
    expect(r.code).toBe(1);
    expect(r.out).toContain('MCQ Q1 has no explicit id');
  });

  it('json: prints ids, types, options, answers and prompts', () => {
    const r = bank('json', 'tests/fixtures/exam-style.md');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { questions: Record<string, unknown>[] };
    expect(parsed.questions).toHaveLength(8);
    const [mcq, , , msq, , nat1, nat2, nat3] = parsed.questions;
    expect(mcq).toMatchObject({ type: 'mcq', answer: ['B'], options: [{ key: 'A' }, { key: 'B' }, { key: 'C' }, { key: 'D' }] });
    expect(typeof mcq!.id).toBe('string');
    expect(typeof mcq!.prompt).toBe('string');
    expect(msq).toMatchObject({ type: 'msq', answer: ['A', 'B'] });
    expect(nat1).toMatchObject({ type: 'nat', answer: { value: 4000, min: 3999.5, max: 4000.5, unit: 'ms' } });
    expect(nat2).toMatchObject({ answer: { value: 5.71, display: 'CR = 5.71' } });
    expect(nat3).toMatchObject({ answer: { value: 3211392, display: '3,211,392' } });
  });

  it('explains its usage when called wrongly', () => {
    const r = bank('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: npm run bank -- check');
    expect(bank('check', 'no/such/file.md').err).toContain('not found: no/such/file.md');
  });
});
