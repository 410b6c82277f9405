// Recomputes every numeric (NAT) answer in content/ from a formula written in code, using the numbers
// in the question's prompt, and checks that the result lies in the range the bank accepts.
// A new NAT question needs an entry in `recompute` below; a missing entry fails with its id.
// The helpers call the app's calculator functions (src/features/calculators/lib) wherever one exists,
// so the calculators are the answer key; the power and transfer helpers have no calculator yet.
import { describe, expect, it } from 'vitest';
import { readBanks } from '../../../scripts/read-banks';
import { formatIssue } from '../../../src/content-model/issue';
import type { NatQuestion } from '../../../src/content-model/schema';
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model';
import { compressionChain } from '../../../src/features/calculators/lib/compression';
import { convOutputLength } from '../../../src/features/calculators/lib/conv-geometry';
import { ModelSpecSchema, type LayerInput } from '../../../src/features/calculators/lib/layer-config';
import { amdahlSpeedup, latencyMs, parallelLatency } from '../../../src/features/calculators/lib/latency';
import { weightBytes } from '../../../src/features/calculators/lib/model-size';
import { modelTrafficBytes } from '../../../src/features/calculators/lib/on-device';
import { affineParams, dequantize as dequantizeFrom, quantize as quantizeTo, sqnrDb, symmetricScale } from '../../../src/features/calculators/lib/quantization';
import { roofline } from '../../../src/features/calculators/lib/roofline';
import { bytesAt, KIB, macsToFlops, MIB } from '../../../src/features/calculators/lib/units';

// ---------- the model-size calculator: parameter counts as Keras / TensorFlow.js count them ----------
const analyze = (inputShape: number[], layers: LayerInput[]) => {
  const a = analyzeModel(ModelSpecSchema.parse({ inputShape, layers }));
  if (a.error) throw new Error(a.error.message);
  return a;
};
const totals = (inputShape: number[], layers: LayerInput[]) => analyze(inputShape, layers).totals;
const dense = (inputs: number, units: number, bias = true) => totals([inputs], [{ type: 'dense', units, useBias: bias }]).params;
/** A stack of Dense layers: fan-in of each layer is the width of the previous one. */
const mlp = (inputs: number, widths: readonly number[]) => totals([inputs], widths.map((units): LayerInput => ({ type: 'dense', units }))).params;
const conv2d = (kh: number, kw: number, cin: number, cout: number, bias = true) => totals([kh, kw, cin], [{ type: 'conv2d', filters: cout, kernelSize: [kh, kw], useBias: bias }]).params;
const depthwise = (kh: number, kw: number, cin: number, depthMultiplier = 1, bias = true) =>
  totals([kh, kw, cin], [{ type: 'depthwiseConv2d', kernelSize: [kh, kw], depthMultiplier, useBias: bias }]).params;
/** Keras SeparableConv2D: depthwise + pointwise, one bias vector on the pointwise output. */
const separable = (kh: number, kw: number, cin: number, cout: number, depthMultiplier = 1, bias = true) =>
  totals([kh, kw, cin], [{ type: 'separableConv2d', filters: cout, kernelSize: [kh, kw], depthMultiplier, useBias: bias }]).params;
/** BatchNormalization: gamma and beta are trainable, moving mean and variance are not. */
const bnTrainable = (channels: number) => totals([channels], [{ type: 'batchNormalization' }]).trainable;
const bnNonTrainable = (channels: number) => totals([channels], [{ type: 'batchNormalization' }]).nonTrainable;
const bnTotal = (channels: number) => totals([channels], [{ type: 'batchNormalization' }]).params;
const embedding = (vocab: number, dim: number) => totals([1], [{ type: 'embedding', inputDim: vocab, outputDim: dim }]).params;
const lstm = (inputs: number, units: number) => totals([1, inputs], [{ type: 'lstm', units }]).params;
/** TensorFlow.js GRU (no reset_after): one bias per gate unit. */
const gruTfjs = (inputs: number, units: number) => totals([1, inputs], [{ type: 'gru', units }]).params;
/** Keras GRU with the TF2 default reset_after=True: a second bias vector. */
const gruKeras = (inputs: number, units: number) => totals([1, inputs], [{ type: 'gru', units, resetAfter: true }]).params;

