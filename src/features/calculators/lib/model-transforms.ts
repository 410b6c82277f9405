/**
 * Architecture changes the advisor tries. Each returns a new model spec (or null when the change
 * does not apply), so that its effect is computed by the same analysis as everything else.
 */
import type { LayerConfig, ModelSpec } from './layer-config.ts';

const scaled = (n: number, alpha: number) => Math.max(1, Math.round(n * alpha));

/**
 * Width multiplier α (MobileNet's knob, or the student of a distillation): every hidden layer's
 * filters or units × α. The last layer that sets the output width (the classifier) keeps its size.
 */
export function scaleWidth(spec: ModelSpec, alpha: number): ModelSpec {
  let last = -1;
  spec.layers.forEach((l, i) => {
    if ('filters' in l || 'units' in l || l.type === 'embedding') last = i;
  });
  const layers = spec.layers.map((l, i): LayerConfig => {
    if (i === last) return l;
    if ('filters' in l) return { ...l, filters: scaled(l.filters, alpha) };
    if ('units' in l) return { ...l, units: scaled(l.units, alpha) };
    if (l.type === 'embedding') return { ...l, outputDim: scaled(l.outputDim, alpha) };
    return l;
  });
  return { ...spec, layers };
}

/**
 * Every conv2d with a kernel larger than 1×1, except the first convolution (on 1–3 input channels a
 * separable stem saves almost nothing, which is why MobileNet keeps a standard stem), becomes a
 * separableConv2d with the same filters, kernel, strides and padding. Null when none qualifies.
 */
export function toSeparable(spec: ModelSpec): ModelSpec | null {
  let seenConv = false;
  let changed = false;
  const layers = spec.layers.map((l): LayerConfig => {
    if (l.type !== 'conv2d') return l;
    const first = !seenConv;
    seenConv = true;
    if (first || (l.kernelSize[0] === 1 && l.kernelSize[1] === 1) || l.dilationRate.some((d) => d > 1)) return l;
    changed = true;
    return { type: 'separableConv2d', filters: l.filters, kernelSize: l.kernelSize, strides: l.strides, padding: l.padding, depthMultiplier: 1, useBias: l.useBias, activation: l.activation };
  });
  return changed ? { ...spec, layers } : null;
}

/**
 * Smaller input: spatial sizes (or the sequence length) × factor, rounded, at least 1; channels and
 * features stay. Null for a flat vector input, whose size is the feature count itself.
 */
export function scaleInput(spec: ModelSpec, factor: number): ModelSpec | null {
  const s = spec.inputShape;
  if (s.length < 2) return null;
  const inputShape = s.map((n, i) => (i < s.length - 1 ? scaled(n, factor) : n));
  return { ...spec, inputShape };
}
