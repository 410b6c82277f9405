/**
 * The result of a calculation that can meet bad input. Calculators never throw into the UI:
 * a failure carries a sentence that names the rule that was broken ("kernelSize must be a
 * positive integer, got 0"), ready to show next to the field.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Checked<T> => ({ ok: false, error });

/** A value as a user would recognise it in a message: strings quoted, arrays joined with ×. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value === '' ? 'nothing' : `"${value}"`;
  if (Array.isArray(value)) return value.map(show).join('×');
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? typeof value;
}

/** Rejects anything that is not a finite number in [min, max]; `what` names the quantity and its unit. */
export function checkRange(name: string, value: number, min: number, max: number, what = ''): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number${what ? ` (${what})` : ''}, got ${show(value)}`;
  if (value < min || value > max) return `${name} must be between ${min} and ${max}${what ? ` ${what}` : ''}, got ${value}`;
  return null;
}

/** Rejects anything that is not a finite number > 0. */
export function checkPositive(name: string, value: number, what = ''): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return `${name} must be a positive number${what ? ` (${what})` : ''}, got ${show(value)}`;
  }
  return null;
}
