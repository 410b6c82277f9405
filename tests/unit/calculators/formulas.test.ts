// Every formula against values worked out by hand (the working is in the comments), plus the
// figures users brought: 100 M FLOPs at 25 MFLOP/s = 4000 ms, CR 5.71 and 3.33, MobileNetV1's 4.2 M
// parameters and 569 M MACs.
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model';
import { compressionChain } from '../../../src/features/calculators/lib/compression';
import { convOutputLength, deconvLength } from '../../../src/features/calculators/lib/conv-geometry';
import { ModelSpecSchema, type ModelSpecInput } from '../../../src/features/calculators/lib/layer-config';
import { amdahlSpeedup, estimateLatency, framesPerSecond, latencyMs, parallelLatency } from '../../../src/features/calculators/lib/latency';
import { activationBytes, weightBytes } from '../../../src/features/calculators/lib/model-size';
import { modelPreset } from '../../../src/features/calculators/lib/model-presets';
import { affineParams, dequantize, quantize, quantizeValue, roundHalfAway, sqnrDb, symmetricScale } from '../../../src/features/calculators/lib/quantization';
import { cacheHits, roofline } from '../../../src/features/calculators/lib/roofline';
import { parseQuantity } from '../../../src/features/calculators/lib/units';

const analyze = (m: ModelSpecInput) => analyzeModel(ModelSpecSchema.parse(m));
const one = (m: ModelSpecInput) => {
  const a = analyze(m);
  expect(a.error).toBeUndefined();
  return a.layers[0]!;
};

