/** Every layer and the whole model in one table: scales, zero points, errors, SQNR and size. */
import { memo } from 'react';
import { bytes, db, scalesOf, sci, spread, zeroPointsOf } from '@/features/lab/lib/display';
import { ruleOfThumbDb } from '@/features/lab/lib/metrics';
import type { ModelQuant } from '@/features/lab/lib/quantize-model';

const KIND = { conv1d: 'Conv1D', dense: 'Dense' } as const;

export const LayerTable = memo(function LayerTable({ mq }: { mq: ModelQuant }) {
  const allScales = mq.layers.flatMap((l) => scalesOf(l.params));
  const allZps = mq.layers.flatMap((l) => zeroPointsOf(l.params));
  return (
    <section className="panel" aria-labelledby="lab-table-title">
      <h2 id="lab-table-title">Layer by layer</h2>
      <p className="muted small">
        SQNR is measured; beside it, what the uniform-noise model predicts from the scales (noise power scale²/12) and the 6.02·N + 1.76 dB rule,
        which assumes a full-scale sine. Trained weights crowd near zero, far below their largest value, so they fall short of the rule.
      </p>
      <div className="lab-table-wrap" tabIndex={0} role="region" aria-label="Per-layer quantization table (scrolls sideways)">
        <table className="lab-table" data-testid="layer-table">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Scale(s)</th>
              <th scope="col">Zero point(s)</th>
              <th scope="col">MSE</th>
              <th scope="col">Max |error|</th>
              <th scope="col">SQNR</th>
              <th scope="col">Predicted</th>
              <th scope="col">6.02·N + 1.76</th>
              <th scope="col">Bytes, float → quantized</th>
            </tr>
          </thead>
          <tbody>
            {mq.layers.map((l) => (
              <tr key={l.name}>
                <th scope="row">
                  {l.name}
                  <span className="lab-cell-note">
                    {KIND[l.kind]} {l.kernelShape.join('×')}, {l.original.length} weights
                  </span>
                </th>
                <td data-testid={`scale-${l.name}`}>{spread(scalesOf(l.params), sci)}</td>
                <td>{spread(zeroPointsOf(l.params), String)}</td>
                <td>{sci(l.metrics.mse)}</td>
                <td>{sci(l.metrics.maxAbs)}</td>
                <td>{db(l.metrics.sqnrDb)}</td>
                <td>{db(l.predictedSqnrDb)}</td>
                <td>{db(ruleOfThumbDb(mq.config.bits))}</td>
                <td>
                  {l.floatBytes.toLocaleString('en-US')} → {l.sizeBytes.toLocaleString('en-US')}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                Whole model<span className="lab-cell-note">{mq.weights.toLocaleString('en-US')} weights</span>
              </th>
              <td>{spread(allScales, sci)}</td>
              <td>{spread(allZps, String)}</td>
              <td>{sci(mq.metrics.mse)}</td>
              <td>{sci(mq.metrics.maxAbs)}</td>
              <td>{db(mq.metrics.sqnrDb)}</td>
              <td>{db(mq.predictedSqnrDb)}</td>
              <td>{db(ruleOfThumbDb(mq.config.bits))}</td>
              <td>
                {bytes(mq.floatBytes)} → {bytes(mq.sizeBytes)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted small">
        Size counts the kernels packed at {mq.config.bits} bits, biases at 32 bits, and a float32 scale plus an int64 zero point per channel (as
        a TFLite flatbuffer stores them). Pruned zeros still take their bits: only a sparse format or compression would save them.
      </p>
    </section>
  );
});
