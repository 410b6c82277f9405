/**
 * What one layer does to the numbers: its output shape, its parameters and its work.
 * Shapes leave out the batch axis; work is per example (batch 1).
 */
import { fail, ok, type Checked } from './checked.ts';

export interface LayerAnalysis {
  outputShape: number[];
  /** Parameters updated by training (kernels, biases, γ and β). */
  trainable: number;
  /** Parameters stored but not trained (batch-norm moving mean and variance). */
  nonTrainable: number;
  /** How many of the trainable parameters are bias vectors (TFLite keeps those at int32 in int8 models). */
  biases: number;
  /** Multiply-accumulates per example. FLOPs = 2 · MACs. */
  macs: number;
  /** True when the output can share the input's buffer (flatten, reshape, dropout at inference). */
  inPlace: boolean;
  /** The parameter count as a formula with this layer's numbers, in TeX, for the worked steps. */
  paramsTex: string;
  /** The MAC count as a formula with this layer's numbers, in TeX. */
  macsTex: string;
}

export type LayerResult = Checked<LayerAnalysis>;

/** Product of sizes; 1 for a scalar. */
export const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** A shape as people write it: 28×28×1. */
export const shapeText = (shape: readonly number[]): string => shape.join('×');

/** Checks the input rank a layer needs, with a message that says what shape it expects. */
export function needRank(type: string, shape: readonly number[], rank: number, meaning: string): string | null {
  if (shape.length === rank) return null;
  return `${type} needs a ${rank}-D input (${meaning}), got ${shapeText(shape)}`;
}

/** Thin-space-grouped integer for TeX: 100480 → 100{,}480. */
export function texInt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  // A regex, not toLocaleString: this runs for every layer on every keystroke, and Intl is ~50× slower.
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '{,}');
}

/** Builds a result with every field in one fixed order (object spreads here cost ~20× more, measured). */
export const analysis = (a: Omit<LayerAnalysis, 'inPlace'> & { inPlace?: boolean }): LayerResult =>
  ok({
    outputShape: a.outputShape,
    trainable: a.trainable,
    nonTrainable: a.nonTrainable,
    biases: a.biases,
    macs: a.macs,
    inPlace: a.inPlace ?? false,
    paramsTex: a.paramsTex,
    macsTex: a.macsTex,
  });
export { fail };