describe('layer formulas', () => {
  it('dense: d·u + u params, d·u MACs, and on a sequence the MACs scale with the positions', () => {
    const l = one({ inputShape: [256], layers: [{ type: 'dense', units: 128 }] });
    expect([l.params, l.macs, l.flops]).toEqual([32_896, 32_768, 65_536]);
    // 10 positions × 16 → 8: 16·8 + 8 = 136 params, 10·16·8 = 1,280 MACs
    const s = one({ inputShape: [10, 16], layers: [{ type: 'dense', units: 8 }] });
    expect([s.params, s.macs, s.outputShape]).toEqual([136, 1_280, [10, 8]]);
  });

  it('conv2d: same padding keeps 32×32, 3·3·16·32 + 32 = 4,640 params, 4,718,592 MACs', () => {
    const l = one({ inputShape: [32, 32, 16], layers: [{ type: 'conv2d', filters: 32, kernelSize: 3, padding: 'same' }] });
    expect(l.outputShape).toEqual([32, 32, 32]);
    expect([l.params, l.macs]).toEqual([4_640, 4_718_592]);
  });

  it('conv2d stride 2 on 224×224×3: 112×112×32, 10,838,016 MACs = 21.68 MFLOPs', () => {
    const l = one({ inputShape: [224, 224, 3], layers: [{ type: 'conv2d', filters: 32, kernelSize: 3, strides: 2, padding: 'same' }] });
    expect(l.outputShape).toEqual([112, 112, 32]);
    expect(l.macs).toBe(10_838_016);
    expect(l.flops / 1e6).toBeCloseTo(21.676, 3);
  });

  it('valid padding: ⌈(L − k + 1)/s⌉, and a non-square kernel', () => {
    // 28 − 5 + 1 = 24; (10 − 3 + 1)/2 → 4
    expect(one({ inputShape: [28, 10, 1], layers: [{ type: 'conv2d', filters: 4, kernelSize: [5, 3], strides: [1, 2] }] }).outputShape).toEqual([24, 4, 4]);
    expect(convOutputLength(7, 3, 'valid', 2)).toBe(3);
    expect(convOutputLength(7, 3, 'same', 2)).toBe(4);
    // dilation 2 makes a 3-tap kernel span 5: 10 − 5 + 1 = 6
    expect(convOutputLength(10, 3, 'valid', 1, 2)).toBe(6);
    expect(deconvLength(7, 3, 'valid', 2)).toBe(15);
    expect(deconvLength(7, 3, 'same', 2)).toBe(14);
  });

  it('depthwise: 3·3·144 + 144 = 1,440; with multiplier 2 on 32: 5·5·64 + 64 = 1,664; MACs 56·56·9·64', () => {
    expect(one({ inputShape: [14, 14, 144], layers: [{ type: 'depthwiseConv2d', kernelSize: 3 }] }).params).toBe(1_440);
    expect(one({ inputShape: [14, 14, 32], layers: [{ type: 'depthwiseConv2d', kernelSize: 5, depthMultiplier: 2 }] }).params).toBe(1_664);
    expect(one({ inputShape: [56, 56, 64], layers: [{ type: 'depthwiseConv2d', kernelSize: 3, padding: 'same' }] }).macs).toBe(1_806_336);
  });

  it('separable: 9·64 + 64·128 + 128 = 8,896; Conv2D/Separable 3×3 128→256 = 8.64×', () => {
    expect(one({ inputShape: [8, 8, 64], layers: [{ type: 'separableConv2d', filters: 128, kernelSize: 3 }] }).params).toBe(8_896);
    const conv = one({ inputShape: [8, 8, 128], layers: [{ type: 'conv2d', filters: 256, kernelSize: 3 }] }).params;
    const sep = one({ inputShape: [8, 8, 128], layers: [{ type: 'separableConv2d', filters: 256, kernelSize: 3 }] }).params;
    expect(conv).toBe(295_168);
    expect(sep).toBe(34_176);
    expect(conv / sep).toBeCloseTo(8.64, 2);
  });

  it('conv2dTranspose: k·k·filters·C + filters, 7×7 → 14×14 with stride 2 and same padding', () => {
    const l = one({ inputShape: [7, 7, 64], layers: [{ type: 'conv2dTranspose', filters: 32, kernelSize: 3, strides: 2, padding: 'same' }] });
    expect(l.outputShape).toEqual([14, 14, 32]);
    expect(l.params).toBe(9 * 64 * 32 + 32);
    expect(l.macs).toBe(7 * 7 * 9 * 64 * 32);
  });

  it('batch norm: 4·C with 2·C non-trainable and no MACs (folded); layer norm: 2·C and 2 MACs per element', () => {
    const bn = one({ inputShape: [4, 4, 64], layers: [{ type: 'batchNormalization' }] });
    expect([bn.trainable, bn.nonTrainable, bn.macs]).toEqual([128, 128, 0]);
    const ln = one({ inputShape: [10, 32], layers: [{ type: 'layerNormalization' }] });
    expect([ln.trainable, ln.macs]).toEqual([64, 640]);
  });

  it('recurrent: LSTM(64) on 40 MFCCs = 26,880; tfjs GRU(128) on 64 = 74,112; Keras reset_after GRU(32) on 16 = 4,800', () => {
    expect(one({ inputShape: [49, 40], layers: [{ type: 'lstm', units: 64 }] }).params).toBe(26_880);
    expect(one({ inputShape: [20, 64], layers: [{ type: 'gru', units: 128 }] }).params).toBe(74_112);
    expect(one({ inputShape: [20, 16], layers: [{ type: 'gru', units: 32 }] }).params).toBe(4_704);
    expect(one({ inputShape: [20, 16], layers: [{ type: 'gru', units: 32, resetAfter: true }] }).params).toBe(4_800);
    // SimpleRNN(8) on 4 features over 5 steps: 8·(4+8) + 8 = 104 params, 5·8·12 = 480 MACs
    const rnn = one({ inputShape: [5, 4], layers: [{ type: 'simpleRNN', units: 8, returnSequences: true }] });
    expect([rnn.params, rnn.macs, rnn.outputShape]).toEqual([104, 480, [5, 8]]);
  });

  it('multi-head attention matches the Keras formula 4·d·h·k + 3·h·k + d', () => {
    // d = 32, h = 2, k = 16: query/key/value 32·32 + 32 each, output 32·32 + 32 → 4 · 1,056 = 4,224
    const l = one({ inputShape: [10, 32], layers: [{ type: 'multiHeadAttention', numHeads: 2, keyDim: 16 }] });
    expect(l.params).toBe(4 * 32 * 2 * 16 + 3 * 2 * 16 + 32);
    expect(l.params).toBe(4_224);
    // MACs: projections 10·32·2·(16+16+16) + scores 10·10·2·16 + sum 10·10·2·16 + output 10·2·16·32
    expect(l.macs).toBe(30_720 + 3_200 + 3_200 + 10_240);
    // value size and output size different from the defaults
    const v = one({ inputShape: [4, 8], layers: [{ type: 'multiHeadAttention', numHeads: 3, keyDim: 2, valueDim: 5, outputShape: 6, useBias: false }] });
    expect(v.params).toBe(2 * 8 * 3 * 2 + 8 * 3 * 5 + 3 * 5 * 6);
    expect(v.outputShape).toEqual([4, 6]);
  });

  it('embedding is a lookup: vocabulary · dimension params, no MACs', () => {
    const l = one({ inputShape: [12], layers: [{ type: 'embedding', inputDim: 10_000, outputDim: 64 }] });
    expect([l.params, l.macs, l.outputShape]).toEqual([640_000, 0, [12, 64]]);
  });
});

