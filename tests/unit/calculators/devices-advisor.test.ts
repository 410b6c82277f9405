// Device presets, the fits verdict, the on-device estimate, the advisor and the text notation of models.
import { describe, expect, it } from 'vitest';
import { adviseOptimizations } from '../../../src/features/calculators/lib/advisor';
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model';
import { DEVICES, deviceById, deviceMacsPerSecond } from '../../../src/features/calculators/lib/devices';
import { fitsOnDevice } from '../../../src/features/calculators/lib/fits';
import { ModelSpecSchema } from '../../../src/features/calculators/lib/layer-config';
import { modelPreset } from '../../../src/features/calculators/lib/model-presets';
import { parseInputShape, parseModel } from '../../../src/features/calculators/lib/model-notation';
import { scaleInput, scaleWidth, toSeparable } from '../../../src/features/calculators/lib/model-transforms';
import { estimateOnDevice } from '../../../src/features/calculators/lib/on-device';

const spec = (id: string) => ModelSpecSchema.parse(modelPreset(id)!.model);
const device = (id: string) => deviceById(id)!;

describe('device presets', () => {
  it('cover the ten boards the issue names, each with cited sources and stated estimates', () => {
    const names = DEVICES.map((d) => d.name).join(' | ');
    for (const n of ['Arduino Nano 33 BLE Sense', 'Raspberry Pi Pico', 'ESP32 ', 'ESP32-S3', 'STM32F746', 'STM32H743', 'SparkFun Edge', 'Raspberry Pi 4', 'Jetson Nano', 'Edge TPU']) {
      expect(names).toContain(n);
    }
    for (const d of DEVICES) {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.sources.every((s) => s.startsWith('https://'))).toBe(true);
      expect(d.estimates.length).toBeGreaterThan(20);
    }
  });

  it('datasheet figures: clocks, SRAM and flash', () => {
    const nano = device('arduino-nano-33-ble-sense');
    expect([nano.clockMHz, nano.ramBytes / 1024, nano.storageBytes / 1024, nano.fpu]).toEqual([64, 256, 1024, 'fp32']);
    const pico = device('raspberry-pi-pico');
    expect([pico.clockMHz, pico.ramBytes / 1024, pico.storageBytes / 1024 / 1024, pico.fpu, pico.cores]).toEqual([133, 264, 2, 'none', 2]);
    const f7 = device('stm32f746');
    expect([f7.clockMHz, f7.ramBytes / 1024, f7.storageBytes / 1024]).toEqual([216, 320, 1024]);
    const h7 = device('stm32h743');
    expect([h7.clockMHz, h7.ramBytes / 1024, h7.storageBytes / 1024 / 1024]).toEqual([480, 1024, 2]);
  });

  it('throughput follows precision: float on a part without an FPU is far slower; the Edge TPU refuses float', () => {
    const pico = device('raspberry-pi-pico');
    expect(deviceMacsPerSecond(pico, 8)).toBeGreaterThan(5 * deviceMacsPerSecond(pico, 32));
    expect(deviceMacsPerSecond(device('coral-edge-tpu'), 32)).toBe(0);
    expect(deviceMacsPerSecond(device('coral-edge-tpu'), 8)).toBe(2e12);
  });
});

describe('fits verdict', () => {
  it('weights against storage, arena against RAM, with reserves', () => {
    const nano = device('arduino-nano-33-ble-sense');
    const ok = fitsOnDevice(500 * 1024, 100 * 1024, nano);
    expect(ok.fits).toBe(true);
    expect(ok.summary).toBe('Fits: weights use 49 % of the flash, the arena 39 % of the SRAM.');
    const tight = fitsOnDevice(900 * 1024, 100 * 1024, nano, 20);
    expect([tight.weights.fits, tight.arena.fits, tight.fits]).toEqual([false, true, false]);
    expect(tight.summary).toBe('Does not fit: the weights need 110 % of the flash.');
  });

  it('the int8 DS-CNN fits a Nano 33 BLE Sense; float MobileNetV1 fits no microcontroller', () => {
    const kws = estimateOnDevice(analyzeModel(spec('ds-cnn-kws')), device('arduino-nano-33-ble-sense'), { weightBits: 8, activationBits: 8, biasBits: 32 });
    expect(kws.ok && kws.value.fit.fits).toBe(true);
    for (const d of DEVICES.filter((x) => x.kind === 'mcu')) {
      const m = estimateOnDevice(analyzeModel(spec('mobilenet-v1-1.0-224')), d, { weightBits: 32, activationBits: 32 });
      expect(m.ok && m.value.fit.fits, d.id).toBe(false);
    }
  });

  it('on-device latency is the layer-by-layer roofline sum, at least the whole-model bound', () => {
    const e = estimateOnDevice(analyzeModel(spec('ds-cnn-kws')), device('stm32f746'), { weightBits: 8, activationBits: 8 });
    if (!e.ok) throw new Error(e.error);
    const { whole, layeredMs } = e.value.roofline;
    expect(layeredMs).toBeGreaterThanOrEqual(whole.latencyMs * (1 - 1e-12));
    // compute-bound on an MCU: 2.66 M MACs at 216 MHz × 0.57 MAC/cycle ≈ 21.6 ms
    expect(whole.bound).toBe('compute');
    expect(whole.computeMs).toBeCloseTo((2_656_768 / (216e6 * 0.57)) * 1000, 6);
  });
});

