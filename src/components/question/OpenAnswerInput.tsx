/**
 * An open question: write an answer, reveal the model answer, tick the key points you covered.
 * The share ticked suggests a self-rating.
 */
import { useId } from 'react';
import { Rich } from '@/components/ui/Rich';
import { RubricSteps } from './RubricSteps';
import type { OpenQuestion, Rubric } from '@/content-model/schema';

interface Props {
  question: OpenQuestion;
  text: string;
  covered: readonly number[];
  revealed: boolean;
  locked: boolean;
  onText?: (text: string) => void;
  onToggle?: (point: number) => void;
  rubric?: Rubric | undefined;
}

export function OpenAnswerInput({ question: q, text, covered, revealed, locked, onText, onToggle, rubric }: Props) {
  const id = useId();
  return (
    <div className="open-answer">
      <label htmlFor={id}>Your answer {revealed ? '' : '(write it before revealing: it is how you learn)'}</label>
      <textarea id={id} rows={revealed ? 4 : 8} value={text} readOnly={revealed || locked} onChange={(e) => onText?.(e.target.value)} />
      {revealed && (
        <>
          <div role="group" className="reveal-block" aria-label="Model answer">
            <h3>Model answer</h3>
            <Rich md={q.modelAnswer} />
          </div>
          {q.keyPoints.length > 0 && (
            <fieldset className="reveal-block key-point-check" disabled={locked}>
              <legend>Tick the key points your answer covered</legend>
              <ul>
                {q.keyPoints.map((k, i) => (
                  <li key={k}>
                    <label>
                      <input type="checkbox" checked={covered.includes(i)} onChange={() => onToggle?.(i)} />
                      <Rich md={k} inline />
                    </label>
                  </li>
                ))}
              </ul>
              <p className="muted small" aria-live="polite">
                {covered.length} of {q.keyPoints.length} covered
              </p>
            </fieldset>
          )}
          {rubric && (
            <div role="group" className="reveal-block" aria-label={`Rubric: ${rubric.title}`}>
              <h3>Also check against: {rubric.title}</h3>
              <RubricSteps rubric={rubric} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
