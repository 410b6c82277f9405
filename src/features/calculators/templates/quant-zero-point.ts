import { createRng, pick } from '../../../utils/random.ts';
import { calculatorLink } from '../lib/links.ts';
import { affineParams } from '../lib/quantization.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Asymmetric zero point: qmin − round(min / s), s = (max − min) / (2^b − 1). */
export const quantZeroPoint = defineTemplate(
  { id: 'param-quant-zero-point', title: 'Asymmetric zero point', topic: 'Quantization', difficulty: 'medium', tags: ['int8', 'uint8', 'zero-point', 'asymmetric'] },
  (seed) => {
    const rng = createRng(seed);
    const lo = -pick(rng, [0.5, 1, 1.5, 2, 3, 4]);
    const hi = pick(rng, [1, 2, 3, 4, 6, 8]);
    const signed = pick(rng, [true, false]);
    const p = affineParams(lo, hi, 8, signed);
    const ratio = lo / p.scale;
    return {
      body: {
        prompt: `Activations in [${lo}, ${hi}] are quantized asymmetrically to ${signed ? 'int8 (−128 to 127)' : 'uint8 (0 to 255)'}. What is the zero point (an integer)?`,
        explanation: `$$s = \\frac{${hi} - (${lo})}{255} = ${texNum(p.scale, 5)}$$\n\n$$z = q_{min} - \\operatorname{round}\\!\\left(\\frac{${lo}}{s}\\right) = ${p.qmin} - \\operatorname{round}(${texNum(ratio, 2)}) = ${p.zeroPoint}$$\n\nReal 0 maps exactly to $q = ${p.zeroPoint}$, which keeps zero padding and ReLU exact.`,
        calculator: calculatorLink('quantization', { min: lo, max: hi, bits: 8, scheme: 'asymmetric', signed: signed ? 1 : 0 }),
      },
      answer: natAnswer(p.zeroPoint, { decimals: 0 }),
    };
  },
);
