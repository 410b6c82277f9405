/**
 * "Make a question": turns the calculator's state into a NAT question. With an `onMakeQuestion`
 * handler (the app wires it to the user's deck) the question is handed over; without one it is shown
 * here as a preview, answer included, so nothing is lost.
 */
import { useState, type ReactNode } from 'react';
import { QuestionView } from '@/components/question/QuestionView';
import { NatQuestionSchema, type NatQuestion } from '@/content-model/schema';

interface Props {
  /** Builds the question from the current state; null when the state has errors. */
  build: () => NatQuestion | null;
  onMakeQuestion?: ((question: NatQuestion) => void) | undefined;
  /** Extra controls, such as what to ask for. */
  children?: ReactNode;
}

export function MakeQuestion({ build, onMakeQuestion, children }: Props) {
  const [made, setMade] = useState<NatQuestion | null>(null);
  const [message, setMessage] = useState('');
  const [revealed, setRevealed] = useState(false);
  const make = () => {
    const q = build();
    if (!q) {
      setMade(null);
      setMessage('Fix the inputs marked above first: a question needs a valid calculation.');
      return;
    }
    const checked = NatQuestionSchema.safeParse(q);
    if (!checked.success) {
      setMade(null);
      setMessage(`The question could not be built: ${checked.error.issues[0]?.message ?? 'invalid'}.`);
      return;
    }
    setRevealed(false);
    if (onMakeQuestion) {
      onMakeQuestion(checked.data);
      setMade(checked.data);
      setMessage('Added to your deck.');
    } else {
      setMade(checked.data);
      setMessage('Here is your question. (Saving to a deck becomes available when the deck is connected.)');
    }
  };
  return (
    <section className="panel calc-make-question" aria-labelledby="make-question-title">
      <h2 id="make-question-title">Make a question</h2>
      <p className="muted small">Turn this calculation into a numeric (NAT) question with its worked solution and a link back here.</p>
      <div className="row">
        {children}
        <button type="button" className="btn primary" onClick={make}>
          Make a question
        </button>
      </div>
      <p className="small" role="status" aria-live="polite">
        {message}
      </p>
      {made && (
        <div className="card calc-question-preview">
          <p className="muted small">
            Preview · id <code>{made.id}</code>
          </p>
          <QuestionView question={made} revealed={revealed} />
          <button type="button" className="btn" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide the answer' : 'Show the answer'}
          </button>
        </div>
      )}
    </section>
  );
}
