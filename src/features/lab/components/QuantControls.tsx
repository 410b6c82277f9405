/**
 * The quantization recipe, switched live: bit width, scheme, granularity, rounding and pruning,
 * with presets. Native inputs throughout, so everything works from the keyboard.
 */
import { memo, useId } from 'react';
import { MAX_BITS, MAX_SPARSITY, MIN_BITS, TFLITE_INT8, type QuantConfig } from '@/features/lab/lib/config';
import { intRange, levelCount } from '@/features/lab/lib/int-range';

interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="lab-radios">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="lab-radio">
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span>
            {c.label}
            <span className="muted small lab-hint">{c.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

const PRESETS: { label: string; config: QuantConfig }[] = [
  { label: 'TFLite int8', config: TFLITE_INT8 },
  { label: 'int4', config: { ...TFLITE_INT8, bits: 4 } },
  { label: '2-bit', config: { ...TFLITE_INT8, bits: 2 } },
];

export const QuantControls = memo(function QuantControls({ config, onChange }: { config: QuantConfig; onChange: (c: QuantConfig) => void }) {
  const id = useId();
  const set = <K extends keyof QuantConfig>(key: K, value: QuantConfig[K]) => onChange({ ...config, [key]: value });
  const range = intRange(config.bits, config.scheme);
  const isDefault = JSON.stringify(config) === JSON.stringify(TFLITE_INT8);

  return (
    <section className="panel lab-controls" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Quantization recipe</h2>
      <p className="muted small">
        Applied to every kernel; biases stay float (TFLite keeps them as int32, which loses almost nothing), and activations stay float too:
        this is weight-only quantization. Everything below updates as you move a control.
      </p>
      <div className="row lab-presets" role="group" aria-label="Presets">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            className="btn"
            aria-pressed={JSON.stringify(p.config) === JSON.stringify(config)}
            onClick={() => onChange(p.config)}
          >
            {p.label}
          </button>
        ))}
        {!isDefault && (
          <button type="button" className="btn ghost" onClick={() => onChange(TFLITE_INT8)}>
            Reset to the TFLite int8 defaults
          </button>
        )}
      </div>

      <div className="lab-control-grid">
        <div className="lab-slider">
          <label htmlFor={`${id}-bits`}>
            Bit width <output htmlFor={`${id}-bits`}>{config.bits} bits</output>
          </label>
          <input
            id={`${id}-bits`}
            type="range"
            min={MIN_BITS}
            max={MAX_BITS}
            step={1}
            value={config.bits}
            aria-valuetext={`${config.bits} bits`}
            onChange={(e) => set('bits', Number(e.target.value))}
          />
          <p className="muted small" data-testid="grid-summary">
            Integers {range.qmin} … {range.qmax}: {levelCount(range).toLocaleString('en-US')} levels
            {config.scheme === 'symmetric' ? ', zero point 0' : ', zero point chosen per range'}.
          </p>
        </div>

        <div className="lab-slider">
          <label htmlFor={`${id}-prune`}>
            Magnitude pruning <output htmlFor={`${id}-prune`}>{Math.round(config.sparsity * 100)} %</output>
          </label>
          <input
            id={`${id}-prune`}
            type="range"
            min={0}
            max={MAX_SPARSITY * 100}
            step={5}
            value={Math.round(config.sparsity * 100)}
            aria-valuetext={`${Math.round(config.sparsity * 100)} percent of each kernel set to zero`}
            onChange={(e) => set('sparsity', Number(e.target.value) / 100)}
          />
          <p className="muted small">The smallest weights of each kernel are set to zero first, then the rest is quantized.</p>
        </div>

        <RadioGroup
          legend="Scheme"
          name={`${id}-scheme`}
          value={config.scheme}
          onChange={(v) => set('scheme', v)}
          choices={[
            { value: 'symmetric', label: 'Symmetric', hint: 'zero point 0, grid ±(2ᴺ⁻¹ − 1), as TFLite weights' },
            { value: 'asymmetric', label: 'Asymmetric (affine)', hint: 'scale and zero point fit [min, max], as TFLite activations' },
          ]}
        />
        <RadioGroup
          legend="Granularity"
          name={`${id}-gran`}
          value={config.granularity}
          onChange={(v) => set('granularity', v)}
          choices={[
            { value: 'per-channel', label: 'Per output channel', hint: 'one scale per filter or unit (TFLite default for weights)' },
            { value: 'per-tensor', label: 'Per tensor', hint: 'one scale for the whole kernel' },
          ]}
        />
        <RadioGroup
          legend="Rounding"
          name={`${id}-round`}
          value={config.rounding}
          onChange={(v) => set('rounding', v)}
          choices={[
            { value: 'half-away', label: 'Half away from zero', hint: 'C round(), as the TFLite converter' },
            { value: 'half-even', label: 'Half to even', hint: 'banker’s rounding, as tf.round' },
          ]}
        />
      </div>
    </section>
  );
});