describe('model totals', () => {
  it('the 784→128→64→10 MLP has 109,386 params; int8 weights + int32 biases = 109,992 bytes', () => {
    const t = analyze(modelPreset('mlp-784-128-64-10')!.model).totals;
    expect(t.params).toBe(109_386);
    expect(t.biases).toBe(202);
    expect(weightBytes(t.params, t.biases, 8, 32)).toBe(109_992);
    expect(weightBytes(t.params, t.biases, 32)).toBe(437_544);
    expect(weightBytes(t.params, t.biases, 4)).toBe(54_693);
  });

  it('MobileNetV1 1.0-224: 4.2 M params (Keras: 4,253,864) and ≈ 569 M MACs, as published', () => {
    const t = analyze(modelPreset('mobilenet-v1-1.0-224')!.model).totals;
    expect(t.params).toBe(4_253_864);
    expect(Math.abs(t.params - 4.2e6) / 4.2e6).toBeLessThan(0.02);
    expect(Math.round(t.macs / 1e6)).toBe(569);
    expect(t.flops).toBe(2 * t.macs);
  });

  it('MobileNetV1 0.25-224: 0.47 M params (Keras 475,544) and ≈ 41 M MACs (the paper\'s Table 6)', () => {
    const t = analyze(modelPreset('mobilenet-v1-0.25-224')!.model).totals;
    expect(t.params).toBe(475_544);
    expect(Math.round(t.macs / 1e6)).toBe(41);
  });

  it('the DS-CNN keyword spotter is about 2.7 M MACs (≈ 5.4 M ops as Hello Edge reports for DS-CNN-S)', () => {
    const t = analyze(modelPreset('ds-cnn-kws')!.model).totals;
    expect(t.macs).toBe(2_656_768);
    expect(t.flops / 1e6).toBeCloseTo(5.3, 1);
  });

  it('peak activations: the largest input+output pair of the person-detection chain is 55,296 int8 bytes', () => {
    const a = analyze({
      inputShape: [96, 96, 1],
      layers: [
        { type: 'conv2d', filters: 8, kernelSize: 3, strides: 2, padding: 'same' },
        { type: 'depthwiseConv2d', kernelSize: 3, padding: 'same' },
        { type: 'conv2d', filters: 16, kernelSize: 1 },
        { type: 'conv2d', filters: 32, kernelSize: 3, strides: 2, padding: 'same' },
        { type: 'globalAveragePooling2d' },
        { type: 'dense', units: 4 },
      ],
    });
    expect(a.layers.map((l) => l.liveElements)).toEqual([27_648, 36_864, 55_296, 55_296, 18_464, 36]);
    expect(activationBytes(a.totals.peakLiveElements, 8)).toBe(55_296);
    expect(a.totals.peakLayer).toBe(2);
  });

  it('flatten, reshape and dropout work in place: they do not double the arena', () => {
    const a = analyze({ inputShape: [28, 28, 1], layers: [{ type: 'flatten' }, { type: 'dropout', rate: 0.2 }, { type: 'dense', units: 10 }] });
    expect(a.layers.map((l) => l.liveElements)).toEqual([784, 784, 794]);
    expect(a.totals.peakLiveElements).toBe(794);
  });

  it('an empty stack peaks at its input', () => {
    const a = analyze({ inputShape: [5, 5, 2], layers: [] });
    expect([a.totals.params, a.totals.peakLiveElements, a.totals.peakLayer]).toEqual([0, 50, -1]);
  });
});

