/** Batch and layer normalization over the last (channel) axis. */
import type { LayerOf } from '../layer-config.ts';
import { analysis, product, texInt, type LayerResult } from '../layer-analysis.ts';

/**
 * BatchNormalization over C = last axis: γ (scale) and β (center) are trainable; the moving mean and
 * moving variance are stored but not trained.
 *   trainable = (scale ? C : 0) + (center ? C : 0)     non-trainable = 2 · C     → 4·C by default
 *   MACs = 0: at inference the layer folds into the convolution or dense layer before it
 *   (TFLite and TensorRT do this), so it costs no work of its own.
 */
export function batchNormalization(c: LayerOf<'batchNormalization'>, input: readonly number[]): LayerResult {
  const ch = input[input.length - 1] ?? 1;
  const trainable = (c.scale ? ch : 0) + (c.center ? ch : 0);
  const factors = (c.scale ? 1 : 0) + (c.center ? 1 : 0);
  return analysis({
    outputShape: [...input],
    trainable,
    nonTrainable: 2 * ch,
    biases: 0,
    macs: 0,
    paramsTex: `${factors + 2} \\cdot ${texInt(ch)}`,
    macsTex: '0 \\ (\\text{folded})',
  });
}

/**
 * LayerNormalization over the last axis (size C): γ and β, both trainable.
 *   params = (scale ? C : 0) + (center ? C : 0)
 *   MACs = 2 · n for n elements: one for the sum of squares behind the variance, one for the
 *   scale-and-shift. Unlike batch norm it depends on the input, so it cannot be folded away.
 */
export function layerNormalization(c: LayerOf<'layerNormalization'>, input: readonly number[]): LayerResult {
  const ch = input[input.length - 1] ?? 1;
  const factors = (c.scale ? 1 : 0) + (c.center ? 1 : 0);
  const n = product(input);
  return analysis({
    outputShape: [...input],
    trainable: factors * ch,
    nonTrainable: 0,
    biases: 0,
    macs: 2 * n,
    paramsTex: `${factors} \\cdot ${texInt(ch)}`,
    macsTex: `2 \\cdot ${texInt(n)}`,
  });
}
