// The quantization maths against examples computed by hand from the TFLite spec and the affine uint8 scheme.
import { describe, expect, it } from 'vitest';
import { checkConfig, TFLITE_INT8 } from '../../../src/features/lab/lib/config';
import { intRange, levelCount } from '../../../src/features/lab/lib/int-range';
import { affineParams, symmetricParams } from '../../../src/features/lab/lib/qparams';
import { dequantizeValue, gridLevelCount, gridLevels, quantizeTensor, quantizeValue } from '../../../src/features/lab/lib/quantize';
import { roundHalfAway, roundHalfEven } from '../../../src/features/lab/lib/rounding';

const int8 = intRange(8, 'symmetric');

describe('TFLite int8 weights (symmetric, narrow range, zero point 0)', () => {
  it('uses the grid [−127, 127] and asymmetric [−128, 127]', () => {
    expect(int8).toEqual({ qmin: -127, qmax: 127 });
    expect(intRange(8, 'asymmetric')).toEqual({ qmin: -128, qmax: 127 });
    expect(intRange(2, 'symmetric')).toEqual({ qmin: -1, qmax: 1 });
    expect(intRange(16, 'symmetric')).toEqual({ qmin: -32767, qmax: 32767 });
    expect(levelCount(int8)).toBe(255);
    expect(levelCount(intRange(4, 'asymmetric'))).toBe(16);
  });

  it('weights in [−0.5, 0.3]: scale 0.5/127, 0.3 → 76, −0.5 → −127', () => {
    const p = symmetricParams(0.5, 127);
    expect(p.zeroPoint).toBe(0);
    expect(p.scale).toBeCloseTo(0.5 / 127, 9);
    expect(p.scale).toBe(Math.fround(0.5 / 127));
    expect(quantizeValue(0.3, p, int8, roundHalfAway)).toBe(76);
    expect(quantizeValue(-0.5, p, int8, roundHalfAway)).toBe(-127);
    expect(quantizeValue(0, p, int8, roundHalfAway)).toBe(0);
    // 76 · 0.5/127 = 0.29921…: the 0.3 weight comes back 0.00079 low, less than scale/2 = 0.00197.
    expect(dequantizeValue(76, p)).toBeCloseTo(0.299213, 6);
  });

  it('the tensor path gives the same answer and the TFLITE_INT8 defaults', () => {
    const t = quantizeTensor(Float32Array.from([-0.5, 0.3, 0.1, 0]), 1, TFLITE_INT8);
    expect(t.params).toEqual([{ scale: Math.fround(0.5 / 127), zeroPoint: 0 }]);
    // 0.1 / 0.003937 = 25.4 → 25.
    expect(Array.from(t.q)).toEqual([-127, 76, 25, 0]);
  });

  it('per output channel: one scale per column of a [in, out] kernel', () => {
    // Rows are inputs, columns outputs: channel 0 holds 0.1, −0.4; channel 1 holds −2, 1.
    const kernel = Float32Array.from([0.1, -2, -0.4, 1]);
    const t = quantizeTensor(kernel, 2, TFLITE_INT8);
    expect(t.params.map((p) => p.scale)).toEqual([Math.fround(0.4 / 127), Math.fround(2 / 127)]);
    // 0.1 / (0.4/127) = 31.75 → 32; 1 / (2/127) = 63.5 → 64 (half away from zero).
    expect(Array.from(t.q)).toEqual([32, -127, -127, 64]);
    const perTensor = quantizeTensor(kernel, 2, { ...TFLITE_INT8, granularity: 'per-tensor' });
    // One scale 2/127 for all: 0.1 → 6.35 → 6, −0.4 → −25.4 → −25.
    expect(Array.from(perTensor.q)).toEqual([6, -127, -25, 64]);
  });
});

