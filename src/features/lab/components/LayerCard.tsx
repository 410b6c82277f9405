/**
 * One layer up close: its weight histogram before and after quantization, with the levels of the
 * grid drawn in, for the whole kernel or one output channel, and its scales and zero points.
 */
import { memo, useId, useMemo, useState } from 'react';
import { Histogram } from '@/components/ui/charts/Histogram';
import { db, sci } from '@/features/lab/lib/display';
import { channelValues, extent, histogram, sharedRange } from '@/features/lab/lib/histogram';
import { channelRanges, gridLevelCount, gridLevels } from '@/features/lab/lib/quantize';
import type { LayerQuant } from '@/features/lab/lib/quantize-model';

const BINS = 96;
/** Past this many levels in view the lines merge into a grey block; the text says the step instead. */
const MAX_DRAWN_LEVELS = 64;
const KIND = { conv1d: 'Conv1D', dense: 'Dense' } as const;

function distinct(values: Float32Array): number {
  return new Set(values).size;
}

export const LayerCard = memo(function LayerCard({ layer }: { layer: LayerQuant }) {
  const id = useId();
  const [choice, setChoice] = useState<'all' | number>('all');
  const perChannel = layer.params.length > 1;
  const channel = choice !== 'all' && choice < layer.channels ? choice : 'all';

  const view = useMemo(() => {
    const before = channel === 'all' ? layer.original : channelValues(layer.original, layer.channels, channel);
    const after = channel === 'all' ? layer.dequantized : channelValues(layer.dequantized, layer.channels, channel);
    const [a0, a1] = extent(before);
    const { lo, hi } = sharedRange(before, after, 0.03);
    const p = perChannel ? (channel === 'all' ? null : layer.params[channel]!) : layer.params[0]!;
    const levelCount = p ? gridLevelCount(p, layer.range, lo, hi) : 0;
    const levels = p ? gridLevels(p, layer.range, lo, hi, MAX_DRAWN_LEVELS) : [];
    return {
      before: histogram(before, lo, hi, BINS),
      after: histogram(after, lo, hi, BINS),
      n: before.length,
      lo: a0,
      hi: a1,
      params: p,
      levels,
      levelCount,
      drawLevels: levelCount <= MAX_DRAWN_LEVELS,
      distinctAfter: distinct(after),
      zerosAfter: after.reduce((n, v) => n + (v === 0 ? 1 : 0), 0),
    };
  }, [layer, channel, perChannel]);

  const ranges = useMemo(() => channelRanges(layer.original, layer.channels), [layer.original, layer.channels]);
  const where = channel === 'all' ? `all ${layer.channels} channels` : `channel ${channel}`;
  const markers = view.drawLevels ? view.levels : [];
  const levelNote = !view.params
    ? `Each of the ${layer.channels} channels has its own grid: pick one to see its levels.`
    : view.drawLevels
      ? `Vertical lines: the ${view.levelCount} levels of the grid, ${sci(view.params.scale)} apart.`
      : `${view.levelCount.toLocaleString('en-US')} levels in view, ${sci(view.params.scale)} apart: too close to draw.`;

  return (
    <article className="card lab-layer" aria-labelledby={`${id}-h`}>
      <header className="lab-layer-head">
        <h3 id={`${id}-h`}>
          {layer.name} <span className="muted small">
            {KIND[layer.kind]} {layer.kernelShape.join('×')}
          </span>
        </h3>
        <div className="lab-inline-field">
          <label htmlFor={`${id}-ch`}>Show</label>
          <select id={`${id}-ch`} value={channel} onChange={(e) => setChoice(e.target.value === 'all' ? 'all' : Number(e.target.value))}>
            <option value="all">whole kernel</option>
            {Array.from({ length: layer.channels }, (_, c) => (
              <option key={c} value={c}>
                output channel {c}
              </option>
            ))}
          </select>
        </div>
      </header>
      <Histogram
        lo={view.before.lo}
        hi={view.before.hi}
        counts={view.before.counts}
        markers={markers}
        sqrt
        tone="muted"
        label={`${layer.name}, ${where}: ${view.n} float weights from ${sci(view.lo)} to ${sci(view.hi)}`}
        caption="Before: float32 weights"
      />
      <Histogram
        lo={view.after.lo}
        hi={view.after.hi}
        counts={view.after.counts}
        markers={markers}
        sqrt
        tone="accent"
        label={`${layer.name}, ${where}: after quantization the ${view.n} weights take ${view.distinctAfter} distinct values`}
        caption={`After: dequantized, ${view.distinctAfter} distinct values, ${view.zerosAfter} exact zeros`}
      />
      <p className="muted small">{levelNote}</p>
      <dl className="lab-layer-stats">
        <div>
          <dt>Scale</dt>
          <dd>{view.params ? sci(view.params.scale) : `${layer.params.length} scales`}</dd>
        </div>
        <div>
          <dt>Zero point</dt>
          <dd>{view.params ? view.params.zeroPoint : 'per channel'}</dd>
        </div>
        <div>
          <dt>MSE</dt>
          <dd>{sci(layer.metrics.mse)}</dd>
        </div>
        <div>
          <dt>Max |error|</dt>
          <dd>{sci(layer.metrics.maxAbs)}</dd>
        </div>
        <div>
          <dt>SQNR</dt>
          <dd>{db(layer.metrics.sqnrDb)}</dd>
        </div>
        <div>
          <dt>Pruned</dt>
          <dd>{layer.prunedCount}</dd>
        </div>
      </dl>
      {perChannel && (
        <details className="lab-details">
          <summary>All {layer.params.length} scales and zero points</summary>
          <div className="lab-table-wrap" tabIndex={0} role="region" aria-label={`${layer.name} per-channel parameters`}>
            <table className="lab-table lab-table-compact">
              <thead>
                <tr>
                  <th scope="col">Channel</th>
                  <th scope="col">Weights from</th>
                  <th scope="col">to</th>
                  <th scope="col">Scale</th>
                  <th scope="col">Zero point</th>
                </tr>
              </thead>
              <tbody>
                {layer.params.map((p, c) => (
                  <tr key={c}>
                    <th scope="row">{c}</th>
                    <td>{sci(ranges.min[c]!)}</td>
                    <td>{sci(ranges.max[c]!)}</td>
                    <td>{sci(p.scale)}</td>
                    <td>{p.zeroPoint}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </article>
  );
});
