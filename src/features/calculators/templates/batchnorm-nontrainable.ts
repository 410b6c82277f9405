import { createRng, pick, randomInt } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import type { LayerInput } from '../lib/layer-config.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Non-trainable parameters of a stack of conv + batch norm blocks: 2 · Σ C. */
export const batchNormNonTrainable = defineTemplate(
  { id: 'param-batchnorm-nontrainable', title: 'Non-trainable parameters of batch norm', topic: 'Parameter counting', difficulty: 'easy', tags: ['batchnorm'] },
  (seed) => {
    const rng = createRng(seed);
    const n = randomInt(rng, 2, 4);
    const widths = Array.from({ length: n }, () => pick(rng, [8, 16, 24, 32, 48, 64, 96, 128, 256]));
    const layers: LayerInput[] = widths.flatMap((f) => [{ type: 'conv2d' as const, filters: f, kernelSize: 3, padding: 'same' as const, useBias: false }, { type: 'batchNormalization' as const }]);
    const model = { inputShape: [32, 32, 3], layers };
    const value = analyze(model).totals.nonTrainable;
    return {
      body: {
        prompt: `A CNN has ${n} \`BatchNormalization\` layers, after convolutions with ${widths.join(', ')} output channels. Nothing is frozen. How many **non-trainable** parameters does \`model.summary()\` report? Exact integer.`,
        explanation: `Each batch-norm layer keeps a moving mean and a moving variance per channel, updated by statistics, not by gradients:\n\n$$2 \\cdot (${widths.join(' + ')}) = 2 \\cdot ${texInt(widths.reduce((a, b) => a + b, 0))} = ${texInt(value)}$$`,
        calculator: modelLink(model),
      },
      answer: natAnswer(value, { decimals: 0 }, 'parameters'),
    };
  },
);
