import { createRng, pick } from '../../../utils/random.ts';
import { estimateLatency } from '../lib/latency.ts';
import { calculatorLink } from '../lib/links.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** t = FLOPs / throughput. */
export const latencyFromFlops = defineTemplate(
  { id: 'param-latency-from-flops', title: 'Latency from FLOPs and throughput', topic: 'FLOPs and latency', difficulty: 'easy', tags: ['latency', 'flops'] },
  (seed) => {
    const rng = createRng(seed);
    const mflops = pick(rng, [12, 20, 36, 60, 100, 150, 300, 569]);
    const rate = pick(rng, [10, 20, 25, 40, 50, 80, 100, 200]);
    const r = estimateLatency({ work: mflops * 1e6, rate: rate * 1e6 });
    if (!r.ok) throw new Error(r.error);
    return {
      body: {
        prompt: `A model needs ${mflops} million FLOPs per inference. The device sustains ${rate} MFLOP/s. What is the inference latency in milliseconds? Give one decimal.`,
        explanation: `$$t = \\frac{${mflops} \\times 10^6\\ \\text{FLOPs}}{${rate} \\times 10^6\\ \\text{FLOP/s}} = ${texNum(r.value.latencyMs / 1000, 4)}\\ \\text{s} = ${texNum(r.value.latencyMs, 1)}\\ \\text{ms}$$\n\nCheck whether a figure is FLOPs or MACs before dividing: they differ by exactly 2×.`,
        calculator: calculatorLink('latency', { work: `${mflops}M`, rate: `${rate}M` }),
      },
      answer: natAnswer(r.value.latencyMs, { decimals: 1 }, 'ms'),
    };
  },
);
