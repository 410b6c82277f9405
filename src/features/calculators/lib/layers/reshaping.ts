/** Layers that move or drop numbers without learning any: pooling, flatten, reshape, dropout. */
import { convOutputLength, windowTooLarge } from '../conv-geometry.ts';
import type { LayerOf } from '../layer-config.ts';
import { analysis, fail, needRank, product, shapeText, type LayerResult } from '../layer-analysis.ts';

/**
 * Max or average pooling over [H, W, C] with window poolSize and strides (default = poolSize).
 *   H' = convOutputLength(H, ph, padding, sh), params = 0, MACs = 0 (comparisons and adds, not MACs).
 */
export function pooling2d(c: LayerOf<'maxPooling2d'> | LayerOf<'averagePooling2d'>, input: readonly number[]): LayerResult {
  const rank = needRank(c.type, input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  const [h, w, ch] = input as [number, number, number];
  const strides = c.strides ?? c.poolSize;
  const oh = convOutputLength(h, c.poolSize[0], c.padding, strides[0]);
  const ow = convOutputLength(w, c.poolSize[1], c.padding, strides[1]);
  if (oh <= 0) return fail(windowTooLarge('poolSize', 'height', c.poolSize[0], h));
  if (ow <= 0) return fail(windowTooLarge('poolSize', 'width', c.poolSize[1], w));
  return analysis({ outputShape: [oh, ow, ch], trainable: 0, nonTrainable: 0, biases: 0, macs: 0, paramsTex: '0', macsTex: '0' });
}

/** GlobalAveragePooling2D: [H, W, C] → [C]; params 0, MACs 0. */
export function globalAveragePooling2d(_c: LayerOf<'globalAveragePooling2d'>, input: readonly number[]): LayerResult {
  const rank = needRank('globalAveragePooling2d', input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  return analysis({ outputShape: [input[2]!], trainable: 0, nonTrainable: 0, biases: 0, macs: 0, paramsTex: '0', macsTex: '0' });
}

/** Flatten: [..] → [∏ sizes]. A view of the same buffer. */
export function flatten(_c: LayerOf<'flatten'>, input: readonly number[]): LayerResult {
  return analysis({ outputShape: [product(input)], trainable: 0, nonTrainable: 0, biases: 0, macs: 0, inPlace: true, paramsTex: '0', macsTex: '0' });
}

/** Reshape to targetShape; the element count must not change. A view of the same buffer. */
export function reshape(c: LayerOf<'reshape'>, input: readonly number[]): LayerResult {
  const from = product(input);
  const to = product(c.targetShape);
  if (from !== to) {
    return fail(`reshape cannot turn ${shapeText(input)} (${from.toLocaleString('en-US')} values) into ${shapeText(c.targetShape)} (${to.toLocaleString('en-US')} values): the counts must match`);
  }
  return analysis({ outputShape: [...c.targetShape], trainable: 0, nonTrainable: 0, biases: 0, macs: 0, inPlace: true, paramsTex: '0', macsTex: '0' });
}

/** Dropout: identity at inference (converters remove it). */
export function dropout(_c: LayerOf<'dropout'>, input: readonly number[]): LayerResult {
  return analysis({ outputShape: [...input], trainable: 0, nonTrainable: 0, biases: 0, macs: 0, inPlace: true, paramsTex: '0', macsTex: '0' });
}
