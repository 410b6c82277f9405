/**
 * How far the quantized weights are from the float ones.
 *
 *   MSE = mean((x − x̂)²)          maxAbs = max |x − x̂|
 *   SQNR = 10 · log10(Σx² / Σ(x − x̂)²)  in dB (∞ when x̂ = x)
 */

export interface ErrorMetrics {
  /** Number of weights compared. */
  n: number;
  /** Mean squared error, in weight units². */
  mse: number;
  /** Largest absolute error, in weight units. */
  maxAbs: number;
  /** Signal power Σx²/n, in weight units². */
  signalPower: number;
  /** Signal-to-quantization-noise ratio in dB; Infinity when there is no error, NaN when there is no signal. */
  sqnrDb: number;
}

/** Running sums, so that metrics of several tensors combine into the model's. */
export interface ErrorSums {
  n: number;
  signal: number;
  noise: number;
  maxAbs: number;
}

export function errorSums(original: Float32Array, approx: Float32Array): ErrorSums {
  let signal = 0;
  let noise = 0;
  let maxAbs = 0;
  const n = Math.min(original.length, approx.length);
  for (let i = 0; i < n; i++) {
    const x = original[i]!;
    const e = x - approx[i]!;
    signal += x * x;
    noise += e * e;
    const a = Math.abs(e);
    if (a > maxAbs) maxAbs = a;
  }
  return { n, signal, noise, maxAbs };
}

export const addSums = (a: ErrorSums, b: ErrorSums): ErrorSums => ({
  n: a.n + b.n,
  signal: a.signal + b.signal,
  noise: a.noise + b.noise,
  maxAbs: Math.max(a.maxAbs, b.maxAbs),
});

export const EMPTY_SUMS: ErrorSums = { n: 0, signal: 0, noise: 0, maxAbs: 0 };

/** SQNR in dB from powers (or sums): 10·log10(signal / noise). */
export function sqnrDb(signal: number, noise: number): number {
  if (signal === 0) return noise === 0 ? NaN : -Infinity;
  return noise === 0 ? Infinity : 10 * Math.log10(signal / noise);
}

export function metricsFromSums(s: ErrorSums): ErrorMetrics {
  return {
    n: s.n,
    mse: s.n ? s.noise / s.n : 0,
    maxAbs: s.maxAbs,
    signalPower: s.n ? s.signal / s.n : 0,
    sqnrDb: sqnrDb(s.signal, s.noise),
  };
}

export const errorMetrics = (original: Float32Array, approx: Float32Array): ErrorMetrics => metricsFromSums(errorSums(original, approx));

/**
 * The textbook rule: an N-bit quantizer driven by a full-scale sine has SQNR = 6.02·N + 1.76 dB.
 * Weights are not a full-scale sine: most sit near zero, far below the largest one, so measured
 * SQNR is lower (see `uniformNoiseSqnrDb`).
 */
export const ruleOfThumbDb = (bits: number): number => 6.02 * bits + 1.76;

/**
 * The prediction of the uniform-noise model: rounding error spread evenly over ±scale/2 has power
 * scale²/12, so SQNR ≈ 10·log10(signalPower / mean(scale²/12)). It uses the actual scales, so it
 * accounts for the weights' peak-to-RMS ratio; it breaks down at 2–3 bits, where most weights round
 * to zero and the error is no longer uniform.
 * @param signalPower mean x², weight units²
 * @param meanScaleSq mean over weights of their channel's scale², weight units²
 */
export function uniformNoiseSqnrDb(signalPower: number, meanScaleSq: number): number {
  return sqnrDb(signalPower, meanScaleSq / 12);
}
