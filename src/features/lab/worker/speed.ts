/**
 * The speed check: quantize + dequantize + error metrics of n weights (int8, symmetric, per tensor),
 * all in tfjs on the active backend, against a plain Float32Array loop in the same worker. Both are
 * timed warm (median of `runs` after two untimed runs); the tfjs data is already in a tensor, as a
 * model's weights would be.
 */
import * as tf from '@tensorflow/tfjs';
import { int8PassLoop } from '@/features/lab/lib/int8-pass';
import { normalArray } from '@/features/lab/lib/normal';
import { int8PassTf } from '@/features/lab/model/tf-quantize';
import type { BackendName, SpeedResult } from './protocol';

async function medianMs(fn: () => unknown, runs: number): Promise<number> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function speedCheck(n: number, runs: number, backend: BackendName, onProgress: (fraction: number, label: string) => void): Promise<SpeedResult> {
  const x = normalArray(42, n, 0.1);
  const loopQ = new Float32Array(n);
  const input = tf.tensor1d(x);
  try {
    onProgress(0.1, 'Timing the plain loop…');
    const loopMs = await medianMs(() => int8PassLoop(x, 127, 'half-even', loopQ), runs);
    onProgress(0.5, `Timing tfjs (${backend})…`);
    const tfjsMs = await medianMs(async () => (await int8PassTf(input, 127, 'half-even')).q.dispose(), runs);
    onProgress(0.9, 'Comparing the integers…');
    const last = await int8PassTf(input, 127, 'half-even');
    const tq = await last.q.data();
    last.q.dispose();
    let mismatches = 0;
    for (let i = 0; i < n; i++) if (tq[i] !== loopQ[i]) mismatches++;
    return { backend, n, tfjsMs, loopMs, mismatches, sqnrDb: last.sqnrDb };
  } finally {
    input.dispose();
  }
}
