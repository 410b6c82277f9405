/** Scales and ticks for the hand-written SVG charts. */

/** Maps [d0, d1] linearly onto [r0, r1]. */
export const linearScale = (d0: number, d1: number, r0: number, r1: number) => (x: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((x - d0) / (d1 - d0)) * (r1 - r0));

/** Maps [d0, d1] (both > 0) logarithmically onto [r0, r1]. */
export const logScale = (d0: number, d1: number, r0: number, r1: number) => {
  const l0 = Math.log10(d0);
  const l1 = Math.log10(d1);
  return (x: number) => (l1 === l0 ? (r0 + r1) / 2 : r0 + ((Math.log10(Math.max(x, Number.MIN_VALUE)) - l0) / (l1 - l0)) * (r1 - r0));
};

/** Powers of ten covering [lo, hi] (lo, hi > 0), widened to whole decades. */
export function decades(lo: number, hi: number): number[] {
  const a = Math.floor(Math.log10(lo));
  const b = Math.ceil(Math.log10(hi));
  const out: number[] = [];
  for (let e = a; e <= b; e++) out.push(10 ** e);
  return out;
}

/** About `count` round ticks over [0, max]. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** 1e9 → "1G", 2500 → "2.5k", 0.01 → "0.01". */
export function shortNumber(x: number): string {
  const abs = Math.abs(x);
  const units: [number, string][] = [
    [1e15, 'P'],
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [f, s] of units) if (abs >= f) return `${Number((x / f).toPrecision(3))}${s}`;
  if (abs === 0) return '0';
  if (abs < 0.01) return x.toExponential(0);
  return String(Number(x.toPrecision(3)));
}
