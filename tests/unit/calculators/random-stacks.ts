// Random but always-valid layer stacks, drawn from a seed: images (conv family, pooling, norms, then
// flatten or global pooling into dense layers), sequences (embedding, conv1d, recurrent layers) and
// plain vectors. Shapes are tracked while drawing so that every stack builds in tfjs.
import type { LayerInput, ModelSpecInput } from '../../../src/features/calculators/lib/layer-config';
import { createRng, pick, randomInt } from '../../../src/utils/random';

type Rng = () => number;

const bool = (rng: Rng) => rng() < 0.5;

function imageLayer(rng: Rng, shape: number[]): { layer: LayerInput; shape: number[] } {
  const [h, w, c] = shape as [number, number, number];
  const small = Math.min(h, w);
  const padding = bool(rng) ? 'same' : 'valid';
  const maxK = padding === 'valid' ? Math.min(5, small) : 5;
  const k = randomInt(rng, 1, Math.max(1, maxK));
  const k2 = randomInt(rng, 1, Math.max(1, maxK));
  const kernelSize: number | [number, number] = bool(rng) ? k : [k, k2];
  const [kh, kw] = typeof kernelSize === 'number' ? [kernelSize, kernelSize] : kernelSize;
  const s = small >= 6 ? randomInt(rng, 1, 2) : 1;
  const out = (n: number, kk: number) => (padding === 'same' ? Math.ceil(n / s) : Math.ceil((n - kk + 1) / s));
  const kind = pick(rng, ['conv2d', 'conv2d', 'depthwiseConv2d', 'separableConv2d', 'conv2dTranspose', 'batchNormalization', 'layerNormalization', 'maxPooling2d', 'averagePooling2d', 'dropout'] as const);
  const useBias = rng() < 0.7;
  switch (kind) {
    case 'conv2d': {
      const filters = randomInt(rng, 1, 24);
      // Dilation only without striding, as tfjs requires.
      const dilationRate = s === 1 && padding === 'same' && rng() < 0.2 ? 2 : 1;
      return { layer: { type: 'conv2d', filters, kernelSize, strides: s, padding, useBias, dilationRate }, shape: [out(h, kh), out(w, kw), filters] };
    }
    case 'depthwiseConv2d': {
      const depthMultiplier = randomInt(rng, 1, 3);
      return { layer: { type: 'depthwiseConv2d', kernelSize, strides: s, padding, depthMultiplier, useBias }, shape: [out(h, kh), out(w, kw), c * depthMultiplier] };
    }
    case 'separableConv2d': {
      const filters = randomInt(rng, 1, 24);
      const depthMultiplier = randomInt(rng, 1, 2);
      return { layer: { type: 'separableConv2d', filters, kernelSize, strides: s, padding, depthMultiplier, useBias }, shape: [out(h, kh), out(w, kw), filters] };
    }
    case 'conv2dTranspose': {
      const filters = randomInt(rng, 1, 12);
      const st = randomInt(rng, 1, 2);
      const d = (n: number, kk: number) => (padding === 'same' ? n * st : n * st + Math.max(kk - st, 0));
      if (h * st > 40) return { layer: { type: 'batchNormalization' }, shape };
      return { layer: { type: 'conv2dTranspose', filters, kernelSize, strides: st, padding, useBias }, shape: [d(h, kh), d(w, kw), filters] };
    }
    case 'batchNormalization':
      return { layer: { type: 'batchNormalization', center: rng() < 0.8, scale: rng() < 0.8 }, shape };
    case 'layerNormalization':
      return { layer: { type: 'layerNormalization', center: rng() < 0.8, scale: rng() < 0.8 }, shape };
    case 'maxPooling2d':
    case 'averagePooling2d': {
      if (small < 2) return { layer: { type: 'dropout', rate: 0.1 }, shape };
      const p = randomInt(rng, 1, Math.min(3, small));
      const ps = randomInt(rng, 1, p);
      const pad = bool(rng) ? 'same' : 'valid';
      const o = (n: number) => (pad === 'same' ? Math.ceil(n / ps) : Math.ceil((n - p + 1) / ps));
      return { layer: { type: kind, poolSize: p, strides: ps, padding: pad }, shape: [o(h), o(w), c] };
    }
    case 'dropout':
      return { layer: { type: 'dropout', rate: Math.round(rng() * 90) / 100 }, shape };
  }
}

