import { createRng, pick } from '../../../utils/random.ts';
import { texInt } from '../lib/tex.ts';
import { analyze, modelLink } from './model.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** MACs of a convolution: output size first (padding, stride), then H'·W'·k²·C·F. */
export const convMacs = defineTemplate(
  { id: 'param-conv-macs', title: 'MACs of a convolution', topic: 'FLOPs and latency', difficulty: 'medium', tags: ['conv2d', 'macs'] },
  (seed) => {
    const rng = createRng(seed);
    const h = pick(rng, [14, 16, 28, 32, 48, 56, 64, 96]);
    const cin = pick(rng, [3, 8, 16, 32, 64]);
    const f = pick(rng, [8, 16, 32, 64]);
    const k = pick(rng, [1, 3, 5]);
    const s = pick(rng, [1, 1, 2]);
    const padding = pick(rng, ['same', 'valid'] as const);
    const model = { inputShape: [h, h, cin], layers: [{ type: 'conv2d' as const, filters: f, kernelSize: k, strides: s, padding }] };
    const row = analyze(model).layers[0]!;
    const [oh, ow] = row.outputShape as [number, number];
    const sizeTex = padding === 'same' ? `\\lceil ${h} / ${s} \\rceil = ${oh}` : `\\lceil (${h} - ${k} + 1) / ${s} \\rceil = ${oh}`;
    return {
      body: {
        prompt: `A ${k}×${k} convolution with ${f} filters, stride ${s} and \`${padding}\` padding is applied to a ${h}×${h}×${cin} feature map (batch 1). How many multiply-accumulates (MACs) does it take? Exact integer.`,
        explanation: `Output size with \`${padding}\` padding: $${sizeTex}$, so the output is ${oh}×${ow}×${f}. Each output value is a ${k}×${k}×${cin} dot product:\n\n$$${oh} \\cdot ${ow} \\cdot ${k} \\cdot ${k} \\cdot ${cin} \\cdot ${f} = ${texInt(row.macs)}\\ \\text{MACs}$$\n\nThat is $${texInt(row.flops)}$ FLOPs (FLOPs = 2 · MACs).`,
        calculator: modelLink(model),
      },
      answer: natAnswer(row.macs, { decimals: 0 }, 'MACs'),
    };
  },
);
