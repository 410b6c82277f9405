/** Dense and Embedding: the two layers whose parameters are one matrix. */
import type { LayerOf } from '../layer-config.ts';
import { analysis, fail, product, texInt, type LayerResult } from '../layer-analysis.ts';

/**
 * Dense on the last axis of its input [..., d] → [..., units].
 *   params = d · units + units (bias)          MACs = (positions) · d · units, positions = ∏ leading axes
 * Bias additions are not counted as MACs.
 */
export function dense(c: LayerOf<'dense'>, input: readonly number[]): LayerResult {
  const d = input[input.length - 1];
  if (d === undefined) return fail('dense needs an input with at least one axis');
  const positions = product(input.slice(0, -1));
  const kernel = d * c.units;
  const bias = c.useBias ? c.units : 0;
  const pos = positions > 1 ? `${texInt(positions)} \\cdot ` : '';
  return analysis({
    outputShape: [...input.slice(0, -1), c.units],
    trainable: kernel + bias,
    nonTrainable: 0,
    biases: bias,
    macs: positions * kernel,
    paramsTex: `${texInt(d)} \\cdot ${texInt(c.units)}${c.useBias ? ` + ${texInt(c.units)}` : ''}`,
    macsTex: `${pos}${texInt(d)} \\cdot ${texInt(c.units)}`,
  });
}

/**
 * Embedding: a lookup table, input [..., T] of integer ids → [..., T, outputDim].
 *   params = inputDim · outputDim (no bias)     MACs = 0 (a lookup, not arithmetic)
 */
export function embedding(c: LayerOf<'embedding'>, input: readonly number[]): LayerResult {
  return analysis({
    outputShape: [...input, c.outputDim],
    trainable: c.inputDim * c.outputDim,
    nonTrainable: 0,
    biases: 0,
    macs: 0,
    paramsTex: `${texInt(c.inputDim)} \\cdot ${texInt(c.outputDim)}`,
    macsTex: '0',
  });
}
