// How written answers are read: option letters, numbers with units, tolerances and ranges.
import { describe, expect, it } from 'vitest';
import { natRange, parseDecimals, parseOptionLetters, parseRange, parseTolerance, parseWrittenNumber } from '../../../src/content-model/answers';
import { parseBank } from '../../../src/content-model/parse-bank';

const letters = (t: string) => {
  const r = parseOptionLetters(t);
  return r.ok ? r.value : r.message;
};
const num = (t: string) => {
  const r = parseWrittenNumber(t);
  return r.ok ? r.value : r.message;
};

describe('option letters', () => {
  it.each([
    ['B', ['B']],
    ['(C)', ['C']],
    ['D)', ['D']],
    ['Option A', ['A']],
    ['A, C', ['A', 'C']],
    ['A, C, D', ['A', 'C', 'D']],
    ['A and D', ['A', 'D']],
    ['A; B', ['A', 'B']],
    ['B) PTQ may introduce errors', ['B']],
    ['A, B. Both hold.', ['A', 'B']],
  ])('%s → %j', (text, expected) => expect(letters(text)).toEqual(expected));

  it('refuses text that names no option', () => {
    expect(letters('the second one')).toBe('the answer "the second one" does not name an option');
    expect(letters('About')).toBe('the answer "About" does not name an option');
  });
});

describe('written numbers', () => {
  it.each([
    ['4000 ms', 4000, 'ms', 0, 1],
    ['CR = 5.71', 5.71, '', 2, 0.01],
    ['3,211,392', 3211392, '', 0, 1],
    ['8,906', 8906, '', 0, 1],
    ['4.2e6 MACs', 4200000, 'MACs', 0, 100000],
    ['4.2 × 10^6 FLOPs', 4200000, 'FLOPs', 0, 100000],
    ['$4.2 \\times 10^{6}$', 4200000, '', 0, 100000],
    ['−3.5 dB', -3.5, 'dB', 1, 0.1],
    ['~761 hours', 761, 'hours', 0, 1],
    ['71.4%', 71.4, '%', 1, 0.1],
    ['.5', 0.5, '', 1, 0.1],
    ['Latency = 4000 ms.', 4000, 'ms', 0, 1],
    ['2.5e-3 s', 0.0025, 's', 4, 0.0001],
  ])('%s → %d %s', (text, value, unit, decimals, step) => {
    expect(num(text)).toEqual({ value, unit, decimals, step: expect.closeTo(step, 12) as number });
  });

  it.each([
    ['about five', '"about five" is not a number'],
    ['5,71', '"5,71" uses a comma that does not group thousands'],
    ['12,34,567', '"12,34,567" uses a comma that does not group thousands'],
    ['4 5', '"4 5" has more than one number'],
    ['', '"" is not a number'],
  ])('refuses %j', (text, message) => expect(num(text)).toBe(message));
});

describe('accepted ranges', () => {
  it('follows the decimals written, an absolute or relative tolerance, or a range', () => {
    expect(natRange(5.71, { kind: 'decimals', decimals: 2 })).toEqual({ min: 5.705, max: 5.715 });
    expect(natRange(4000, { kind: 'absolute', tolerance: 10 })).toEqual({ min: 3990, max: 4010 });
    expect(natRange(200, { kind: 'relative', tolerance: 0.01 })).toEqual({ min: 198, max: 202 });
    expect(natRange(-200, { kind: 'relative', tolerance: 0.01 })).toEqual({ min: -202, max: -198 });
    expect(natRange(5.71, { kind: 'range' }, { min: 5.7, max: 5.72 })).toEqual({ min: 5.7, max: 5.72 });
  });

  it('reads tolerance, decimals and range settings', () => {
    expect(parseTolerance('1%')).toEqual({ ok: true, value: { kind: 'relative', tolerance: 0.01 } });
    expect(parseTolerance('±0.5 ms')).toEqual({ ok: true, value: { kind: 'absolute', tolerance: 0.5 } });
    expect(parseTolerance('150%').ok).toBe(false);
    expect(parseDecimals('2')).toEqual({ ok: true, value: { kind: 'decimals', decimals: 2 } });
    expect(parseDecimals('two').ok).toBe(false);
    expect(parseRange('5.70 to 5.72')).toEqual({ ok: true, value: { min: 5.7, max: 5.72 } });
    expect(parseRange('5.70–5.72')).toEqual({ ok: true, value: { min: 5.7, max: 5.72 } });
    expect(parseRange('7 to 6').ok).toBe(false);
  });

  it('applies them to NAT questions, including "±" in the answer', () => {
    const nat = (settings: string, answer: string) => {
      const { bank, issues } = parseBank(`## NAT\n\n### Q1.\n\nValue?\n\n${settings}\n\n**Answer:** ${answer}\n`, 'n.md');
      const q = bank.questions[0];
      if (q?.type !== 'nat') throw new Error(issues.map((i) => i.message).join('; '));
      return q.answer;
    };
    expect(nat('**Tolerance:** 1%', '200 ms')).toMatchObject({ min: 198, max: 202, unit: 'ms', precision: { kind: 'relative', tolerance: 0.01 } });
    expect(nat('**Decimals:** 1', '3.33')).toMatchObject({ min: 3.28, max: 3.38 });
    expect(nat('**Unit:** KB', '512')).toMatchObject({ value: 512, unit: 'KB' });
    expect(nat('**Unit:** none', '0.0063')).toMatchObject({ value: 0.0063, min: 0.00625, max: 0.00635 });
    expect(nat('', '4000 ± 10 ms')).toMatchObject({ min: 3990, max: 4010, unit: 'ms' });
    expect(nat('', '4.2e6 MACs')).toMatchObject({ min: 4150000, max: 4250000, unit: 'MACs' });
  });
});
