/**
 * Grading an answer against a question. Pure: the same question and answer always give the same result.
 * Numeric answers are read as people type them ("3,211,392", "4 s", "2.5e-3") and, when wrong,
 * the likely slip is named (bits vs bytes, MACs vs FLOPs, a unit prefix, …).
 */
import { parseWrittenNumber } from '@/content-model/answers';
import type { NatQuestion, Question } from '@/content-model/schema';
import type { Answer } from '../schema';
import { convert } from './units';

export type GradeResult =
  /** Nothing was given. */
  | { status: 'blank'; correct: false }
  /** The answer cannot be read (NAT); nothing is graded and the learner can fix it. */
  | { status: 'invalid'; correct: false; message: string }
  | { status: 'correct'; correct: true; value?: number }
  | { status: 'wrong'; correct: false; value?: number; slip?: string; missed?: string[]; extra?: string[] }
  /** Open questions are graded by the learner. */
  | { status: 'self'; correct: null; coveredShare: number };

/** Multiplying an answer by one of these would make it right: the mistake it most likely is. */
const SLIPS: [factor: number, message: string][] = [
  [8, 'off by exactly 8: bits vs bytes?'],
  [2, '×2: MACs vs FLOPs (a multiply-accumulate is two operations)?'],
  [4, '×4: bytes per float32 parameter?'],
  [1000, '×1000: a unit prefix (ms vs s, K vs M)?'],
  [1e6, '×1,000,000: two unit prefixes apart?'],
  [1024, '×1024: KiB vs KB (or MiB vs MB)?'],
  [1.024, '×1.024: KiB vs KB?'],
  [1.048576, '×1.048576: MiB vs MB?'],
  [100, '×100: a percentage vs a fraction?'],
  [10, '×10: a misplaced decimal point?'],
];

/** Why a numeric answer is wrong, when a single well-known factor explains it. */
export function diagnoseSlip(value: number, q: NatQuestion): string | undefined {
  const { min, max, value: target } = q.answer;
  const inRange = (v: number) => v >= min - 1e-12 * Math.abs(min) && v <= max + 1e-12 * Math.abs(max);
  if (value !== 0 && inRange(-value)) return 'the sign is flipped';
  for (const [factor, message] of SLIPS) {
    if (inRange(value / factor) || inRange(value * factor)) return message;
  }
  const halfWidth = Math.max((max - min) / 2, Math.abs(target) * 1e-9);
  if (Math.abs(value - target) <= 20 * halfWidth || (target !== 0 && Math.abs(value / target - 1) < 0.02)) {
    const p = q.answer.precision;
    const asked = p.kind === 'decimals' ? ` (${p.decimals} decimal${p.decimals === 1 ? '' : 's'} expected)` : '';
    return `close: check your rounding${asked}`;
  }
  return undefined;
}

/** A NAT answer as typed → a value in the question's unit, or why it cannot be read. */
export function readNumericAnswer(raw: string, q: NatQuestion): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseWrittenNumber(raw);
  if (!parsed.ok) return { ok: false, message: `${parsed.message}; ${parsed.hint.replace(/^write the value in digits, e\.g\. \*\*Answer:\*\* /, 'type digits, e.g. ')}` };
  const converted = convert(parsed.value.value, parsed.value.unit, q.answer.unit);
  return converted.ok ? { ok: true, value: converted.value } : { ok: false, message: converted.message };
}

export function grade(q: Question, answer: Answer | undefined): GradeResult {
  if (q.type === 'open') {
    const covered = answer?.type === 'open' ? new Set(answer.covered.filter((i) => i < q.keyPoints.length)).size : 0;
    return { status: 'self', correct: null, coveredShare: q.keyPoints.length ? covered / q.keyPoints.length : 0 };
  }
  if (q.type === 'nat') {
    if (answer?.type !== 'nat' || answer.raw.trim() === '') return { status: 'blank', correct: false };
    const read = readNumericAnswer(answer.raw, q);
    if (!read.ok) return { status: 'invalid', correct: false, message: read.message };
    const v = read.value;
    const eps = 1e-9 * Math.max(Math.abs(q.answer.min), Math.abs(q.answer.max), 1e-300);
    if (v >= q.answer.min - eps && v <= q.answer.max + eps) return { status: 'correct', correct: true, value: v };
    const slip = diagnoseSlip(v, q);
    return { status: 'wrong', correct: false, value: v, ...(slip ? { slip } : {}) };
  }
  if (answer?.type !== 'choice' || answer.keys.length === 0) return { status: 'blank', correct: false };
  const chosen = new Set(answer.keys);
  const right = new Set(q.answer);
  const missed = q.answer.filter((k) => !chosen.has(k));
  const extra = [...chosen].filter((k) => !right.has(k)).sort();
  if (missed.length === 0 && extra.length === 0) return { status: 'correct', correct: true };
  return { status: 'wrong', correct: false, ...(q.type === 'msq' ? { missed, extra } : {}) };
}
