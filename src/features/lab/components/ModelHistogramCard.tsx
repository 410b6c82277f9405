/** All the model's kernel weights pooled: the histogram before and after, for the whole model at once. */
import { memo, useMemo } from 'react';
import { Histogram } from '@/components/ui/charts/Histogram';
import { db, sci } from '@/features/lab/lib/display';
import { extent, histogram, sharedRange } from '@/features/lab/lib/histogram';
import type { ModelQuant } from '@/features/lab/lib/quantize-model';

const BINS = 120;

function concat(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const ModelHistogramCard = memo(function ModelHistogramCard({ mq }: { mq: ModelQuant }) {
  const view = useMemo(() => {
    const before = concat(mq.layers.map((l) => l.original));
    const after = concat(mq.layers.map((l) => l.dequantized));
    const [a0, a1] = extent(before);
    const { lo, hi } = sharedRange(before, after, 0.02);
    return {
      before: histogram(before, lo, hi, BINS),
      after: histogram(after, lo, hi, BINS),
      n: before.length,
      lo: a0,
      hi: a1,
      distinct: new Set(after).size,
      zeros: after.reduce((n, v) => n + (v === 0 ? 1 : 0), 0),
    };
  }, [mq]);
  const grids = mq.layers.reduce((n, l) => n + l.params.length, 0);
  return (
    <article className="card lab-layer lab-model-card" aria-labelledby="lab-model-hist">
      <h3 id="lab-model-hist">
        Whole model <span className="muted small">{view.n.toLocaleString('en-US')} kernel weights, 4 layers</span>
      </h3>
      <div className="lab-model-hists">
        <Histogram
          lo={view.before.lo}
          hi={view.before.hi}
          counts={view.before.counts}
          sqrt
          tone="muted"
          label={`All ${view.n} float kernel weights, from ${sci(view.lo)} to ${sci(view.hi)}`}
          caption="Before: float32 weights of all layers"
        />
        <Histogram
          lo={view.after.lo}
          hi={view.after.hi}
          counts={view.after.counts}
          sqrt
          tone="accent"
          label={`After quantization the ${view.n} weights take ${view.distinct} distinct values; ${view.zeros} are exactly zero`}
          caption={`After: ${view.distinct.toLocaleString('en-US')} distinct values on ${grids} grids (one per ${mq.config.granularity === 'per-channel' ? 'output channel' : 'layer'}), ${view.zeros.toLocaleString('en-US')} exact zeros · SQNR ${db(mq.metrics.sqnrDb)}`}
        />
      </div>
    </article>
  );
});
