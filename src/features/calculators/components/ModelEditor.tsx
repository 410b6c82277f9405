/** The model being studied: a preset, the input shape, the layer table, and the same model as text. */
import { modelToText } from '../lib/model-notation';
import { MODEL_PRESETS } from '../lib/model-presets';
import { TextField } from './Field';
import { LayerTable } from './LayerTable';
import type { ModelState } from './useModelState';

/** `collapsed`: the layer table starts folded (pages where the model is an input, not the subject). */
export function ModelEditor({ model, headingLevel = 2, collapsed = false }: { model: ModelState; headingLevel?: 2 | 3; collapsed?: boolean }) {
  const { values, set, raw, setRaw, table, activationBits } = model;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const current = MODEL_PRESETS.find((p) => {
    const t = modelToText(p.model.inputShape, p.model.layers);
    return t.input === values.input && t.layers === values.layers;
  });
  return (
    <section className="panel" aria-labelledby="model-title">
      <H id="model-title">Model</H>
      <div className="calc-grid">
        <div className="calc-field">
          <label htmlFor="model-preset">Start from a preset</label>
          <select
            id="model-preset"
            value={current?.id ?? ''}
            onChange={(e) => {
              const p = MODEL_PRESETS.find((x) => x.id === e.target.value);
              if (p) set(modelToText(p.model.inputShape, p.model.layers));
            }}
          >
            <option value="">{current ? '' : 'Custom model'}</option>
            {MODEL_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {current && <span className="muted small">{current.source}</span>}
        </div>
        <TextField
          label="Input shape (no batch axis)"
          name="input"
          value={values.input}
          inputMode="text"
          onChange={(v) => set({ input: v })}
          error={table.inputError}
          hint="e.g. 784, 49x10 (time × features) or 224x224x3 (height × width × channels)"
        />
      </div>
      {collapsed ? (
        <details className="layers-fold" open={table.errors.size > 0 || undefined}>
          <summary>
            Layers ({raw.length}
            {table.errors.size > 0 ? `, ${table.errors.size} with problems` : ''}) — show and edit
          </summary>
          <LayerTable raw={raw} onChange={setRaw} table={table} activationBits={activationBits.value} />
        </details>
      ) : (
        <LayerTable raw={raw} onChange={setRaw} table={table} activationBits={activationBits.value} />
      )}
      <details className="as-text">
        <summary>Edit the layers as text</summary>
        <label htmlFor="layers-text" className="small">
          Layers, separated by <code>;</code>, options in tfjs-layers names (Keras spellings work too)
        </label>
        <textarea id="layers-text" rows={4} value={values.layers} spellCheck={false} onChange={(e) => set({ layers: e.target.value.replace(/\n/g, ';') })} />
      </details>
    </section>
  );
}
