// Properties that hold for any input fast-check can find: monotonicity, unit consistency and the
// MACs · 2 = FLOPs convention, on single layers, random stacks and every calculator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model';
import { compressionChain } from '../../../src/features/calculators/lib/compression';
import { estimateLatency, latencyMs } from '../../../src/features/calculators/lib/latency';
import { ModelSpecSchema } from '../../../src/features/calculators/lib/layer-config';
import { activationBytes, weightBytes } from '../../../src/features/calculators/lib/model-size';
import { formatLayerList, parseModel, rawFromInput } from '../../../src/features/calculators/lib/model-notation';
import { affineParams, dequantize, quantize } from '../../../src/features/calculators/lib/quantization';
import { roofline } from '../../../src/features/calculators/lib/roofline';
import { bytesAt, KIB } from '../../../src/features/calculators/lib/units';
import { randomStack } from './random-stacks';

const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });
const size = fc.integer({ min: 1, max: 512 });

const denseParams = (d: number, u: number) => analyzeModel(ModelSpecSchema.parse({ inputShape: [d], layers: [{ type: 'dense', units: u }] })).totals.params;
const convTotals = (h: number, c: number, f: number, k: number) =>
  analyzeModel(ModelSpecSchema.parse({ inputShape: [h, h, c], layers: [{ type: 'conv2d', filters: f, kernelSize: k, padding: 'same' }] })).totals;

describe('model analysis', () => {
  it('FLOPs = 2 · MACs for every layer and in total, on random stacks', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const a = analyzeModel(ModelSpecSchema.parse(randomStack(seed)));
        expect(a.error).toBeUndefined();
        for (const l of a.layers) expect(l.flops).toBe(2 * l.macs);
        expect(a.totals.flops).toBe(2 * a.totals.macs);
        expect(a.totals.params).toBe(a.totals.trainable + a.totals.nonTrainable);
        expect(a.totals.params).toBe(a.layers.reduce((s, l) => s + l.params, 0));
        expect(a.totals.peakLiveElements).toBe(Math.max(...a.layers.map((l) => l.liveElements)));
      }),
      { numRuns: 200 },
    );
  });

  it('parameters grow with units and filters; MACs grow with the input size but parameters do not', () => {
    fc.assert(
      fc.property(size, size, fc.integer({ min: 1, max: 64 }), (d, u, extra) => {
        expect(denseParams(d, u + extra)).toBeGreaterThan(denseParams(d, u));
        expect(denseParams(d + extra, u)).toBeGreaterThan(denseParams(d, u));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 20 }), (h, c, f, grow) => {
        const small = convTotals(h, c, f, 3);
        const big = convTotals(h + grow, c, f, 3);
        expect(big.params).toBe(small.params);
        expect(big.macs).toBeGreaterThan(small.macs);
        expect(convTotals(h, c, f + 1, 3).params).toBeGreaterThan(small.params);
      }),
    );
  });

  it('bytes are consistent across units: params at 8 bits = params bytes; KiB · 1024 = bytes; halving the bits halves the bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 2, max: 64 }), (params, biasesRaw, bits) => {
        const biases = Math.min(params, biasesRaw);
        expect(weightBytes(params, biases, 8)).toBe(params);
        expect(weightBytes(params, biases, bits)).toBeCloseTo(2 * weightBytes(params, biases, bits / 2), 6);
        expect((bytesAt(params, bits) / KIB) * KIB).toBeCloseTo(bytesAt(params, bits), 6);
        expect(weightBytes(params, biases, 8, 32)).toBeGreaterThanOrEqual(weightBytes(params, biases, 8));
        expect(activationBytes(params, bits)).toBe((params * bits) / 8);
      }),
    );
  });

  it('the text notation round-trips: a stack written out and read back analyses identically', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const stack = randomStack(seed);
        const text = formatLayerList(stack.layers.map(rawFromInput));
        const parsed = parseModel(stack.inputShape.join('x'), text);
        expect([...parsed.layerErrors.values()]).toEqual([]);
        expect(analyzeModel(parsed.spec!).totals).toEqual(analyzeModel(ModelSpecSchema.parse(stack)).totals);
      }),
      { numRuns: 200 },
    );
  });
});

