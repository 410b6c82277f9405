/** The print layout form: paper, cards per page, font size, cut marks and the back-side offset. */
import { useId } from 'react';
import { CARDS_PER_PAGE, FONT_SIZES, MAX_OFFSET_MM, PAPERS, type PaperId, type PrintLayout } from '../lib/print-layout';

interface Props {
  value: PrintLayout;
  onChange: (layout: PrintLayout) => void;
}

function Offset({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  const id = useId();
  return (
    <div className="fc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={0.5}
        min={-MAX_OFFSET_MM}
        max={MAX_OFFSET_MM}
        value={value}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) onChange(Math.max(-MAX_OFFSET_MM, Math.min(MAX_OFFSET_MM, v)));
        }}
      />
    </div>
  );
}

export function PrintControls({ value, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof PrintLayout>(key: K, v: PrintLayout[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="fc-print-controls">
      <div className="fc-field">
        <label htmlFor={`${id}-paper`}>Paper</label>
        <select id={`${id}-paper`} value={value.paper} onChange={(e) => set('paper', e.target.value as PaperId)}>
          {(Object.keys(PAPERS) as PaperId[]).map((p) => (
            <option key={p} value={p}>
              {PAPERS[p].label}
            </option>
          ))}
        </select>
      </div>
      <div className="fc-field">
        <label htmlFor={`${id}-per`}>Cards per page</label>
        <select id={`${id}-per`} value={value.perPage} onChange={(e) => set('perPage', Number(e.target.value) as PrintLayout['perPage'])}>
          {CARDS_PER_PAGE.map((n) => (
            <option key={n} value={n}>
              {n} ({n / 2} rows of 2)
            </option>
          ))}
        </select>
      </div>
      <div className="fc-field">
        <label htmlFor={`${id}-font`}>Font size</label>
        <select id={`${id}-font`} value={value.fontPt} onChange={(e) => set('fontPt', Number(e.target.value))}>
          {FONT_SIZES.map((n) => (
            <option key={n} value={n}>
              {n} pt
            </option>
          ))}
        </select>
      </div>
      <label className="check fc-field">
        <input type="checkbox" checked={value.cutMarks} onChange={(e) => set('cutMarks', e.target.checked)} /> Cut marks
      </label>
      <fieldset className="fc-offset">
        <legend>Back-side offset, mm</legend>
        <p className="muted small">If the backs come out shifted, move them the other way: right and down are positive.</p>
        <div className="row">
          <Offset label="Right" value={value.offsetX} onChange={(v) => set('offsetX', v)} />
          <Offset label="Down" value={value.offsetY} onChange={(v) => set('offsetY', v)} />
        </div>
      </fieldset>
    </div>
  );
}
