/**
 * The plain-loop twin of model/tf-quantize.ts `int8PassTf`: per-tensor symmetric scale from max|x|,
 * quantize, dequantize, MSE, max |error| and SQNR, over a Float32Array in two passes. The floor the
 * speed check measures tfjs against; float32 rounding as in tfjs, so the integers agree.
 */
import type { Rounding } from './config.ts';
import { rounder } from './rounding.ts';

export interface Int8Pass {
  scale: number;
  mse: number;
  maxAbs: number;
  sqnrDb: number;
}

/** @param q receives the integers (length ≥ x.length) */
export function int8PassLoop(x: Float32Array, qmax: number, rounding: Rounding, q: Float32Array): Int8Pass {
  const round = rounder(rounding);
  let absMax = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]!);
    if (a > absMax) absMax = a;
  }
  const scale = Math.fround(absMax / qmax);
  let signal = 0;
  let noise = 0;
  let maxAbs = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    const r = round(Math.fround(v / scale));
    const qi = r > qmax ? qmax : r < -qmax ? -qmax : r;
    q[i] = qi;
    const e = v - Math.fround(qi * scale);
    signal += v * v;
    noise += e * e;
    const a = Math.abs(e);
    if (a > maxAbs) maxAbs = a;
  }
  return { scale, mse: x.length ? noise / x.length : 0, maxAbs, sqnrDb: 10 * Math.log10(signal / noise) };
}
