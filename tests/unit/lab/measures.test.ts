// Error metrics, pruning, model size, histograms and the whole-model pass, on numbers worked by hand.
import { describe, expect, it } from 'vitest';
import { TFLITE_INT8 } from '../../../src/features/lab/lib/config';
import { channelValues, extent, histogram } from '../../../src/features/lab/lib/histogram';
import type { LayerWeights } from '../../../src/features/lab/lib/layer-weights';
import { errorMetrics, ruleOfThumbDb, sqnrDb, uniformNoiseSqnrDb } from '../../../src/features/lab/lib/metrics';
import { floatBytes, quantizedBytes } from '../../../src/features/lab/lib/model-size';
import { magnitudePrune } from '../../../src/features/lab/lib/prune';
import { quantizeLayer, quantizeModel } from '../../../src/features/lab/lib/quantize-model';

const f32 = (a: number[]) => Float32Array.from(a);

describe('error metrics', () => {
  it('MSE, max |error| and SQNR of a small example', () => {
    // errors 0, 1 → MSE 0.5, max 1; signal 1 + 4 = 5, noise 1 → 10·log10(5) = 6.99 dB.
    const m = errorMetrics(f32([1, 2]), f32([1, 1]));
    expect(m.mse).toBe(0.5);
    expect(m.maxAbs).toBe(1);
    expect(m.signalPower).toBe(2.5);
    expect(m.sqnrDb).toBeCloseTo(6.9897, 4);
  });

  it('no error is infinite SQNR; no signal is undefined', () => {
    expect(errorMetrics(f32([1, -1]), f32([1, -1])).sqnrDb).toBe(Infinity);
    expect(sqnrDb(0, 0)).toBeNaN();
  });

  it('the 6.02·N + 1.76 dB rule and the uniform-noise prediction', () => {
    expect(ruleOfThumbDb(8)).toBeCloseTo(49.92, 2);
    // signal power 1, step 0.01: noise 0.0001/12 → 10·log10(120000) = 50.79 dB.
    expect(uniformNoiseSqnrDb(1, 0.01 ** 2)).toBeCloseTo(50.792, 3);
  });
});

describe('magnitude pruning', () => {
  it('zeroes the smallest half, ties to the lower index, input untouched', () => {
    const w = f32([0.5, -0.1, 0.2, -0.2, 0.9, 0.05]);
    const p = magnitudePrune(w, 0.5);
    expect(p.count).toBe(3);
    expect(Array.from(p.values)).toEqual([0.5, 0, 0, -0.2, 0.9, 0].map((v) => Math.fround(v)));
    expect(p.threshold).toBe(Math.fround(0.2));
    expect(w[1]).toBe(Math.fround(-0.1));
    expect(magnitudePrune(w, 0).count).toBe(0);
  });

  it('pruned weights stay exactly zero after quantizing, in both schemes', () => {
    const layer: LayerWeights = { name: 'd', kind: 'dense', kernelShape: [3, 2], kernel: f32([0.3, -0.02, 0.01, 0.5, -0.4, 0.03]), bias: f32([0, 0]) };
    for (const scheme of ['symmetric', 'asymmetric'] as const) {
      const q = quantizeLayer(layer, { ...TFLITE_INT8, scheme, bits: 3, sparsity: 0.5 });
      expect(q.prunedCount).toBe(3);
      expect([q.dequantized[1], q.dequantized[2], q.dequantized[5]]).toEqual([0, 0, 0]);
      expect(q.zeroCount).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('model size', () => {
  it('packs weights at N bits, keeps 32-bit biases and 12 bytes of parameters per channel', () => {
    // Dense 208 → 16 at int8 per channel: 3328 + 16·4 + 16·12 = 3584 bytes, against 3344·4 = 13376.
    expect(quantizedBytes(3328, 16, 8, 16)).toBe(3584);
    expect(floatBytes(3328, 16)).toBe(13376);
    // 4-bit, 5 weights → 20 bits → 3 bytes.
    expect(quantizedBytes(5, 0, 4, 1)).toBe(3 + 12);
  });
});

describe('histograms', () => {
  it('counts into equal bins, clamping the ends', () => {
    expect(histogram([0, 0.1, 0.5, 0.99, 1, 5, -3], 0, 1, 4).counts).toEqual([3, 0, 1, 3]);
    expect(histogram([2, 2], 2, 2, 2)).toEqual({ lo: 1.5, hi: 2.5, counts: [0, 2] });
    expect(extent([3, -1, 2])).toEqual([-1, 3]);
  });

  it('takes one channel of a channels-last tensor', () => {
    expect(Array.from(channelValues(f32([1, 2, 3, 4, 5, 6]), 3, 1))).toEqual([2, 5]);
  });
});

describe('the whole-model pass', () => {
  const layers: LayerWeights[] = [
    { name: 'conv', kind: 'conv1d', kernelShape: [2, 1, 2], kernel: f32([0.5, -1, -0.25, 0.5]), bias: f32([0.1, 0.2]) },
    { name: 'dense', kind: 'dense', kernelShape: [2, 1], kernel: f32([0.3, -0.6]), bias: f32([0]) },
  ];

  it('TFLite int8 defaults: zero points 0, one scale per output channel, channel maxima on ±127', () => {
    const m = quantizeModel(layers, TFLITE_INT8);
    const [conv, dense] = m.layers;
    expect(conv!.params).toEqual([
      { scale: Math.fround(0.5 / 127), zeroPoint: 0 },
      { scale: Math.fround(1 / 127), zeroPoint: 0 },
    ]);
    expect(Array.from(conv!.q)).toEqual([127, -127, -64, 64]);
    expect(dense!.params).toHaveLength(1);
    expect(m.weights).toBe(6);
    // conv: 4 bytes of weights + 2·4 bias + 2·12 params = 36; dense: 2 + 4 + 12 = 18.
    expect(m.sizeBytes).toBe(36 + 18);
    expect(m.floatBytes).toBe(4 * 9);
  });

  it('the model metrics pool the layers; 16 bits is nearly lossless', () => {
    const m = quantizeModel(layers, { ...TFLITE_INT8, bits: 16 });
    expect(m.metrics.n).toBe(6);
    expect(m.metrics.sqnrDb).toBeGreaterThan(90);
    const coarse = quantizeModel(layers, { ...TFLITE_INT8, bits: 2 });
    expect(coarse.metrics.mse).toBeGreaterThan(m.metrics.mse);
    expect(coarse.metrics.maxAbs).toBeLessThanOrEqual(Math.max(...coarse.layers.flatMap((l) => l.params.map((p) => p.scale))) / 2 + 1e-7);
  });
});
