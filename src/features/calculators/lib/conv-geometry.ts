/**
 * Output sizes of convolutions and pooling, exactly as tfjs-layers computes them
 * (tfjs-layers/src/utils/conv_utils.ts: convOutputLength, deconvLength).
 */

/**
 * Output length of a convolution or pooling window along one axis.
 *   effective kernel k' = k + (k − 1)(d − 1)              (dilation d)
 *   same:  out = ⌈L / s⌉
 *   valid: out = ⌈(L − k' + 1) / s⌉                         (≤ 0 when the window does not fit)
 * Ranges: L, k, s, d positive integers.
 */
export function convOutputLength(inputLength: number, kernel: number, padding: 'same' | 'valid', stride: number, dilation = 1): number {
  const effective = kernel + (kernel - 1) * (dilation - 1);
  const length = padding === 'same' ? inputLength : inputLength - effective + 1;
  return Math.floor((length + stride - 1) / stride);
}

/**
 * Output length of a transposed convolution along one axis.
 *   same:  out = L · s
 *   valid: out = L · s + max(k − s, 0)
 */
export function deconvLength(inputLength: number, kernel: number, padding: 'same' | 'valid', stride: number): number {
  return padding === 'same' ? inputLength * stride : inputLength * stride + Math.max(kernel - stride, 0);
}

/** The message for a window that does not fit with valid padding. */
export function windowTooLarge(what: string, axis: string, kernel: number, inputLength: number): string {
  return `${what} ${kernel} is larger than the input ${axis} ${inputLength} with padding "valid": use padding "same" or a smaller ${what}`;
}
