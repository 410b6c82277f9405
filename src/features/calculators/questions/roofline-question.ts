import type { NatQuestion } from '../../../content-model/schema.ts';
import type { RooflineParams, RooflineResult } from '../lib/roofline.ts';
import { siText, siUnit, texNum } from '../lib/tex.ts';
import { natAnswer } from '../templates/template.ts';
import { myQuestion } from './my-question.ts';

/** A roofline question on the manual inputs (no cache): how long, and which bound. */
export function rooflineQuestion(p: RooflineParams, r: RooflineResult, link: string): NatQuestion {
  const cores = p.cores > 1 ? ` It uses ${p.cores} cores at ${Math.round(p.efficiency * 100)} % parallel efficiency (each core peaks at ${siUnit(p.peakFlops, 'FLOP/s')}); memory bandwidth is shared.` : ` The device peaks at ${siUnit(p.peakFlops, 'FLOP/s')}.`;
  return myQuestion({
    calc: 'roofline',
    title: 'Roofline time',
    prompt: `A kernel performs ${siText(p.flops)} FLOPs and moves ${siUnit(p.bytes, 'B')} to and from memory.${cores} Memory bandwidth is ${siUnit(p.bandwidth, 'B/s')}. Using the roofline model (compute and transfers overlap), how long does it take, in milliseconds? Answers within 1 % are accepted.`,
    explanation: `$$P = ${texNum(r.peak, 0)}\\ \\text{FLOP/s}, \\qquad I = \\frac{${texNum(p.flops, 0)}}{${texNum(p.bytes, 0)}} = ${texNum(r.intensity, 3)}, \\qquad I^* = \\frac{P}{B} = ${texNum(r.ridge, 3)}$$\n\n$$t = \\max\\left(\\frac{${texNum(p.flops, 0)}}{${texNum(r.peak, 0)}},\\ \\frac{${texNum(p.bytes, 0)}}{${texNum(p.bandwidth, 0)}}\\right) = \\max(${texNum(r.computeMs, 4)},\\ ${texNum(r.memoryMs, 4)})\\ \\text{ms} = ${texNum(r.latencyMs, 4)}\\ \\text{ms}$$\n\nThe kernel is **${r.bound}-bound**.`,
    calculator: link,
    answer: natAnswer(r.latencyMs, { relative: 0.01 }, 'ms'),
    topic: 'Roofline',
    tags: ['roofline'],
    difficulty: 'hard',
  });
}