function sequenceLayer(rng: Rng, shape: number[], last: boolean): { layer: LayerInput; shape: number[] } {
  const [t, f] = shape as [number, number];
  const kind = pick(rng, ['conv1d', 'simpleRNN', 'lstm', 'gru', 'dense', 'layerNormalization', 'batchNormalization', 'dropout'] as const);
  const useBias = rng() < 0.7;
  switch (kind) {
    case 'conv1d': {
      const padding = bool(rng) ? 'same' : 'valid';
      const k = randomInt(rng, 1, padding === 'valid' ? Math.min(5, t) : 5);
      const s = t >= 6 ? randomInt(rng, 1, 2) : 1;
      const filters = randomInt(rng, 1, 16);
      const len = padding === 'same' ? Math.ceil(t / s) : Math.ceil((t - k + 1) / s);
      return { layer: { type: 'conv1d', filters, kernelSize: k, strides: s, padding, useBias }, shape: [len, filters] };
    }
    case 'simpleRNN':
    case 'lstm':
    case 'gru': {
      const units = randomInt(rng, 1, 24);
      const returnSequences = !last || bool(rng);
      return { layer: { type: kind, units, returnSequences, useBias }, shape: returnSequences ? [t, units] : [units] };
    }
    case 'dense': {
      const units = randomInt(rng, 1, 24);
      return { layer: { type: 'dense', units, useBias }, shape: [t, units] };
    }
    case 'layerNormalization':
    case 'batchNormalization':
      return { layer: { type: kind, center: rng() < 0.8, scale: rng() < 0.8 }, shape: [t, f] };
    case 'dropout':
      return { layer: { type: 'dropout', rate: 0.25 }, shape };
  }
}

function vectorLayer(rng: Rng, shape: number[]): { layer: LayerInput; shape: number[] } {
  const kind = pick(rng, ['dense', 'dense', 'batchNormalization', 'layerNormalization', 'dropout'] as const);
  if (kind === 'dense') {
    const units = randomInt(rng, 1, 64);
    return { layer: { type: 'dense', units, useBias: rng() < 0.8 }, shape: [units] };
  }
  if (kind === 'dropout') return { layer: { type: 'dropout', rate: 0.5 }, shape };
  return { layer: { type: kind, center: rng() < 0.8, scale: rng() < 0.8 }, shape };
}

/** One random stack from a seed. */
export function randomStack(seed: number): ModelSpecInput {
  const rng = createRng(seed);
  const family = pick(rng, ['image', 'image', 'sequence', 'embedding', 'vector'] as const);
  const layers: LayerInput[] = [];
  let shape: number[];
  if (family === 'image') {
    shape = [randomInt(rng, 4, 24), randomInt(rng, 4, 24), randomInt(rng, 1, 6)];
    const inputShape = [...shape];
    const n = randomInt(rng, 1, 5);
    for (let i = 0; i < n && Math.min(shape[0]!, shape[1]!) >= 1; i++) {
      const next = imageLayer(rng, shape);
      if (next.shape.some((d) => d < 1) || next.shape[0]! * next.shape[1]! * next.shape[2]! > 20000) break;
      layers.push(next.layer);
      shape = next.shape;
    }
    if (bool(rng)) {
      layers.push({ type: 'flatten' });
      shape = [shape.reduce((a, b) => a * b, 1)];
    } else {
      layers.push({ type: 'globalAveragePooling2d' });
      shape = [shape[2]!];
    }
    for (let i = randomInt(rng, 0, 2); i > 0; i--) {
      const next = vectorLayer(rng, shape);
      layers.push(next.layer);
      shape = next.shape;
    }
    return { inputShape, layers };
  }
  if (family === 'sequence' || family === 'embedding') {
    const t = randomInt(rng, 2, 16);
    let inputShape: number[];
    if (family === 'embedding') {
      inputShape = [t];
      const outputDim = randomInt(rng, 1, 16);
      layers.push({ type: 'embedding', inputDim: randomInt(rng, 2, 500), outputDim });
      shape = [t, outputDim];
    } else {
      inputShape = [t, randomInt(rng, 1, 16)];
      shape = [...inputShape];
    }
    const n = randomInt(rng, 1, 4);
    for (let i = 0; i < n && shape.length === 2; i++) {
      const next = sequenceLayer(rng, shape, i === n - 1);
      layers.push(next.layer);
      shape = next.shape;
    }
    if (shape.length === 2) layers.push({ type: 'flatten' });
    layers.push({ type: 'dense', units: randomInt(rng, 1, 10) });
    return { inputShape, layers };
  }
  const inputShape = [randomInt(rng, 1, 300)];
  shape = [...inputShape];
  for (let i = randomInt(rng, 1, 5); i > 0; i--) {
    const next = vectorLayer(rng, shape);
    layers.push(next.layer);
    shape = next.shape;
  }
  return { inputShape, layers };
}
