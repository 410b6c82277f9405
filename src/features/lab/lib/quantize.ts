/**
 * Quantizing and dequantizing tensors, per tensor or per output channel.
 *
 *   q = clamp(round(x / scale) + zeroPoint, qmin, qmax)      x̂ = scale · (q − zeroPoint)
 *
 * Every intermediate is rounded to float32 (`Math.fround`), exactly as a float32 kernel computes it,
 * so ties (x/scale = k + ½) fall the same way here and in tfjs. Within the grid's range,
 * |x − x̂| ≤ scale/2.
 */
import type { QuantConfig, Rounding } from './config.ts';
import { intRange, type IntRange } from './int-range.ts';
import { affineParams, symmetricParams, type QParams } from './qparams.ts';
import { rounder } from './rounding.ts';

/** One weight → its integer. */
export function quantizeValue(x: number, p: QParams, range: IntRange, round: (v: number) => number): number {
  const q = round(Math.fround(x / p.scale)) + p.zeroPoint;
  return Math.min(range.qmax, Math.max(range.qmin, q));
}

/** One integer → the real value it stands for (float32). */
export const dequantizeValue = (q: number, p: QParams): number => Math.fround(p.scale * (q - p.zeroPoint));

/** The recipe for one tensor: the config minus pruning. */
export type TensorRecipe = Pick<QuantConfig, 'bits' | 'scheme' | 'granularity' | 'rounding'>;

export interface TensorQuant {
  range: IntRange;
  /** One entry per channel (or a single entry per tensor). */
  params: QParams[];
  /** The stored integers, same layout as the input. */
  q: Int32Array;
  /** scale · (q − zeroPoint), same layout as the input. */
  dequantized: Float32Array;
}

/** Min and max of each channel, where the channel of element i is i mod channels (channels last). */
export function channelRanges(values: Float32Array, channels: number): { min: Float64Array; max: Float64Array } {
  const min = new Float64Array(channels).fill(Infinity);
  const max = new Float64Array(channels).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    const v = values[i]!;
    if (v < min[c]!) min[c] = v;
    if (v > max[c]!) max[c] = v;
  }
  for (let c = 0; c < channels; c++) {
    if (min[c] === Infinity) min[c] = max[c] = 0;
  }
  return { min, max };
}

/** Scale and zero point for a channel whose values span [min, max]. */
export function chooseParams(min: number, max: number, range: IntRange, scheme: TensorRecipe['scheme'], rounding: Rounding): QParams {
  return scheme === 'symmetric' ? symmetricParams(Math.max(Math.abs(min), Math.abs(max)), range.qmax) : affineParams(min, max, range, rounder(rounding));
}

/**
 * Quantizes a weight tensor laid out channels-last (Keras/tfjs kernels: Conv1D [k, in, out],
 * Dense [in, out]), so the output channel of element i is i mod outChannels.
 * @param outChannels size of the last axis, ≥ 1; ignored per tensor
 */
export function quantizeTensor(values: Float32Array, outChannels: number, recipe: TensorRecipe): TensorQuant {
  const range = intRange(recipe.bits, recipe.scheme);
  const round = rounder(recipe.rounding);
  const groups = recipe.granularity === 'per-channel' ? Math.max(1, outChannels) : 1;
  const { min, max } = channelRanges(values, groups);
  const params = Array.from({ length: groups }, (_, c) => chooseParams(min[c]!, max[c]!, range, recipe.scheme, recipe.rounding));
  const q = new Int32Array(values.length);
  const dequantized = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const p = params[i % groups]!;
    const qi = quantizeValue(values[i]!, p, range, round);
    q[i] = qi;
    dequantized[i] = dequantizeValue(qi, p);
  }
  return { range, params, q, dequantized };
}

/** How many levels of a channel's grid lie in [lo, hi]. */
export function gridLevelCount(p: QParams, range: IntRange, lo: number, hi: number): number {
  const first = Math.max(range.qmin, Math.ceil(lo / p.scale + p.zeroPoint));
  const last = Math.min(range.qmax, Math.floor(hi / p.scale + p.zeroPoint));
  return Math.max(0, last - first + 1);
}

/**
 * The real values of a channel's grid that lie in [lo, hi], in ascending order: where the
 * histogram's spikes can be. Empty when there are more than `max` (16 bits has 65,535 levels).
 */
export function gridLevels(p: QParams, range: IntRange, lo: number, hi: number, max = Infinity): number[] {
  if (gridLevelCount(p, range, lo, hi) > max) return [];
  const first = Math.max(range.qmin, Math.ceil(lo / p.scale + p.zeroPoint));
  const last = Math.min(range.qmax, Math.floor(hi / p.scale + p.zeroPoint));
  const out: number[] = [];
  for (let q = first; q <= last; q++) out.push(dequantizeValue(q, p));
  return out;
}
