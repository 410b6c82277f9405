import { createRng, pick } from '../../../utils/random.ts';
import { compressionChain } from '../lib/compression.ts';
import { calculatorLink } from '../lib/links.ts';
import { texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Compression with the cost of sparse storage: a bitmask (1 bit per weight) or CSR indices. */
export const sparseOverhead = defineTemplate(
  { id: 'param-sparse-overhead', title: 'Compression ratio with sparse-storage overhead', topic: 'Pruning and sparsity', difficulty: 'hard', tags: ['pruning', 'sparse-storage'] },
  (seed) => {
    const rng = createRng(seed);
    const prune = pick(rng, [50, 60, 70, 80, 90]);
    const bits = pick(rng, [8, 4]);
    const sparse = pick(rng, ['bitmask', 'csr'] as const);
    const indexBits = pick(rng, [4, 8, 16]);
    const params = 4e6;
    const r = compressionChain({ params, prunePercent: prune, bits, sparse, indexBits });
    if (!r.ok) throw new Error(r.error);
    const kept = 1 - prune / 100;
    const how = sparse === 'bitmask' ? 'a bitmask with 1 bit per original weight' : `a ${indexBits}-bit index for every surviving weight`;
    const idxTex = sparse === 'bitmask' ? '1' : `${kept} \\cdot ${indexBits}`;
    return {
      body: {
        prompt: `A 4 M-parameter float32 model is pruned by ${prune} % and the surviving weights are quantized to ${bits} bits. The sparse format marks the survivors with ${how}. What is the compression ratio including that overhead? Give two decimals.`,
        explanation: `Bits per original weight: values $${kept} \\cdot ${bits}$ plus indices $${idxTex}$:\n\n$$CR = \\frac{32}{${kept} \\cdot ${bits} + ${idxTex}} = \\frac{32}{${texNum(r.value.bitsPerWeight, 3)}} = ${texNum(r.value.ratio, 2)}$$\n\nWithout the overhead it would be $${texNum(32 / (kept * bits), 2)}$.`,
        calculator: calculatorLink('compression', { params, prune, bits, sparse, index: sparse === 'csr' ? indexBits : undefined }),
      },
      answer: natAnswer(r.value.ratio, { decimals: 2 }),
    };
  },
);
