/**
 * Units for numeric answers: a learner may answer "4 s" to a question in ms, "2 KiB" to one in bytes,
 * or "8.4M" to one in MACs. A unit is read as a dimension and a factor to that dimension's base unit.
 *
 * Conventions (stated in the UI): K/M/G are decimal (1 KB = 1000 B), Ki/Mi/Gi binary (1 KiB = 1024 B),
 * B is a byte and b or bit a bit, and 1 FLOP = ½ MAC (a multiply-accumulate is two operations).
 */

export type Dimension = 'time' | 'data' | 'ops' | 'frequency' | 'power' | 'energy' | 'current' | 'charge' | 'count' | 'percent';

export interface Unit {
  /** Dimensions with exponents, e.g. { data: 1, time: -1 } for MB/s. Empty for a bare multiplier ("M"). */
  dims: Partial<Record<Dimension, number>>;
  /** Value of one of this unit in base units (s, B, MAC, Hz, W, J, A, mAh, count). */
  factor: number;
}

const SI: Record<string, number> = { p: 1e-12, n: 1e-9, µ: 1e-6, μ: 1e-6, u: 1e-6, m: 1e-3, '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const BINARY: Record<string, number> = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4 };

/** Base symbols that take prefixes. Case matters: B is a byte, b a bit. */
const BASES: Record<string, { dim: Dimension; factor: number }> = {
  s: { dim: 'time', factor: 1 },
  B: { dim: 'data', factor: 1 },
  byte: { dim: 'data', factor: 1 },
  bytes: { dim: 'data', factor: 1 },
  b: { dim: 'data', factor: 1 / 8 },
  bit: { dim: 'data', factor: 1 / 8 },
  bits: { dim: 'data', factor: 1 / 8 },
  MAC: { dim: 'ops', factor: 1 },
  MACs: { dim: 'ops', factor: 1 },
  FLOP: { dim: 'ops', factor: 0.5 },
  FLOPs: { dim: 'ops', factor: 0.5 },
  Hz: { dim: 'frequency', factor: 1 },
  W: { dim: 'power', factor: 1 },
  J: { dim: 'energy', factor: 1 },
  Wh: { dim: 'energy', factor: 3600 },
  A: { dim: 'current', factor: 1 },
  Ah: { dim: 'charge', factor: 1000 },
};

/** Words that are units on their own (no prefixes). */
const WORDS: Record<string, Unit> = {
  sec: { dims: { time: 1 }, factor: 1 },
  secs: { dims: { time: 1 }, factor: 1 },
  second: { dims: { time: 1 }, factor: 1 },
  seconds: { dims: { time: 1 }, factor: 1 },
  min: { dims: { time: 1 }, factor: 60 },
  mins: { dims: { time: 1 }, factor: 60 },
  minute: { dims: { time: 1 }, factor: 60 },
  minutes: { dims: { time: 1 }, factor: 60 },
  h: { dims: { time: 1 }, factor: 3600 },
  hr: { dims: { time: 1 }, factor: 3600 },
  hrs: { dims: { time: 1 }, factor: 3600 },
  hour: { dims: { time: 1 }, factor: 3600 },
  hours: { dims: { time: 1 }, factor: 3600 },
  day: { dims: { time: 1 }, factor: 86_400 },
  days: { dims: { time: 1 }, factor: 86_400 },
  ops: { dims: { ops: 1 }, factor: 0.5 },
  param: { dims: { count: 1 }, factor: 1 },
  params: { dims: { count: 1 }, factor: 1 },
  parameter: { dims: { count: 1 }, factor: 1 },
  parameters: { dims: { count: 1 }, factor: 1 },
  weights: { dims: { count: 1 }, factor: 1 },
  '%': { dims: { percent: 1 }, factor: 1 },
  percent: { dims: { percent: 1 }, factor: 1 },
  thousand: { dims: {}, factor: 1e3 },
  million: { dims: {}, factor: 1e6 },
  billion: { dims: {}, factor: 1e9 },
  '×': { dims: {}, factor: 1 },
  x: { dims: {}, factor: 1 },
  times: { dims: {}, factor: 1 },
  k: { dims: {}, factor: 1e3 },
  K: { dims: {}, factor: 1e3 },
  M: { dims: {}, factor: 1e6 },
  G: { dims: {}, factor: 1e9 },
  B: { dims: { data: 1 }, factor: 1 },
};

function single(token: string): Unit | null {
  const word = WORDS[token] ?? WORDS[token.toLowerCase()];
  if (word && !(token in BASES)) return word;
  for (const prefixes of [BINARY, SI]) {
    for (const [p, f] of Object.entries(prefixes)) {
      if (!token.startsWith(p)) continue;
      const base = BASES[token.slice(p.length)];
      if (base) return { dims: { [base.dim]: 1 }, factor: f * base.factor };
    }
  }
  return word ?? null;
}

/** Reads "ms", "KiB", "MFLOP/s", "TB/day", "M params", "%" → a Unit; null when not understood. */
export function parseUnit(text: string): Unit | null {
  const t = text.trim().replace(/\s*\/\s*/g, '/').replace(/\.$/, '');
  if (!t) return { dims: {}, factor: 1 };
  const [num, den, ...rest] = t.split('/');
  if (rest.length) return null;
  const product = (part: string): Unit | null => {
    const words = part.split(/\s+/).filter(Boolean);
    let out: Unit = { dims: {}, factor: 1 };
    for (const w of words) {
      const u = single(w);
      if (!u) return null;
      out = { dims: combine(out.dims, u.dims, 1), factor: out.factor * u.factor };
    }
    return out;
  };
  const a = product(num ?? '');
  if (!a) return null;
  if (den === undefined) return a;
  const b = product(den);
  if (!b) return null;
  return { dims: combine(a.dims, b.dims, -1), factor: a.factor / b.factor };
}

function combine(a: Unit['dims'], b: Unit['dims'], sign: 1 | -1): Unit['dims'] {
  const out: Unit['dims'] = { ...a };
  for (const [d, e] of Object.entries(b) as [Dimension, number][]) {
    const v = (out[d] ?? 0) + sign * e;
    if (v === 0) delete out[d];
    else out[d] = v;
  }
  return out;
}

const sameDims = (a: Unit['dims'], b: Unit['dims']): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<Dimension>;
  for (const k of keys) if ((a[k] ?? 0) !== (b[k] ?? 0)) return false;
  return true;
};

