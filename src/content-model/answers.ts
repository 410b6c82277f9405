/**
 * Reading answers as authors write them: option letters ("B", "A, C", "A and D")
 * and numbers with units ("4000 ms", "CR = 5.71", "3,211,392", "4.2 × 10^6 MACs").
 * Pure functions; each returns a value or a message that says what to write instead.
 */
import type { Precision } from './schema.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string, hint: string): Parsed<T> => ({ ok: false, message, hint });

/** An option marker at the start of a line: "A) ", "(B) ", "C. ", "D: ", "**A)** ". */
export const OPTION_MARKER = /^[ \t]*(?:\*\*|__)?\(?([A-Z])[).:](?:\*\*|__)?[ \t]+/;

export function optionMarker(line: string): { key: string; length: number } | null {
  const m = OPTION_MARKER.exec(line);
  return m ? { key: m[1]!, length: m[0].length } : null;
}

/**
 * Option letters from an answer line. Accepts "B", "(B)", "B)", "Option B", "A, C", "A and C",
 * "A; C; D", and ignores an echo of the option text after the letters ("B) PTQ may…").
 */
export function parseOptionLetters(text: string): Parsed<string[]> {
  let rest = text.trim().replace(/^options?\s+/i, '');
  const keys: string[] = [];
  for (;;) {
    const m = /^\(?([A-Z])\)?(?=$|[\s,;/&).:]|\s*and\b)/.exec(rest);
    if (!m) break;
    keys.push(m[1]!);
    rest = rest.slice(m[0].length);
    const sep = /^\s*(?:,|;|\/|&|\band\b|\s)\s*/.exec(rest);
    if (!sep || sep[0].length === 0) break;
    const after = rest.slice(sep[0].length);
    // "B) Because…" — letters stop at the first word that is not a lone capital.
    if (!/^\(?[A-Z]\)?(?=$|[\s,;/&).:])/.test(after)) break;
    rest = after;
  }
  if (keys.length === 0) {
    return fail(
      `the answer "${text.trim()}" does not name an option`,
      'write the option letter(s), e.g. **Answer:** B, or **Answer:** A, C',
    );
  }
  return ok(keys);
}

export interface WrittenNumber {
  value: number;
  /** Size of one unit in the last digit written: "5.71" → 0.01, "4000" → 1, "4.2e6" → 1e5. */
  step: number;
  /** Decimal places written ("5.71" → 2), for the default precision. */
  decimals: number;
  /** What follows the number: "ms", "MACs", "%"… (empty when none). */
  unit: string;
}

/** Light LaTeX → text, for answers written as math: `$4.2 \times 10^{6}$`, `\text{ms}`, `3{,}211`. */
function unLatex(text: string): string {
  return text
    .replace(/\$/g, '')
    .replace(/\\(?:text|mathrm|operatorname)\{([^}]*)\}/g, '$1')
    .replace(/\{,\}/g, ',')
    .replace(/\\[,;! ]/g, ' ')
    .replace(/\\times|\\cdot/g, '×')
    .replace(/\\%/g, '%')
    .replace(/\\approx/g, '≈');
}

