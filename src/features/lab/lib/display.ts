/** How the lab prints its numbers: the same units everywhere on the page. */
import type { QuantConfig } from './config.ts';
import type { QParams } from './qparams.ts';

/** 0.98625 → "98.6 %". */
export const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Accuracy difference in percentage points, signed: −0.25 → "−25.0 pts". */
export const pts = (d: number): string => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(100 * d).toFixed(1)} pts`;

/** Scales and errors: four significant digits, exponent form when tiny. */
export function sci(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a < 1e-3 || a >= 1e5 ? x.toExponential(3).replace('e+', 'e') : Number(x.toPrecision(4)).toString();
}

/** SQNR: "44.2 dB", "∞ dB" when lossless. */
export const db = (x: number): string => (x === Infinity ? '∞ dB' : Number.isNaN(x) ? '—' : `${x.toFixed(1)} dB`);

/** 16784 → "16,784 B". */
export const bytes = (n: number): string => `${n.toLocaleString('en-US')} B`;

/** A list of numbers as one value when they are all equal, else "min … max (n values)". */
export function spread(values: readonly number[], fmt: (x: number) => string): string {
  if (values.length === 0) return '—';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? fmt(lo) : `${fmt(lo)} … ${fmt(hi)} (${values.length})`;
}

export const scalesOf = (ps: readonly QParams[]): number[] => ps.map((p) => p.scale);
export const zeroPointsOf = (ps: readonly QParams[]): number[] => ps.map((p) => p.zeroPoint);

/** "8-bit · symmetric · per channel · half away · 0 % pruned". */
export function describeConfig(c: QuantConfig): string {
  return [
    `${c.bits}-bit`,
    c.scheme,
    c.granularity === 'per-channel' ? 'per channel' : 'per tensor',
    c.rounding === 'half-away' ? 'half away from zero' : 'half to even',
    `${Math.round(c.sparsity * 100)} % pruned`,
  ].join(' · ');
}
