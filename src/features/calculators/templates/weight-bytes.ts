import { createRng, pick } from '../../../utils/random.ts';
import { weightBytes } from '../lib/model-size.ts';
import { texInt, texNum } from '../lib/tex.ts';
import { calculatorLink } from '../lib/links.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Weight storage at a precision, in KiB: N · b / 8 / 1024. */
export const weightBytesAtPrecision = defineTemplate(
  { id: 'param-weight-bytes', title: 'Weight storage at a precision', topic: 'Model size and memory', difficulty: 'easy', tags: ['int8', 'int4', 'fp16'] },
  (seed) => {
    const rng = createRng(seed);
    const params = pick(rng, [50_000, 109_386, 250_000, 480_000, 1_200_000, 1_500_000, 3_500_000]);
    const bits = pick(rng, [32, 16, 8, 4, 2]);
    const bytes = weightBytes(params, 0, bits);
    const kib = bytes / 1024;
    return {
      body: {
        prompt: `A model has ${params.toLocaleString('en-US')} weights, stored at ${bits} bits each (packed, no per-group scales). How many KiB (1 KiB = 1,024 bytes) do they take? Give one decimal.`,
        explanation: `$$${texInt(params)} \\times \\frac{${bits}}{8}\\ \\text{B} = ${texNum(bytes, 1)}\\ \\text{B}, \\qquad \\frac{${texNum(bytes, 1)}}{1{,}024} = ${texNum(kib, 1)}\\ \\text{KiB}$$`,
        calculator: calculatorLink('compression', { params, bits }),
      },
      answer: natAnswer(kib, { decimals: 1 }, 'KiB'),
    };
  },
);
