import { createRng, pick } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Parameters of a SeparableConv2D: k²·C·m + C·m·F + F. */
export const separableParams = defineTemplate(
  { id: 'param-separable-params', title: 'Parameters of a depthwise-separable convolution', topic: 'Parameter counting', difficulty: 'medium', tags: ['separable', 'depthwise'] },
  (seed) => {
    const rng = createRng(seed);
    const k = pick(rng, [3, 5]);
    const cin = pick(rng, [16, 24, 32, 48, 64, 96, 128, 256]);
    const f = pick(rng, [32, 64, 96, 128, 256, 512]);
    const m = pick(rng, [1, 1, 1, 2]);
    const model = { inputShape: [16, 16, cin], layers: [{ type: 'separableConv2d' as const, filters: f, kernelSize: k, depthMultiplier: m, padding: 'same' as const }] };
    const value = analyze(model).totals.params;
    const mid = cin * m;
    return {
      body: {
        prompt: `A \`SeparableConv2D(${f}, kernel_size=${k}${m > 1 ? `, depth_multiplier=${m}` : ''})\` with biases takes a ${cin}-channel input. How many parameters does it have? Exact integer.`,
        explanation: `A depthwise ${k}×${k} stage${m > 1 ? ` (${m} filters per input channel, ${mid} channels out)` : ''}, then a 1×1 pointwise stage; Keras gives the layer a single bias vector, on the output:\n\n$$\\underbrace{${k} \\cdot ${k} \\cdot ${texInt(mid)}}_{\\text{depthwise}} + \\underbrace{${texInt(mid)} \\cdot ${texInt(f)}}_{\\text{pointwise}} + \\underbrace{${texInt(f)}}_{\\text{bias}} = ${texInt(value)}$$`,
        calculator: modelLink(model),
      },
      answer: natAnswer(value, { decimals: 0 }, 'parameters'),
    };
  },
);
