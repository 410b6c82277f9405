/**
 * Options as radio buttons (MCQ) or checkboxes (MSQ), in the session's display order and lettered
 * by position, so a shuffled question still reads A, B, C. After checking, each option shows whether
 * it was right and why.
 */
import { Rich } from '@/components/ui/Rich';
import type { ChoiceQuestion } from '@/content-model/schema';

export const letterAt = (i: number): string => String.fromCharCode(65 + i);

interface Props {
  question: ChoiceQuestion;
  /** Option keys (as the bank letters them) in display order. */
  order: readonly string[];
  selected: readonly string[];
  onChange?: (keys: string[]) => void;
  /** No more changes (checked, or exam submitted). */
  locked: boolean;
  /** Show right/wrong. */
  reveal: boolean;
  /** Show each option's explanation (defaults to `reveal`; a page may bring them in a frame later). */
  explain?: boolean;
  /** Options removed by a hint. */
  eliminated?: readonly string[];
  name: string;
}

export function ChoiceInput({ question: q, order, selected, onChange, locked, reveal, explain = reveal, eliminated = [], name }: Props) {
  const multi = q.type === 'msq';
  const byKey = new Map(q.options.map((o) => [o.key, o]));
  const toggle = (key: string) => {
    if (locked || !onChange) return;
    if (!multi) onChange([key]);
    else onChange(selected.includes(key) ? selected.filter((k) => k !== key) : [...selected, key]);
  };
  return (
    <fieldset className="choices" disabled={locked}>
      <legend className="sr-only">{multi ? 'Choose all that apply' : 'Choose one'}</legend>
      {multi && !reveal && <p className="muted small choices-hint">Select every correct option.</p>}
      <ol className="options">
        {order.map((key, i) => {
          const o = byKey.get(key);
          if (!o) return null;
          const chosen = selected.includes(key);
          const right = q.answer.includes(key);
          const gone = eliminated.includes(key) && !reveal;
          const state = reveal ? (right ? 'is-correct' : chosen ? 'is-chosen-wrong' : 'is-wrong') : chosen ? 'is-chosen' : '';
          return (
            <li key={key} className={`${state}${gone ? ' is-eliminated' : ''}`}>
              <label className="option-label">
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  name={name}
                  value={key}
                  checked={chosen}
                  disabled={locked || gone}
                  onChange={() => toggle(key)}
                  aria-describedby={reveal && explain ? `${name}-why-${key}` : undefined}
                />
                <span className="option-key" aria-hidden="true">
                  {letterAt(i)}
                </span>
                <span className="option-body">
                  <span className="sr-only">{letterAt(i)}: </span>
                  <Rich md={o.text} inline />
                  {gone && <span className="muted small"> (ruled out by the hint)</span>}
                </span>
              </label>
              {reveal && explain && (
                <div className="option-note" id={`${name}-why-${key}`}>
                  <strong className="verdict">{right ? (chosen ? '✓ Correct, and you chose it' : '✓ Correct — you missed it') : chosen ? '✗ Your choice — not correct' : '✗ Not correct'}</strong>{' '}
                  {o.explanation && <Rich md={o.explanation} inline />}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
