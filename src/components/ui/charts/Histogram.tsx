/**
 * A histogram as a small SVG: bars over [lo, hi], optional marker lines (for example the levels of a
 * quantization grid), the ends and zero labelled on the axis. Colours come from the theme's CSS
 * variables, so it follows dark mode. It scales to its container's width.
 *
 * Accessibility: the SVG is role="img" with `label` as its name; put the numbers it summarises in
 * text or a table nearby.
 */
import { useId } from 'react';

export type ChartTone = 'accent' | 'good' | 'bad' | 'warn' | 'muted';

const TONE: Record<ChartTone, string> = {
  accent: 'var(--accent)',
  good: 'var(--good)',
  bad: 'var(--bad)',
  warn: 'var(--warn)',
  muted: 'var(--muted)',
};

export interface HistogramProps {
  /** Left edge of the first bin and right edge of the last, in value units (hi > lo). */
  lo: number;
  hi: number;
  /** Count per bin, equal-width bins from lo to hi. */
  counts: readonly number[];
  /** Accessible name: what the plot shows, in words. */
  label: string;
  /** Values marked with thin vertical lines across the plot. */
  markers?: readonly number[];
  /** Caption under the plot. */
  caption?: string;
  tone?: ChartTone;
  markerTone?: ChartTone;
  /** Square-root count axis: a tall peak at zero no longer hides the tails. */
  sqrt?: boolean;
  /** Height in viewBox units (the width is 320). */
  height?: number;
  /** Tick label format. */
  format?: (x: number) => string;
  className?: string;
}

const W = 320;
const PAD = { left: 6, right: 6, top: 12, bottom: 16 };

const defaultFormat = (x: number) => (x === 0 ? '0' : Math.abs(x) >= 0.01 ? x.toFixed(2) : x.toExponential(1));

export function Histogram({
  lo,
  hi,
  counts,
  label,
  markers = [],
  caption,
  tone = 'accent',
  markerTone = 'warn',
  sqrt = false,
  height = 110,
  format = defaultFormat,
  className = '',
}: HistogramProps) {
  const titleId = useId();
  const span = hi > lo ? hi - lo : 1;
  const plotW = W - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + ((v - lo) / span) * plotW;
  const f = sqrt ? Math.sqrt : (v: number) => v;
  const top = Math.max(1, ...counts.map(f));
  const bw = counts.length ? plotW / counts.length : plotW;
  const base = PAD.top + plotH;
  let bars = '';
  counts.forEach((c, i) => {
    if (c <= 0) return;
    // At least half a unit tall, so that a single weight in a bin is still visible.
    const h = Math.max(0.5, (f(c) / top) * plotH);
    bars += `M${(PAD.left + i * bw).toFixed(2)} ${base}v${(-h).toFixed(2)}h${Math.max(0.4, bw - 0.3).toFixed(2)}v${h.toFixed(2)}Z`;
  });
  const inside = markers.filter((m) => m >= lo && m <= hi);
  const maxCount = Math.max(0, ...counts);
  const ticks = [lo, ...(lo < 0 && hi > 0 ? [0] : []), hi];
  return (
    <figure className={`chart histogram ${className}`.trim()}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={titleId} style={{ width: '100%', height: 'auto', display: 'block' }}>
        <title id={titleId}>{label}</title>
        {inside.map((m, i) => (
          <line key={i} x1={x(m)} x2={x(m)} y1={PAD.top - 4} y2={base} style={{ stroke: TONE[markerTone], strokeWidth: 0.8, opacity: 0.85 }} />
        ))}
        <path d={bars} style={{ fill: TONE[tone] }} />
        <line x1={PAD.left} x2={W - PAD.right} y1={base} y2={base} style={{ stroke: 'var(--border)', strokeWidth: 1 }} />
        {ticks.map((t, i) => (
          <text
            key={i}
            x={x(t)}
            y={height - 3}
            textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            style={{ fill: 'var(--muted)', fontSize: 9, fontVariantNumeric: 'tabular-nums' }}
          >
            {format(t)}
          </text>
        ))}
        <text x={PAD.left} y={9} style={{ fill: 'var(--muted)', fontSize: 8.5 }}>
          {`max ${maxCount} per bin${sqrt ? ' (√ scale)' : ''}`}
        </text>
      </svg>
      {caption && <figcaption className="muted small">{caption}</figcaption>}
    </figure>
  );
}
