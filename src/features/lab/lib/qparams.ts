/**
 * Scale and zero point of an affine quantizer: real = scale · (q − zeroPoint).
 *
 * Scales are rounded to float32, as TFLite stores them and as a float32 kernel (tfjs included)
 * uses them. That choice is what makes this pure path and the tfjs path agree bit for bit.
 */
import type { IntRange } from './int-range.ts';

export interface QParams {
  /** Real units per integer step (> 0), float32. */
  scale: number;
  /** The integer that stands for real 0, inside [qmin, qmax]. */
  zeroPoint: number;
}

/** Used when a tensor or channel is all zeros: any scale maps it exactly, 1 keeps the arithmetic finite. */
const DEGENERATE_SCALE = 1;

/**
 * Symmetric (zero point 0): scale = max|x| / qmax.
 * Example (TFLite int8): weights in [−0.5, 0.3] → scale = 0.5 / 127 ≈ 0.003937.
 * @param absMax largest |x|, ≥ 0
 * @param qmax top of the grid, ≥ 1 (127 for int8)
 */
export function symmetricParams(absMax: number, qmax: number): QParams {
  const scale = Math.fround(absMax / qmax);
  return { scale: scale > 0 && Number.isFinite(scale) ? scale : DEGENERATE_SCALE, zeroPoint: 0 };
}

/**
 * Affine (asymmetric): the range is first widened to contain 0, so that zero (padding, ReLU
 * output, pruned weights) is exactly representable, then
 *   scale = (max − min) / (qmax − qmin),  zeroPoint = clamp(qmin − round(min / scale), qmin, qmax).
 * Example (uint8, qmin 0, qmax 255): [−1, 3] → scale = 4/255, zeroPoint = round(63.75) = 64.
 * @param round the rounding rule, also used for the zero point
 */
export function affineParams(min: number, max: number, range: IntRange, round: (v: number) => number): QParams {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  const raw = Math.fround((hi - lo) / (range.qmax - range.qmin));
  const scale = raw > 0 && Number.isFinite(raw) ? raw : DEGENERATE_SCALE;
  const zp = range.qmin - round(Math.fround(lo / scale));
  return { scale, zeroPoint: Math.min(range.qmax, Math.max(range.qmin, zp)) };
}
