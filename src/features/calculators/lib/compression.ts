/**
 * The compression chain of Deep Compression (Han et al., 2016): prune, then quantize, then
 * entropy-code, with the cost of remembering where the surviving weights are.
 */
import { z } from 'zod';
import { fail, ok, show, type Checked } from './checked.ts';

/** How the positions of the weights that survive pruning are stored. */
export const SPARSE_FORMATS = ['none', 'bitmask', 'csr'] as const;
export type SparseFormat = (typeof SPARSE_FORMATS)[number];

export const SPARSE_LABELS: Record<SparseFormat, string> = {
  none: 'free (ideal: zeros cost nothing, as textbook answers assume)',
  bitmask: 'bitmask: 1 bit per original weight',
  csr: 'CSR-style indices: index bits per kept weight',
};

const num = (name: string, min: number, max: number, unit: string) =>
  z
    .number({ error: (iss) => `${name} must be a number${unit ? ` in ${unit}` : ''}, got ${show(iss.input)}` })
    .min(min, { error: (iss) => `${name} must be at least ${min}${unit ? ` ${unit}` : ''}, got ${show(iss.input)}` })
    .max(max, { error: (iss) => `${name} must be at most ${max}${unit ? ` ${unit}` : ''}, got ${show(iss.input)}` });

/** A share in [0, 100) %: removing everything would leave no model. */
const percent = (name: string) =>
  z
    .number({ error: (iss) => `${name} must be a percentage in [0, 100), got ${show(iss.input)}` })
    .min(0, { error: (iss) => `${name} must be a percentage in [0, 100), got ${show(iss.input)}` })
    .lt(100, { error: (iss) => `${name} must be below 100 %, got ${show(iss.input)}` });

export const CompressionInputSchema = z.object({
  /** Number of weights, N ≥ 1. */
  params: num('params', 1, 1e15, ''),
  /** Bits per weight before compression, usually 32 (float32). */
  baseBits: num('baseBits', 1, 64, 'bits').default(32),
  /** Share of weights removed, p in [0, 100) %. */
  prunePercent: percent('prunePercent').default(0),
  /** Bits per surviving weight after quantization, b in [1, 64]. */
  bits: num('bits', 1, 64, 'bits'),
  /** Saving of entropy coding (e.g. Huffman) on the quantized values, a in [0, 100) %. */
  codingPercent: percent('codingPercent').default(0),
  sparse: z.enum(SPARSE_FORMATS, { error: (iss) => `sparse must be none, bitmask or csr, got ${show(iss.input)}` }).default('none'),
  /** Bits per stored index, for sparse = csr. Deep Compression used 4–5-bit relative indices. */
  indexBits: num('indexBits', 1, 64, 'bits').default(8),
});
export type CompressionInput = z.input<typeof CompressionInputSchema>;

export interface CompressionStage {
  name: string;
  /** Total bits of the model after this stage. */
  bits: number;
  bytes: number;
  /** original ÷ this stage */
  ratio: number;
}

export interface CompressionResult {
  originalBytes: number;
  finalBytes: number;
  /** CR = original ÷ final */
  ratio: number;
  keptWeights: number;
  /** Bits spent on values and on indices, after every stage. */
  valueBits: number;
  indexBits: number;
  /** Average bits per original weight at the end. */
  bitsPerWeight: number;
  stages: CompressionStage[];
}

/**
 * kept = N · (1 − p)
 * values  = kept · b · (1 − a)                         bits
 * indices = N · 1 (bitmask)  |  kept · i (csr)  |  0 (none)
 * CR = N · b₀ / (values + indices) = b₀ / ((1 − p) · b · (1 − a) + index bits per original weight)
 *
 * Entropy coding is applied to the values only; indices are stored as they are.
 * Examples: 30 % pruned, int8 → 32 / (0.7 · 8) = 5.71; 25 % pruned, 16-bit, 20 % Huffman → 32 / 9.6 = 3.33.
 */
export function compressionChain(input: CompressionInput): Checked<CompressionResult> {
  const parsed = CompressionInputSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const c = parsed.data;
  const n = c.params;
  const kept = n * (1 - c.prunePercent / 100);
  const indexBits = c.sparse === 'bitmask' ? n : c.sparse === 'csr' ? kept * c.indexBits : 0;
  const original = n * c.baseBits;
  const pruned = kept * c.baseBits + indexBits;
  const quantized = kept * c.bits + indexBits;
  const valueBits = kept * c.bits * (1 - c.codingPercent / 100);
  const coded = valueBits + indexBits;
  const stage = (name: string, bits: number): CompressionStage => ({ name, bits, bytes: bits / 8, ratio: original / bits });
  return ok({
    originalBytes: original / 8,
    finalBytes: coded / 8,
    ratio: original / coded,
    keptWeights: kept,
    valueBits,
    indexBits,
    bitsPerWeight: coded / n,
    stages: [
      stage(`original (${c.baseBits}-bit)`, original),
      stage(`pruned ${c.prunePercent} %`, pruned),
      stage(`quantized to ${c.bits} bits`, quantized),
      stage(`entropy-coded (−${c.codingPercent} %)`, coded),
    ],
  });
}
