// @vitest-environment node
// The tfjs path and the pure path quantize to the very same integers (tfjs cpu backend, float32 both),
// and the shipped model in public/lab is the one the generator and training script describe.
import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRANULARITIES, ROUNDINGS, SCHEMES, TFLITE_INT8, type QuantConfig } from '../../../src/features/lab/lib/config';
import { generateGestures, GESTURES, SPLITS } from '../../../src/features/lab/lib/gesture-data';
import { int8PassLoop } from '../../../src/features/lab/lib/int8-pass';
import { intRange } from '../../../src/features/lab/lib/int-range';
import { quantizeModel } from '../../../src/features/lab/lib/quantize-model';
import { quantizeTensor } from '../../../src/features/lab/lib/quantize';
import { TrainInfoSchema } from '../../../src/features/lab/lib/train-info';
import { WEIGHT_LAYERS } from '../../../src/features/lab/model/build-model';
import { toTensors } from '../../../src/features/lab/model/dataset-tensors';
import { evaluate } from '../../../src/features/lab/model/evaluate';
import { readLayerWeights, writeKernels } from '../../../src/features/lab/model/layer-weights-io';
import { int8PassTf, quantizeTf } from '../../../src/features/lab/model/tf-quantize';
import { createRng } from '../../../src/utils/random';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function gaussian(seed: number, n: number, sd: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()) * sd);
}

/** Quantizes `x` ([rows, channels]) both ways and returns the two integer and dequantized arrays. */
function bothWays(x: Float32Array, channels: number, config: QuantConfig) {
  const pure = quantizeTensor(x, channels, config);
  const input = tf.tensor2d(x, [x.length / channels, channels]);
  const t = quantizeTf(input, pure.params, intRange(config.bits, config.scheme), config.rounding);
  const out = { pure, tfQ: Int32Array.from(t.q.dataSync()), tfDeq: t.dequantized.dataSync() as Float32Array };
  tf.dispose([input, t.q, t.dequantized]);
  return out;
}

// tfjs's cpu backend is plain JS: generous timeouts, so a loaded machine does not fail a behaviour test.
describe('tfjs and the pure quantizer agree', { timeout: 30_000 }, () => {
  it('on Gaussian weights, for every scheme, granularity, rounding and 2–16 bits', () => {
    const x = gaussian(11, 64 * 16, 0.3);
    for (const scheme of SCHEMES)
      for (const granularity of GRANULARITIES)
        for (const rounding of ROUNDINGS)
          for (const bits of [2, 3, 4, 8, 12, 16]) {
            const { pure, tfQ, tfDeq } = bothWays(x, 16, { bits, scheme, granularity, rounding, sparsity: 0 });
            expect(tfQ, `${scheme} ${granularity} ${rounding} ${bits}`).toEqual(pure.q);
            expect(tfDeq).toEqual(pure.dequantized);
          }
  });

  it('on exact ties, where the two rounding rules part', () => {
    // Scale 0.5 (63.5/127, exact): k·0.5 + 0.25 lands on x/scale = k + 0.5 for every k.
    const ties = Float32Array.from({ length: 64 }, (_, i) => (i - 32) * 0.5 + 0.25);
    ties[0] = 63.5;
    for (const rounding of ROUNDINGS) {
      const { pure, tfQ } = bothWays(ties, 1, { ...TFLITE_INT8, granularity: 'per-tensor', rounding });
      expect(pure.params[0]!.scale).toBe(0.5);
      expect(tfQ).toEqual(pure.q);
    }
    const even = bothWays(ties, 1, { ...TFLITE_INT8, granularity: 'per-tensor', rounding: 'half-even' }).tfQ;
    const away = bothWays(ties, 1, { ...TFLITE_INT8, granularity: 'per-tensor', rounding: 'half-away' }).tfQ;
    expect(even).not.toEqual(away);
  });

  it('the all-tfjs int8 pass matches the plain loop on 100k weights', async () => {
    const x = gaussian(5, 100_000, 0.1);
    const loopQ = new Float32Array(x.length);
    const loop = int8PassLoop(x, 127, 'half-even', loopQ);
    const input = tf.tensor1d(x);
    const t = await int8PassTf(input, 127, 'half-even');
    expect(t.scale).toBe(loop.scale);
    // As integers: tf.round(−0.3) is −0, the loop writes +0.
    expect(Int32Array.from(t.q.dataSync())).toEqual(Int32Array.from(loopQ));
    expect(t.mse).toBeCloseTo(loop.mse, 10);
    expect(t.maxAbs).toBeCloseTo(loop.maxAbs, 7);
    expect(t.sqnrDb).toBeCloseTo(loop.sqnrDb, 2);
    tf.dispose([input, t.q]);
  });
});

describe('the shipped model (public/lab)', { timeout: 60_000 }, () => {
  it('loads, has the conv and dense layers, and scores what train-info.json records; int8 keeps it, 2-bit does not', async () => {
    const json = JSON.parse(readFileSync('public/lab/model.json', 'utf8')) as { modelTopology: object; weightsManifest: [{ weights: tf.io.WeightsManifestEntry[] }] };
    const bin = readFileSync('public/lab/weights.bin');
    const info = TrainInfoSchema.parse(JSON.parse(readFileSync('public/lab/train-info.json', 'utf8')));
    const model = await tf.loadLayersModel(
      tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: new Uint8Array(bin).buffer }),
    );
    expect(model.layers.map((l) => l.getClassName())).toEqual(['Conv1D', 'MaxPooling1D', 'Conv1D', 'MaxPooling1D', 'Flatten', 'Dense', 'Dense']);
    expect(model.countParams()).toBe(info.params);
    const testSet = generateGestures(info.testWindows, SPLITS.test.seed);
    const test = toTensors(testSet);
    const float = await evaluate(model, test.x, test.labels, GESTURES.length);
    expect(float.accuracy).toBe(info.testAccuracy);
    expect(float.accuracy).toBeGreaterThan(0.95);

    const layers = readLayerWeights(model);
    expect(layers.map((l) => [l.name, l.kind])).toEqual(WEIGHT_LAYERS.map((n) => [n, n.startsWith('conv') ? 'conv1d' : 'dense']));
    const accuracyAt = async (config: QuantConfig) => {
      writeKernels(model, quantizeModel(layers, config).layers.map((l) => ({ name: l.name, kernel: l.dequantized })));
      return (await evaluate(model, test.x, test.labels, GESTURES.length)).accuracy;
    };
    expect(Math.abs((await accuracyAt(TFLITE_INT8)) - float.accuracy)).toBeLessThan(0.02);
    expect(await accuracyAt({ ...TFLITE_INT8, bits: 2 })).toBeLessThan(float.accuracy - 0.1);
    test.dispose();
  });
});
