/** Times tfjs against a plain loop on a million weights, in the worker, and checks they agree. */
import { memo, useId } from 'react';
import type { LabState } from '@/features/lab/hooks/lab-state';
import { db } from '@/features/lab/lib/display';

export const SpeedCheck = memo(function SpeedCheck({ speed, disabled, onRun }: { speed: LabState['speed']; disabled: boolean; onRun: () => void }) {
  const id = useId();
  const r = speed?.result;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Speed check</h2>
      <p className="muted small">
        Int8 quantize + dequantize + MSE, max error and SQNR of 1,000,000 weights: once as tfjs ops on the active backend, once as a plain loop
        over a Float32Array, both in the worker, warm, median of 7 runs. The two must produce the same integers.
      </p>
      <button type="button" className="btn" disabled={disabled || speed?.running} onClick={() => onRun()}>
        Run the speed check
      </button>
      {speed?.running && (
        <p className="muted small" role="status">
          {speed.progress.label}
        </p>
      )}
      {r && (
        <dl className="lab-facts" data-testid="speed-result" data-tfjs-ms={r.tfjsMs} data-loop-ms={r.loopMs} data-mismatches={r.mismatches} data-backend={r.backend}>
          <div>
            <dt>tfjs ({r.backend})</dt>
            <dd>{r.tfjsMs.toFixed(1)} ms</dd>
          </div>
          <div>
            <dt>Plain loop</dt>
            <dd>{r.loopMs.toFixed(1)} ms</dd>
          </div>
          <div>
            <dt>tfjs ÷ loop</dt>
            <dd>{(r.tfjsMs / r.loopMs).toFixed(2)}×</dd>
          </div>
          <div>
            <dt>Integers that differ</dt>
            <dd>
              {r.mismatches.toLocaleString('en-US')} of {r.n.toLocaleString('en-US')}
            </dd>
          </div>
          <div>
            <dt>SQNR</dt>
            <dd>{db(r.sqnrDb)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
});
