/**
 * The calculators, in menu order: id (the URL segment), name, what it answers, and its widget.
 * Each widget is its own lazy chunk: the index page, which lists them all, loads none of them.
 */
import type { ComponentType } from 'react';
import { preloadable } from '@/components/ui/preloadable';
import type { NatQuestion } from '@/content-model/schema';
import type { CalculatorId } from '../lib/links';

type WidgetProps = { onMakeQuestion?: ((q: NatQuestion) => void) | undefined };

export interface CalculatorEntry {
  id: CalculatorId;
  name: string;
  /** One line: the question it answers. */
  answers: string;
  formula: string;
  Component: ComponentType<WidgetProps> & { preload: () => Promise<unknown> };
}

export const CALCULATORS: readonly CalculatorEntry[] = [
  {
    id: 'model-size',
    name: 'Model size',
    answers: 'Parameters (exactly as tfjs counts them), bytes at any precision, MACs and FLOPs, the tensor arena, and whether it fits a device.',
    formula: '\\text{bytes} = N \\cdot \\tfrac{b}{8}',
    Component: preloadable(() => import('./ModelSizeCalculator').then((m) => ({ default: m.ModelSizeCalculator }))),
  },
  {
    id: 'compression',
    name: 'Compression ratio',
    answers: 'Prune, quantize, entropy-code: the ratio, with or without the cost of sparse indices.',
    formula: 'CR = \\frac{b_0}{(1-p)\\,b\\,(1-a) + i}',
    Component: preloadable(() => import('./CompressionCalculator').then((m) => ({ default: m.CompressionCalculator }))),
  },
  {
    id: 'latency',
    name: 'Latency',
    answers: 'Work ÷ throughput, from a measured rate or a clock and MACs per cycle, on one or several cores.',
    formula: 't = \\frac{\\text{work}}{R}',
    Component: preloadable(() => import('./LatencyCalculator').then((m) => ({ default: m.LatencyCalculator }))),
  },
  {
    id: 'roofline',
    name: 'Roofline',
    answers: 'Compute- or memory-bound? Time as max(compute, memory), with caches and cores, for a kernel or a whole model on a device.',
    formula: 't = \\max\\left(\\tfrac{F}{P}, \\tfrac{B_{bytes}}{BW}\\right)',
    Component: preloadable(() => import('./RooflineCalculator').then((m) => ({ default: m.RooflineCalculator }))),
  },
  {
    id: 'advisor',
    name: 'Optimization advisor',
    answers: 'What to change so a model fits a device and a latency budget, each effect computed on your model.',
    formula: '\\text{fits} \\wedge t \\le t_{budget}',
    Component: preloadable(() => import('./AdvisorCalculator').then((m) => ({ default: m.AdvisorCalculator }))),
  },
  {
    id: 'quantization',
    name: 'Scale and zero point',
    answers: 'Symmetric and asymmetric quantization parameters and one value’s round trip.',
    formula: 'x = s\\,(q - z)',
    Component: preloadable(() => import('./QuantizationCalculator').then((m) => ({ default: m.QuantizationCalculator }))),
  },
];

/** Starts loading the widget of the calculator at `path` (/calculators/<id>); nothing for other paths. */
export function preloadCalculator(path: string): Promise<unknown> {
  const id = /^\/calculators\/([^/]+)\/?$/.exec(path)?.[1];
  return CALCULATORS.find((c) => c.id === id)?.Component.preload() ?? Promise.resolve();
}
