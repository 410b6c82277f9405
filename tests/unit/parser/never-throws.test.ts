// Property: for any text, and any mutation of a valid bank, the parser returns a bank or issues — it never throws,
// and every issue points at a real place in the file. 10,000 runs in all: 3,000 random strings, 7,000 mutated banks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueSchema } from '../../../src/content-model/issue';
import { parseBank } from '../../../src/content-model/parse-bank';
import { BankSchema } from '../../../src/content-model/schema';
import { readFixture } from '../../helpers/fixtures';

const seeds = [readFixture('exam-style.md'), readFixture('qa-style.md'), readFixture('bad/broken-bank.md')];

/** Edits that break banks the way people do: cut, duplicate, swap and inject lines of bank syntax. */
const snippets = ['**Answer:** ', '## MCQ', '## NAT', '### Q9.', '- A) ', 'D) ', '---', '$$', '```', '{#', '**Tolerance:** ', '> ', '\n', '\t', '1. ', '# '];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.nat(400) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 40 })) }),
  fc.record({ kind: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(text: string, m: Mutation): string {
  if (m.kind === 'cut') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + m.len);
  }
  if (m.kind === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.text + text.slice(at);
  }
  const lines = text.split('\n');
  if (m.kind === 'dupLine') {
    const i = m.at % lines.length;
    lines.splice(i, 0, lines[i]!);
  } else {
    const a = m.a % lines.length;
    const b = m.b % lines.length;
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
  }
  return lines.join('\n');
}

function checkResult(text: string) {
  const result = parseBank(text, 'fuzz.md');
  expect(BankSchema.safeParse(result.bank).success).toBe(true);
  const lineCount = text.replace(/\r\n?/g, '\n').split('\n').length;
  for (const issue of result.issues) {
    expect(IssueSchema.safeParse(issue).success).toBe(true);
    expect(issue.file).toBe('fuzz.md');
    expect(issue.line).toBeLessThanOrEqual(lineCount);
  }
}

describe('the parser never throws', () => {
  it('on arbitrary strings', { timeout: 300_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => checkResult(s)), { numRuns: 3000 });
  });

  it('on mutations of valid and broken banks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), (seed, ms) => checkResult(ms.reduce(apply, seed))),
      { numRuns: 7000 },
    );
  }, 300_000);

  it('on values that are not strings at all', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown[]) {
      const r = parseBank(v as string, 'odd.md');
      expect(r.bank.questions).toEqual([]);
    }
  });
});
