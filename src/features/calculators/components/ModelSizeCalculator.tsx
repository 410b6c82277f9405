/** Model size: parameters, bytes at any precision, MACs and FLOPs, the tensor arena, and a device fit. */
import { useMemo } from 'react';
import { BarChart } from '@/components/ui/charts/BarChart';
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import type { ModelAnalysis } from '../lib/analyze-model';
import { DEVICES, deviceById } from '../lib/devices';
import { fitsOnDevice } from '../lib/fits';
import { calculatorLink } from '../lib/links';
import { activationBytes, COMMON_BITS, PRECISION_NAMES, weightBytes } from '../lib/model-size';
import { bytesText, numText, siText, texInt, texNum } from '../lib/tex';
import { MODEL_ASK_LABELS, MODEL_ASKS, modelQuestion, type ModelAsk } from '../questions/model-question';
import { Stat, TextField, SelectField } from './Field';
import { MakeQuestion } from './MakeQuestion';
import { ModelEditor } from './ModelEditor';
import { Steps } from './Steps';
import { useModelState, type ModelState } from './useModelState';

const EXTRA = CALCULATOR_DEFAULTS['model-size'];
const CHARTS = [
  { value: 'params', label: 'Parameters' },
  { value: 'macs', label: 'MACs' },
  { value: 'activations', label: 'Activations (input + output)' },
] as const;
type ChartKind = (typeof CHARTS)[number]['value'];

function BitsField({ label, name, value, error, onChange, hint }: { label: string; name: string; value: string; error?: string | undefined; onChange: (v: string) => void; hint: string }) {
  return (
    <div className="bits-field">
      <TextField label={label} name={name} value={value} onChange={onChange} error={error} hint={hint} inputMode="numeric" />
      <div className="chips" role="group" aria-label={`${label}: common widths`}>
        {COMMON_BITS.map((b) => (
          <button key={b} type="button" className="chip" aria-pressed={value === String(b)} onClick={() => onChange(String(b))}>
            {PRECISION_NAMES[b]}
          </button>
        ))}
      </div>
    </div>
  );
}

function Totals({ a, model }: { a: ModelAnalysis; model: ModelState }) {
  const t = a.totals;
  const wb = model.weightBits.value;
  const ab = model.activationBits.value;
  const bb = model.biasBits.value;
  const bytes = weightBytes(t.params, t.biases, wb, bb);
  const arena = activationBytes(t.peakLiveElements, ab);
  const peak = a.layers[t.peakLayer];
  const steps = [
    `N = \\sum_i N_i = ${texInt(t.params)} \\ (${texInt(t.trainable)}\\ \\text{trainable} + ${texInt(t.nonTrainable)}\\ \\text{non-trainable})`,
    bb === wb
      ? `\\text{weights} = N \\cdot \\frac{b_w}{8} = ${texInt(t.params)} \\cdot \\frac{${wb}}{8} = ${texNum(bytes, 1)}\\ \\text{B}`
      : `\\text{weights} = (N - N_b) \\cdot \\frac{b_w}{8} + N_b \\cdot \\frac{b_b}{8} = ${texInt(t.params - t.biases)} \\cdot \\frac{${wb}}{8} + ${texInt(t.biases)} \\cdot \\frac{${bb}}{8} = ${texNum(bytes, 1)}\\ \\text{B}`,
    `\\text{FLOPs} = 2 \\cdot \\text{MACs} = 2 \\cdot ${texInt(t.macs)} = ${texInt(t.flops)}`,
    peak
      ? `\\text{arena} = \\max_i(\\text{in}_i + \\text{out}_i) \\cdot \\frac{b_a}{8} = (${texInt(peak.inputElements)} + ${peak.inPlace ? '0' : texInt(peak.outputElements)}) \\cdot \\frac{${ab}}{8} = ${texNum(arena, 1)}\\ \\text{B} \\quad (\\text{layer } ${peak.index + 1})`
      : `\\text{arena} = \\text{input} \\cdot \\frac{b_a}{8} = ${texNum(arena, 1)}\\ \\text{B}`,
  ];
  return (
    <>
      <dl className="calc-stats" aria-label="Totals">
        <Stat label="Parameters" value={numText(t.params, 0)} sub={`${numText(t.trainable, 0)} trainable · ${numText(t.nonTrainable, 0)} non-trainable`} />
        <Stat label={`Weights at ${wb} bits`} value={bytesText(bytes)} sub={`${numText(bytes, 1)} B${bb !== wb ? ` (biases at ${bb} bits)` : ''}`} />
        <Stat label="MACs / FLOPs" value={`${siText(t.macs)} MACs`} sub={`${siText(t.flops)} FLOPs (= 2 · MACs)`} />
        <Stat label={`Peak activations at ${ab} bits`} value={bytesText(arena)} sub={peak ? `largest input + output pair: layer ${peak.index + 1} (${peak.config.type})` : 'the input alone'} />
      </dl>
      <div className="table-scroll">
        <table className="calc-table">
          <caption>Weight storage at common precisions</caption>
          <thead>
            <tr>
              <th scope="col">Precision</th>
              {COMMON_BITS.map((b) => (
                <th key={b} scope="col">
                  {PRECISION_NAMES[b]}
                </th>
              ))}
              {!(COMMON_BITS as readonly number[]).includes(wb) && <th scope="col">{wb}-bit</th>}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Weights</th>
              {COMMON_BITS.map((b) => (
                <td key={b} className="num">
                  {bytesText(weightBytes(t.params, 0, b))}
                </td>
              ))}
              {!(COMMON_BITS as readonly number[]).includes(wb) && <td className="num">{bytesText(weightBytes(t.params, 0, wb))}</td>}
            </tr>
          </tbody>
        </table>
      </div>
      <Steps lines={steps} />
    </>
  );
}

