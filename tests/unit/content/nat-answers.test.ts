// Recomputes every numeric (NAT) answer in content/ from a formula written in code, using the numbers
// in the question's prompt, and checks that the result lies in the range the bank accepts.
// A new NAT question needs an entry in `recompute` below; a missing entry fails with its id.
// The helpers are deliberately small and independent of the app; they can later be swapped for the
// app's calculator functions.
import { describe, expect, it } from 'vitest';
import { readBanks } from '../../../scripts/read-banks';
import { formatIssue } from '../../../src/content-model/issue';
import type { NatQuestion } from '../../../src/content-model/schema';

// ---------- parameter counts, as Keras / TensorFlow.js count them ----------
const dense = (inputs: number, units: number, bias = true) => inputs * units + (bias ? units : 0);
/** A stack of Dense layers: fan-in of each layer is the width of the previous one. */
const mlp = (inputs: number, widths: readonly number[]) => {
  let total = 0;
  let fanIn = inputs;
  for (const units of widths) {
    total += dense(fanIn, units);
    fanIn = units;
  }
  return total;
};
const conv2d = (kh: number, kw: number, cin: number, cout: number, bias = true) => kh * kw * cin * cout + (bias ? cout : 0);
const depthwise = (kh: number, kw: number, cin: number, depthMultiplier = 1, bias = true) =>
  kh * kw * cin * depthMultiplier + (bias ? cin * depthMultiplier : 0);
/** Keras SeparableConv2D: depthwise + pointwise, one bias vector on the pointwise output. */
const separable = (kh: number, kw: number, cin: number, cout: number, depthMultiplier = 1, bias = true) =>
  kh * kw * cin * depthMultiplier + cin * depthMultiplier * cout + (bias ? cout : 0);
/** BatchNormalization: gamma and beta are trainable, moving mean and variance are not. */
const bnTrainable = (channels: number) => 2 * channels;
const bnNonTrainable = (channels: number) => 2 * channels;
const bnTotal = (channels: number) => bnTrainable(channels) + bnNonTrainable(channels);
const embedding = (vocab: number, dim: number) => vocab * dim;
const lstm = (inputs: number, units: number) => 4 * (units * (inputs + units) + units);
/** TensorFlow.js GRU (no reset_after): one bias per gate unit. */
const gruTfjs = (inputs: number, units: number) => 3 * (units * (inputs + units) + units);
/** Keras GRU with the TF2 default reset_after=True: a second bias vector. */
const gruKeras = (inputs: number, units: number) => gruTfjs(inputs, units) + 3 * units;

// ---------- sizes and memory ----------
const KiB = 1024;
const MiB = 1024 * KiB;
const bytesAt = (values: number, bits: number) => (values * bits) / 8;
/** Peak of input + output over a chain of tensors (only one layer's input and output alive at a time). */
const chainPeak = (tensorBytes: readonly number[]) => {
  let peak = 0;
  for (let i = 1; i < tensorBytes.length; i++) peak = Math.max(peak, (tensorBytes[i - 1] ?? 0) + (tensorBytes[i] ?? 0));
  return peak;
};

// ---------- compute, latency, roofline ----------
const denseMacs = (inputs: number, units: number) => inputs * units;
const convMacs = (hOut: number, wOut: number, kh: number, kw: number, cin: number, cout: number) => hOut * wOut * kh * kw * cin * cout;
const depthwiseMacs = (hOut: number, wOut: number, kh: number, kw: number, cin: number, depthMultiplier = 1) =>
  hOut * wOut * kh * kw * cin * depthMultiplier;
/** Output size of a 'same'-padded convolution. */
const sameOut = (size: number, stride: number) => Math.ceil(size / stride);
const flops = (macs: number) => 2 * macs;
const latencyMs = (work: number, workPerSecond: number) => (work / workPerSecond) * 1000;
const ridgePoint = (peak: number, bandwidth: number) => peak / bandwidth;
const attainable = (peak: number, bandwidth: number, intensity: number) => Math.min(peak, intensity * bandwidth);
const parallelTime = (time: number, cores: number, efficiency: number) => time / (cores * efficiency);
const amdahl = (parallelFraction: number, cores: number) => 1 / (1 - parallelFraction + parallelFraction / cores);

