/** Reads a typed number for a field: the value, or the rule it breaks (shown under the field). */
import { parseQuantity } from '../lib/units';

export interface FieldValue {
  value: number;
  error?: string;
}

export function readNumber(text: string, name: string, check?: (n: number) => string | null): FieldValue {
  const r = parseQuantity(text, name);
  if (!r.ok) return { value: NaN, error: r.error };
  const rule = check?.(r.value) ?? null;
  return rule ? { value: r.value, error: rule } : { value: r.value };
}

export const positive = (name: string) => (n: number) => (n > 0 ? null : `${name} must be greater than 0, got ${n}`);
export const atLeast = (name: string, min: number) => (n: number) => (n >= min ? null : `${name} must be at least ${min}, got ${n}`);
export const wholeAtLeast = (name: string, min: number) => (n: number) => (Number.isInteger(n) && n >= min ? null : `${name} must be a whole number ≥ ${min}, got ${n}`);
export const between = (name: string, min: number, max: number, unit = '') => (n: number) =>
  n >= min && n <= max ? null : `${name} must be between ${min} and ${max}${unit}, got ${n}`;
