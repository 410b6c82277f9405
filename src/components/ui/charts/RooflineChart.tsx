/**
 * A roofline plot on log–log axes: performance (ops/s) against arithmetic intensity (ops/byte).
 * Each memory level draws its slanted roof up to its ridge point, where the flat compute roof takes
 * over; points mark kernels or layers. Generic: any peak, any number of roofs and points.
 *
 * Accessibility: role="img" named by `label`; give the numbers in text or a table nearby.
 */
import './roofline-chart.css';
import { useId } from 'react';
import { decades, logScale, shortNumber } from './scales';
import { toneColor, type Tone } from './tones';

export interface Roof {
  label: string;
  /** bytes/s */
  bandwidth: number;
  tone?: Tone;
}

export interface RooflinePoint {
  label: string;
  /** ops/byte */
  intensity: number;
  /** ops/s */
  performance: number;
  tone?: Tone;
  /** Draw it larger and labelled. */
  emphasis?: boolean;
}

interface RooflineChartProps {
  /** Peak compute, ops/s. */
  peak: number;
  /** Memory roofs; the first is main memory. */
  roofs: readonly Roof[];
  points: readonly RooflinePoint[];
  label: string;
  caption?: string;
  /** Unit words for the axes. */
  opsUnit?: string;
}

const W = 360;
const H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 34 };

export function RooflineChart({ peak, roofs, points, label, caption, opsUnit = 'FLOP' }: RooflineChartProps) {
  const clipId = `roofline-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const finite = points.filter((p) => Number.isFinite(p.intensity) && p.intensity > 0 && Number.isFinite(p.performance) && p.performance > 0);
  const ridges = roofs.map((r) => peak / r.bandwidth);
  const xs = [...finite.map((p) => p.intensity), ...ridges];
  const xLo = Math.min(...xs) / 4;
  const xHi = Math.max(...xs) * 4;
  const ys = [...finite.map((p) => p.performance), ...roofs.map((r) => r.bandwidth * xLo)];
  const yLo = Math.max(Math.min(...ys) / 2, peak * 1e-9);
  const yHi = peak * 2;
  const xTicks = decades(xLo, xHi);
  const yTicks = decades(yLo, yHi);
  const x = logScale(xTicks[0]!, xTicks[xTicks.length - 1]!, PAD.left, W - PAD.right);
  const y = logScale(yTicks[0]!, yTicks[yTicks.length - 1]!, H - PAD.bottom, PAD.top);
  const xMin = xTicks[0]!;
  const xMax = xTicks[xTicks.length - 1]!;
  const thin = (ticks: number[]) => (ticks.length > 7 ? ticks.filter((_, i) => i % 2 === 0) : ticks);
  return (
    <figure className="roofline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <defs>
          <clipPath id={clipId}>
            <rect x={PAD.left} y={PAD.top} width={W - PAD.left - PAD.right} height={H - PAD.top - PAD.bottom} />
          </clipPath>
        </defs>
        {thin(xTicks).map((t) => (
          <g key={`x${t}`}>
            <line className="grid" x1={x(t)} x2={x(t)} y1={PAD.top} y2={H - PAD.bottom} />
            <text className="tick" x={x(t)} y={H - PAD.bottom + 12} textAnchor="middle">
              {shortNumber(t)}
            </text>
          </g>
        ))}
        {thin(yTicks).map((t) => (
          <g key={`y${t}`}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="tick" x={PAD.left - 4} y={y(t)} textAnchor="end" dominantBaseline="central">
              {shortNumber(t)}
            </text>
          </g>
        ))}
        <text className="axis" x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
          arithmetic intensity ({opsUnit}/byte)
        </text>
        <text className="axis" transform={`translate(10 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {opsUnit}/s
        </text>
        <g clipPath={`url(#${clipId})`}>
          {roofs.map((r, i) => {
            const ridge = ridges[i]!;
            return (
              <g key={r.label}>
                <polyline
                  className="roof"
                  stroke={toneColor[r.tone ?? (i === 0 ? 'accent' : 'muted')]}
                  strokeDasharray={i === 0 ? undefined : '5 3'}
                  points={`${x(xMin)},${y(r.bandwidth * xMin)} ${x(ridge)},${y(peak)} ${x(xMax)},${y(peak)}`}
                />
                <line className="ridge" x1={x(ridge)} x2={x(ridge)} y1={y(peak)} y2={H - PAD.bottom} />
              </g>
            );
          })}
          {finite.map((p, i) => (
            <g key={`${i}-${p.label}`}>
              <title>{`${p.label}: ${shortNumber(p.intensity)} ${opsUnit}/B, ${shortNumber(p.performance)} ${opsUnit}/s`}</title>
              <circle cx={x(p.intensity)} cy={y(p.performance)} r={p.emphasis ? 5 : 3} fill={toneColor[p.tone ?? 'warn']} className={p.emphasis ? 'point emphasis' : 'point'} />
              {p.emphasis && (
                <text className="point-label" x={x(p.intensity) + 7} y={y(p.performance)} dominantBaseline="central">
                  {p.label}
                </text>
              )}
            </g>
          ))}
        </g>
        {roofs.map((r, i) => (
          <text key={`l${r.label}`} className="roof-label" x={W - PAD.right - 2} y={PAD.top + 10 + i * 12} textAnchor="end" fill={toneColor[r.tone ?? (i === 0 ? 'accent' : 'muted')]}>
            {r.label}: ridge {shortNumber(ridges[i]!)} {opsUnit}/B
          </text>
        ))}
      </svg>
      {caption && <figcaption className="muted small">{caption}</figcaption>}
    </figure>
  );
}
