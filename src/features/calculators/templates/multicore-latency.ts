import { createRng, pick } from '../../../utils/random.ts';
import { parallelLatency } from '../lib/latency.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Latency on n cores at parallel efficiency e: t₁ / (n · e). */
export const multicoreLatency = defineTemplate(
  { id: 'param-multicore-latency', title: 'Latency on several cores', topic: 'FLOPs and latency', difficulty: 'medium', tags: ['multi-core', 'parallelism'] },
  (seed) => {
    const rng = createRng(seed);
    const t1 = pick(rng, [40, 60, 90, 120, 200, 250]);
    const n = pick(rng, [2, 4, 6, 8]);
    const e = pick(rng, [0.6, 0.7, 0.75, 0.8, 0.9]);
    const t = parallelLatency(t1, n, e);
    return {
      body: {
        prompt: `On one core, inference takes ${t1} ms. Spread over ${n} cores, the implementation reaches ${Math.round(e * 100)} % parallel efficiency. What is the new latency in milliseconds? Give one decimal.`,
        explanation: `Parallel efficiency is speed-up ÷ cores, so the speed-up is $${n} \\times ${e} = ${texNum(n * e, 2)}$:\n\n$$t = \\frac{${t1}}{${n} \\times ${e}} = ${texNum(t, 1)}\\ \\text{ms}$$\n\nOnly compute scales this way: a memory-bound model shares one bus, so extra cores help it little.`,
      },
      answer: natAnswer(t, { decimals: 1 }, 'ms'),
    };
  },
);