function DeviceFit({ a, model, deviceId, onDevice }: { a: ModelAnalysis; model: ModelState; deviceId: string; onDevice: (id: string) => void }) {
  const device = deviceById(deviceId) ?? DEVICES[0]!;
  const t = a.totals;
  const bytes = weightBytes(t.params, t.biases, model.weightBits.value, model.biasBits.value);
  const arena = activationBytes(t.peakLiveElements, model.activationBits.value);
  const v = fitsOnDevice(bytes, arena, device);
  const meter = (label: string, used: number, available: number) => (
    <div className="fit-meter">
      <div className="row">
        <span>{label}</span>
        <span className="muted small">
          {bytesText(used)} of {bytesText(available)} ({Math.round((used / available) * 100)} %)
        </span>
      </div>
      <meter min={0} max={1} low={0.7} high={0.9} optimum={0.2} value={Math.min(1, used / available)} aria-label={`${label}: ${Math.round((used / available) * 100)} % used`} />
    </div>
  );
  return (
    <section className="panel" aria-labelledby="fit-title">
      <h2 id="fit-title">Does it fit?</h2>
      <SelectField label="Device" name="device" value={device.id} options={DEVICES.map((d) => ({ value: d.id, label: d.name }))} onChange={onDevice} hint={`${device.chip}, ${device.clockMHz} MHz`} />
      <p className={`fit-verdict ${v.fits ? 'good' : 'bad'}`}>
        <strong>{v.fits ? '✓' : '✗'}</strong> {v.summary}
      </p>
      {meter(`Weights in ${device.storageLabel}`, bytes, device.storageBytes)}
      {meter(`Arena in ${device.ramLabel}`, arena, device.ramBytes)}
      <p className="muted small">
        Specs: {device.sources.map((s, i) => (
          <span key={s}>
            {i > 0 && ' · '}
            <a href={s} target="_blank" rel="noopener noreferrer">
              {new URL(s).hostname}
            </a>
          </span>
        ))}
        . Leave room for the firmware, the stack and the runtime: on a microcontroller they take a good share of both memories.
      </p>
    </section>
  );
}

