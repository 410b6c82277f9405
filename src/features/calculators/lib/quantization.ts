/**
 * Uniform (affine) quantization as TensorFlow Lite defines it: real = scale · (q − zero_point).
 * Weights are symmetric (zero point 0, levels ±(2^(b−1) − 1)); activations are asymmetric over the
 * full integer range.
 */
import { fail, ok, type Checked } from './checked.ts';

/** Round half away from zero, as TFLite does (Math.round sends −2.5 to −2). */
export const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

/** Integer range of b bits: signed [−2^(b−1), 2^(b−1) − 1] or unsigned [0, 2^b − 1]. */
export function intRange(bits: number, signed: boolean): { qmin: number; qmax: number } {
  return signed ? { qmin: -(2 ** (bits - 1)), qmax: 2 ** (bits - 1) - 1 } : { qmin: 0, qmax: 2 ** bits - 1 };
}

/**
 * Symmetric scale for values in [−m, m]: s = m / (2^(b−1) − 1), zero point 0.
 * Example: m = 0.5, 8 bits → 0.5 / 127 ≈ 0.003937. Range: m > 0, b in [2, 32].
 */
export const symmetricScale = (maxAbs: number, bits = 8): number => maxAbs / (2 ** (bits - 1) - 1);

/**
 * Asymmetric parameters for values in [min, max] over all 2^b levels.
 *   the range is first widened to contain 0 (so that 0 is exact: padding and ReLU need it)
 *   s  = (max − min) / (2^b − 1)
 *   zp = qmin − round(min / s), clamped to [qmin, qmax]
 * Example: [−1, 3], uint8 → s = 4/255 ≈ 0.01569, zp = 0 − round(−63.75) = 64.
 */
export function affineParams(min: number, max: number, bits = 8, signed = false): { scale: number; zeroPoint: number; qmin: number; qmax: number } {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  const { qmin, qmax } = intRange(bits, signed);
  const scale = (hi - lo) / (qmax - qmin);
  const zeroPoint = Math.min(qmax, Math.max(qmin, qmin - roundHalfAway(lo / scale)));
  return { scale, zeroPoint, qmin, qmax };
}

/** q = clamp(round(x / s) + zp, qmin, qmax). */
export const quantize = (x: number, scale: number, zeroPoint: number, qmin: number, qmax: number): number =>
  Math.min(qmax, Math.max(qmin, roundHalfAway(x / scale) + zeroPoint));

/** x̂ = s · (q − zp). */
export const dequantize = (q: number, scale: number, zeroPoint: number): number => scale * (q - zeroPoint);

/** Signal-to-quantization-noise ratio of a full-scale sine at b bits: 6.02 · b + 1.76 dB. */
export const sqnrDb = (bits: number): number => 6.02 * bits + 1.76;

export type QuantScheme = 'symmetric' | 'asymmetric';

export interface QuantInput {
  min: number;
  max: number;
  bits: number;
  scheme: QuantScheme;
  /** Asymmetric only: int (true) or uint (false). Symmetric is always signed. */
  signed: boolean;
  /** A value to quantize and bring back. */
  x: number;
}

export interface QuantResult {
  scale: number;
  zeroPoint: number;
  qmin: number;
  qmax: number;
  q: number;
  dequantized: number;
  error: number;
  /** Largest rounding error inside the range: s / 2. */
  maxError: number;
  /** True when x lies outside [min, max] and was clamped. */
  clipped: boolean;
}

/** The whole quantize → dequantize round trip, with input checks stated as rules. */
export function quantizeValue(c: QuantInput): Checked<QuantResult> {
  if (![c.min, c.max, c.x].every(Number.isFinite)) return fail('min, max and x must be numbers');
  if (!(c.max > c.min)) return fail(`max must be greater than min, got min ${c.min} and max ${c.max}`);
  if (!Number.isInteger(c.bits) || c.bits < 2 || c.bits > 32) return fail(`bits must be a whole number from 2 to 32, got ${c.bits}`);
  let p: { scale: number; zeroPoint: number; qmin: number; qmax: number };
  if (c.scheme === 'symmetric') {
    const m = Math.max(Math.abs(c.min), Math.abs(c.max));
    p = { scale: symmetricScale(m, c.bits), zeroPoint: 0, qmin: -(2 ** (c.bits - 1) - 1), qmax: 2 ** (c.bits - 1) - 1 };
  } else {
    p = affineParams(c.min, c.max, c.bits, c.signed);
  }
  const q = quantize(c.x, p.scale, p.zeroPoint, p.qmin, p.qmax);
  const dequantized = dequantize(q, p.scale, p.zeroPoint);
  const lo = p.scale * (p.qmin - p.zeroPoint);
  const hi = p.scale * (p.qmax - p.zeroPoint);
  return ok({ ...p, q, dequantized, error: Math.abs(c.x - dequantized), maxError: p.scale / 2, clipped: c.x < lo - p.scale / 2 || c.x > hi + p.scale / 2 });
}
