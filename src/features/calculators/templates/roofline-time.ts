import { createRng, pick } from '../../../utils/random.ts';
import { calculatorLink } from '../lib/links.ts';
import { roofline } from '../lib/roofline.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Roofline time of a kernel: max(FLOPs / P, bytes / B), and which bound it is. */
export const rooflineTime = defineTemplate(
  { id: 'param-roofline-time', title: 'Roofline time of a layer', topic: 'Roofline', difficulty: 'hard', tags: ['roofline', 'latency'] },
  (seed) => {
    const rng = createRng(seed);
    const mflops = pick(rng, [50, 100, 200, 300, 600, 1200]);
    const mb = pick(rng, [2, 5, 10, 20, 60, 120]);
    const tflops = pick(rng, [0.5, 1, 2, 4]);
    const gbs = pick(rng, [8, 17, 25.6, 34, 50, 100]);
    const r = roofline({ flops: mflops * 1e6, bytes: mb * 1e6, peakFlops: tflops * 1e12, bandwidth: gbs * 1e9 });
    if (!r.ok) throw new Error(r.error);
    const x = r.value;
    return {
      body: {
        prompt: `A layer performs ${mflops} MFLOPs and moves ${mb} MB to and from DRAM (1 MB = 10⁶ B). The device peaks at ${tflops} TFLOP/s with ${gbs} GB/s of bandwidth. Using the roofline model, how long does the layer take, in milliseconds? Answers within 1 % are accepted.`,
        explanation: `$$I = \\frac{${mflops} \\times 10^6}{${mb} \\times 10^6} = ${texNum(x.intensity, 2)}\\ \\text{FLOP/B}, \\qquad I^* = \\frac{${tflops} \\times 10^{12}}{${gbs} \\times 10^9} = ${texNum(x.ridge, 1)}\\ \\text{FLOP/B}$$\n\n$I ${x.intensity < x.ridge ? '<' : '\\ge'} I^*$, so the layer is **${x.bound}-bound**:\n\n$$t = \\max\\left(\\frac{${mflops} \\times 10^6}{${tflops} \\times 10^{12}},\\ \\frac{${mb} \\times 10^6}{${gbs} \\times 10^9}\\right) = \\max(${texNum(x.computeMs, 4)},\\ ${texNum(x.memoryMs, 4)}) = ${texNum(x.latencyMs, 4)}\\ \\text{ms}$$`,
        calculator: calculatorLink('roofline', { flops: `${mflops}M`, bytes: `${mb}M`, peak: `${tflops}T`, bw: `${gbs}G` }),
      },
      answer: natAnswer(x.latencyMs, { relative: 0.01 }, 'ms'),
    };
  },
);
