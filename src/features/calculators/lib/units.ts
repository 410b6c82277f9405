/**
 * Units and conversions shared by every calculator. Memory sizes use binary prefixes
 * (1 KiB = 1,024 B) and say so; rates and counts use decimal SI prefixes (1 M = 10⁶).
 */
import { fail, ok, show, type Checked } from './checked.ts';

export const KIB = 1024;
export const MIB = 1024 * KIB;
export const GIB = 1024 * MIB;

/**
 * Bytes to store `count` values at `bits` bits each, packed (two int4 values per byte).
 * bytes = count · bits / 8. Fractional bytes are kept: callers round for display only.
 * Range: count ≥ 0, bits in (0, 64].
 */
export const bytesAt = (count: number, bits: number): number => (count * bits) / 8;

/** FLOPs = 2 · MACs: one multiply and one add per multiply-accumulate. */
export const macsToFlops = (macs: number): number => 2 * macs;
export const flopsToMacs = (flops: number): number => flops / 2;

/** Decimal prefixes, case-insensitive: counts and rates are never milli-anything here, so "m" means mega. */
const SI: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

/**
 * A number as people type it: "25M", "2.5e7", "1,000,000", "0.8", "4 G", "34G".
 * SI suffixes are decimal (M = 10⁶). `name` is used in the message when the text is not a number.
 */
export function parseQuantity(raw: string, name: string): Checked<number> {
  const text = raw.trim().replace(/,(?=\d{3}\b)/g, '').replace(/_/g, '');
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*([kmgt]?)$/i.exec(text);
  if (!m) return fail(`${name} must be a number such as 25M, 2.5e7 or 0.8, got ${show(raw.trim())}`);
  const value = Number(m[1]) * SI[(m[2] ?? '').toLowerCase()]!;
  if (!Number.isFinite(value)) return fail(`${name} is too large, got ${show(raw.trim())}`);
  return ok(value);
}