describe('shape errors state the rule and stop the chain there', () => {
  it('a valid-padded kernel larger than the input', () => {
    const a = analyze({ inputShape: [4, 4, 3], layers: [{ type: 'conv2d', filters: 2, kernelSize: 5 }, { type: 'flatten' }] });
    expect(a.error?.message).toMatch(/kernelSize 5 is larger than the input height 4 with padding "valid"/);
    expect(a.layers).toHaveLength(0);
  });
  it('a layer given the wrong rank', () => {
    expect(analyze({ inputShape: [784], layers: [{ type: 'conv2d', filters: 2, kernelSize: 3 }] }).error?.message).toMatch(/conv2d needs a 3-D input \(height × width × channels\), got 784/);
    expect(analyze({ inputShape: [28, 28, 1], layers: [{ type: 'lstm', units: 2 }] }).error?.message).toMatch(/lstm needs a 2-D input/);
  });
  it('strides together with dilation, and a reshape that changes the count', () => {
    expect(analyze({ inputShape: [9, 9, 1], layers: [{ type: 'conv2d', filters: 1, kernelSize: 3, strides: 2, dilationRate: 2 }] }).error?.message).toMatch(/strides and dilationRate cannot both be above 1/);
    expect(analyze({ inputShape: [784], layers: [{ type: 'reshape', targetShape: [27, 28, 1] }] }).error?.message).toMatch(/cannot turn 784 \(784 values\) into 27×28×1 \(756 values\)/);
  });
});

describe('latency', () => {
  it('100 M FLOPs at 25 MFLOP/s = 4000 ms', () => {
    expect(latencyMs(100e6, 25e6)).toBe(4000);
    const r = estimateLatency({ work: 100e6, rate: 25e6 });
    expect(r.ok && r.value.latencyMs).toBe(4000);
  });
  it('5.6 M MACs at 80 MHz and 0.8 MAC/cycle = 87.5 ms; MACs in, FLOP/s out converts by 2', () => {
    const r = estimateLatency({ work: 5.6e6, workUnit: 'macs', mode: 'clock', clockHz: 80e6, opsPerCycle: 0.8, rateUnit: 'macs' });
    expect(r.ok && r.value.latencyMs).toBeCloseTo(87.5, 9);
    const f = estimateLatency({ work: 5.6e6, workUnit: 'macs', rate: 128e6, rateUnit: 'flops' });
    expect(f.ok && f.value.latencyMs).toBeCloseTo(87.5, 9);
  });
  it('cores with efficiency, Amdahl, frames per second', () => {
    expect(parallelLatency(120, 4, 0.8)).toBeCloseTo(37.5, 9);
    expect(amdahlSpeedup(0.9, 4)).toBeCloseTo(3.0769, 4);
    expect(framesPerSecond(38, 4.5)).toBeCloseTo(23.53, 2);
    const r = estimateLatency({ work: 120e6, rate: 1e9, cores: 4, efficiency: 0.8, overheadMs: 0 });
    expect(r.ok && [r.value.singleCoreMs, r.value.latencyMs]).toEqual([120, 37.5]);
  });
  it('input errors name the rule', () => {
    expect(estimateLatency({ work: -1, rate: 1 })).toEqual({ ok: false, error: 'work must be a positive number (operations per inference), got -1' });
    expect(estimateLatency({ work: 1, rate: 1, efficiency: 1.5 })).toEqual({ ok: false, error: 'parallel efficiency must be in (0, 1], got 1.5' });
    expect(estimateLatency({ work: 1, mode: 'clock', clockHz: 1e6 })).toMatchObject({ ok: false, error: expect.stringMatching(/operations per cycle is required/) as unknown });
  });
});

