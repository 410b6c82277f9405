// @vitest-environment node
// The model-size calculator must count exactly what TensorFlow.js counts. Each case builds the same
// stack in tfjs-layers (CPU backend, in Node) and compares every layer's output shape, trainable and
// non-trainable parameters, and the model's countParams(). Stacks are random but seeded, so a failure
// names a seed that reproduces it.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model';
import { ModelSpecSchema, type LayerConfig, type ModelSpecInput } from '../../../src/features/calculators/lib/layer-config';
import { MODEL_PRESETS } from '../../../src/features/calculators/lib/model-presets';
import { randomStack } from './random-stacks';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

type AnyLayerArgs = Record<string, unknown>;
const factories = tf.layers as unknown as Record<string, (args: AnyLayerArgs) => tf.layers.Layer>;

/** Our validated config → the tfjs factory call with the same names (`type` dropped, unset options left out). */
function tfjsLayer(config: LayerConfig, inputShape?: number[]): tf.layers.Layer {
  const { type, ...rest } = config;
  const args: AnyLayerArgs = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (inputShape) args.inputShape = inputShape;
  const factory = factories[type];
  if (!factory) throw new Error(`tfjs has no layer factory ${type}`);
  return factory(args);
}

const size = (w: tf.LayerVariable) => w.shape.reduce((a: number, b) => a * (b ?? 1), 1);

function compare(input: ModelSpecInput, label: string) {
  const spec = ModelSpecSchema.parse(input);
  const ours = analyzeModel(spec);
  expect(ours.error, label).toBeUndefined();
  const model = tf.sequential();
  spec.layers.forEach((l, i) => model.add(tfjsLayer(l, i === 0 ? spec.inputShape : undefined)));
  try {
    model.layers.forEach((layer, i) => {
      const row = ours.layers[i]!;
      const where = `${label}, layer ${i + 1} (${spec.layers[i]!.type})`;
      const trainable = layer.trainableWeights.reduce((s, w) => s + size(w), 0);
      const nonTrainable = layer.nonTrainableWeights.reduce((s, w) => s + size(w), 0);
      expect(row.outputShape, `${where}: output shape`).toEqual((layer.outputShape as number[]).slice(1));
      expect(row.trainable, `${where}: trainable`).toBe(trainable);
      expect(row.nonTrainable, `${where}: non-trainable`).toBe(nonTrainable);
      expect(row.params, `${where}: countParams`).toBe(layer.countParams());
    });
    expect(ours.totals.params, `${label}: model.countParams()`).toBe(model.countParams());
  } finally {
    model.dispose();
  }
}

describe('parameter counts equal tfjs countParams()', () => {
  it('on the reference layers', () => {
    const cases: [string, ModelSpecInput, number][] = [
      ['Dense(784→128)', { inputShape: [784], layers: [{ type: 'dense', units: 128 }] }, 100_480],
      ['Conv2D 3×3, 3→32', { inputShape: [32, 32, 3], layers: [{ type: 'conv2d', filters: 32, kernelSize: 3 }] }, 896],
      ['DepthwiseConv2D 3×3 on 32', { inputShape: [16, 16, 32], layers: [{ type: 'depthwiseConv2d', kernelSize: 3 }] }, 320],
      ['SeparableConv2D 3×3, 32→64', { inputShape: [16, 16, 32], layers: [{ type: 'separableConv2d', filters: 64, kernelSize: 3 }] }, 2_400],
      ['BatchNorm(64)', { inputShape: [8, 8, 64], layers: [{ type: 'batchNormalization' }] }, 256],
      ['LSTM(32) on 16', { inputShape: [10, 16], layers: [{ type: 'lstm', units: 32 }] }, 6_272],
      ['Embedding(1000, 16)', { inputShape: [20], layers: [{ type: 'embedding', inputDim: 1000, outputDim: 16 }] }, 16_000],
      ['GRU(32) on 16, tfjs', { inputShape: [10, 16], layers: [{ type: 'gru', units: 32 }] }, 4_704],
    ];
    for (const [label, input, expected] of cases) {
      expect(analyzeModel(ModelSpecSchema.parse(input)).totals.params, label).toBe(expected);
      compare(input, label);
    }
    const bn = analyzeModel(ModelSpecSchema.parse(cases[4]![1])).totals;
    expect([bn.trainable, bn.nonTrainable]).toEqual([128, 128]);
  });

  // Building 300 tfjs models takes 4–12 s on a shared 2-core machine; the timeout only prevents flakiness.
  it('on 300 random stacks, layer by layer', { timeout: 60_000 }, () => {
    let layers = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const stack = randomStack(seed);
      layers += stack.layers.length;
      compare(stack, `seed ${seed}`);
    }
    // The stacks are not trivially short: the comparison covered many layers of every family.
    expect(layers).toBeGreaterThan(900);
  });

  it('on the model presets (MLP, DS-CNN, MobileNetV1 0.25 and 1.0)', () => {
    for (const p of MODEL_PRESETS) compare(p.model, p.id);
  });
});
