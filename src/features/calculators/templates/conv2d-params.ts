import { createRng, pick, randomInt } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Parameters of a Conv2D, optionally without bias and followed by batch norm (trainable only). */
export const conv2dParams = defineTemplate(
  { id: 'param-conv2d-params', title: 'Parameters of a convolution', topic: 'Parameter counting', difficulty: 'medium', tags: ['conv2d', 'batchnorm'] },
  (seed) => {
    const rng = createRng(seed);
    const k = pick(rng, [1, 3, 5, 7]);
    const cin = pick(rng, [1, 3, 8, 16, 24, 32, 64, 96, 128]);
    const f = pick(rng, [8, 16, 32, 48, 64, 128, 256]);
    const withBn = randomInt(rng, 0, 1) === 1;
    const model = {
      inputShape: [32, 32, cin],
      layers: withBn
        ? [{ type: 'conv2d' as const, filters: f, kernelSize: k, padding: 'same' as const, useBias: false }, { type: 'batchNormalization' as const }]
        : [{ type: 'conv2d' as const, filters: f, kernelSize: k, padding: 'same' as const }],
    };
    const t = analyze(model).totals;
    const value = t.trainable;
    const kernel = k * k * cin * f;
    const prompt = withBn
      ? `A block is \`Conv2D(${f}, ${k}, use_bias=False)\` on a ${cin}-channel input, followed by \`BatchNormalization()\`. How many **trainable** parameters does the block have? Exact integer.`
      : `A \`Conv2D(${f}, kernel_size=${k})\` with biases is applied to a feature map with ${cin} channels. How many parameters does it have? Exact integer.`;
    const explanation = withBn
      ? `The convolution has weights only; batch norm adds a trainable scale $\\gamma$ and shift $\\beta$ per channel:\n\n$$${k} \\cdot ${k} \\cdot ${texInt(cin)} \\cdot ${texInt(f)} + 2 \\cdot ${texInt(f)} = ${texInt(kernel)} + ${texInt(2 * f)} = ${texInt(value)}$$\n\nThe moving mean and variance (${texInt(t.nonTrainable)} more) are not trainable.`
      : `Each of the ${f} filters spans ${k}×${k} pixels across all ${cin} input channels, plus one bias:\n\n$$${k} \\cdot ${k} \\cdot ${texInt(cin)} \\cdot ${texInt(f)} + ${texInt(f)} = ${texInt(value)}$$\n\nThe height and width of the feature map do not appear: the weights are shared across positions.`;
    return { body: { prompt, explanation, calculator: modelLink(model) }, answer: natAnswer(value, { decimals: 0 }, 'parameters') };
  },
);
