/**
 * Bytes a quantized layer needs, counted the way a TFLite flatbuffer stores it:
 * - weights packed at N bits: ceil(n · N / 8) bytes (TFLite packs int4; 2- and 3-bit are the lab's what-if);
 * - biases as 32-bit values (TFLite: int32 with scale = s_input · s_weight; here they stay float32, same size);
 * - quantization parameters: a float32 scale and an int64 zero point per channel, 12 bytes each.
 * The float model stores every parameter in 4 bytes. Pruned zeros still cost their bits: a dense
 * tensor does not shrink without a sparse format or compression.
 */

export const FLOAT_BYTES = 4;
const PARAM_BYTES = 4 + 8;

/**
 * @param weights number of kernel weights
 * @param biases number of bias values
 * @param channels number of (scale, zero point) pairs: 1 per tensor, or the output channels
 */
export function quantizedBytes(weights: number, biases: number, bits: number, channels: number): number {
  return Math.ceil((weights * bits) / 8) + biases * FLOAT_BYTES + channels * PARAM_BYTES;
}

export const floatBytes = (weights: number, biases: number): number => (weights + biases) * FLOAT_BYTES;
