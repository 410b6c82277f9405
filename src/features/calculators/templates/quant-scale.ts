import { createRng, pick } from '../../../utils/random.ts';
import { calculatorLink } from '../lib/links.ts';
import { symmetricScale } from '../lib/quantization.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Symmetric int8 weight scale: max|w| / 127. */
export const quantScale = defineTemplate(
  { id: 'param-quant-scale', title: 'Symmetric quantization scale', topic: 'Quantization', difficulty: 'easy', tags: ['int8', 'scale', 'symmetric'] },
  (seed) => {
    const rng = createRng(seed);
    const lo = -pick(rng, [0.2, 0.35, 0.5, 0.8, 1.2, 2.5]);
    const hi = pick(rng, [0.1, 0.3, 0.6, 0.9, 1.5, 3]);
    const bits = pick(rng, [8, 8, 8, 4]);
    const m = Math.max(Math.abs(lo), hi);
    const s = symmetricScale(m, bits);
    const levels = 2 ** (bits - 1) - 1;
    return {
      body: {
        prompt: `A layer's weights lie in [${lo}, ${hi}]. They are quantized symmetrically (zero point 0, levels −${levels} to ${levels}) to ${bits}-bit integers. What is the scale? Give it with a relative tolerance of 0.1 %.`,
        explanation: `Symmetric quantization covers $[-m, m]$ with $m = \\max(|${lo}|, |${hi}|) = ${m}$:\n\n$$s = \\frac{m}{2^{${bits}-1} - 1} = \\frac{${m}}{${levels}} \\approx ${s.toPrecision(4)}$$\n\nThe range is symmetric even though the data is not, which wastes part of the levels on the shorter side.`,
        calculator: calculatorLink('quantization', { min: lo, max: hi, bits, scheme: 'symmetric' }),
      },
      answer: natAnswer(s, { relative: 0.001 }),
    };
  },
);
