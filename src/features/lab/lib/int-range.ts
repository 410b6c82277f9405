/**
 * The integer grid of an N-bit weight.
 *
 * - symmetric (TFLite weights, "narrow range"): [−(2^(N−1) − 1), 2^(N−1) − 1], so int8 → [−127, 127].
 *   Dropping −128 keeps the grid symmetric about zero, which lets kernels skip the zero point.
 * - asymmetric (TFLite activations): the full signed range [−2^(N−1), 2^(N−1) − 1], int8 → [−128, 127].
 *   (uint8 [0, 255] is the same grid shifted by 128; `affineParams` takes any range.)
 *
 * Valid for 2 ≤ N ≤ 16 (2-bit symmetric has just the levels −1, 0, 1).
 */
import type { Scheme } from './config.ts';

export interface IntRange {
  qmin: number;
  qmax: number;
}

export function intRange(bits: number, scheme: Scheme): IntRange {
  const half = 2 ** (bits - 1);
  return scheme === 'symmetric' ? { qmin: -(half - 1), qmax: half - 1 } : { qmin: -half, qmax: half - 1 };
}

/** Number of distinct levels of the grid: 2^N − 1 symmetric, 2^N asymmetric. */
export const levelCount = (r: IntRange): number => r.qmax - r.qmin + 1;
