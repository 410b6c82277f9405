/**
 * Recurrent layers on a [timesteps, features] input. Each gate has an input kernel (F × units),
 * a recurrent kernel (units × units) and a bias (units).
 */
import type { LayerOf } from '../layer-config.ts';
import { analysis, fail, needRank, texInt, type LayerResult } from '../layer-analysis.ts';

function gated(
  type: 'simpleRNN' | 'lstm' | 'gru',
  gates: number,
  c: { units: number; returnSequences: boolean; useBias: boolean },
  input: readonly number[],
  extraBias: number,
): LayerResult {
  const rank = needRank(type, input, 2, 'timesteps × features');
  if (rank) return fail(rank);
  const [steps, features] = input as [number, number];
  const u = c.units;
  const kernels = gates * u * (features + u);
  const bias = c.useBias ? gates * u + extraBias : 0;
  const g = gates > 1 ? `${gates} \\cdot ` : '';
  const biasTex = c.useBias ? ` + ${texInt(u)}` : '';
  const paramsTex =
    gates > 1 ? `${gates} \\cdot (${texInt(u)} \\cdot (${texInt(features)} + ${texInt(u)})${biasTex})` : `${texInt(u)} \\cdot (${texInt(features)} + ${texInt(u)})${biasTex}`;
  return analysis({
    outputShape: c.returnSequences ? [steps, u] : [u],
    trainable: kernels + bias,
    nonTrainable: 0,
    biases: bias,
    macs: steps * kernels,
    paramsTex: extraBias && c.useBias ? `${paramsTex} + ${texInt(extraBias)}` : paramsTex,
    macsTex: `${texInt(steps)} \\cdot ${g}${texInt(u)} \\cdot (${texInt(features)} + ${texInt(u)})`,
  });
}

/**
 * SimpleRNN: params = units · (F + units) + units;  MACs = T · units · (F + units).
 * Output [T, units] with returnSequences, else [units].
 */
export const simpleRNN = (c: LayerOf<'simpleRNN'>, input: readonly number[]): LayerResult => gated('simpleRNN', 1, c, input, 0);

/** LSTM, four gates (input, forget, cell, output): params = 4 · (units · (F + units) + units). */
export const lstm = (c: LayerOf<'lstm'>, input: readonly number[]): LayerResult => gated('lstm', 4, c, input, 0);

/**
 * GRU, three gates (update, reset, candidate).
 *   tfjs (resetAfter false):            params = 3 · (units · (F + units) + units)
 *   Keras reset_after=True (TF2 default): + 3 · units for the second (recurrent) bias
 * MACs are the same for both: T · 3 · units · (F + units).
 */
export const gru = (c: LayerOf<'gru'>, input: readonly number[]): LayerResult => gated('gru', 3, c, input, c.resetAfter ? 3 * c.units : 0);
