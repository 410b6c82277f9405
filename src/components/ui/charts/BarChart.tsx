/**
 * Horizontal bars, one per item (a model's layers, the stages of a compression chain): generic, with
 * a linear or a log axis. Long lists simply grow taller. Colours come from the theme.
 *
 * Accessibility: role="img" named by `label`; keep the numbers in a table or text nearby.
 */
import './bar-chart.css';
import { linearScale, logScale } from './scales';
import { toneColor, type Tone } from './tones';

export interface BarDatum {
  label: string;
  value: number;
  tone?: Tone;
}

interface BarChartProps {
  data: readonly BarDatum[];
  /** Accessible name: what the bars show, in words. */
  label: string;
  format?: (value: number) => string;
  /** Log axis, for values spanning decades (layers of a network). Zeros draw no bar. */
  log?: boolean;
  caption?: string;
  /** Width of the label column in viewBox units (total width 600). */
  labelWidth?: number;
  className?: string;
}

const W = 600;
const ROW = 16;
const GAP = 4;

export function BarChart({ data, label, format = (v) => v.toLocaleString('en-US'), log = false, caption, labelWidth = 150, className = '' }: BarChartProps) {
  const valueWidth = 80;
  const x0 = labelWidth + 4;
  const x1 = W - valueWidth;
  const positive = data.map((d) => d.value).filter((v) => v > 0);
  const max = Math.max(...positive, 1);
  const min = Math.min(...positive, max);
  const scale = log ? logScale(Math.max(min / 2, 1e-12), max, x0, x1) : linearScale(0, max, x0, x1);
  const height = Math.max(ROW, data.length * (ROW + GAP));
  return (
    <figure className={`bar-chart ${className}`}>
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
        {data.map((d, i) => {
          const y = i * (ROW + GAP);
          const end = d.value > 0 ? Math.max(scale(d.value), x0 + 1) : x0;
          return (
            <g key={`${i}-${d.label}`}>
              <title>{`${d.label}: ${format(d.value)}`}</title>
              <text className="bar-label" x={labelWidth} y={y + ROW / 2} dominantBaseline="central" textAnchor="end">
                {d.label.length > 26 ? `${d.label.slice(0, 25)}…` : d.label}
              </text>
              <rect x={x0} y={y + 1} width={Math.max(0, end - x0)} height={ROW - 2} rx={2} fill={toneColor[d.tone ?? 'accent']} />
              <text className="bar-value" x={end + 4} y={y + ROW / 2} dominantBaseline="central">
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
      {caption && <figcaption className="muted small">{caption}</figcaption>}
    </figure>
  );
}
