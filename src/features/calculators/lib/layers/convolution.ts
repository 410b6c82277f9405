/**
 * Convolutions on channels-last inputs ([length, channels] or [height, width, channels]),
 * counted as tfjs-layers builds them.
 */
import { convOutputLength, deconvLength, windowTooLarge } from '../conv-geometry.ts';
import type { LayerOf } from '../layer-config.ts';
import { analysis, fail, needRank, texInt, type LayerResult } from '../layer-analysis.ts';

const kTex = ([h, w]: readonly [number, number]) => `${h} \\cdot ${w}`;

/** Output height and width of a 2-D window, or the message explaining why it does not fit. */
function outHW(
  what: string,
  input: readonly number[],
  kernel: readonly [number, number],
  strides: readonly [number, number],
  padding: 'same' | 'valid',
  dilation: readonly [number, number] = [1, 1],
): [number, number] | string {
  const [h, w] = input as [number, number, number];
  const oh = convOutputLength(h, kernel[0], padding, strides[0], dilation[0]);
  const ow = convOutputLength(w, kernel[1], padding, strides[1], dilation[1]);
  if (oh <= 0) return windowTooLarge(what, 'height', kernel[0] + (kernel[0] - 1) * (dilation[0] - 1), h);
  if (ow <= 0) return windowTooLarge(what, 'width', kernel[1] + (kernel[1] - 1) * (dilation[1] - 1), w);
  return [oh, ow];
}

const dilationClash = (strides: readonly number[], dilation: readonly number[]) =>
  strides.some((s) => s > 1) && dilation.some((d) => d > 1) ? 'strides and dilationRate cannot both be above 1 (tfjs refuses it)' : null;

/**
 * Conv1D: [L, C] → [L', filters].
 *   params = k · C · filters + filters          MACs = L' · k · C · filters
 */
export function conv1d(c: LayerOf<'conv1d'>, input: readonly number[]): LayerResult {
  const rank = needRank('conv1d', input, 2, 'length × channels');
  if (rank) return fail(rank);
  const clash = dilationClash([c.strides], [c.dilationRate]);
  if (clash) return fail(clash);
  const [len, ch] = input as [number, number];
  const out = convOutputLength(len, c.kernelSize, c.padding, c.strides, c.dilationRate);
  if (out <= 0) return fail(windowTooLarge('kernelSize', 'length', c.kernelSize + (c.kernelSize - 1) * (c.dilationRate - 1), len));
  const bias = c.useBias ? c.filters : 0;
  return analysis({
    outputShape: [out, c.filters],
    trainable: c.kernelSize * ch * c.filters + bias,
    nonTrainable: 0,
    biases: bias,
    macs: out * c.kernelSize * ch * c.filters,
    paramsTex: `${c.kernelSize} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}${bias ? ` + ${texInt(c.filters)}` : ''}`,
    macsTex: `${texInt(out)} \\cdot ${c.kernelSize} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}`,
  });
}

/**
 * Conv2D: [H, W, C] → [H', W', filters].
 *   params = kh · kw · C · filters + filters     MACs = H' · W' · kh · kw · C · filters
 */
