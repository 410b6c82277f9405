// Properties of the quantizer that hold for any input fast-check can find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRANULARITIES, ROUNDINGS, SCHEMES, type QuantConfig } from '../../../src/features/lab/lib/config';
import { errorMetrics } from '../../../src/features/lab/lib/metrics';
import { quantizeTensor } from '../../../src/features/lab/lib/quantize';
import { createRng } from '../../../src/utils/random';

const recipe = fc.record({
  bits: fc.integer({ min: 2, max: 16 }),
  scheme: fc.constantFrom(...SCHEMES),
  granularity: fc.constantFrom(...GRANULARITIES),
  rounding: fc.constantFrom(...ROUNDINGS),
});
const weights = fc.array(fc.float({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 64 }).map((a) => Float32Array.from(a));
const channels = fc.integer({ min: 1, max: 8 });

/** Gaussian weights, like a trained layer's, from a seed. */
function gaussianWeights(seed: number, n: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()) * 0.2);
}

describe('dequantize(quantize(x)) stays within scale/2 of x', { timeout: 30_000 }, () => {
  it('for every recipe, per tensor and per channel', () => {
    fc.assert(
      fc.property(weights, channels, recipe, (x, ch, r) => {
        const t = quantizeTensor(x, ch, r);
        for (let i = 0; i < x.length; i++) {
          const p = t.params[i % t.params.length]!;
          // Half a step, plus float32 rounding of x/scale and of scale·q (a few ulps of |x|).
          const bound = p.scale / 2 + 4e-7 * Math.abs(x[i]!) + 1e-30;
          if (!(Math.abs(x[i]! - t.dequantized[i]!) <= bound)) return false;
          if (t.q[i]! < t.range.qmin || t.q[i]! > t.range.qmax) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('zero is always exactly representable', () => {
    fc.assert(
      fc.property(weights, channels, recipe, (x, ch, r) => {
        const withZero = Float32Array.from([...x, 0]);
        const t = quantizeTensor(withZero, 1, r);
        return t.dequantized[withZero.length - 1] === 0 && quantizeTensor(x, ch, r).params.every((p) => Number.isInteger(p.zeroPoint));
      }),
    );
  });
});

describe('the error shrinks as bits grow', { timeout: 30_000 }, () => {
  it('the scale, and so the scale/2 bound, falls with every extra bit', () => {
    fc.assert(
      // Nonzero tensors whose smallest scale (max|x|/32767) is still a normal float32.
      fc.property(weights.filter((x) => x.some((v) => Math.abs(v) > 1e-30)), fc.constantFrom(...SCHEMES), (x, scheme) => {
        const scales: number[] = [];
        for (let bits = 2; bits <= 16; bits++) scales.push(quantizeTensor(x, 1, { bits, scheme, granularity: 'per-tensor', rounding: 'half-even' }).params[0]!.scale);
        return scales.every((s, i) => i === 0 || s < scales[i - 1]!);
      }),
    );
  });

  it('on Gaussian weights, MSE falls strictly from 2 to 16 bits and SQNR gains about 6 dB per bit', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...SCHEMES), fc.constantFrom(...GRANULARITIES), fc.constantFrom(...ROUNDINGS), (seed, scheme, granularity, rounding) => {
        const x = gaussianWeights(seed, 1024);
        const runs: ReturnType<typeof errorMetrics>[] = [];
        for (let bits = 2; bits <= 16; bits++) {
          const config: QuantConfig = { bits, scheme, granularity, rounding, sparsity: 0 };
          runs.push(errorMetrics(x, quantizeTensor(x, 8, config).dequantized));
        }
        for (let i = 1; i < runs.length; i++) {
          expect(runs[i]!.mse).toBeLessThan(runs[i - 1]!.mse);
          // Past the coarse grids, each bit halves the step: +6.02 dB.
          if (i + 2 >= 6) expect(runs[i]!.sqnrDb - runs[i - 1]!.sqnrDb).toBeGreaterThan(5);
          if (i + 2 >= 6) expect(runs[i]!.sqnrDb - runs[i - 1]!.sqnrDb).toBeLessThan(7);
        }
      }),
      { numRuns: 40 },
    );
  });
});