// ---------- sizes and memory ----------
const MiB = MIB;
const KiB = KIB;
/** Peak of input + output over a chain of tensors given by size (the calculator works from layers, not sizes). */
const chainPeak = (tensorBytes: readonly number[]) => {
  let peak = 0;
  for (let i = 1; i < tensorBytes.length; i++) peak = Math.max(peak, (tensorBytes[i - 1] ?? 0) + (tensorBytes[i] ?? 0));
  return peak;
};

// ---------- compute, latency, roofline ----------
const denseMacs = (inputs: number, units: number) => totals([inputs], [{ type: 'dense', units }]).macs;
/** MACs of a stride-1 'same' convolution: its output is as large as its input. */
const convMacs = (hOut: number, wOut: number, kh: number, kw: number, cin: number, cout: number) =>
  totals([hOut, wOut, cin], [{ type: 'conv2d', filters: cout, kernelSize: [kh, kw], padding: 'same' }]).macs;
const depthwiseMacs = (hOut: number, wOut: number, kh: number, kw: number, cin: number, depthMultiplier = 1) =>
  totals([hOut, wOut, cin], [{ type: 'depthwiseConv2d', kernelSize: [kh, kw], depthMultiplier, padding: 'same' }]).macs;
/** Output size of a 'same'-padded convolution. */
const sameOut = (size: number, stride: number) => convOutputLength(size, 1, 'same', stride);
const flops = macsToFlops;
const roof = (flopCount: number, bytes: number, peak: number, bandwidth: number) => {
  const r = roofline({ flops: flopCount, bytes, peakFlops: peak, bandwidth });
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const ridgePoint = (peak: number, bandwidth: number) => roof(1, 1, peak, bandwidth).ridge;
/** Roofline performance at a given intensity: a kernel of `intensity` FLOPs on 1 byte. */
const attainable = (peak: number, bandwidth: number, intensity: number) => roof(intensity, 1, peak, bandwidth).roof;
const parallelTime = parallelLatency;
const amdahl = amdahlSpeedup;
/** Arithmetic intensity of a model as the roofline calculator counts its traffic (weights + activations). */
const modelIntensity = (inputShape: number[], layers: LayerInput[], bits: number) => {
  const a = analyze(inputShape, layers);
  return a.totals.flops / modelTrafficBytes(a, { weightBits: bits, activationBits: bits });
};

// ---------- quantization and compression ----------
/** Symmetric scale: levels -(2^(b-1)-1) … 2^(b-1)-1, zero point 0. */
const symScale = (maxAbs: number, bits = 8) => symmetricScale(maxAbs, bits);
/** Affine scale and zero point over 2^b levels, for a range [min, max] that contains 0. */
const affine = (min: number, max: number, bits = 8, signed = false) => affineParams(min, max, bits, signed);
const quantize = (x: number, scale: number, zero = 0, qmin = -127, qmax = 127) => quantizeTo(x, scale, zero, qmin, qmax);
const dequantize = (q: number, scale: number, zero = 0) => dequantizeFrom(q, scale, zero);
/** The compression calculator: original bits per weight ÷ final bits per original weight. */
const compressionRatio = (bitsBefore: number, keptFraction: number, bitsAfter: number, codingSaving = 0, sparse: 'none' | 'bitmask' = 'none') => {
  const r = compressionChain({ params: 1e6, baseBits: bitsBefore, prunePercent: (1 - keptFraction) * 100, bits: bitsAfter, codingPercent: codingSaving * 100, sparse });
  if (!r.ok) throw new Error(r.error);
  return r.value.ratio;
};

// ---------- power, energy, buffers, transfers (no calculator for these yet) ----------
const avgCurrent = (activeMa: number, sleepMa: number, duty: number) => duty * activeMa + (1 - duty) * sleepMa;
const batteryHours = (mAh: number, mA: number) => mAh / mA;
const energyJ = (watts: number, seconds: number) => watts * seconds;
const audioBytes = (rateHz: number, seconds: number, bytesPerSample: number, channels = 1) => rateHz * seconds * bytesPerSample * channels;
const frameCount = (clipMs: number, windowMs: number, strideMs: number) => Math.floor((clipMs - windowMs) / strideMs) + 1;
const transferSeconds = (bytes: number, bitsPerSecond: number) => (bytes * 8) / bitsPerSecond;

const entropy2 = (...counts: number[]) => {
  const n = counts.reduce((a, b) => a + b, 0);
  return -counts.filter((c) => c > 0).reduce((h, c) => h + (c / n) * Math.log2(c / n), 0);
};
const iou = (a: readonly number[], b: readonly number[]) => {
  const [ax1, ay1, ax2, ay2] = a as [number, number, number, number];
  const [bx1, by1, bx2, by2] = b as [number, number, number, number];
  const inter = Math.max(0, Math.min(ax2, bx2) - Math.max(ax1, bx1)) * Math.max(0, Math.min(ay2, by2) - Math.max(ay1, by1));
  return inter / ((ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter);
};
const dcg = (relevant: readonly number[]) => relevant.reduce((s, pos) => s + 1 / Math.log2(pos + 1), 0);

const recompute: Record<string, () => number> = {
  // ---- content/cv-system-design.md ----
  'cv-network-budget-ms': () => 1000 / 30 - 6 - 3 - 4,
  'cv-cloud-stream-tb-per-day': () => (1000 * 2e6 * 86_400) / 8 / 1e12,
  // ---- content/ml-concepts.md ----
  'mlc-nat-f1-score': () => {
    const precision = 80 / (80 + 20);
    const recall = 80 / (80 + 40);
    return (2 * precision * recall) / (precision + recall);
  },
  'mlc-nat-information-gain': () => entropy2(12, 8) - (10 / 20) * entropy2(9, 1) - (10 / 20) * entropy2(3, 7),
  'mlc-nat-iou': () => iou([10, 10, 50, 50], [30, 20, 70, 60]),
  'mlc-nat-ndcg': () => dcg([1, 3, 5]) / dcg([1, 2, 3, 4]),
  'mlc-nat-epsilon-greedy': () => 1 - 0.1 + 0.1 / 4,
  'mlc-nat-ci-half-width': () => (1.96 * 30) / Math.sqrt(900),
  'mlc-nat-vif': () => 1 / (1 - 0.9),
  'mlc-nat-balanced-class-weight': () => 1000 / (2 * 50),
  // ---- content/tinyml-essentials.md ----
  'ess-latency-from-flops': () => latencyMs(60e6, 20e6),
  'ess-compression-ratio': () => compressionRatio(32, 1 - 0.4, 8),
  'ess-dense-params': () => dense(512, 64),
  'ess-int8-scale': () => symScale(Math.max(Math.abs(-0.8), Math.abs(0.6))),
  'ess-duty-cycle-battery': () => batteryHours(220, avgCurrent(12, 0.05, 0.02)),

  // ---- content/attempt-1.md ----
  'a1-latency-100mflops': () => latencyMs(100e6, 25e6),
  'a1-cr-prune30-int8': () => compressionRatio(32, 1 - 0.3, 8),
  'a1-cr-prune-fp16-huffman': () => compressionRatio(32, 1 - 0.25, 16, 0.2),
  'a1-dense-after-flatten': () => dense(7 * 7 * 512, 128),
  'a1-transfer-head-params': () => mlp(128, [64, 10]),

  // ---- content/model-size-math.md ----
  'ms-dense-784-128': () => dense(784, 128),
  'ms-mlp-784-128-64-10': () => mlp(784, [128, 64, 10]),
  'ms-mlp-int8-int32-bias-bytes': () => {
    const t = totals([784], [128, 64, 10].map((units): LayerInput => ({ type: 'dense', units })));
    return weightBytes(t.params, t.biases, 8, 32);
  },
  'ms-conv2d-rgb-32': () => conv2d(3, 3, 3, 32),
  'ms-conv-nobias-bn-trainable': () => conv2d(3, 3, 64, 128, false) + bnTrainable(128),
  'ms-batchnorm-nontrainable': () => bnNonTrainable(32) + bnNonTrainable(64) + bnNonTrainable(128),
  'ms-depthwise-3x3-144': () => depthwise(3, 3, 144),
  'ms-depthwise-5x5-dm2': () => depthwise(5, 5, 32, 2),
  'ms-separable-3x3-64-128': () => separable(3, 3, 64, 128),
  'ms-conv-vs-separable-ratio': () => conv2d(3, 3, 128, 256) / separable(3, 3, 128, 256),
  'ms-inverted-residual-total': () =>
    conv2d(1, 1, 16, 16 * 6, false) +
    bnTotal(16 * 6) +
    depthwise(3, 3, 16 * 6, 1, false) +
    bnTotal(16 * 6) +
    conv2d(1, 1, 16 * 6, 24, false) +
    bnTotal(24),
  'ms-embedding-fp16-mb': () => bytesAt(embedding(10_000, 64), 16) / 1e6,
  'ms-lstm-mfcc': () => lstm(40, 64),
  'ms-gru-tfjs': () => gruTfjs(64, 128),
  'ms-gru-keras-reset-after': () => gruKeras(16, 32),
  'ms-int4-kib': () => bytesAt(1_500_000, 4) / KiB,
  'ms-mixed-precision-mb': () => (bytesAt(2_000_000 * 0.05, 16) + bytesAt(2_000_000 * 0.95, 8)) / 1e6,
  'ms-activation-pair-kib': () => (48 * 48 * 16 + 48 * 48 * 32) / KiB,
  'ms-arena-peak-chain': () => chainPeak([96 * 96 * 1, 48 * 48 * 8, 48 * 48 * 8, 48 * 48 * 16, 24 * 24 * 32, 32, 4]),
  'ms-wake-word-ratio': () => (2 * MiB) / (512 * KiB * (1 - 0.2)),

  // ---- content/compute-latency-math.md ----
  'cl-dense-macs': () => denseMacs(256, 128),
  'cl-conv-macs-same': () => convMacs(sameOut(32, 1), sameOut(32, 1), 3, 3, 16, 32),
  'cl-conv-stride2-mflops': () => flops(convMacs(sameOut(224, 2), sameOut(224, 2), 3, 3, 3, 32)) / 1e6,
  'cl-depthwise-macs': () => depthwiseMacs(56, 56, 3, 3, 64),
  'cl-separable-speedup-5x5': () => convMacs(1, 1, 5, 5, 32, 64) / (depthwiseMacs(1, 1, 5, 5, 32) + convMacs(1, 1, 1, 1, 32, 64)),
  'cl-latency-mac-per-cycle': () => latencyMs(5.6e6, 0.8 * 80e6),
  'cl-fps-budget': () => 1000 / 30 - 9,
  'cl-max-fps': () => 1000 / (38 + 4.5),
  'cl-dense-intensity-fp32': () => modelIntensity([1024], [{ type: 'dense', units: 1024 }], 32),
  'cl-ridge-point': () => ridgePoint(200e9, 25e9),
  'cl-roofline-attainable': () => attainable(1000, 50, 4),
  'cl-roofline-latency': () => roof(300e6, 60e6, 2e12, 34e9).latencyMs,
  'cl-multicore-efficiency': () => parallelTime(120, 4, 0.8),
  'cl-amdahl-4-cores': () => amdahl(0.9, 4),
  'cl-compute-vs-flash-bound': () => roof(flops(250_000), 250_000, 100e6, 40e6).latencyMs,
  'cl-clock-for-kws': () => (2.7e6 * (1000 / 40)) / 0.5 / 1e6,
  'cl-resolution-scaling': () => 300 * ((160 * 160) / (224 * 224)),

  // ---- content/quantization-math.md ----
  'qm-symmetric-scale': () => symScale(Math.max(Math.abs(-0.5), Math.abs(0.3))),
  'qm-quantize-0-3': () => quantize(0.3, symScale(0.5)),
  'qm-round-trip-error': () => Math.abs(0.3 - dequantize(quantize(0.3, symScale(0.5)), symScale(0.5))),
  'qm-relu6-scale': () => affine(0, 6).scale,
  'qm-uint8-zero-point': () => affine(-1, 3).zeroPoint,
  'qm-uint8-quantize': () => quantize(1.7, affine(-1, 3).scale, affine(-1, 3).zeroPoint, 0, 255),
  'qm-int8-asym-zero-point': () => affine(-2, 6, 8, true).zeroPoint,
  'qm-max-rounding-error': () => symScale(1.27) / 2,
  'qm-sqnr-8-bit': () => sqnrDb(8),
  'qm-bits-for-60db': () => {
    let bits = 1;
    while (sqnrDb(bits) < 60) bits++;
    return bits;
  },
  'qm-chain-prune-int8-entropy': () => compressionRatio(32, 1 - 0.6, 8, 0.25),
  'qm-sparse-int4-bitmask': () => compressionRatio(32, 1 - 0.5, 4, 0, 'bitmask'),
  'qm-bitmask-vs-index-breakeven': () => (1 - 1 / 16) * 100,
  'qm-int32-accumulator-terms': () => Math.floor((2 ** 31 - 1) / (-128 * -128)),
  'qm-requantize-output': () => Math.round(2345 * ((0.02 * 0.005) / 0.05)) + 10,
  'qm-per-tensor-levels': () => 2 * quantize(0.05, symScale(0.8)) + 1,

  // ---- content/power-math.md ----
  'pw-battery-days': () => batteryHours(1000, 0.25) / 24,
  'pw-duty-cycle-average': () => avgCurrent(8, 0.005, 50 / 1000),
  'pw-coin-cell-days': () => batteryHours(225, avgCurrent(6, 0.003, 0.12 / 10)) / 24,
  'pw-energy-per-inference': () => energyJ(30e-3, 12e-3) * 1e6,
  'pw-energy-from-current': () => energyJ(3.3 * 14e-3, 20e-3) * 1e6,
  'pw-inferences-per-battery': () => (1000e-3 * 3600 * 3.0) / 0.5e-3 / 1e6,
  'pw-radio-vs-compute': () => (audioBytes(16_000, 1, 2) * 8 * 100e-9) / (1.2e-3 + 8 * 100e-9),
  'pw-audio-buffer-bytes': () => audioBytes(16_000, 1, 2),
  'pw-mfcc-feature-count': () => frameCount(1000, 30, 20) * 40,
  'pw-imu-double-buffer': () => 2 * audioBytes(100, 2, 2, 3),
  'pw-ota-ble-seconds': () => transferSeconds(300 * KiB, 125_000),
  'pw-ota-narrowband-minutes': () => (Math.ceil((50 * KiB) / 242) * 30) / 60,
  'pw-ota-energy-mj': () => energyJ(3 * 8e-3, transferSeconds(500 * KiB, 1e6)) * 1e3,
  'pw-harvest-inferences-per-hour': () => Math.floor(energyJ(100e-6 - 10e-6, 3600) / 2e-3),
  'pw-derated-battery-days': () => batteryHours(2500 * 0.8, 0.35) / 24,
  'pw-max-duty-cycle': () => ((1000 / (365 * 24) - 0.002) / (5 - 0.002)) * 100,
};

const { results, issues } = readBanks(['content']);
const natQuestions = results.flatMap((r) =>
  r.bank.questions.filter((q): q is NatQuestion => q.type === 'nat').map((question) => ({ question, file: r.bank.file })),
);

describe('NAT answers in content/', () => {
  it('parse without errors, so no NAT question is silently left out', () => {
    expect(issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  });

  it('exist', () => {
    expect(natQuestions.length).toBeGreaterThan(0);
  });

  it('each have a recompute entry', () => {
    const missing = natQuestions.filter(({ question }) => !Object.hasOwn(recompute, question.id)).map(({ question, file }) => `${file}: ${question.id}`);
    expect(missing, 'NAT questions without a formula in the recompute table').toEqual([]);
  });

  it('have no stale recompute entries', () => {
    const ids = new Set(natQuestions.map(({ question }) => question.id));
    expect(Object.keys(recompute).filter((id) => !ids.has(id)), 'recompute entries that match no NAT question').toEqual([]);
  });

  for (const { question, file } of natQuestions) {
    it(`${question.id} (${file}) recomputes inside [${question.answer.min}, ${question.answer.max}]`, () => {
      const formula = Object.hasOwn(recompute, question.id) ? recompute[question.id] : undefined;
      if (!formula) throw new Error(`no recompute entry for NAT question ${question.id} in ${file}`);
      const value = formula();
      expect(Number.isFinite(value), `${question.id} recomputes to ${value}`).toBe(true);
      expect(value, `${question.id}: recomputed ${value}, answer ${question.answer.display}`).toBeGreaterThanOrEqual(question.answer.min);
      expect(value, `${question.id}: recomputed ${value}, answer ${question.answer.display}`).toBeLessThanOrEqual(question.answer.max);
    });
  }
});
