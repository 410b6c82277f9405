/**
 * The quantization lab: a real gesture model, quantized live. Quantization maths run on the page
 * (pure, ≈4k weights); TensorFlow.js lives only in the lab's Web Worker, which loads or trains the
 * model and measures accuracy with the dequantized weights.
 */
import './lab.css';
import { useEffect, useMemo, useState } from 'react';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { NatQuestion } from '@/content-model/schema';
import { BitsSweep } from './components/BitsSweep';
import { Explainer } from './components/Explainer';
import { Headline } from './components/Headline';
import { WhenNearView } from '@/components/ui/WhenNearView';
import { LabQuestions } from './components/LabQuestions';
import { LayerCard } from './components/LayerCard';
import { LayerTable } from './components/LayerTable';
import { ModelHistogramCard } from './components/ModelHistogramCard';
import { ModelPanel } from './components/ModelPanel';
import { QuantControls } from './components/QuantControls';
import { SpeedCheck } from './components/SpeedCheck';
import { useLab } from './hooks/useLab';
import { checkConfig, TFLITE_INT8, type QuantConfig } from './lib/config';
import { quantizeModel } from './lib/quantize-model';

export interface LabPageProps {
  /** Receives a question measured in the lab when the user adds it to their deck; without it the lab shows a preview. */
  onMakeQuestion?: (question: NatQuestion) => void;
}

export default function LabPage({ onMakeQuestion }: LabPageProps) {
  useDocumentTitle('Quantization lab');
  const lab = useLab();
  const { state, evaluate } = lab;
  const [config, setConfig] = useState<QuantConfig>(TFLITE_INT8);
  const checked = checkConfig(config);
  const model = state.model;
  const mq = useMemo(() => (model && checkConfig(config).ok ? quantizeModel(model.layers, config) : null), [model, config]);

  // Measure accuracy whenever the model or the recipe changes (the hook keeps only the newest waiting request).
  useEffect(() => {
    if (mq) evaluate(mq.layers.map((l) => ({ name: l.name, kernel: l.dequantized })));
  }, [mq, evaluate]);

  // The result shown is the newest one for this model; it is fresh when it answers the newest request.
  const quantResult = state.quant?.result ?? null;
  const fresh = state.quant !== null && state.quant.id === state.quantRequested;

  return (
    <div className="lab">
      <header className="lab-intro">
        <h1>Quantization lab</h1>
        <p className="lead">
          See what quantization does to a real model: pick a bit width and a scheme, watch every weight snap to its grid, and measure what
          the model loses. The model runs in TensorFlow.js in a background worker, so the page stays responsive even while it trains.
        </p>
        <Explainer />
      </header>

      {state.notice && (
        <div className="lab-notice" role="alert">
          <span>
            The {state.notice.task} step failed: {state.notice.message}.
          </span>
          <button type="button" className="btn ghost" onClick={lab.dismissNotice}>
            Dismiss
          </button>
        </div>
      )}

      <div className="lab-top">
        <ModelPanel state={state} lab={lab} />
        <QuantControls config={config} onChange={setConfig} />
      </div>
      {!checked.ok && <p className="lab-error">{checked.error}</p>}

      {model && mq && (
        <>
          <Headline float={model.float} quant={quantResult} fresh={fresh} mq={mq} />
          <LayerTable mq={mq} />
          <section aria-labelledby="lab-layers-title">
            <h2 id="lab-layers-title">Weights before and after</h2>
            <p className="muted small">
              Counts on a square-root axis, so the tails stay visible next to the peak at zero. Pick an output channel to see its own grid.
            </p>
            <div className="lab-layer-grid">
              <ModelHistogramCard mq={mq} />
              {mq.layers.map((l) => (
                <LayerCard key={l.name} layer={l} />
              ))}
            </div>
          </section>
          <BitsSweep sweep={state.sweep} layers={model.layers} floatAccuracy={model.float.accuracy} config={config} disabled={state.phase !== 'ready'} onSweep={lab.sweep} />
          {/* Far down the page, and it brings KaTeX and the Markdown renderer: rendered when near. */}
          <WhenNearView
            minHeight="30rem"
            placeholder={(show) => (
              <section className="panel lab-questions" aria-labelledby="lab-questions-later-title" data-testid="lab-questions-later">
                <h2 id="lab-questions-later-title">Questions measured live</h2>
                <p className="muted small">Questions whose answers you read off the lab, checked with tolerance. They appear as you scroll here.</p>
                <button type="button" className="btn" onClick={show}>
                  Show the questions
                </button>
              </section>
            )}
          >
            <LabQuestions layers={model.layers} onApplyRecipe={setConfig} onMakeQuestion={onMakeQuestion} />
          </WhenNearView>
          <SpeedCheck speed={state.speed} disabled={state.phase !== 'ready' || state.training !== null} onRun={lab.speedCheck} />
        </>
      )}
    </div>
  );
}