const DIMENSION_NAME: Record<Dimension, string> = {
  time: 'a time',
  data: 'an amount of data',
  ops: 'a count of operations',
  frequency: 'a frequency',
  power: 'a power',
  energy: 'an energy',
  current: 'a current',
  charge: 'a charge',
  count: 'a count',
  percent: 'a percentage',
};
const describe = (u: Unit): string => {
  const keys = Object.keys(u.dims) as Dimension[];
  return keys.length === 1 && u.dims[keys[0]!] === 1 ? DIMENSION_NAME[keys[0]!] : 'another kind of quantity';
};

export type Conversion = { ok: true; value: number } | { ok: false; message: string };

/**
 * Converts `value` written in `from` into the question's unit `to`.
 * - no unit typed: the value is taken in the question's unit;
 * - a bare multiplier ("M", "thousand") scales it;
 * - a count-like word ("params") on a question in parameters is accepted as is;
 * - otherwise the dimensions must match.
 */
export function convert(value: number, from: string, to: string | undefined): Conversion {
  const target = to ?? '';
  if (from.trim() === '' || from.trim().toLowerCase() === target.trim().toLowerCase()) return { ok: true, value };
  const f = parseUnit(from);
  if (!f) return { ok: false, message: `"${from}" is not a unit TinyPrep knows; answer in ${target || 'a plain number'}` };
  const t = parseUnit(target);
  if (Object.keys(f.dims).length === 0) return { ok: true, value: value * f.factor };
  if (!t) return { ok: false, message: `answer in ${target} (the question's unit), or give a plain number` };
  // A question without a unit accepts percentages of a fraction ("72.7%" for 0.727).
  if (Object.keys(t.dims).length === 0 && sameDims(f.dims, { percent: 1 })) return { ok: true, value: value / 100 };
  if (f.dims.count === 1 && Object.keys(f.dims).length === 1 && Object.keys(t.dims).length === 0) return { ok: true, value: value * f.factor };
  if (!sameDims(f.dims, t.dims)) {
    return { ok: false, message: `${from} is ${describe(f)}, but the answer is ${target ? `${describe(t)} (${target})` : 'a plain number'}` };
  }
  return { ok: true, value: (value * f.factor) / t.factor };
}
