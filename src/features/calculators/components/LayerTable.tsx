/**
 * The editable layer table: one row per layer with its type, its options (tfjs-layers names) and its
 * live results (output shape, parameters, MACs, activations). A row with a problem shows the rule it
 * breaks; the rows above it keep their results.
 */
import { useId, useState } from 'react';
import { Formula } from '@/components/ui/Formula';
import type { LayerRow } from '../lib/analyze-model';
import { LAYER_TYPES, layerFields, type LayerType } from '../lib/layer-config';
import { LAYER_LABELS, NEW_LAYER_ARGS, OPTION_KIND, optionDefault } from '../lib/layer-defaults';
import { canonicalType, type RawLayer } from '../lib/model-notation';
import type { TableAnalysis } from '../lib/analyze-table';
import { bytesText, numText, siText } from '../lib/tex';

interface Props {
  raw: readonly RawLayer[];
  onChange: (raw: RawLayer[]) => void;
  table: TableAnalysis;
  activationBits: number;
}

const typeOptions = LAYER_TYPES.map((t) => ({ value: t, label: LAYER_LABELS[t] }));

function OptionInput({ layerIndex, type, option, value, onChange }: { layerIndex: number; type: LayerType; option: string; value: string | undefined; onChange: (v: string | undefined) => void }) {
  const id = useId();
  const kind = OPTION_KIND[option] ?? 'text';
  const def = optionDefault(type, option);
  const label = `Layer ${layerIndex + 1} ${option}`;
  if (kind === 'bool') {
    const checked = (value ?? def) === 'true';
    return (
      <label className="opt opt-bool" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} aria-label={label} onChange={(e) => onChange(String(e.target.checked) === def ? undefined : String(e.target.checked))} />
        <span aria-hidden="true">{option}</span>
      </label>
    );
  }
  if (kind === 'padding') {
    return (
      <label className="opt" htmlFor={id}>
        <span aria-hidden="true">{option}</span>
        <select id={id} value={value ?? def} aria-label={label} onChange={(e) => onChange(e.target.value === def ? undefined : e.target.value)}>
          <option value="valid">valid</option>
          <option value="same">same</option>
          {value !== undefined && value !== 'same' && value !== 'valid' && <option value={value}>{value}</option>}
        </select>
      </label>
    );
  }
  const size = kind === 'shape' ? 9 : kind === 'pair' ? 4 : kind === 'text' ? 7 : 6;
  return (
    <label className="opt" htmlFor={id}>
      <span aria-hidden="true">{option}</span>
      <input
        id={id}
        type="text"
        inputMode={kind === 'int' || kind === 'rate' ? 'decimal' : 'text'}
        size={size}
        autoComplete="off"
        spellCheck={false}
        value={value ?? ''}
        placeholder={def}
        aria-label={label}
        onChange={(e) => onChange(e.target.value === '' && def !== '' ? undefined : e.target.value)}
      />
    </label>
  );
}

function Working({ row }: { row: LayerRow }) {
  return (
    <details className="working">
      <summary>Working</summary>
      <div>
        <span className="muted small">params</span> <Formula tex={`${row.paramsTex} = ${row.params.toLocaleString('en-US').replace(/,/g, '{,}')}`} />
      </div>
      <div>
        <span className="muted small">MACs</span> <Formula tex={`${row.macsTex} = ${row.macs.toLocaleString('en-US').replace(/,/g, '{,}')}`} />
      </div>
    </details>
  );
}

