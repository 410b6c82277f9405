/**
 * Counts per day as columns (a review forecast, answers per day), with an optional 0–1 line on top
 * (accuracy). SVG, scales with its container; the data is also given as text for screen readers.
 */
import './day-bars.css';

interface Props {
  /** One entry per day, oldest (or soonest) first. */
  days: readonly { label: string; value: number; line?: number | undefined }[];
  title: string;
  /** Unit of the columns for the summary, e.g. "cards due". */
  unit: string;
  lineLabel?: string;
  height?: number;
}

export function DayBars({ days, title, unit, lineLabel, height = 160 }: Props) {
  const w = 600;
  const pad = { top: 12, right: 8, bottom: 28, left: 32 };
  const max = Math.max(1, ...days.map((d) => d.value));
  const innerW = w - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const col = innerW / Math.max(1, days.length);
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const points = days
    .map((d, i) => (d.line === undefined ? null : `${pad.left + col * (i + 0.5)},${pad.top + innerH - d.line * innerH}`))
    .filter(Boolean)
    .join(' ');
  const total = days.reduce((n, d) => n + d.value, 0);
  const peak = days.reduce((best, d) => (d.value > best.value ? d : best), days[0] ?? { label: '', value: 0 });
  const summary = `${title}: ${total} ${unit} over ${days.length} days${peak.value ? `, most on ${peak.label} (${peak.value})` : ''}.`;
  return (
    <figure className="chart day-bars">
      <svg viewBox={`0 0 ${w} ${height}`} role="img" aria-label={summary}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={w - pad.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={pad.left - 6} y={y(t) + 4} textAnchor="end" className="tick">
              {t}
            </text>
          </g>
        ))}
        {days.map((d, i) => (
          <g key={d.label}>
            <rect x={pad.left + col * i + col * 0.15} y={y(d.value)} width={col * 0.7} height={Math.max(0, pad.top + innerH - y(d.value))} className="col" rx={2}>
              <title>{`${d.label}: ${d.value} ${unit}${d.line !== undefined ? `, ${Math.round(d.line * 100)}% ${lineLabel ?? ''}` : ''}`}</title>
            </rect>
            {(days.length <= 14 || i % Math.ceil(days.length / 10) === 0) && (
              <text x={pad.left + col * (i + 0.5)} y={height - 8} textAnchor="middle" className="tick">
                {d.label}
              </text>
            )}
          </g>
        ))}
        {points && <polyline points={points} className="line" fill="none" />}
        {days.map((d, i) =>
          d.line === undefined ? null : <circle key={`p-${d.label}`} cx={pad.left + col * (i + 0.5)} cy={pad.top + innerH - d.line * innerH} r={3.5} className="dot" />,
        )}
      </svg>
      <figcaption className="muted small">
        {summary}
        {lineLabel && points ? ` The line shows ${lineLabel} (0–100%).` : ''}
      </figcaption>
    </figure>
  );
}
