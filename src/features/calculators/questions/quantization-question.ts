import type { NatQuestion } from '../../../content-model/schema.ts';
import type { QuantInput, QuantResult } from '../lib/quantization.ts';
import { texNum } from '../lib/tex.ts';
import { natAnswer } from '../templates/template.ts';
import { myQuestion } from './my-question.ts';

export const QUANT_ASKS = ['scale', 'zeroPoint', 'q'] as const;
export type QuantAsk = (typeof QUANT_ASKS)[number];

export function quantizationQuestion(c: QuantInput, r: QuantResult, ask: QuantAsk, link: string): NatQuestion {
  const target = c.scheme === 'symmetric' ? `symmetric ${c.bits}-bit integers (zero point 0, levels ${r.qmin} to ${r.qmax})` : `${c.signed ? '' : 'u'}int${c.bits} (${r.qmin} to ${r.qmax}), asymmetrically`;
  const scaleTex =
    c.scheme === 'symmetric'
      ? `s = \\frac{\\max(|${c.min}|, |${c.max}|)}{${r.qmax}} = ${texNum(r.scale, 6)}`
      : `s = \\frac{${Math.max(c.max, 0)} - (${Math.min(c.min, 0)})}{${r.qmax - r.qmin}} = ${texNum(r.scale, 6)}`;
  const zpTex = c.scheme === 'symmetric' ? 'z = 0' : `z = ${r.qmin} - \\operatorname{round}\\left(\\frac{${Math.min(c.min, 0)}}{s}\\right) = ${r.zeroPoint}`;
  const qTex = `q = \\operatorname{clamp}\\left(\\operatorname{round}\\left(\\frac{${c.x}}{s}\\right) + z\\right) = ${r.q}`;
  const question =
    ask === 'scale' ? 'What is the scale? Answers within 0.1 % are accepted.' : ask === 'zeroPoint' ? 'What is the zero point (an integer)?' : `To which integer is the value ${c.x} quantized?`;
  const lines = ask === 'scale' ? [scaleTex] : ask === 'zeroPoint' ? [scaleTex, zpTex] : [scaleTex, zpTex, qTex];
  const value = ask === 'scale' ? r.scale : ask === 'zeroPoint' ? r.zeroPoint : r.q;
  return myQuestion({
    calc: 'quantization',
    title: ask === 'scale' ? 'Quantization scale' : ask === 'zeroPoint' ? 'Zero point' : 'Quantize a value',
    prompt: `Values in [${c.min}, ${c.max}] are quantized to ${target}, rounding half away from zero. ${question}`,
    explanation: lines.map((l) => `$$${l}$$`).join('\n\n'),
    calculator: link,
    answer: ask === 'scale' ? natAnswer(value, { relative: 0.001 }) : natAnswer(value, { decimals: 0 }),
    topic: 'Quantization',
    tags: ['quantization', c.scheme],
    difficulty: ask === 'scale' ? 'easy' : 'medium',
  });
}
