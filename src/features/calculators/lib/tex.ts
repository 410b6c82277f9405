/** Numbers written for KaTeX and for prose, the same way everywhere. */
export { texInt } from './layer-analysis.ts';

/**
 * A number with at most `decimals` decimals (trailing zeros dropped), thousands grouped:
 * tex: 1234.5 → 1{,}234.5   text: 1,234.5. Very large or small values use scientific notation.
 */
const formatters = new Map<number, Intl.NumberFormat>();
/** One formatter per precision, made once: building an Intl.NumberFormat per call is slow. */
const formatter = (decimals: number) => {
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals })));
  return f;
};

export function numText(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e15 || abs < 10 ** -decimals / 2)) {
    const [m, e] = x.toExponential(Math.max(2, decimals)).split('e');
    return `${Number(m)}e${Number(e)}`;
  }
  return formatter(decimals).format(x);
}

export function texNum(x: number, decimals = 2): string {
  const t = numText(x, decimals);
  const sci = /^(-?[\d.]+)e(-?\d+)$/.exec(t);
  if (sci) return `${sci[1]} \\times 10^{${sci[2]}}`;
  return t.replace(/,/g, '{,}').replace('∞', '\\infty');
}

/** A number with an SI prefix for display: 4718592 → "4.72M", 640 → "640". Add the unit after a space. */
export function siText(x: number, digits = 3): string {
  const abs = Math.abs(x);
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [f, p] of units) if (abs >= f) return `${Number((x / f).toPrecision(digits))}${p}`;
  return `${Number(x.toPrecision(digits))}`;
}

/** A quantity with a prefixed unit: (2e12, 'FLOP/s') → "2 TFLOP/s", (6e7, 'B') → "60 MB". */
export function siUnit(x: number, unit: string, digits = 3): string {
  const t = siText(x, digits);
  const m = /^(-?[\d.e+-]+)([kMGT]?)$/.exec(t);
  return m ? `${m[1]} ${m[2]}${unit}` : `${t} ${unit}`;
}

/** Bytes in the unit people read best, binary prefixes: 110592 → "108 KiB". */
export function bytesText(bytes: number, decimals = 1): string {
  const abs = Math.abs(bytes);
  if (abs >= 1024 ** 3) return `${numText(bytes / 1024 ** 3, decimals)} GiB`;
  if (abs >= 1024 ** 2) return `${numText(bytes / 1024 ** 2, decimals)} MiB`;
  if (abs >= 1024) return `${numText(bytes / 1024, decimals)} KiB`;
  return `${numText(bytes, decimals)} B`;
}

/** Milliseconds in a readable unit: 0.0123 → "12.3 µs", 4000 → "4,000 ms". */
export function msText(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1) return `${Number((ms * 1000).toPrecision(3))} µs`;
  return `${numText(Number(ms.toPrecision(4)), 3)} ms`;
}
