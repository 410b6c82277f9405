/**
 * The lab's whole computation for one setting of the controls: prune, quantize and measure every
 * kernel, then sum up the model. Pure and small enough (≈4k weights) to run on every change.
 * Biases stay float: TFLite stores them as int32 with scale s_input·s_weight, which is near lossless.
 */
import type { QuantConfig } from './config.ts';
import { levelCount, type IntRange } from './int-range.ts';
import { type LayerKind, type LayerWeights, outChannels } from './layer-weights.ts';
import { addSums, EMPTY_SUMS, errorSums, metricsFromSums, uniformNoiseSqnrDb, type ErrorMetrics, type ErrorSums } from './metrics.ts';
import { floatBytes, quantizedBytes } from './model-size.ts';
import { magnitudePrune } from './prune.ts';
import type { QParams } from './qparams.ts';
import { quantizeTensor } from './quantize.ts';

export interface LayerQuant {
  name: string;
  kind: LayerKind;
  kernelShape: number[];
  channels: number;
  original: Float32Array;
  /** After pruning, before quantizing. */
  pruned: Float32Array;
  prunedCount: number;
  /** Weights the quantizer turned into exact zeros (pruned ones included). */
  zeroCount: number;
  range: IntRange;
  levels: number;
  params: QParams[];
  q: Int32Array;
  dequantized: Float32Array;
  /** Error of the dequantized weights against the original float ones (pruning included). */
  metrics: ErrorMetrics;
  /** SQNR the uniform-noise model predicts from the scales, dB. */
  predictedSqnrDb: number;
  sizeBytes: number;
  floatBytes: number;
  sums: ErrorSums;
}

export interface ModelQuant {
  config: QuantConfig;
  layers: LayerQuant[];
  metrics: ErrorMetrics;
  predictedSqnrDb: number;
  weights: number;
  sizeBytes: number;
  floatBytes: number;
  /** floatBytes / sizeBytes. */
  compression: number;
}

export function quantizeLayer(layer: LayerWeights, config: QuantConfig): LayerQuant {
  const channels = outChannels(layer);
  const pruned = magnitudePrune(layer.kernel, config.sparsity);
  const t = quantizeTensor(pruned.values, channels, config);
  const sums = errorSums(layer.kernel, t.dequantized);
  let zeroCount = 0;
  let scaleSq = 0;
  for (let i = 0; i < t.dequantized.length; i++) {
    if (t.dequantized[i] === 0) zeroCount++;
    scaleSq += t.params[i % t.params.length]!.scale ** 2;
  }
  const metrics = metricsFromSums(sums);
  return {
    name: layer.name,
    kind: layer.kind,
    kernelShape: layer.kernelShape,
    channels,
    original: layer.kernel,
    pruned: pruned.values,
    prunedCount: pruned.count,
    zeroCount,
    range: t.range,
    levels: levelCount(t.range),
    params: t.params,
    q: t.q,
    dequantized: t.dequantized,
    metrics,
    predictedSqnrDb: uniformNoiseSqnrDb(metrics.signalPower, layer.kernel.length ? scaleSq / layer.kernel.length : 0),
    sizeBytes: quantizedBytes(layer.kernel.length, layer.bias.length, config.bits, t.params.length),
    floatBytes: floatBytes(layer.kernel.length, layer.bias.length),
    sums,
  };
}

export function quantizeModel(layers: readonly LayerWeights[], config: QuantConfig): ModelQuant {
  const qs = layers.map((l) => quantizeLayer(l, config));
  const sums = qs.reduce((acc, l) => addSums(acc, l.sums), EMPTY_SUMS);
  const metrics = metricsFromSums(sums);
  let scaleSq = 0;
  for (const l of qs) for (let i = 0; i < l.q.length; i++) scaleSq += l.params[i % l.params.length]!.scale ** 2;
  const sizeBytes = qs.reduce((n, l) => n + l.sizeBytes, 0);
  const fBytes = qs.reduce((n, l) => n + l.floatBytes, 0);
  return {
    config,
    layers: qs,
    metrics,
    predictedSqnrDb: uniformNoiseSqnrDb(metrics.signalPower, sums.n ? scaleSq / sums.n : 0),
    weights: sums.n,
    sizeBytes,
    floatBytes: fBytes,
    compression: sizeBytes ? fBytes / sizeBytes : 0,
  };
}
