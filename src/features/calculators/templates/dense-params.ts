import { createRng, pick, randomInt } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Parameters of a Dense layer: d · u + u. */
export const denseParams = defineTemplate(
  { id: 'param-dense-params', title: 'Parameters of a dense layer', topic: 'Parameter counting', difficulty: 'easy', tags: ['dense'] },
  (seed) => {
    const rng = createRng(seed);
    const d = pick(rng, [64, 128, 196, 256, 300, 512, 784, 1024, 2048]);
    const u = pick(rng, [8, 10, 16, 32, 64, 100, 128, 256, 512]);
    const useBias = randomInt(rng, 0, 3) > 0;
    const model = { inputShape: [d], layers: [{ type: 'dense' as const, units: u, useBias }] };
    const params = analyze(model).totals.params;
    return {
      body: {
        prompt: `A \`Dense(${u}${useBias ? '' : ', use_bias=False'})\` layer receives a ${d}-dimensional input vector. How many parameters does it have? Give an exact integer.`,
        explanation: `Every one of the ${u} units has one weight per input${useBias ? ' and one bias' : ' and, with `use_bias=False`, no bias'}:\n\n$$${texInt(d)} \\times ${texInt(u)}${useBias ? ` + ${texInt(u)}` : ''} = ${texInt(params)}$$`,
        calculator: modelLink(model),
      },
      answer: natAnswer(params, { decimals: 0 }, 'parameters'),
    };
  },
);