const NUMBER =
  /^([-+−]?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(?:\.(\d+))?(?:\s*(?:[eE]([-+−]?\d+)|[×x*]\s*10\s*\^\s*\{?([-+−]?\d+)\}?))?/;

/**
 * A number as written, with its unit. An optional "name =" or "≈" in front is skipped
 * ("CR = 5.71"). Commas must group thousands: "3,211,392" is read, "5,71" is refused.
 */
export function parseWrittenNumber(raw: string): Parsed<WrittenNumber> {
  const original = raw.trim();
  let text = unLatex(original).trim().replace(/\.$/, '').trim();
  const eq = /^[^=≈]{0,40}[=≈]\s*/.exec(text);
  if (eq && /^[-+−]?[\d.]/.test(text.slice(eq[0].length))) text = text.slice(eq[0].length);
  text = text.replace(/^(?:~|≈|approx\.?\s+|about\s+(?=\d))\s*/i, '');
  const m = NUMBER.exec(text);
  if (!m || (m[2] === '' && m[3] === undefined)) {
    return fail(`"${original}" is not a number`, 'write the value in digits, e.g. **Answer:** 4000 ms or **Answer:** 5.71');
  }
  const after = text.slice(m[0].length);
  if (/^,\d/.test(after) || (/^\d{1,3},\d{1,2}(?!\d)/.test(text) && !m[2]!.includes(','))) {
    return fail(
      `"${original}" uses a comma that does not group thousands`,
      'use a decimal point (5.71) and commas only between groups of three digits (3,211,392)',
    );
  }
  if (/^\s*[\d.]/.test(after)) {
    return fail(`"${original}" has more than one number`, 'give a single value, and put a range in **Range:** or a tolerance in **Tolerance:**');
  }
  const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
  const intPart = (m[2] ?? '').replace(/,/g, '') || '0';
  const frac = m[3] ?? '';
  const exp = Number((m[4] ?? m[5] ?? '0').replace('−', '-'));
  const mantissa = Number(`${intPart}.${frac || '0'}`);
  const value = sign * mantissa * 10 ** exp;
  const decimals = Math.max(0, frac.length - exp);
  const step = 10 ** (exp - frac.length);
  return ok({ value: tidy(value), step, decimals, unit: after.trim() });
}

/** Removes binary-float noise: 0.1 + 0.2 → 0.3. Keeps 12 significant digits. */
export function tidy(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/** "±1%", "1 %", "0.5", "± 0.5 ms", "2 percent" → a precision for `natRange`. */
export function parseTolerance(raw: string): Parsed<Precision> {
  const text = raw.trim().replace(/^±\s*|^\+\/-\s*/, '');
  const rel = /^(\d+(?:\.\d+)?)\s*(?:%|percent)$/i.exec(text);
  if (rel) {
    const pct = Number(rel[1]);
    if (pct > 100) return fail(`tolerance "${raw.trim()}" is over 100 %`, 'give a relative tolerance such as 1% or an absolute one such as ±0.5');
    return ok({ kind: 'relative', tolerance: pct / 100 });
  }
  const abs = /^(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?:\s*[^\d\s].*)?$/.exec(text);
  if (abs) return ok({ kind: 'absolute', tolerance: Number(abs[1]) });
  return fail(`tolerance "${raw.trim()}" is not a number or a percentage`, 'write e.g. **Tolerance:** 1% or **Tolerance:** ±0.5');
}

/** "2" → decimals 2. */
export function parseDecimals(raw: string): Parsed<Precision> {
  const m = /^(\d{1,2})(?:\s*(?:decimals?|dp|decimal places?))?$/i.exec(raw.trim());
  if (!m || Number(m[1]) > 12) return fail(`decimals "${raw.trim()}" is not a whole number from 0 to 12`, 'write e.g. **Decimals:** 2');
  return ok({ kind: 'decimals', decimals: Number(m[1]) });
}

/** "5.70 to 5.72", "5.70–5.72", "[5.70, 5.72]" → inclusive bounds. */
export function parseRange(raw: string): Parsed<{ min: number; max: number }> {
  const text = raw.trim().replace(/^\[|\]$/g, '');
  const parts = text.split(/\s*(?:\bto\b|–|—|\.\.|,\s)\s*|\s+-\s+/);
  if (parts.length === 2) {
    const a = parseWrittenNumber(parts[0]!);
    const b = parseWrittenNumber(parts[1]!);
    if (a.ok && b.ok && a.value.value <= b.value.value) return ok({ min: a.value.value, max: b.value.value });
  }
  return fail(`range "${raw.trim()}" is not two increasing numbers`, 'write e.g. **Range:** 5.70 to 5.72');
}

/**
 * The accepted interval for a NAT answer.
 * - decimals d: value ± 0.5·10^(−d)
 * - absolute t: value ± t
 * - relative r: value ± r·|value|
 */
export function natRange(value: number, precision: Precision, range?: { min: number; max: number }): { min: number; max: number } {
  switch (precision.kind) {
    case 'decimals': {
      const half = 0.5 * 10 ** -precision.decimals;
      return { min: tidy(value - half), max: tidy(value + half) };
    }
    case 'absolute':
      return { min: tidy(value - precision.tolerance), max: tidy(value + precision.tolerance) };
    case 'relative': {
      const d = Math.abs(value) * precision.tolerance;
      return { min: tidy(value - d), max: tidy(value + d) };
    }
    case 'range':
      return range ?? { min: value, max: value };
  }
}
