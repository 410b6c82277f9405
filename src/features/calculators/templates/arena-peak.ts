import { createRng, pick } from '../../../utils/random.ts';
import { activationBytes } from '../lib/model-size.ts';
import { texInt, texNum } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** The activation part of a tensor arena: the largest input + output pair of a chain, int8. */
export const arenaPeak = defineTemplate(
  { id: 'param-arena-peak', title: 'Tensor arena of a chain', topic: 'Model size and memory', difficulty: 'hard', tags: ['tensor-arena', 'activations', 'int8'] },
  (seed) => {
    const rng = createRng(seed);
    const h = pick(rng, [32, 48, 64, 96]);
    const c1 = pick(rng, [4, 8, 16]);
    const c2 = pick(rng, [8, 16, 32]);
    const c3 = pick(rng, [16, 32, 64]);
    const model = {
      inputShape: [h, h, 1],
      layers: [
        { type: 'conv2d' as const, filters: c1, kernelSize: 3, strides: 2, padding: 'same' as const },
        { type: 'conv2d' as const, filters: c2, kernelSize: 1 },
        { type: 'conv2d' as const, filters: c3, kernelSize: 3, strides: 2, padding: 'same' as const },
        { type: 'globalAveragePooling2d' as const },
        { type: 'dense' as const, units: 4 },
      ],
    };
    const a = analyze(model);
    const bytes = activationBytes(a.totals.peakLiveElements, 8);
    const shapes = [model.inputShape, ...a.layers.map((l) => l.outputShape)].map((s) => s.join('×'));
    const sums = a.layers.map((l) => `${texInt(l.inputElements)} + ${texInt(l.outputElements)} = ${texInt(l.liveElements)}`);
    return {
      body: {
        prompt: `A model runs as a plain chain of int8 tensors: ${shapes.join(' → ')}. The memory planner frees a tensor as soon as the layer that reads it finishes, so only one layer's input and output are alive at a time. How many bytes does the activation part of the tensor arena need (ignore scratch buffers)? Exact integer.`,
        explanation: `One byte per int8 value; sum each layer's input and output:\n\n${sums.map((s) => `$$${s}$$`).join('\n\n')}\n\nThe peak is $${texInt(bytes)}$ B $= ${texNum(bytes / 1024, 2)}$ KiB.`,
        calculator: modelLink(model, { wbits: 8, abits: 8 }),
      },
      answer: natAnswer(bytes, { decimals: 0 }, 'bytes'),
    };
  },
);
