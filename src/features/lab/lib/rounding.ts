/**
 * The two rounding rules the lab compares. They differ only on exact halves (x.5), which
 * quantization meets more often than one might think: 0.5/scale lands on a tie whenever a weight
 * sits exactly between two levels.
 */
import type { Rounding } from './config.ts';

/** Round half to even (banker's rounding), as `tf.round` and IEEE `roundeven` do: 0.5 → 0, 1.5 → 2, −2.5 → −2. */
export function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  // v − floor(v) is exact for |v| < 2^52, so the tie test is exact too.
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Round half away from zero, as C's `round` (and so TFLite's quantizer): 0.5 → 1, −2.5 → −3.
 * Written with trunc rather than floor(|v| + 0.5): that sum rounds up 0.49999999999999994 to 1.
 */
export function roundHalfAway(v: number): number {
  const t = Math.trunc(v);
  return Math.abs(v - t) >= 0.5 ? t + Math.sign(v) : t;
}

export const rounder = (mode: Rounding): ((v: number) => number) => (mode === 'half-even' ? roundHalfEven : roundHalfAway);
