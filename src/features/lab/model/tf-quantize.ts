/**
 * The tfjs path of the quantizer: the same formulas as lib/quantize.ts, as tensor ops, on whatever
 * backend is active. tfjs computes in float32, as the pure path emulates, so on the cpu and wasm
 * backends both give identical integers (tests/unit/lab/tf-agreement.test.ts).
 *
 *   q = clip(round(x / scale) + zeroPoint, qmin, qmax)      x̂ = scale · (q − zeroPoint)
 *
 * `scale` and `zeroPoint` are vectors over the last axis (per channel) or of length 1 (per tensor).
 */
import * as tf from '@tensorflow/tfjs';
import type { Rounding } from '../lib/config.ts';
import type { IntRange } from '../lib/int-range.ts';
import type { QParams } from '../lib/qparams.ts';

/**
 * Half away from zero in float32: sign(v) · (floor|v| + [frac|v| ≥ ½]). Not floor(|v| + ½), which
 * float32 rounds up for 0.49999997. tfjs has no trunc, and `tf.round` is half to even.
 */
export function roundHalfAwayTf(v: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const a = tf.abs(v);
    const fl = tf.floor(a);
    const up = tf.greaterEqual(tf.sub(a, fl), 0.5).cast('float32');
    return tf.mul(tf.sign(v), tf.add(fl, up));
  });
}

export const roundTf = (v: tf.Tensor, rounding: Rounding): tf.Tensor => (rounding === 'half-even' ? tf.round(v) : roundHalfAwayTf(v));

export interface TfQuant {
  /** The integers, as float32 values (tfjs has no int rounding ops). */
  q: tf.Tensor;
  dequantized: tf.Tensor;
}

/** Quantizes and dequantizes `x` with the given parameters (one per channel of the last axis, or one). */
export function quantizeTf(x: tf.Tensor, params: readonly QParams[], range: IntRange, rounding: Rounding): TfQuant {
  return tf.tidy(() => {
    const scale = tf.tensor1d(params.map((p) => p.scale));
    const zp = tf.tensor1d(params.map((p) => p.zeroPoint));
    const q = tf.clipByValue(tf.add(roundTf(tf.div(x, scale), rounding), zp), range.qmin, range.qmax);
    return { q, dequantized: tf.mul(scale, tf.sub(q, zp)) };
  });
}

export interface TfMetrics {
  mse: number;
  maxAbs: number;
  sqnrDb: number;
}

/**
 * The whole TFLite-int8-style pass on one flat tensor, all in tfjs: per-tensor symmetric scale
 * from max|x|, quantize, dequantize, then MSE, max |error| and SQNR. What the speed check times.
 */
export async function int8PassTf(x: tf.Tensor1D, qmax: number, rounding: Rounding): Promise<TfMetrics & { scale: number; q: tf.Tensor }> {
  const [q, scalars] = tf.tidy(() => {
    const scale = tf.div(tf.max(tf.abs(x)), qmax);
    const qt = tf.clipByValue(roundTf(tf.div(x, scale), rounding), -qmax, qmax);
    const err = tf.sub(x, tf.mul(qt, scale));
    const sq = tf.square(err);
    const out = tf.stack([scale, tf.mean(sq), tf.max(tf.abs(err)), tf.sum(tf.square(x)), tf.sum(sq)]);
    return [qt, out];
  });
  const [scale, mse, maxAbs, signal, noise] = Array.from(await scalars.data());
  scalars.dispose();
  return { scale: scale!, mse: mse!, maxAbs: maxAbs!, sqnrDb: 10 * Math.log10(signal! / noise!), q };
}
