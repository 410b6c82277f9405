// Grading every question type, NAT tolerance and units, and the slip diagnosis.
import { describe, expect, it } from 'vitest';
import { diagnoseSlip, grade } from '../../../src/study/engine/grade';
import { convert, parseUnit } from '../../../src/study/engine/units';
import { q } from '../../helpers/questions';

const nat = (id: string, raw: string) => grade(q(id, 'nat'), { type: 'nat', raw });
const choice = (id: string, ...keys: string[]) => grade(q(id), { type: 'choice', keys });

describe('choice questions', () => {
  it('MCQ: right, wrong, blank', () => {
    expect(choice('m-arena', 'B')).toEqual({ status: 'correct', correct: true });
    expect(choice('m-arena', 'A')).toEqual({ status: 'wrong', correct: false });
    expect(choice('m-arena')).toEqual({ status: 'blank', correct: false });
    expect(grade(q('m-arena'), undefined).status).toBe('blank');
  });

  it('MSQ is all-or-nothing and says what was missed or extra', () => {
    expect(choice('s-speed', 'C', 'A')).toEqual({ status: 'correct', correct: true });
    expect(choice('s-speed', 'A')).toEqual({ status: 'wrong', correct: false, missed: ['C'], extra: [] });
    expect(choice('s-speed', 'A', 'C', 'D')).toEqual({ status: 'wrong', correct: false, missed: [], extra: ['D'] });
  });
});

describe('numeric answers', () => {
  it('accept the range the bank sets', () => {
    expect(nat('n-ratio', '5.71').status).toBe('correct');
    expect(nat('n-ratio', '5.714').status).toBe('correct');
    expect(nat('n-ratio', '5.72').status).toBe('wrong');
    expect(nat('n-bytes', '128.5').status).toBe('correct'); // within 0.5 %
    expect(nat('n-bytes', '129').status).toBe('wrong');
  });

  it('read commas, scientific notation and units, converting to the question unit', () => {
    expect(nat('n-macs', '100,352')).toMatchObject({ status: 'correct', value: 100352 });
    expect(nat('n-macs', '1.00352e5').status).toBe('correct');
    expect(nat('n-macs', '200,704 FLOPs')).toMatchObject({ status: 'correct', value: 100352 });
    expect(nat('n-macs', '0.100352 MMACs').status).toBe('correct');
    expect(nat('n-latency', '4 s')).toMatchObject({ status: 'correct', value: 4000 });
    expect(nat('n-latency', '4,000,000 µs').status).toBe('correct');
    expect(nat('n-bytes', '128,000 B').status).toBe('correct');
    expect(nat('n-bytes', '1,024,000 bits').status).toBe('correct');
    expect(nat('n-ratio', '5.71×').status).toBe('correct');
  });

  it('refuses what cannot be read, without grading it', () => {
    expect(nat('n-latency', 'four seconds')).toMatchObject({ status: 'invalid' });
    expect(nat('n-latency', '4 kg')).toEqual({ status: 'invalid', correct: false, message: '"kg" is not a unit TinyPrep knows; answer in ms' });
    expect(nat('n-latency', '4 KB')).toEqual({ status: 'invalid', correct: false, message: 'KB is an amount of data, but the answer is a time (ms)' });
    expect(nat('n-latency', '  ')).toEqual({ status: 'blank', correct: false });
  });

  it('names the likely slip', () => {
    expect(nat('n-bytes', '1024')).toMatchObject({ status: 'wrong', slip: 'off by exactly 8: bits vs bytes?' });
    expect(nat('n-macs', '200,704')).toMatchObject({ slip: '×2: MACs vs FLOPs (a multiply-accumulate is two operations)?' });
    expect(nat('n-latency', '4')).toMatchObject({ slip: '×1000: a unit prefix (ms vs s, K vs M)?' });
    expect(nat('n-bytes', '131.072')).toMatchObject({ slip: '×1.024: KiB vs KB?' });
    expect(nat('n-ratio', '571')).toMatchObject({ slip: '×100: a percentage vs a fraction?' });
    expect(nat('n-ratio', '57.1')).toMatchObject({ slip: '×10: a misplaced decimal point?' });
    expect(nat('n-ratio', '-5.71')).toMatchObject({ slip: 'the sign is flipped' });
    expect(nat('n-ratio', '5.7')).toMatchObject({ slip: 'close: check your rounding (2 decimals expected)' });
    expect(diagnoseSlip(12345, q('n-ratio', 'nat'))).toBeUndefined();
  });
});

describe('open questions', () => {
  it('are self-graded with the share of key points covered', () => {
    expect(grade(q('o-why'), { type: 'open', text: 'smaller', covered: [0, 2] })).toEqual({ status: 'self', correct: null, coveredShare: 0.5 });
    expect(grade(q('o-why'), { type: 'open', text: '', covered: [0, 0, 9] })).toMatchObject({ coveredShare: 0.25 });
  });
});

describe('units', () => {
  it('convert across prefixes, binary prefixes, bits and compound units', () => {
    expect(convert(2, 'KiB', 'B')).toEqual({ ok: true, value: 2048 });
    expect(convert(1, 'MB', 'KB')).toEqual({ ok: true, value: 1000 });
    expect(convert(8, 'bits', 'B')).toEqual({ ok: true, value: 1 });
    expect(convert(25, 'MFLOP/s', 'MACs/s')).toEqual({ ok: true, value: 12_500_000 });
    expect(convert(1, 'h', 'min')).toEqual({ ok: true, value: 60 });
    expect(convert(3.2, 'M', 'parameters')).toEqual({ ok: true, value: 3_200_000 });
    expect(convert(72.7, '%', undefined)).toEqual({ ok: true, value: 0.727 });
    expect(convert(3, 'ms', 'hours').ok).toBe(true);
    expect(parseUnit('TB/day')).toEqual({ dims: { data: 1, time: -1 }, factor: 1e12 / 86_400 });
    expect(parseUnit('furlongs')).toBeNull();
  });
});
