/**
 * A numeric answer box that shows how it reads what is typed ("Reads as 4,000 ms"), so a unit or
 * comma slip is visible before checking. Commas, 2.5e-3 and units (s, ms, KiB, MFLOPs…) are accepted.
 */
import { useId } from 'react';
import type { NatQuestion } from '@/content-model/schema';
import { readNumericAnswer } from '@/study/engine/grade';
import { formatNumber } from '@/utils/format';

interface Props {
  question: NatQuestion;
  value: string;
  onChange?: (raw: string) => void;
  locked: boolean;
  onSubmit?: () => void;
  autoFocus?: boolean;
}

export function NatInput({ question: q, value, onChange, locked, onSubmit, autoFocus = false }: Props) {
  const id = useId();
  const unit = q.answer.unit;
  const reading = value.trim() ? readNumericAnswer(value, q) : null;
  return (
    <div className="nat-input">
      <label htmlFor={id}>
        Your answer{unit ? ` (in ${unit})` : ''}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        readOnly={locked}
        autoFocus={autoFocus}
        aria-describedby={`${id}-help`}
        aria-invalid={reading !== null && !reading.ok}
        onChange={(e) => onChange?.(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && onSubmit) {
            e.preventDefault();
            onSubmit();
          }
        }}
        placeholder={unit ? `e.g. 1,234 ${unit}` : 'e.g. 5.71'}
      />
      <p id={`${id}-help`} className={`small ${reading && !reading.ok ? 'error-text' : 'muted'}`} aria-live="polite">
        {reading === null
          ? 'Commas, scientific notation (2.5e-3) and units (s, ms, KiB, MFLOPs…) are fine.'
          : reading.ok
            ? `Reads as ${formatNumber(reading.value)}${unit ? ` ${unit}` : ''}.`
            : reading.message}
      </p>
    </div>
  );
}
