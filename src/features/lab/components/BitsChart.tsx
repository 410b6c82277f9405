/**
 * Accuracy against bit width as a small SVG line chart, with the float accuracy and chance level as
 * reference lines. The same numbers are in the table beside it.
 */
import { useId } from 'react';

interface Props {
  points: readonly { bits: number; accuracy: number }[];
  float: number;
  chance: number;
  label: string;
}

const W = 320;
const H = 180;
const PAD = { left: 34, right: 10, top: 10, bottom: 26 };

export function BitsChart({ points, float, chance, label }: Props) {
  const titleId = useId();
  if (points.length === 0) return null;
  const b0 = Math.min(...points.map((p) => p.bits));
  const b1 = Math.max(...points.map((p) => p.bits));
  const x = (b: number) => PAD.left + ((b - b0) / Math.max(1, b1 - b0)) * (W - PAD.left - PAD.right);
  const y = (a: number) => PAD.top + (1 - a) * (H - PAD.top - PAD.bottom);
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.bits).toFixed(1)} ${y(p.accuracy).toFixed(1)}`).join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="lab-bits-chart">
      <title id={titleId}>{label}</title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} style={{ stroke: 'var(--border)', strokeWidth: 0.6 }} />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" style={{ fill: 'var(--muted)', fontSize: 9 }}>
            {t * 100}%
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(float)} y2={y(float)} style={{ stroke: 'var(--good)', strokeWidth: 1, strokeDasharray: '4 3' }} />
      <text x={W - PAD.right} y={y(float) - 3} textAnchor="end" style={{ fill: 'var(--good)', fontSize: 9 }}>
        float32
      </text>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(chance)} y2={y(chance)} style={{ stroke: 'var(--muted)', strokeWidth: 0.8, strokeDasharray: '1 3' }} />
      <text x={W - PAD.right} y={y(chance) - 3} textAnchor="end" style={{ fill: 'var(--muted)', fontSize: 9 }}>
        chance
      </text>
      <path d={line} style={{ fill: 'none', stroke: 'var(--accent)', strokeWidth: 2 }} />
      {points.map((p) => (
        <g key={p.bits}>
          <circle cx={x(p.bits)} cy={y(p.accuracy)} r={3} style={{ fill: 'var(--accent)' }} />
          <text x={x(p.bits)} y={H - 12} textAnchor="middle" style={{ fill: 'var(--muted)', fontSize: 9 }}>
            {p.bits}
          </text>
        </g>
      ))}
      <text x={(PAD.left + W - PAD.right) / 2} y={H - 1} textAnchor="middle" style={{ fill: 'var(--muted)', fontSize: 9 }}>
        bits per weight
      </text>
    </svg>
  );
}
