import type { NatQuestion } from '../../../content-model/schema.ts';
import type { CompressionResult, SparseFormat } from '../lib/compression.ts';
import { texNum } from '../lib/tex.ts';
import { natAnswer } from '../templates/template.ts';
import { myQuestion } from './my-question.ts';

interface Args {
  params: number;
  baseBits: number;
  prune: number;
  bits: number;
  coding: number;
  sparse: SparseFormat;
  indexBits: number;
  result: CompressionResult;
  link: string;
}

export function compressionQuestion(a: Args): NatQuestion {
  const steps = [
    a.prune ? `pruned by ${a.prune} %` : '',
    `the ${a.prune ? 'surviving ' : ''}weights are quantized to ${a.bits} bits`,
    a.coding ? `entropy coding then shrinks the quantized weights by a further ${a.coding} %` : '',
  ].filter(Boolean);
  const overhead =
    a.sparse === 'bitmask'
      ? 'The sparse format stores a bitmask with 1 bit per original weight.'
      : a.sparse === 'csr'
        ? `The sparse format stores a ${a.indexBits}-bit index for every surviving weight.`
        : a.prune
          ? 'Ignore the cost of storing which weights survived.'
          : '';
  const kept = 1 - a.prune / 100;
  const idx = a.sparse === 'bitmask' ? ' + 1' : a.sparse === 'csr' ? ` + ${texNum(kept, 4)} \\cdot ${a.indexBits}` : '';
  return myQuestion({
    calc: 'compression',
    title: 'Compression ratio',
    prompt: `A ${a.params.toLocaleString('en-US')}-parameter model stored at ${a.baseBits} bits per weight is compressed: ${steps.join(', ')}. ${overhead} What is the compression ratio (original size ÷ final size)? Give two decimals.`,
    explanation: `Bits per original weight after the chain: values $${texNum(kept, 4)} \\cdot ${a.bits}${a.coding ? ` \\cdot (1 - ${a.coding / 100})` : ''}$${idx ? ` plus indices` : ''}:\n\n$$CR = \\frac{${a.baseBits}}{${texNum(kept, 4)} \\cdot ${a.bits}${a.coding ? ` \\cdot ${texNum(1 - a.coding / 100, 4)}` : ''}${idx}} = ${texNum(a.result.ratio, 2)}$$`,
    calculator: a.link,
    answer: natAnswer(a.result.ratio, { decimals: 2 }),
    topic: 'Distillation and compression',
    tags: ['compression'],
  });
}
