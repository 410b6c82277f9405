import { createRng, pick } from '../../../utils/random.ts';
import { estimateLatency } from '../lib/latency.ts';
import { calculatorLink } from '../lib/links.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** t = MACs / (f · MACs per cycle). */
export const latencyFromClock = defineTemplate(
  { id: 'param-latency-from-clock', title: 'Latency from MACs, clock and MACs per cycle', topic: 'FLOPs and latency', difficulty: 'easy', tags: ['latency', 'mcu', 'macs'] },
  (seed) => {
    const rng = createRng(seed);
    const mmacs = pick(rng, [1.2, 2.7, 5.6, 8, 12.5, 20]);
    const mhz = pick(rng, [48, 64, 80, 133, 168, 216, 240, 480]);
    const perCycle = pick(rng, [0.25, 0.4, 0.5, 0.8, 1, 2]);
    const r = estimateLatency({ work: mmacs * 1e6, workUnit: 'macs', mode: 'clock', clockHz: mhz * 1e6, opsPerCycle: perCycle, rateUnit: 'macs' });
    if (!r.ok) throw new Error(r.error);
    return {
      body: {
        prompt: `A network needs ${mmacs} million MACs per inference. On a ${mhz} MHz microcontroller the kernels sustain ${perCycle} MACs per clock cycle. What is the inference latency in milliseconds? Give one decimal.`,
        explanation: `$$\\text{throughput} = ${perCycle} \\times ${mhz} \\times 10^6 = ${texNum(r.value.coreRate / 1e6, 2)} \\times 10^6\\ \\text{MAC/s}$$\n\n$$t = \\frac{${mmacs} \\times 10^6}{${texNum(r.value.coreRate / 1e6, 2)} \\times 10^6}\\ \\text{s} = ${texNum(r.value.latencyMs, 1)}\\ \\text{ms}$$`,
        calculator: calculatorLink('latency', { work: `${mmacs}M`, wunit: 'macs', mode: 'clock', clock: `${mhz}M`, opc: perCycle, runit: 'macs' }),
      },
      answer: natAnswer(r.value.latencyMs, { decimals: 1 }, 'ms'),
    };
  },
);