export function conv2d(c: LayerOf<'conv2d'>, input: readonly number[]): LayerResult {
  const rank = needRank('conv2d', input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  const clash = dilationClash(c.strides, c.dilationRate);
  if (clash) return fail(clash);
  const hw = outHW('kernelSize', input, c.kernelSize, c.strides, c.padding, c.dilationRate);
  if (typeof hw === 'string') return fail(hw);
  const ch = input[2]!;
  const [kh, kw] = c.kernelSize;
  const bias = c.useBias ? c.filters : 0;
  return analysis({
    outputShape: [hw[0], hw[1], c.filters],
    trainable: kh * kw * ch * c.filters + bias,
    nonTrainable: 0,
    biases: bias,
    macs: hw[0] * hw[1] * kh * kw * ch * c.filters,
    paramsTex: `${kTex(c.kernelSize)} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}${bias ? ` + ${texInt(c.filters)}` : ''}`,
    macsTex: `${texInt(hw[0])} \\cdot ${texInt(hw[1])} \\cdot ${kTex(c.kernelSize)} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}`,
  });
}

/**
 * DepthwiseConv2D: [H, W, C] → [H', W', C · m] (m = depthMultiplier).
 *   params = kh · kw · C · m + C · m             MACs = H' · W' · kh · kw · C · m
 */
export function depthwiseConv2d(c: LayerOf<'depthwiseConv2d'>, input: readonly number[]): LayerResult {
  const rank = needRank('depthwiseConv2d', input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  const hw = outHW('kernelSize', input, c.kernelSize, c.strides, c.padding);
  if (typeof hw === 'string') return fail(hw);
  const ch = input[2]!;
  const outCh = ch * c.depthMultiplier;
  const [kh, kw] = c.kernelSize;
  const bias = c.useBias ? outCh : 0;
  const m = c.depthMultiplier > 1 ? ` \\cdot ${c.depthMultiplier}` : '';
  return analysis({
    outputShape: [hw[0], hw[1], outCh],
    trainable: kh * kw * outCh + bias,
    nonTrainable: 0,
    biases: bias,
    macs: hw[0] * hw[1] * kh * kw * outCh,
    paramsTex: `${kTex(c.kernelSize)} \\cdot ${texInt(ch)}${m}${bias ? ` + ${texInt(ch)}${m}` : ''}`,
    macsTex: `${texInt(hw[0])} \\cdot ${texInt(hw[1])} \\cdot ${kTex(c.kernelSize)} \\cdot ${texInt(ch)}${m}`,
  });
}

/**
 * SeparableConv2D: a depthwise stage then a 1×1 pointwise stage; one bias, on the output.
 *   params = kh · kw · C · m + C · m · filters + filters
 *   MACs   = H' · W' · (kh · kw · C · m + C · m · filters)
 */
export function separableConv2d(c: LayerOf<'separableConv2d'>, input: readonly number[]): LayerResult {
  const rank = needRank('separableConv2d', input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  const hw = outHW('kernelSize', input, c.kernelSize, c.strides, c.padding);
  if (typeof hw === 'string') return fail(hw);
  const ch = input[2]!;
  const mid = ch * c.depthMultiplier;
  const [kh, kw] = c.kernelSize;
  const bias = c.useBias ? c.filters : 0;
  const m = c.depthMultiplier > 1 ? ` \\cdot ${c.depthMultiplier}` : '';
  return analysis({
    outputShape: [hw[0], hw[1], c.filters],
    trainable: kh * kw * mid + mid * c.filters + bias,
    nonTrainable: 0,
    biases: bias,
    macs: hw[0] * hw[1] * (kh * kw * mid + mid * c.filters),
    paramsTex: `${kTex(c.kernelSize)} \\cdot ${texInt(ch)}${m} + ${texInt(ch)}${m} \\cdot ${texInt(c.filters)}${bias ? ` + ${texInt(c.filters)}` : ''}`,
    macsTex: `${texInt(hw[0])} \\cdot ${texInt(hw[1])} \\cdot (${kTex(c.kernelSize)} \\cdot ${texInt(ch)}${m} + ${texInt(ch)}${m} \\cdot ${texInt(c.filters)})`,
  });
}

/**
 * Conv2DTranspose: [H, W, C] → [H', W', filters], H' = deconvLength(H).
 *   params = kh · kw · filters · C + filters      MACs = H · W · kh · kw · C · filters (each input pixel scatters a kernel)
 */
export function conv2dTranspose(c: LayerOf<'conv2dTranspose'>, input: readonly number[]): LayerResult {
  const rank = needRank('conv2dTranspose', input, 3, 'height × width × channels');
  if (rank) return fail(rank);
  const [h, w, ch] = input as [number, number, number];
  const [kh, kw] = c.kernelSize;
  const oh = deconvLength(h, kh, c.padding, c.strides[0]);
  const ow = deconvLength(w, kw, c.padding, c.strides[1]);
  const bias = c.useBias ? c.filters : 0;
  return analysis({
    outputShape: [oh, ow, c.filters],
    trainable: kh * kw * ch * c.filters + bias,
    nonTrainable: 0,
    biases: bias,
    macs: h * w * kh * kw * ch * c.filters,
    paramsTex: `${kTex(c.kernelSize)} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}${bias ? ` + ${texInt(c.filters)}` : ''}`,
    macsTex: `${texInt(h)} \\cdot ${texInt(w)} \\cdot ${kTex(c.kernelSize)} \\cdot ${texInt(ch)} \\cdot ${texInt(c.filters)}`,
  });
}
