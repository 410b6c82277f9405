/**
 * The headline: test accuracy of the float model against the quantized one (measured in tfjs with
 * the dequantized weights), the model's size, and its overall quantization error.
 */
import { memo } from 'react';
import { bytes, db, describeConfig, pct, pts, sci } from '@/features/lab/lib/display';
import { GESTURES } from '@/features/lab/lib/gesture-data';
import { ruleOfThumbDb } from '@/features/lab/lib/metrics';
import type { ModelQuant } from '@/features/lab/lib/quantize-model';
import type { Evaluation } from '@/features/lab/worker/protocol';

function Confusion({ title, result }: { title: string; result: Evaluation }) {
  return (
    <table className="lab-confusion">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">true ↓ / predicted →</th>
          {GESTURES.map((g) => (
            <th key={g} scope="col">
              {g}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.confusion.map((row, i) => (
          <tr key={GESTURES[i]}>
            <th scope="row">{GESTURES[i]}</th>
            {row.map((n, j) => (
              <td key={j} className={i === j ? 'lab-diag' : n > 0 ? 'lab-miss' : undefined}>
                {n}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface Props {
  float: Evaluation;
  /** Null until the first measurement of this model arrives. */
  quant: Evaluation | null;
  /** False while a newer setting is being measured (the number shown is the previous one). */
  fresh: boolean;
  mq: ModelQuant;
}

export const Headline = memo(function Headline({ float, quant, fresh, mq }: Props) {
  const delta = quant ? quant.accuracy - float.accuracy : 0;
  const tone = !quant ? '' : delta <= -0.05 ? 'is-bad' : delta < -0.01 ? 'is-warn' : 'is-good';
  return (
    <section className="panel lab-headline" aria-labelledby="lab-headline-title">
      <h2 id="lab-headline-title">Float against quantized</h2>
      <p className="muted small">{describeConfig(mq.config)}</p>
      <div className="lab-big-numbers">
        <div className="lab-big">
          <span className="lab-big-label">Float32 test accuracy</span>
          <span className="lab-big-value">{pct(float.accuracy)}</span>
        </div>
        <div className={`lab-big ${tone}`} aria-live="polite" aria-busy={!fresh}>
          <span className="lab-big-label">Quantized test accuracy</span>
          <span className="lab-big-value" data-testid="quant-accuracy" data-fresh={fresh && quant ? 'true' : 'false'}>
            {quant ? pct(quant.accuracy) : '…'}
          </span>
          <span className="lab-big-note">{quant ? `${pts(delta)}${fresh ? '' : ' · updating…'}` : 'measuring…'}</span>
        </div>
        <div className="lab-big">
          <span className="lab-big-label">Model size (kernels + biases)</span>
          <span className="lab-big-value" data-testid="model-size">
            {bytes(mq.sizeBytes)}
          </span>
          <span className="lab-big-note">
            from {bytes(mq.floatBytes)} · {mq.compression.toFixed(2)}× smaller
          </span>
        </div>
        <div className="lab-big">
          <span className="lab-big-label">SQNR, all weights</span>
          <span className="lab-big-value">{db(mq.metrics.sqnrDb)}</span>
          <span className="lab-big-note">
            uniform-noise model {db(mq.predictedSqnrDb)} · rule 6.02·N + 1.76 = {db(ruleOfThumbDb(mq.config.bits))}
          </span>
        </div>
      </div>
      <p className="small">
        Accuracy is measured by TensorFlow.js on the {float.confusion.flat().reduce((a, b) => a + b, 0)} test windows, with each kernel replaced by
        its dequantized values (scale · (q − zero point)). All {mq.weights.toLocaleString('en-US')} kernel weights: MSE {sci(mq.metrics.mse)}, largest
        error {sci(mq.metrics.maxAbs)}.
      </p>
      <details className="lab-details">
        <summary>Confusion matrices</summary>
        <div className="lab-confusions">
          <Confusion title="Float model" result={float} />
          {quant && <Confusion title="Quantized model" result={quant} />}
        </div>
      </details>
    </section>
  );
});