describe('compression chain', () => {
  const cr = (input: Parameters<typeof compressionChain>[0]) => {
    const r = compressionChain(input);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  it('2.5 M params, 30 % pruned, int8 → CR 5.71', () => {
    const r = cr({ params: 2.5e6, prunePercent: 30, bits: 8 });
    expect(r.ratio).toBeCloseTo(5.714, 3);
    expect(r.originalBytes).toBe(10e6);
    expect(r.finalBytes).toBeCloseTo(1.75e6, 6);
  });
  it('2 M params, 25 % pruned, 16-bit, 20 % Huffman → CR 3.33', () => {
    expect(cr({ params: 2e6, prunePercent: 25, bits: 16, codingPercent: 20 }).ratio).toBeCloseTo(3.333, 3);
  });
  it('sparse overhead: bitmask (1 bit per original weight) and CSR (index bits per kept weight)', () => {
    // 50 % pruned, int4, bitmask: 32 / (0.5·4 + 1) = 10.67
    expect(cr({ params: 4e6, prunePercent: 50, bits: 4, sparse: 'bitmask' }).ratio).toBeCloseTo(10.667, 3);
    // 90 % pruned, int8, 4-bit CSR indices: 32 / (0.1·8 + 0.1·4) = 26.67
    expect(cr({ params: 1e6, prunePercent: 90, bits: 8, sparse: 'csr', indexBits: 4 }).ratio).toBeCloseTo(26.667, 3);
    // the stages get smaller and their last entry is the final size
    const r = cr({ params: 1e6, prunePercent: 60, bits: 8, codingPercent: 25 });
    expect(r.stages.map((s) => s.bytes)).toEqual([4e6, 1.6e6, 0.4e6, 0.3e6]);
    expect(r.ratio).toBeCloseTo(13.333, 3);
  });
  it('refuses impossible settings with the rule', () => {
    expect(compressionChain({ params: 1e6, prunePercent: 100, bits: 8 })).toEqual({ ok: false, error: 'prunePercent must be below 100 %, got 100' });
    expect(compressionChain({ params: 1e6, bits: 0 })).toEqual({ ok: false, error: 'bits must be at least 1 bits, got 0' });
  });
});

describe('roofline', () => {
  const r = (input: Parameters<typeof roofline>[0]) => {
    const x = roofline(input);
    if (!x.ok) throw new Error(x.error);
    return x.value;
  };
  it('300 MFLOPs, 60 MB, 2 TFLOP/s, 34 GB/s → memory-bound, 1.76 ms; ridge 58.8', () => {
    const x = r({ flops: 300e6, bytes: 60e6, peakFlops: 2e12, bandwidth: 34e9 });
    expect(x.intensity).toBe(5);
    expect(x.ridge).toBeCloseTo(58.82, 2);
    expect(x.bound).toBe('memory');
    expect(x.latencyMs).toBeCloseTo(1.7647, 4);
    expect(x.computeMs).toBeCloseTo(0.15, 9);
    expect(x.roof).toBe(170e9);
  });
  it('ridge point 200 GFLOP/s ÷ 25 GB/s = 8; attainable at I = 4 on a 1000/50 device = 200 GFLOP/s', () => {
    expect(r({ flops: 1, bytes: 1, peakFlops: 200e9, bandwidth: 25e9 }).ridge).toBe(8);
    expect(r({ flops: 400e9, bytes: 100e9, peakFlops: 1000e9, bandwidth: 50e9 }).attained).toBeCloseTo(200e9, 0);
  });
  it('250,000 int8 weights, 1 MAC each, 100 Mop/s, 40 MB/s flash → max(5.00, 6.25) = 6.25 ms, memory-bound', () => {
    const x = r({ flops: 500_000, bytes: 250_000, peakFlops: 100e6, bandwidth: 40e6 });
    expect([x.computeMs, x.memoryMs, x.latencyMs, x.bound]).toEqual([5, 6.25, 6.25, 'memory']);
  });
  it('cores speed up compute only; the shared memory bus does not scale', () => {
    const one = r({ flops: 1e9, bytes: 1e6, peakFlops: 1e9, bandwidth: 1e9 });
    const four = r({ flops: 1e9, bytes: 1e6, peakFlops: 1e9, bandwidth: 1e9, cores: 4, efficiency: 0.8 });
    expect(four.computeMs).toBeCloseTo(one.computeMs / 3.2, 9);
    expect(four.memoryMs).toBe(one.memoryMs);
  });
  it('cache: LRU keeps all or nothing, pinned memory keeps what fits; hits are charged at cache bandwidth', () => {
    expect(cacheHits(100, 200, 'lru')).toBe(100);
    expect(cacheHits(300, 200, 'lru')).toBe(0);
    expect(cacheHits(300, 200, 'pinned')).toBe(200);
    const x = r({ flops: 1, bytes: 1e6, peakFlops: 1e12, bandwidth: 1e9, cacheBytes: 2e6, cacheBandwidth: 1e10 });
    expect([x.hitRate, x.memoryMs]).toEqual([1, 0.1]);
    const y = r({ flops: 1, bytes: 4e6, peakFlops: 1e12, bandwidth: 1e9, cacheBytes: 1e6, cacheBandwidth: 1e10, cachePolicy: 'pinned' });
    // 1 MB at 10 GB/s + 3 MB at 1 GB/s = 0.1 + 3 ms
    expect(y.memoryMs).toBeCloseTo(3.1, 9);
  });
  it('states the broken rule', () => {
    expect(roofline({ flops: 1, bytes: 1, peakFlops: 0, bandwidth: 1 })).toEqual({ ok: false, error: 'peak compute must be a positive number (FLOP/s per core), got 0' });
  });
});

describe('quantization', () => {
  it('symmetric scale 0.5/127, q(0.3) = 76, round trip error 0.000787', () => {
    const s = symmetricScale(0.5);
    expect(s).toBeCloseTo(0.003937, 6);
    const q = quantize(0.3, s, 0, -127, 127);
    expect(q).toBe(76);
    expect(Math.abs(0.3 - dequantize(q, s, 0))).toBeCloseTo(0.000787, 6);
  });
  it('asymmetric: [−1, 3] uint8 → s = 4/255, zp 64, q(1.7) = 172; [−2, 6] int8 → zp −64; ReLU6 → s = 6/255', () => {
    const u = affineParams(-1, 3, 8, false);
    expect(u.scale).toBeCloseTo(0.015686, 6);
    expect(u.zeroPoint).toBe(64);
    expect(quantize(1.7, u.scale, u.zeroPoint, u.qmin, u.qmax)).toBe(172);
    expect(affineParams(-2, 6, 8, true).zeroPoint).toBe(-64);
    expect(affineParams(0, 6).scale).toBeCloseTo(0.023529, 6);
    expect(affineParams(0, 6).zeroPoint).toBe(0);
  });
  it('the range is widened to contain 0, rounding is half away from zero, SQNR is 6.02·b + 1.76', () => {
    expect(affineParams(2, 6).zeroPoint).toBe(0);
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(-2.4)]).toEqual([3, -3, -2]);
    expect(sqnrDb(8)).toBeCloseTo(49.92, 2);
  });
  it('quantizeValue checks its input', () => {
    expect(quantizeValue({ min: 1, max: 1, bits: 8, scheme: 'asymmetric', signed: true, x: 0 })).toEqual({ ok: false, error: 'max must be greater than min, got min 1 and max 1' });
    expect(quantizeValue({ min: -1, max: 1, bits: 1, scheme: 'symmetric', signed: true, x: 0 })).toEqual({ ok: false, error: 'bits must be a whole number from 2 to 32, got 1' });
    const r = quantizeValue({ min: -1, max: 1, bits: 8, scheme: 'symmetric', signed: true, x: 5 });
    expect(r.ok && [r.value.q, r.value.clipped]).toEqual([127, true]);
  });
});

describe('quantities as typed', () => {
  it('reads SI prefixes and refuses nonsense with the expected form', () => {
    expect(parseQuantity('25M', 'x')).toEqual({ ok: true, value: 25e6 });
    expect(parseQuantity('2.5e7', 'x')).toEqual({ ok: true, value: 25e6 });
    expect(parseQuantity('1,000,000', 'x')).toEqual({ ok: true, value: 1e6 });
    expect(parseQuantity('34 G', 'x')).toEqual({ ok: true, value: 34e9 });
    expect(parseQuantity('fast', 'throughput')).toEqual({ ok: false, error: 'throughput must be a number such as 25M, 2.5e7 or 0.8, got "fast"' });
  });
});
