/** Accuracy at every bit width from 2 to 8 with the other settings as chosen, computed on demand. */
import { memo, useId, useState } from 'react';
import type { LabState } from '@/features/lab/hooks/lab-state';
import type { LabApi } from '@/features/lab/hooks/useLab';
import type { QuantConfig } from '@/features/lab/lib/config';
import { describeConfig, pct, pts } from '@/features/lab/lib/display';
import { GESTURES, type Gesture } from '@/features/lab/lib/gesture-data';
import type { LayerWeights } from '@/features/lab/lib/layer-weights';
import { quantizeModel } from '@/features/lab/lib/quantize-model';
import { BitsChart } from './BitsChart';
import { ProgressBar } from './ProgressBar';

const SWEEP_BITS = [2, 3, 4, 5, 6, 7, 8];
const sameRecipe = (a: QuantConfig, b: QuantConfig) => JSON.stringify({ ...a, bits: 0 }) === JSON.stringify({ ...b, bits: 0 });

interface Props {
  sweep: LabState['sweep'];
  layers: LayerWeights[];
  floatAccuracy: number;
  config: QuantConfig;
  disabled: boolean;
  onSweep: LabApi['sweep'];
}

export const BitsSweep = memo(function BitsSweep({ sweep, layers, floatAccuracy, config, disabled, onSweep }: Props) {
  const id = useId();
  const [measuredWith, setMeasuredWith] = useState<QuantConfig | null>(null);
  const run = () => {
    setMeasuredWith(config);
    onSweep(SWEEP_BITS.map((bits) => ({ bits, kernels: quantizeModel(layers, { ...config, bits }).layers.map((l) => ({ name: l.name, kernel: l.dequantized })) })));
  };
  const points = sweep?.points ?? [];
  const stale = measuredWith !== null && points.length > 0 && !sameRecipe(measuredWith, config);
  const chance = 1 / GESTURES.length;
  const summary = points.map((p) => `${p.bits} bits ${pct(p.accuracy)}`).join(', ');

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Accuracy against bit width</h2>
      <p className="muted small">
        Quantizes the model at 2, 3, … 8 bits with the rest of the recipe as set above, and measures each in the worker.
      </p>
      <button type="button" className="btn primary" disabled={disabled || sweep?.running} onClick={run}>
        {points.length ? 'Measure again' : 'Measure accuracy at 2–8 bits'}
      </button>
      {sweep?.running && <ProgressBar id={`${id}-p`} fraction={sweep.progress.fraction} label={`Measuring: ${sweep.progress.label}`} />}
      {points.length > 0 && measuredWith && (
        <div className="lab-sweep" data-testid="sweep">
          <p className="small">
            Measured with {describeConfig({ ...measuredWith, bits: 0 }).replace(/^0-bit · /, '')}.
            {stale && <strong className="lab-warn-text"> The recipe has changed since: measure again to compare.</strong>}
          </p>
          <div className="lab-sweep-body">
            <BitsChart points={points} float={floatAccuracy} chance={chance} label={`Test accuracy by bit width: ${summary}; float ${pct(floatAccuracy)}.`} />
            <table className="lab-table lab-table-compact">
              <caption className="sr-only">Test accuracy by bit width</caption>
              <thead>
                <tr>
                  <th scope="col">Bits</th>
                  <th scope="col">Accuracy</th>
                  <th scope="col">vs float</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.bits}>
                    <th scope="row">{p.bits}</th>
                    <td>{pct(p.accuracy)}</td>
                    <td>{pts(p.accuracy - floatAccuracy)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">
            Chance is {pct(chance)} ({GESTURES.length} classes: {GESTURES.map((g: Gesture) => g).join(', ')}).
          </p>
        </div>
      )}
    </section>
  );
});