// ---------- quantization and compression ----------
/** Symmetric scale: levels -(2^(b-1)-1) … 2^(b-1)-1, zero point 0. */
const symScale = (maxAbs: number, bits = 8) => maxAbs / (2 ** (bits - 1) - 1);
/** Affine scale over 2^b levels. */
const affineScale = (min: number, max: number, bits = 8) => (max - min) / (2 ** bits - 1);
/** Zero point: the integer that represents real 0 (qmin = 0 for uint8, -128 for int8). */
const zeroPoint = (min: number, scale: number, qmin = 0) => qmin - Math.round(min / scale);
const quantize = (x: number, scale: number, zero = 0, qmin = -127, qmax = 127) =>
  Math.min(qmax, Math.max(qmin, Math.round(x / scale) + zero));
const dequantize = (q: number, scale: number, zero = 0) => scale * (q - zero);
const sqnrDb = (bits: number) => 6.02 * bits + 1.76;
/** Original bits per weight ÷ final bits per original weight (values kept × bits × coding, plus index bits). */
const compressionRatio = (bitsBefore: number, keptFraction: number, bitsAfter: number, codingSaving = 0, indexBitsPerWeight = 0) =>
  bitsBefore / (keptFraction * bitsAfter * (1 - codingSaving) + indexBitsPerWeight);

// ---------- power, energy, buffers, transfers ----------
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
  'ms-mlp-int8-int32-bias-bytes': () => bytesAt(784 * 128 + 128 * 64 + 64 * 10, 8) + bytesAt(128 + 64 + 10, 32),
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
  'cl-dense-intensity-fp32': () => flops(denseMacs(1024, 1024)) / bytesAt(1024 * 1024 + 1024 + 1024 + 1024, 32),
  'cl-ridge-point': () => ridgePoint(200e9, 25e9),
  'cl-roofline-attainable': () => attainable(1000, 50, 4),
  'cl-roofline-latency': () => latencyMs(300e6, attainable(2e12, 34e9, 300e6 / 60e6)),
  'cl-multicore-efficiency': () => parallelTime(120, 4, 0.8),
  'cl-amdahl-4-cores': () => amdahl(0.9, 4),
  'cl-compute-vs-flash-bound': () => Math.max(latencyMs(2 * 250_000, 100e6), latencyMs(250_000, 40e6)),
  'cl-clock-for-kws': () => (2.7e6 * (1000 / 40)) / 0.5 / 1e6,
  'cl-resolution-scaling': () => 300 * ((160 * 160) / (224 * 224)),

  // ---- content/quantization-math.md ----
  'qm-symmetric-scale': () => symScale(Math.max(Math.abs(-0.5), Math.abs(0.3))),
  'qm-quantize-0-3': () => quantize(0.3, symScale(0.5)),
  'qm-round-trip-error': () => Math.abs(0.3 - dequantize(quantize(0.3, symScale(0.5)), symScale(0.5))),
  'qm-relu6-scale': () => affineScale(0, 6),
  'qm-uint8-zero-point': () => zeroPoint(-1, affineScale(-1, 3)),
  'qm-uint8-quantize': () => quantize(1.7, affineScale(-1, 3), zeroPoint(-1, affineScale(-1, 3)), 0, 255),
  'qm-int8-asym-zero-point': () => zeroPoint(-2, affineScale(-2, 6), -128),
  'qm-max-rounding-error': () => symScale(1.27) / 2,
  'qm-sqnr-8-bit': () => sqnrDb(8),
  'qm-bits-for-60db': () => {
    let bits = 1;
    while (sqnrDb(bits) < 60) bits++;
    return bits;
  },
  'qm-chain-prune-int8-entropy': () => compressionRatio(32, 1 - 0.6, 8, 0.25),
  'qm-sparse-int4-bitmask': () => compressionRatio(32, 1 - 0.5, 4, 0, 1),
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
