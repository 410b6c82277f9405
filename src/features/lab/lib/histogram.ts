/** Counting values into equal-width bins, for the weight histograms. */

export interface Bins {
  /** Left edge of the first bin and right edge of the last, in value units. */
  lo: number;
  hi: number;
  counts: number[];
}

/**
 * Counts `values` into `bins` equal bins over [lo, hi]; values outside go to the end bins.
 * A zero-width range is widened by ±0.5 so a constant tensor still draws.
 * @param bins number of bins, ≥ 1
 */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins: number): Bins {
  const n = Math.max(1, Math.floor(bins));
  let a = lo;
  let b = hi;
  if (!(b > a)) {
    a -= 0.5;
    b += 0.5;
  }
  const counts = new Array<number>(n).fill(0);
  const width = (b - a) / n;
  for (let i = 0; i < values.length; i++) {
    const k = Math.floor((values[i]! - a) / width);
    counts[Math.min(n - 1, Math.max(0, k))]!++;
  }
  return { lo: a, hi: b, counts };
}

/** Smallest and largest value (0, 0 for an empty list). */
export function extent(values: ArrayLike<number>): [number, number] {
  if (values.length === 0) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * One x range for a before/after pair of histograms, so their bins line up: the union of both
 * extents, widened by `padFraction` of its width on each side (0.01 when the width is 0).
 */
export function sharedRange(before: ArrayLike<number>, after: ArrayLike<number>, padFraction: number): { lo: number; hi: number } {
  const [a0, a1] = extent(before);
  const [b0, b1] = extent(after);
  const pad = (Math.max(a1, b1) - Math.min(a0, b0)) * padFraction || 0.01;
  return { lo: Math.min(a0, b0) - pad, hi: Math.max(a1, b1) + pad };
}

/** The values of one channel of a channels-last tensor (element i belongs to channel i mod channels). */
export function channelValues(values: Float32Array, channels: number, channel: number): Float32Array {
  const out = new Float32Array(Math.ceil((values.length - channel) / channels));
  for (let i = channel, j = 0; i < values.length; i += channels, j++) out[j] = values[i]!;
  return out;
}
