/** Bytes of a model's weights and of its activations, at any bit width. */
import { bytesAt } from './units.ts';

/** The precisions people ask about, plus any other width through `bytesAt`. */
export const COMMON_BITS = [32, 16, 8, 4] as const;

export const PRECISION_NAMES: Record<number, string> = { 32: 'fp32', 16: 'fp16', 8: 'int8', 4: 'int4' };

/**
 * Weight storage in bytes.
 *   bytes = (params − biases) · weightBits / 8 + biases · biasBits / 8
 * biasBits defaults to weightBits; TFLite full-integer models keep biases at 32 bits.
 * Scales, zero points and file metadata are not included. Range: bits in [1, 64].
 */
export function weightBytes(params: number, biases: number, weightBits: number, biasBits = weightBits): number {
  return bytesAt(params - biases, weightBits) + bytesAt(biases, biasBits);
}

/** Activation (tensor arena) bytes for `elements` values at `bits` each: elements · bits / 8. */
export const activationBytes = (elements: number, bits: number): number => bytesAt(elements, bits);
