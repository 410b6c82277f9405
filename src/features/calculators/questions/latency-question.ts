import type { NatQuestion } from '../../../content-model/schema.ts';
import type { LatencyResult, WorkUnit } from '../lib/latency.ts';
import { numText, texNum } from '../lib/tex.ts';
import { natAnswer } from '../templates/template.ts';
import { myQuestion } from './my-question.ts';

interface Args {
  work: number;
  workUnit: WorkUnit;
  mode: 'rate' | 'clock';
  rate?: number;
  clockHz?: number;
  opsPerCycle?: number;
  rateUnit: WorkUnit;
  cores: number;
  efficiency: number;
  result: LatencyResult;
  link: string;
}

const unitWord = (u: WorkUnit) => (u === 'flops' ? 'FLOPs' : 'MACs');

export function latencyQuestion(a: Args): NatQuestion {
  const throughput =
    a.mode === 'rate'
      ? `sustains ${numText(a.rate! / 1e6, 3)} M${a.rateUnit === 'flops' ? 'FLOP' : 'MAC'}/s per core`
      : `runs at ${numText(a.clockHz! / 1e6, 3)} MHz and sustains ${a.opsPerCycle} ${unitWord(a.rateUnit)} per cycle per core`;
  const cores = a.cores > 1 ? ` The work is spread over ${a.cores} cores with ${Math.round(a.efficiency * 100)} % parallel efficiency.` : '';
  const conv = a.workUnit !== a.rateUnit ? `\n\nConvert first: ${a.workUnit === 'macs' ? 'FLOPs = 2 · MACs' : 'MACs = FLOPs / 2'}, so the work is $${texNum(a.result.work, 0)}$ ${unitWord(a.rateUnit)}.` : '';
  return myQuestion({
    calc: 'latency',
    title: 'Latency from work and throughput',
    prompt: `A model needs ${numText(a.work / 1e6, 4)} million ${unitWord(a.workUnit)} per inference. The device ${throughput}.${cores} What is the inference latency in milliseconds? Answers within 1 % are accepted.`,
    explanation: `${conv}\n\n$$\\text{throughput} = ${texNum(a.result.totalRate, 0)}\\ \\text{${unitWord(a.rateUnit)}/s}${a.cores > 1 ? ` \\ (${a.cores} \\times ${a.efficiency}\\ \\text{of one core})` : ''}$$\n\n$$t = \\frac{${texNum(a.result.work, 0)}}{${texNum(a.result.totalRate, 0)}}\\ \\text{s} = ${texNum(a.result.latencyMs, 3)}\\ \\text{ms}$$`,
    calculator: a.link,
    answer: natAnswer(a.result.latencyMs, { relative: 0.01 }, 'ms'),
    topic: 'FLOPs and latency',
    tags: ['latency'],
    difficulty: 'easy',
  });
}
