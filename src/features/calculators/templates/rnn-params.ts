import { createRng, pick } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Parameters of an LSTM, a tfjs GRU or a Keras reset_after GRU. */
export const rnnParams = defineTemplate(
  { id: 'param-rnn-params', title: 'Parameters of a recurrent layer', topic: 'Parameter counting', difficulty: 'medium', tags: ['lstm', 'gru'] },
  (seed) => {
    const rng = createRng(seed);
    const kind = pick(rng, ['lstm', 'gru-tfjs', 'gru-keras'] as const);
    const f = pick(rng, [10, 13, 16, 20, 32, 40, 64]);
    const u = pick(rng, [16, 24, 32, 48, 64, 128]);
    const gates = kind === 'lstm' ? 4 : 3;
    const model = { inputShape: [49, f], layers: [kind === 'lstm' ? { type: 'lstm' as const, units: u } : { type: 'gru' as const, units: u, resetAfter: kind === 'gru-keras' }] };
    const value = analyze(model).totals.params;
    const base = gates * (u * (f + u) + u);
    const prompt =
      kind === 'lstm'
        ? `An \`LSTM(${u})\` reads sequences of ${f}-dimensional feature vectors. How many parameters does it have? Exact integer.`
        : kind === 'gru-tfjs'
          ? `In TensorFlow.js, \`tf.layers.gru({units: ${u}})\` reads sequences of ${f}-dimensional vectors. How many parameters does it have? Exact integer.`
          : `In Keras (TensorFlow 2, default \`reset_after=True\`), a \`GRU(${u})\` reads ${f} features per time step. How many parameters does it have? Exact integer.`;
    const core = `${gates} \\cdot (${texInt(u)} \\cdot (${texInt(f)} + ${texInt(u)}) + ${texInt(u)}) = ${texInt(base)}`;
    const explanation =
      kind === 'lstm'
        ? `Four gates, each with an input kernel, a recurrent kernel and a bias:\n\n$$${core}$$`
        : kind === 'gru-tfjs'
          ? `Three gates with one bias each (TensorFlow.js supports only \`resetAfter: false\`):\n\n$$${core}$$`
          : `Three gates; with \`reset_after=True\` the input and recurrent paths each get a bias, adding $3 \\cdot ${texInt(u)}$:\n\n$$${core}, \\qquad ${texInt(base)} + ${texInt(3 * u)} = ${texInt(value)}$$`;
    return { body: { prompt, explanation, calculator: modelLink(model) }, answer: natAnswer(value, { decimals: 0 }, 'parameters') };
  },
);
