/** A labelled progress bar: the native <progress> (announced by screen readers) with its label and percentage. */
export function ProgressBar({ fraction, label, id }: { fraction: number | null; label: string; id: string }) {
  const f = fraction === null ? null : Math.min(1, Math.max(0, fraction));
  return (
    <div className="lab-progress">
      <div className="lab-progress-text">
        <label htmlFor={id}>{label}</label>
        {f !== null && <span className="muted">{Math.round(f * 100)} %</span>}
      </div>
      {f === null ? <progress id={id} /> : <progress id={id} max={1} value={f} />}
    </div>
  );
}