describe('latency and roofline', () => {
  const positive = fc.double({ min: 1e-3, max: 1e15, noNaN: true });
  it('latency falls as throughput rises and grows linearly with work; ms = s · 1000', () => {
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 1.01, max: 100, noNaN: true }), (work, rate, k) => {
        expect(latencyMs(work, rate * k)).toBeLessThan(latencyMs(work, rate));
        const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
        expect(rel(latencyMs(work * k, rate), k * latencyMs(work, rate))).toBeLessThan(1e-12);
        expect(rel(latencyMs(work, rate) / 1000, work / rate)).toBeLessThan(1e-12);
      }),
    );
  });

  it('MACs in and FLOPs in give the same latency when the work is the same (FLOPs = 2 · MACs)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 1, max: 1e12, noNaN: true }), (macs, rate) => {
        const a = estimateLatency({ work: macs, workUnit: 'macs', rate, rateUnit: 'flops' });
        const b = estimateLatency({ work: 2 * macs, workUnit: 'flops', rate, rateUnit: 'flops' });
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(a.value.latencyMs).toBeCloseTo(b.value.latencyMs, 9);
      }),
    );
  });

  it('the roofline time is the larger bound, never below either, and more bandwidth or peak never slows it', () => {
    fc.assert(
      fc.property(positive, fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 1e3, max: 1e13, noNaN: true }), fc.double({ min: 1e3, max: 1e12, noNaN: true }), (flops, bytes, peak, bw) => {
        const r = roofline({ flops, bytes, peakFlops: peak, bandwidth: bw });
        const faster = roofline({ flops, bytes, peakFlops: peak * 2, bandwidth: bw * 2 });
        expect(r.ok && faster.ok).toBe(true);
        if (!r.ok || !faster.ok) return;
        expect(r.value.latencyMs).toBe(Math.max(r.value.computeMs, r.value.memoryMs));
        expect(r.value.bound === 'memory').toBe(r.value.memoryMs > r.value.computeMs);
        expect(faster.value.latencyMs).toBeLessThanOrEqual(r.value.latencyMs);
        expect(r.value.attained).toBeLessThanOrEqual(r.value.peak * (1 + 1e-9));
        // memory-bound exactly when the intensity is left of the ridge
        if (bytes > 0 && Math.abs(r.value.intensity - r.value.ridge) / r.value.ridge > 1e-9) {
          expect(r.value.bound === 'memory').toBe(r.value.intensity < r.value.ridge);
        }
      }),
    );
  });
});

describe('compression', () => {
  it('the ratio rises with pruning, with fewer bits and with coding; overhead only lowers it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.double({ min: 0, max: 90, noNaN: true }),
        fc.integer({ min: 2, max: 16 }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        (params, prune, bits, coding) => {
          const cr = (p: number, b: number, a: number, sparse: 'none' | 'bitmask' = 'none') => {
            const r = compressionChain({ params, prunePercent: p, bits: b, codingPercent: a, sparse });
            if (!r.ok) throw new Error(r.error);
            return r.value.ratio;
          };
          const base = cr(prune, bits, coding);
          expect(cr(prune + 5, bits, coding)).toBeGreaterThan(base);
          expect(cr(prune, bits - 1, coding)).toBeGreaterThan(base);
          expect(cr(prune, bits, coding + 5)).toBeGreaterThan(base);
          expect(cr(prune, bits, coding, 'bitmask')).toBeLessThan(base);
          // unit consistency: CR is the same in bits and in bytes
          const r = compressionChain({ params, prunePercent: prune, bits, codingPercent: coding });
          if (r.ok) expect(r.value.originalBytes / r.value.finalBytes).toBeCloseTo(r.value.ratio, 9);
        },
      ),
    );
  });
});

describe('quantization', () => {
  it('inside the range the round-trip error is at most half a step, and 0 is exact', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: -1e-3, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.integer({ min: 2, max: 16 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (min, max, bits, t, signed) => {
          const p = affineParams(min, max, bits, signed);
          const x = min + t * (max - min);
          const q = quantize(x, p.scale, p.zeroPoint, p.qmin, p.qmax);
          expect(q).toBeGreaterThanOrEqual(p.qmin);
          expect(q).toBeLessThanOrEqual(p.qmax);
          expect(Math.abs(dequantize(q, p.scale, p.zeroPoint) - x)).toBeLessThanOrEqual(p.scale * (1 + 1e-9));
          expect(dequantize(quantize(0, p.scale, p.zeroPoint, p.qmin, p.qmax), p.scale, p.zeroPoint)).toBe(0);
        },
      ),
    );
  });
});
