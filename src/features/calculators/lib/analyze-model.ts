/**
 * A sequential model, layer by layer: shapes flow from the input through each layer, and the
 * totals add up parameters, work and the activation memory a tensor arena must hold.
 *
 * The counts equal tfjs `model.countParams()` (tests/unit/calculators/tfjs-agreement.test.ts
 * builds random stacks in tfjs and compares every layer).
 */
import { analyzeLayer } from './analyze-layer.ts';
import type { LayerConfig, ModelSpec } from './layer-config.ts';
import { product, shapeText, type LayerAnalysis } from './layer-analysis.ts';

export interface LayerRow extends LayerAnalysis {
  /** 0-based position in the stack. */
  index: number;
  config: LayerConfig;
  inputShape: number[];
  /** trainable + non-trainable */
  params: number;
  /** 2 · macs */
  flops: number;
  inputElements: number;
  outputElements: number;
  /** Values alive while this layer runs: input + output, or the input alone for an in-place layer. */
  liveElements: number;
}

export interface ModelTotals {
  params: number;
  trainable: number;
  nonTrainable: number;
  biases: number;
  macs: number;
  flops: number;
  /** The largest input+output pair over the layers, in values: the activation part of a tensor arena. */
  peakLiveElements: number;
  /** Index of the layer where the peak occurs (-1 for an empty stack: the input alone). */
  peakLayer: number;
  outputShape: number[];
}

export interface ModelAnalysis {
  layers: LayerRow[];
  totals: ModelTotals;
  /** The first layer that could not be computed, and why; later layers are left out. */
  error?: { layer: number; message: string };
}

/**
 * Analyses every layer in order.
 *   params = Σ (trainable + non-trainable)        FLOPs = 2 · Σ MACs
 *   peak activations = max over layers of (input + output) values, counting in-place layers
 *   (flatten, reshape, dropout) once, since a planner like TFLite Micro's aliases or removes them.
 * This is a chain estimate: skip connections would keep more tensors alive, and kernels need
 * scratch buffers on top.
 */
export function analyzeModel(spec: ModelSpec): ModelAnalysis {
  const layers: LayerRow[] = [];
  let shape = [...spec.inputShape];
  let error: ModelAnalysis['error'];
  for (let i = 0; i < spec.layers.length; i++) {
    const config = spec.layers[i]!;
    const result = analyzeLayer(config, shape);
    if (!result.ok) {
      error = { layer: i, message: `layer ${i + 1} (${config.type}) on input ${shapeText(shape)}: ${result.error}` };
      break;
    }
    const a = result.value;
    const inputElements = product(shape);
    const outputElements = product(a.outputShape);
    const params = a.trainable + a.nonTrainable;
    if (![params, a.macs, outputElements].every(Number.isSafeInteger)) {
      error = { layer: i, message: `layer ${i + 1} (${config.type}) is too large to count exactly: its numbers pass 2^53` };
      break;
    }
    // Spelled out rather than spread: this is the hot path of every keystroke (see the calculators bench).
    layers.push({
      outputShape: a.outputShape,
      trainable: a.trainable,
      nonTrainable: a.nonTrainable,
      biases: a.biases,
      macs: a.macs,
      inPlace: a.inPlace,
      paramsTex: a.paramsTex,
      macsTex: a.macsTex,
      index: i,
      config,
      inputShape: shape,
      params,
      flops: 2 * a.macs,
      inputElements,
      outputElements,
      liveElements: a.inPlace ? inputElements : inputElements + outputElements,
    });
    shape = a.outputShape;
  }
  return { layers, totals: totalsOf(layers, spec.inputShape, shape), ...(error ? { error } : {}) };
}

function totalsOf(layers: readonly LayerRow[], inputShape: readonly number[], outputShape: number[]): ModelTotals {
  const t: ModelTotals = { params: 0, trainable: 0, nonTrainable: 0, biases: 0, macs: 0, flops: 0, peakLiveElements: product(inputShape), peakLayer: -1, outputShape };
  let peak = -1;
  for (const l of layers) {
    t.params += l.params;
    t.trainable += l.trainable;
    t.nonTrainable += l.nonTrainable;
    t.biases += l.biases;
    t.macs += l.macs;
    if (l.liveElements > peak) {
      peak = l.liveElements;
      t.peakLayer = l.index;
    }
  }
  t.flops = 2 * t.macs;
  if (peak >= 0) t.peakLiveElements = peak;
  return t;
}