describe('model transforms', () => {
  it('width multiplier keeps the classifier; separable keeps the stem; smaller input scales the spatial axes', () => {
    const mlp = scaleWidth(spec('mlp-784-128-64-10'), 0.5);
    expect(mlp.layers.map((l) => (l.type === 'dense' ? l.units : 0))).toEqual([64, 32, 10]);
    const cnn = ModelSpecSchema.parse({
      inputShape: [32, 32, 3],
      layers: [
        { type: 'conv2d', filters: 16, kernelSize: 3 },
        { type: 'conv2d', filters: 32, kernelSize: 3 },
        { type: 'conv2d', filters: 32, kernelSize: 1 },
      ],
    });
    expect(toSeparable(cnn)!.layers.map((l) => l.type)).toEqual(['conv2d', 'separableConv2d', 'conv2d']);
    expect(toSeparable(spec('mlp-784-128-64-10'))).toBeNull();
    expect(scaleInput(cnn, 0.5)!.inputShape).toEqual([16, 16, 3]);
    expect(scaleInput(spec('mlp-784-128-64-10'), 0.5)).toBeNull();
  });
});

describe('advisor', () => {
  it('float MobileNetV1 on an STM32H743 with a 500 ms budget: every problem named, a plan that meets it, effects computed', () => {
    const r = adviseOptimizations({ spec: spec('mobilenet-v1-1.0-224'), device: device('stm32h743'), precision: { weightBits: 32, activationBits: 32 }, latencyBudgetMs: 500 });
    if (!r.ok) throw new Error(r.error);
    const a = r.value;
    expect(a.problems).toHaveLength(3);
    expect(a.meetsBefore.all).toBe(false);
    const int8 = a.suggestions.find((s) => s.id === 'int8')!;
    // int8 weights + int32 biases: (4,253,864 − 1,000 biases) · 1 + 1,000 · 4 bytes
    expect(int8.after.weightBytes).toBe(4_253_864 + 3 * 1_000);
    expect(int8.after.arenaBytes).toBe(a.before.arenaBytes / 4);
    expect(int8.after.latencyMs).toBeLessThan(a.before.latencyMs);
    expect(a.plan.steps[0]!.id).toBe('int8');
    expect(a.plan.meets.all).toBe(true);
    // the plan's final numbers are a real re-analysis, not multiplied guesses
    expect(a.plan.after.weightBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('a model that already meets its target needs no plan, and pruning is not offered', () => {
    const r = adviseOptimizations({ spec: spec('ds-cnn-kws'), device: device('raspberry-pi-4'), precision: { weightBits: 8, activationBits: 8 }, latencyBudgetMs: 50 });
    if (!r.ok) throw new Error(r.error);
    expect([r.value.problems, r.value.plan.steps]).toEqual([[], []]);
    expect(r.value.suggestions.some((s) => s.id === 'prune')).toBe(false);
  });

  it('an int8-only accelerator is assessed after int8 and says so', () => {
    const r = adviseOptimizations({ spec: spec('mobilenet-v1-1.0-224'), device: device('coral-edge-tpu'), precision: { weightBits: 32, activationBits: 32 } });
    if (!r.ok) throw new Error(r.error);
    expect(r.value.problems[0]).toMatch(/runs int8 models only/);
    expect(r.value.before.weightBytes).toBe(4_256_864);
  });
});

describe('model notation', () => {
  it('reads shapes in several spellings and refuses nonsense with the rule', () => {
    expect(parseInputShape('28x28x1')).toEqual({ ok: true, value: [28, 28, 1] });
    expect(parseInputShape('[28, 28, 1]')).toEqual({ ok: true, value: [28, 28, 1] });
    expect(parseInputShape('28×28')).toEqual({ ok: true, value: [28, 28] });
    expect(parseInputShape('')).toEqual({ ok: false, error: 'the input shape needs at least one size, e.g. 784 or 28x28x1' });
    expect(parseInputShape('28xbanana')).toEqual({ ok: false, error: 'input shape "28xbanana": each input size must be a positive integer, got "banana"' });
  });

  it('accepts Keras spellings and reports each broken layer', () => {
    const ok = parseModel('32x32x3', 'Conv2D(filters=8,kernel_size=3,padding=same);BatchNormalization;flatten;Dense(units=10,use_bias=false)');
    expect(ok.layerErrors.size).toBe(0);
    expect(analyzeModel(ok.spec!).totals.params).toBe(3 * 3 * 3 * 8 + 8 + 32 + 32 * 32 * 8 * 10);
    const bad = parseModel('32x32x3', 'conv2d(filters=0,kernelSize=3);dense(units=abc);conv3d;dense(filterz=2);conv2d(kernelSize=3);dropout(rate=1.5);conv2d(filters=2,kernelSize=3,padding=full)');
    expect(bad.spec).toBeUndefined();
    expect([...bad.layerErrors.values()]).toEqual([
      'layer 1 (conv2d): filters must be a positive integer, got 0',
      'layer 2 (dense): units must be a positive integer, got "abc"',
      expect.stringMatching(/^layer 3: there is no layer type "conv3d"; use one of dense, conv1d, conv2d/) as unknown,
      'layer 4 (dense) has no option "filterz"; its options are units, useBias, activation',
      'layer 5 (conv2d): filters is required',
      'layer 6 (dropout): rate must be in [0, 1), got 1.5',
      'layer 7 (conv2d): padding must be "same" or "valid", got "full"',
    ]);
  });
});
