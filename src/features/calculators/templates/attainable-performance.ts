import { createRng, pick } from '../../../utils/random.ts';
import { calculatorLink } from '../lib/links.ts';
import { roofline } from '../lib/roofline.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Ridge point I* = P / B, and the performance a kernel of intensity I can attain. */
export const attainablePerformance = defineTemplate(
  { id: 'param-attainable-performance', title: 'Attainable performance on a roofline', topic: 'Roofline', difficulty: 'medium', tags: ['roofline', 'ridge-point', 'arithmetic-intensity'] },
  (seed) => {
    const rng = createRng(seed);
    const peak = pick(rng, [100, 200, 500, 1000, 2000]);
    const bw = pick(rng, [10, 25, 34, 50, 100]);
    const intensity = pick(rng, [0.5, 1, 2, 4, 8, 16, 32, 64]);
    // A kernel with that intensity: 1 G bytes and I G FLOPs.
    const r = roofline({ flops: intensity * 1e9, bytes: 1e9, peakFlops: peak * 1e9, bandwidth: bw * 1e9 });
    if (!r.ok) throw new Error(r.error);
    const attainable = r.value.roof / 1e9;
    const memoryBound = intensity < r.value.ridge;
    return {
      body: {
        prompt: `An accelerator peaks at ${peak} GFLOP/s with ${bw} GB/s of memory bandwidth. A kernel has an arithmetic intensity of ${intensity} FLOPs per byte. What performance can it attain according to the roofline model, in GFLOP/s? Give one decimal.`,
        explanation: `Ridge point: $I^* = ${peak} / ${bw} = ${texNum(r.value.ridge, 2)}$ FLOP/B; the kernel is ${memoryBound ? 'left of it, memory-bound' : 'right of it, compute-bound'}.\n\n$$P = \\min(P_{peak},\\ I \\cdot B) = \\min(${peak},\\ ${intensity} \\times ${bw}) = ${texNum(attainable, 1)}\\ \\text{GFLOP/s}$$`,
        calculator: calculatorLink('roofline', { flops: `${intensity}G`, bytes: '1G', peak: `${peak}G`, bw: `${bw}G` }),
      },
      answer: natAnswer(attainable, { decimals: 1 }, 'GFLOP/s'),
    };
  },
);