describe('affine (asymmetric) quantization', () => {
  it('uint8: scale = (max − min)/255, zero point = round(−min/scale)', () => {
    const u8 = { qmin: 0, qmax: 255 };
    const p = affineParams(-1, 3, u8, roundHalfAway);
    expect(p.scale).toBe(Math.fround(4 / 255));
    // −min/scale = 63.75 → 64.
    expect(p.zeroPoint).toBe(64);
    expect(quantizeValue(-1, p, u8, roundHalfAway)).toBe(0);
    expect(quantizeValue(0, p, u8, roundHalfAway)).toBe(64);
    expect(quantizeValue(3, p, u8, roundHalfAway)).toBe(255);
    expect(dequantizeValue(64, p)).toBe(0);
  });

  it('widens the range to contain zero, so zero stays exact', () => {
    const p = affineParams(0.1, 2, { qmin: 0, qmax: 255 }, roundHalfAway);
    expect(p).toEqual({ scale: Math.fround(2 / 255), zeroPoint: 0 });
    const neg = affineParams(-2, -0.5, { qmin: 0, qmax: 255 }, roundHalfAway);
    expect(neg).toEqual({ scale: Math.fround(2 / 255), zeroPoint: 255 });
  });

  it('signed int8 (TFLite activations): [−0.5, 0.3] → scale 0.8/255, zero point 31', () => {
    const r = intRange(8, 'asymmetric');
    const p = affineParams(-0.5, 0.3, r, roundHalfAway);
    expect(p.scale).toBe(Math.fround(0.8 / 255));
    // qmin − min/scale = −128 + 159.375 → −128 + 159 = 31.
    expect(p.zeroPoint).toBe(31);
    // 0.3/scale = 95.625 → 96, + 31 = 127: the top of the range lands on qmax.
    expect(quantizeValue(0.3, p, r, roundHalfAway)).toBe(127);
    expect(quantizeValue(-0.5, p, r, roundHalfAway)).toBe(-128);
  });

  it('an all-zero tensor gets a finite scale and maps to exact zeros', () => {
    const t = quantizeTensor(new Float32Array(6), 3, { ...TFLITE_INT8, scheme: 'asymmetric' });
    expect(t.params.every((p) => p.scale === 1)).toBe(true);
    expect(Array.from(t.dequantized)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('rounding', () => {
  it('half to even, as tf.round', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, -2, 2, 3]);
  });

  it('half away from zero, as C round', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6].map(roundHalfAway)).toEqual([1, 2, 3, -1, -2, -3, 2, 3]);
    // floor(x + 0.5) would give 1 here: the sum rounds up in binary floating point.
    expect(roundHalfAway(0.49999999999999994)).toBe(0);
    expect(roundHalfAway(-0.49999999999999994)).toBe(-0);
  });

  it('the two modes differ exactly on ties of x/scale', () => {
    // scale 0.5 (= 63.5/127, exact): 0.25 → 0.5, 0.75 → 1.5, 1.25 → 2.5.
    const p = symmetricParams(63.5, 127);
    expect(p.scale).toBe(0.5);
    const even = [0.25, 0.75, 1.25].map((x) => quantizeValue(x, p, int8, roundHalfEven));
    const away = [0.25, 0.75, 1.25].map((x) => quantizeValue(x, p, int8, roundHalfAway));
    expect(even).toEqual([0, 2, 2]);
    expect(away).toEqual([1, 2, 3]);
  });
});

describe('grid levels and config checks', () => {
  it('lists the levels of a 2-bit grid inside a window', () => {
    expect(gridLevels({ scale: 0.25, zeroPoint: 0 }, intRange(2, 'symmetric'), -1, 1)).toEqual([-0.25, 0, 0.25]);
    expect(gridLevels({ scale: 0.1, zeroPoint: 0 }, int8, 0.05, 0.35).map((v) => v.toFixed(4))).toEqual(['0.1000', '0.2000', '0.3000']);
    // 16 bits over [−1, 1] with scale 1/32767: every one of the 65,535 levels is in view; too many to list.
    const fine = { scale: Math.fround(1 / 32767), zeroPoint: 0 };
    expect(gridLevelCount(fine, intRange(16, 'symmetric'), -1, 1)).toBe(65535);
    expect(gridLevels(fine, intRange(16, 'symmetric'), -1, 1, 64)).toEqual([]);
  });

  it('states the broken rule instead of throwing', () => {
    expect(checkConfig({ ...TFLITE_INT8, bits: 1 })).toEqual({ ok: false, error: 'bits must be an integer from 2 to 16, got 1' });
    expect(checkConfig({ ...TFLITE_INT8, bits: 8.5 })).toMatchObject({ ok: false });
    expect(checkConfig({ ...TFLITE_INT8, sparsity: 0.99 })).toEqual({ ok: false, error: 'sparsity must be between 0 and 0.95, got 0.99' });
    expect(checkConfig(TFLITE_INT8)).toEqual({ ok: true, value: TFLITE_INT8 });
  });
});
