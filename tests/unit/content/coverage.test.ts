// The bundled banks meet the content targets, and the coverage table in content/README.md names real questions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBanks } from '../../../scripts/read-banks';

const { results } = readBanks(['content'], process.cwd(), true);
const questions = results.flatMap((r) => r.bank.questions);
const rubrics = new Set(results.flatMap((r) => r.bank.rubrics.map((x) => x.id)));
const count = (pred: (q: (typeof questions)[number]) => boolean) => questions.filter(pred).length;

describe('content targets', () => {
  it('has at least 120 MCQ, 60 MSQ, 60 NAT, 50 system-design questions and 400 in all', () => {
    expect(count((q) => q.type === 'mcq')).toBeGreaterThanOrEqual(120);
    expect(count((q) => q.type === 'msq')).toBeGreaterThanOrEqual(60);
    expect(count((q) => q.type === 'nat')).toBeGreaterThanOrEqual(60);
    expect(count((q) => q.type === 'open' && q.kind === 'design')).toBeGreaterThanOrEqual(50);
    expect(questions.length).toBeGreaterThanOrEqual(400);
  });

  it('gives every NAT question a unit or an explicit "none", and every open question key points', () => {
    expect(questions.filter((q) => q.type === 'open' && q.keyPoints.length < 3).map((q) => q.id)).toEqual([]);
    expect(questions.filter((q) => q.type === 'nat' && !q.explanation).map((q) => q.id)).toEqual([]);
  });

  it('spreads the correct option over the letters (no "always B")', () => {
    const firsts = questions.flatMap((q) => (q.type === 'mcq' ? q.answer : []));
    const share = (k: string) => firsts.filter((a) => a === k).length / firsts.length;
    for (const k of ['A', 'B', 'C', 'D']) expect(share(k)).toBeGreaterThan(0.12);
  });

  it('covers every id and rubric named in the coverage table', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Coverage of the source documents'));
    const ids = [...table.matchAll(/`([a-z0-9][a-z0-9._-]+)`/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(200);
    const known = new Set(questions.map((q) => q.id));
    expect(ids.filter((id) => !known.has(id) && !rubrics.has(id))).toEqual([]);
  });
});
