/** Keras MultiHeadAttention as self-attention (query = key = value = the input). */
import type { LayerOf } from '../layer-config.ts';
import { analysis, fail, needRank, texInt, type LayerResult } from '../layer-analysis.ts';

/**
 * Input [T, d], h heads, key size k, value size v (default k), output size o (default d).
 *   params = (d·h·k + h·k) [query] + (d·h·k + h·k) [key] + (d·h·v + h·v) [value] + (h·v·o + o) [output]
 *          = 4·d·h·k + 3·h·k + d with the defaults and biases (Keras's count)
 *   MACs   = T·d·h·(2k + v)      projections of Q, K and V
 *          + T·T·h·k             scores Q·Kᵀ
 *          + T·T·h·v             weighted sum of V
 *          + T·h·v·o             output projection
 * Softmax and the 1/√k scaling are not MACs and are not counted.
 * tfjs-layers has no MultiHeadAttention, so this is checked against the Keras formula, not tfjs.
 */
export function multiHeadAttention(c: LayerOf<'multiHeadAttention'>, input: readonly number[]): LayerResult {
  const rank = needRank('multiHeadAttention', input, 2, 'sequence × features');
  if (rank) return fail(rank);
  const [t, d] = input as [number, number];
  const h = c.numHeads;
  const k = c.keyDim;
  const v = c.valueDim ?? k;
  const o = c.outputShape ?? d;
  const kernels = 2 * d * h * k + d * h * v + h * v * o;
  const bias = c.useBias ? 2 * h * k + h * v + o : 0;
  const macs = t * d * h * (2 * k + v) + t * t * h * k + t * t * h * v + t * h * v * o;
  const [D, H, K, V, O, T] = [d, h, k, v, o, t].map(texInt) as [string, string, string, string, string, string];
  return analysis({
    outputShape: [t, o],
    trainable: kernels + bias,
    nonTrainable: 0,
    biases: bias,
    macs,
    paramsTex: c.useBias
      ? `2(${D} \\cdot ${H} \\cdot ${K} + ${H} \\cdot ${K}) + (${D} \\cdot ${H} \\cdot ${V} + ${H} \\cdot ${V}) + (${H} \\cdot ${V} \\cdot ${O} + ${O})`
      : `2 \\cdot ${D} \\cdot ${H} \\cdot ${K} + ${D} \\cdot ${H} \\cdot ${V} + ${H} \\cdot ${V} \\cdot ${O}`,
    macsTex: `${T} \\cdot ${D} \\cdot ${H} \\cdot (2 \\cdot ${K} + ${V}) + ${T}^2 \\cdot ${H} \\cdot (${K} + ${V}) + ${T} \\cdot ${H} \\cdot ${V} \\cdot ${O}`,
  });
}