export function ModelSizeCalculator({ onMakeQuestion }: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const model = useModelState(EXTRA);
  const { values, set, table } = model;
  const extra = model.extra;
  const a = table.analysis;
  const chart = (CHARTS.some((c) => c.value === extra.chart) ? extra.chart : 'params') as ChartKind;
  const bars = useMemo(
    () =>
      (a?.layers ?? []).map((l) => ({
        label: `${l.index + 1} ${l.config.type}`,
        value: chart === 'params' ? l.params : chart === 'macs' ? l.macs : (l.liveElements * model.activationBits.value) / 8,
        tone: l.index === a?.totals.peakLayer && chart === 'activations' ? ('warn' as const) : ('accent' as const),
      })),
    [a, chart, model.activationBits.value],
  );
  const ask = (MODEL_ASKS as readonly string[]).includes(extra.ask) ? (extra.ask as ModelAsk) : 'params';
  const bitsOk = !model.weightBits.error && !model.activationBits.error && !model.biasBits.error;
  return (
    <>
      <ModelEditor model={model} />
      <section className="panel" aria-labelledby="results-title">
        <h2 id="results-title">Size, work and memory</h2>
        <div className="calc-grid">
          <BitsField label="Weight bits" name="wbits" value={values.wbits} error={model.weightBits.error} onChange={(v) => set({ wbits: v })} hint="any width from 1 to 64" />
          <BitsField label="Activation bits" name="abits" value={values.abits} error={model.activationBits.error} onChange={(v) => set({ abits: v })} hint="the tensor arena's element width" />
          <SelectField
            label="Bias bits"
            name="bbits"
            value={values.bbits === 'same' ? 'same' : values.bbits}
            options={[
              { value: 'same', label: 'same as the weights' },
              { value: '32', label: '32 (TFLite int8 convention)' },
              ...(values.bbits !== 'same' && values.bbits !== '32' ? [{ value: values.bbits, label: values.bbits }] : []),
            ]}
            onChange={(v) => set({ bbits: v })}
          />
        </div>
        {!a || table.inputError ? (
          <p className="field-error" role="alert">
            {table.inputError ?? 'Fix the input shape to see results.'}
          </p>
        ) : (
          <>
            {table.errors.size > 0 && (
              <p className="warn-note" role="alert">
                Results cover layers 1–{a.layers.length} only: {[...table.errors.values()][0]}
              </p>
            )}
            {bitsOk ? <Totals a={a} model={model} /> : <p className="field-error">Fix the bit widths to see the byte counts.</p>}
          </>
        )}
      </section>
      {a && a.layers.length > 0 && (
        <section className="panel" aria-labelledby="per-layer-title">
          <h2 id="per-layer-title">Per layer</h2>
          <SelectField label="Show" name="chart" value={chart} options={CHARTS} onChange={(v) => model.setExtra({ chart: v })} />
          <BarChart
            data={bars}
            log={chart !== 'activations'}
            label={`${CHARTS.find((c) => c.value === chart)!.label} per layer, ${bars.length} layers; largest: ${[...bars].sort((x, y) => y.value - x.value)[0]?.label ?? 'none'}`}
            format={(v) => (chart === 'activations' ? bytesText(v) : siText(v))}
            caption={chart === 'activations' ? 'Bytes alive while each layer runs; the highlighted bar sets the arena.' : 'Log scale: layers span several orders of magnitude. Exact values are in the table above.'}
          />
        </section>
      )}
      {a && bitsOk && <DeviceFit a={a} model={model} deviceId={extra.device} onDevice={(id) => model.setExtra({ device: id })} />}
      <MakeQuestion
        onMakeQuestion={onMakeQuestion}
        build={() => {
          if (!table.spec || !a || a.error || !bitsOk) return null;
          return modelQuestion({
            spec: table.spec,
            analysis: a,
            ask,
            weightBits: model.weightBits.value,
            activationBits: model.activationBits.value,
            biasBits: model.biasBits.value,
            link: calculatorLink('model-size', { input: values.input, layers: values.layers, wbits: values.wbits, abits: values.abits, bbits: values.bbits }),
          });
        }}
      >
        <SelectField label="Ask for" name="ask" value={ask} options={MODEL_ASKS.map((k) => ({ value: k, label: MODEL_ASK_LABELS[k] }))} onChange={(v) => model.setExtra({ ask: v })} />
      </MakeQuestion>
    </>
  );
}
