import type { ModelAnalysis } from '../lib/analyze-model.ts';
import { layerFields, type ModelSpec } from '../lib/layer-config.ts';
import { LAYER_LABELS } from '../lib/layer-defaults.ts';
import { activationBytes, weightBytes } from '../lib/model-size.ts';
import { texInt, texNum } from '../lib/tex.ts';
import { natAnswer } from '../templates/template.ts';
import { myQuestion } from './my-question.ts';
import type { NatQuestion } from '../../../content-model/schema.ts';

export const MODEL_ASKS = ['params', 'trainable', 'weights', 'macs', 'arena'] as const;
export type ModelAsk = (typeof MODEL_ASKS)[number];

export const MODEL_ASK_LABELS: Record<ModelAsk, string> = {
  params: 'total parameters',
  trainable: 'trainable parameters',
  weights: 'weight bytes at the chosen precision',
  macs: 'MACs per inference',
  arena: 'peak activation bytes (tensor arena)',
};

function optionText(layer: ModelSpec['layers'][number]): string {
  const parts: string[] = [];
  for (const key of layerFields(layer.type)) {
    const v = (layer as Record<string, unknown>)[key];
    if (v === undefined || key === 'activation') continue;
    const text = Array.isArray(v) ? (v.length === 2 && v[0] === v[1] ? `${v[0] as number}` : v.join('×')) : `${v as string | number | boolean}`;
    parts.push(`${key} ${text}`);
  }
  return parts.join(', ') || '—';
}

interface Args {
  spec: ModelSpec;
  analysis: ModelAnalysis;
  ask: ModelAsk;
  weightBits: number;
  activationBits: number;
  biasBits: number;
  link: string;
}

/** A question about the model in the table: its layers as a Markdown table, one quantity to compute. */
export function modelQuestion({ spec, analysis, ask, weightBits, activationBits, biasBits, link }: Args): NatQuestion {
  const rows = spec.layers.map((l, i) => `| ${i + 1} | ${LAYER_LABELS[l.type]} | ${optionText(l)} |`);
  const table = ['| # | Layer | Options |', '|---|---|---|', ...rows].join('\n');
  const intro = `A model takes an input of shape ${spec.inputShape.join('×')} (batch 1) and applies these layers (tfjs-layers names; options not listed take tfjs's defaults; GRUs follow tfjs unless resetAfter is true):\n\n${table}\n\n`;
  const t = analysis.totals;
  const layerLines = (f: (l: ModelAnalysis['layers'][number]) => string) =>
    analysis.layers
      .filter((l) => l.params > 0 || l.macs > 0)
      .map((l) => `$$\\text{${l.index + 1}. ${LAYER_LABELS[l.config.type].replace(/ \(Keras\)/, '')}}: ${f(l)}$$`)
      .join('\n\n');
  switch (ask) {
    case 'params':
    case 'trainable': {
      const value = ask === 'params' ? t.params : t.trainable;
      const what = ask === 'params' ? 'parameters in total (trainable and non-trainable)' : '**trainable** parameters';
      return myQuestion({
        calc: 'model-size',
        title: `Parameters of a ${spec.layers.length}-layer model`,
        prompt: `${intro}How many ${what} does it have? Exact integer.`,
        explanation: `${layerLines((l) => `${l.paramsTex} = ${texInt(l.params)}${l.nonTrainable ? `\\ (${texInt(l.nonTrainable)}\\ \\text{non-trainable})` : ''}`)}\n\nIn total $${texInt(t.params)}$ parameters, of which $${texInt(t.trainable)}$ are trainable.`,
        calculator: link,
        answer: natAnswer(value, { decimals: 0 }, 'parameters'),
        topic: 'Parameter counting',
        tags: ['model-size'],
      });
    }
    case 'weights': {
      const bytes = weightBytes(t.params, t.biases, weightBits, biasBits);
      const bias = biasBits !== weightBits ? ` and biases at ${biasBits} bits` : '';
      return myQuestion({
        calc: 'model-size',
        title: `Weight storage at ${weightBits} bits`,
        prompt: `${intro}Stored with ${weightBits}-bit weights${bias} (no scales or metadata), how many bytes do its parameters take?`,
        explanation: `Parameters: $${texInt(t.params)}$, of which $${texInt(t.biases)}$ are biases.\n\n$$${texInt(t.params - t.biases)} \\cdot \\frac{${weightBits}}{8} + ${texInt(t.biases)} \\cdot \\frac{${biasBits}}{8} = ${texNum(bytes, 1)}\\ \\text{B}$$`,
        calculator: link,
        answer: natAnswer(bytes, { decimals: Number.isInteger(bytes) ? 0 : 1 }, 'bytes'),
        topic: 'Model size and memory',
        tags: ['model-size', `${weightBits}-bit`],
      });
    }
    case 'macs':
      return myQuestion({
        calc: 'model-size',
        title: `MACs of a ${spec.layers.length}-layer model`,
        prompt: `${intro}How many multiply-accumulates (MACs) does one inference take? Count only multiply-accumulates (batch norm folds away; pooling and activations are not MACs). Exact integer.`,
        explanation: `${layerLines((l) => `${l.macsTex} = ${texInt(l.macs)}`)}\n\nIn total $${texInt(t.macs)}$ MACs $= ${texInt(t.flops)}$ FLOPs.`,
        calculator: link,
        answer: natAnswer(t.macs, { decimals: 0 }, 'MACs'),
        topic: 'FLOPs and latency',
        tags: ['macs'],
      });
    case 'arena': {
      const bytes = activationBytes(t.peakLiveElements, activationBits);
      const peak = analysis.layers[t.peakLayer];
      return myQuestion({
        calc: 'model-size',
        title: 'Tensor arena of a chain',
        prompt: `${intro}With ${activationBits}-bit activations, and only one layer's input and output alive at a time (flatten, reshape and dropout work in place), how many bytes does the activation part of the tensor arena need? Ignore scratch buffers.`,
        explanation: peak
          ? `The largest input + output pair is at layer ${peak.index + 1}:\n\n$$(${texInt(peak.inputElements)} + ${texInt(peak.outputElements)}) \\cdot \\frac{${activationBits}}{8} = ${texNum(bytes, 1)}\\ \\text{B}$$`
          : `Only the input is alive: $${texInt(t.peakLiveElements)} \\cdot ${activationBits} / 8 = ${texNum(bytes, 1)}$ B.`,
        calculator: link,
        answer: natAnswer(bytes, { decimals: Number.isInteger(bytes) ? 0 : 1 }, 'bytes'),
        topic: 'Model size and memory',
        tags: ['tensor-arena', 'activations'],
      });
    }
  }
}
