import { createRng, pick } from '../../../utils/random.ts';
import { compressionChain } from '../lib/compression.ts';
import { calculatorLink } from '../lib/links.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Prune → quantize → entropy-code, ideal sparse storage: CR = 32 / ((1 − p) · b · (1 − a)). */
export const compressionRatio = defineTemplate(
  { id: 'param-compression-chain', title: 'Compression ratio of a prune–quantize–code chain', topic: 'Distillation and compression', difficulty: 'medium', tags: ['pruning', 'quantization', 'entropy-coding'] },
  (seed) => {
    const rng = createRng(seed);
    const params = pick(rng, [1e6, 2e6, 2.5e6, 4e6, 5e6, 10e6]);
    const prune = pick(rng, [20, 25, 30, 40, 50, 60, 75]);
    const bits = pick(rng, [16, 8, 8, 4]);
    const coding = pick(rng, [0, 10, 20, 25, 30]);
    const r = compressionChain({ params, prunePercent: prune, bits, codingPercent: coding });
    if (!r.ok) throw new Error(r.error);
    const kept = 1 - prune / 100;
    const codeText = coding ? `, and entropy coding then shrinks the quantized weights by a further ${coding} %` : '';
    return {
      body: {
        prompt: `A ${(params / 1e6).toLocaleString('en-US')} M-parameter float32 model is pruned by ${prune} %, the surviving weights are quantized to ${bits} bits${codeText}. Ignoring the cost of storing which weights survived, what is the compression ratio (original size ÷ final size)? Give two decimals.`,
        explanation: `The factors multiply; the model size cancels:\n\n$$CR = \\frac{32}{(1 - ${prune / 100}) \\cdot ${bits}${coding ? ` \\cdot (1 - ${coding / 100})` : ''}} = \\frac{32}{${texNum(kept * bits * (1 - coding / 100), 3)}} = ${texNum(r.value.ratio, 2)}$$\n\nIn bytes: ${texNum(r.value.originalBytes / 1e6, 2)} MB → ${texNum(r.value.finalBytes / 1e6, 3)} MB. Pruning only pays if the format or runtime exploits the zeros.`,
        calculator: calculatorLink('compression', { params, prune, bits, coding }),
      },
      answer: natAnswer(r.value.ratio, { decimals: 2 }),
    };
  },
);
