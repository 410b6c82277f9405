/** Normally distributed draws from the project's seeded generator. */
import { createRng } from '../../../utils/random.ts';

/** One standard normal draw (Box–Muller; 1 − u keeps log away from 0). */
export function normal(rng: () => number): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** `n` float32 draws from N(0, sd²): stand-ins for a trained layer's weights. */
export function normalArray(seed: number, n: number, sd: number): Float32Array {
  const rng = createRng(seed);
  const out = new Float32Array(Math.max(0, Math.floor(n)));
  for (let i = 0; i < out.length; i++) out[i] = normal(rng) * sd;
  return out;
}