export function LayerTable({ raw, onChange, table, activationBits }: Props) {
  const [addType, setAddType] = useState<LayerType>('dense');
  const rows = table.analysis?.layers ?? [];
  const update = (i: number, next: RawLayer) => onChange(raw.map((r, j) => (j === i ? next : r)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= raw.length) return;
    const next = [...raw];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  const problems = table.errors.size + (table.inputError ? 1 : 0);
  return (
    <div className="layer-table-wrap">
      <p className="small" role="status" aria-live="polite">
        {problems === 0 ? `${raw.length} layers, all valid.` : `${problems} ${problems === 1 ? 'problem' : 'problems'}: see the marked ${problems === 1 ? 'row' : 'rows'}.`}
      </p>
      <div className="table-scroll">
        <table className="layer-table">
          <caption className="sr-only">Layers of the model, with live results per layer</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Layer and options</th>
              <th scope="col">Output</th>
              <th scope="col">Params</th>
              <th scope="col">MACs / FLOPs</th>
              <th scope="col">Activations</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {raw.map((layer, i) => {
              const type = canonicalType(layer.type);
              const row = rows[i];
              const error = table.errors.get(i);
              const after = !row && !error;
              return (
                <tr key={i} className={error ? 'row-error' : undefined}>
                  <th scope="row">{i + 1}</th>
                  <td className="layer-cell">
                    <div className="layer-options">
                      <select
                        aria-label={`Layer ${i + 1} type`}
                        value={type ?? ''}
                        onChange={(e) => {
                          const t = e.target.value as LayerType;
                          update(i, { type: t, args: { ...NEW_LAYER_ARGS[t] } });
                        }}
                      >
                        {!type && <option value="">{layer.type || '(no type)'}</option>}
                        {typeOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                      {type &&
                        layerFields(type)
                          .filter((f) => f !== 'activation')
                          .map((f) => (
                            <OptionInput
                              key={f}
                              layerIndex={i}
                              type={type}
                              option={f}
                              value={layer.args[f]}
                              onChange={(v) => {
                                const args = { ...layer.args };
                                if (v === undefined) delete args[f];
                                else args[f] = v;
                                update(i, { type: layer.type, args });
                              }}
                            />
                          ))}
                    </div>
                    {type === 'gru' && (
                      <p className="muted small">
                        {layer.args.resetAfter === 'true'
                          ? 'Keras GRU (reset_after=True, its TF2 default): a second bias vector, 3·units more parameters. tfjs cannot build this variant.'
                          : 'tfjs GRU (resetAfter false, the only variant tfjs builds). Tick resetAfter for Keras’s default reset_after=True.'}
                      </p>
                    )}
                    {error && <p className="field-error">{error}</p>}
                    {after && <p className="muted small">Waiting for the rows above.</p>}
                  </td>
                  <td className="num">{row ? row.outputShape.join('×') : '—'}</td>
                  <td className="num">
                    {row ? (
                      <>
                        {numText(row.params, 0)}
                        {row.nonTrainable > 0 && <span className="muted small block">{numText(row.nonTrainable, 0)} non-trainable</span>}
                        <Working row={row} />
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {row ? (
                      <>
                        {siText(row.macs)}
                        <span className="muted small block">{siText(row.flops)} FLOPs</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {row ? (
                      <span title={`${row.inputElements} in + ${row.outputElements} out`}>
                        {bytesText((row.liveElements * activationBits) / 8)}
                        {row.inPlace && <span className="muted small block">in place</span>}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="actions-cell">
                    <button type="button" className="btn ghost icon" aria-label={`Move layer ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                      ↑
                    </button>
                    <button type="button" className="btn ghost icon" aria-label={`Move layer ${i + 1} down`} disabled={i === raw.length - 1} onClick={() => move(i, 1)}>
                      ↓
                    </button>
                    <button type="button" className="btn ghost icon" aria-label={`Remove layer ${i + 1}`} onClick={() => onChange(raw.filter((_, j) => j !== i))}>
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="row add-layer">
        <label className="sr-only" htmlFor="add-layer-type">
          Type of the layer to add
        </label>
        <select id="add-layer-type" value={addType} onChange={(e) => setAddType(e.target.value as LayerType)}>
          {typeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={() => onChange([...raw, { type: addType, args: { ...NEW_LAYER_ARGS[addType] } }])}>
          Add layer
        </button>
      </div>
    </div>
  );
}
