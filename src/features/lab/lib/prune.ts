/**
 * Magnitude pruning: the smallest |w| are set to zero before quantizing. Zero is always on the
 * grid (symmetric: q = 0; affine: q = zeroPoint), so pruned weights stay exactly zero.
 */

export interface Pruned {
  values: Float32Array;
  /** How many weights were set to zero by pruning. */
  count: number;
  /** The largest |w| that was pruned (0 when none were). */
  threshold: number;
}

/**
 * Zeroes the floor(sparsity · n) weights of smallest magnitude; ties go to the lower index, so the
 * result is deterministic. The input is left as it was.
 * @param sparsity fraction in [0, 1)
 */
export function magnitudePrune(values: Float32Array, sparsity: number): Pruned {
  const out = Float32Array.from(values);
  const count = Math.floor(Math.min(Math.max(sparsity, 0), 1) * values.length);
  if (count === 0) return { values: out, count: 0, threshold: 0 };
  const order = Array.from(values.keys()).sort((a, b) => Math.abs(values[a]!) - Math.abs(values[b]!) || a - b);
  for (let i = 0; i < count; i++) out[order[i]!] = 0;
  return { values: out, count, threshold: Math.abs(values[order[count - 1]!]!) };
}
