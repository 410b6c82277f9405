/**
 * Questions measured live: the answer is computed from the model's current weights, the user's
 * answer is checked with tolerance, and the question can join the user's deck as a NAT question.
 */
import { memo, useId, useMemo, useState } from 'react';
import { QuestionView } from '@/components/question/QuestionView';
import { Rich } from '@/components/ui/Rich';
import type { NatQuestion } from '@/content-model/schema';
import type { QuantConfig } from '@/features/lab/lib/config';
import { buildLabQuestion, checkLabAnswer, LAB_QUESTION_KINDS, LAB_QUESTION_LABEL, type AnswerCheck, type LabQuestionKind } from '@/features/lab/lib/lab-question';
import type { LayerWeights } from '@/features/lab/lib/layer-weights';

/** The recipe under which the lab's table shows the answer of each kind. */
const RECIPE: Record<LabQuestionKind, QuantConfig> = {
  'scale-symmetric': { bits: 8, scheme: 'symmetric', granularity: 'per-tensor', rounding: 'half-away', sparsity: 0 },
  'scale-asymmetric': { bits: 8, scheme: 'asymmetric', granularity: 'per-tensor', rounding: 'half-away', sparsity: 0 },
  'zero-point-asymmetric': { bits: 8, scheme: 'asymmetric', granularity: 'per-tensor', rounding: 'half-away', sparsity: 0 },
};

function Feedback({ check, question }: { check: AnswerCheck; question: NatQuestion }) {
  if (check.status === 'empty') return <p className="muted small">Type a number first, e.g. 0.0042 or 4.2e-3.</p>;
  if (check.status === 'unreadable') return <p className="lab-error small">That is not a number the checker can read: {check.message}.</p>;
  const tol = question.answer.precision.kind === 'relative' ? `within ${question.answer.precision.tolerance * 100} %` : 'exactly';
  return check.status === 'right' ? (
    <p className="lab-good-text">
      ✓ Right: {check.value} is {tol} of the lab&apos;s {question.answer.display}.
    </p>
  ) : (
    <p className="lab-bad-text">
      ✗ Not quite: {check.value} is not {tol} of the lab&apos;s value. Try again, or show the working.
    </p>
  );
}

interface Props {
  layers: LayerWeights[];
  onApplyRecipe: (c: QuantConfig) => void;
  onMakeQuestion?: ((q: NatQuestion) => void) | undefined;
}

export const LabQuestions = memo(function LabQuestions({ layers, onApplyRecipe, onMakeQuestion }: Props) {
  const id = useId();
  const [layerName, setLayerName] = useState(layers[1]?.name ?? layers[0]?.name ?? '');
  const [kind, setKind] = useState<LabQuestionKind>('scale-symmetric');
  const [text, setText] = useState('');
  const [check, setCheck] = useState<AnswerCheck | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [sent, setSent] = useState<NatQuestion | null>(null);
  const layer = layers.find((l) => l.name === layerName) ?? layers[0];
  const built = useMemo(() => (layer ? buildLabQuestion(layer, kind) : null), [layer, kind]);
  const reset = () => {
    setText('');
    setCheck(null);
    setRevealed(false);
    setSent(null);
  };

  if (!built) return null;
  if (!built.ok) {
    return (
      <section className="panel">
        <h2>Questions from the lab</h2>
        <p className="lab-error">{built.error}</p>
      </section>
    );
  }
  const q = built.value;
  const added = sent?.id === q.id;

  return (
    <section className="panel lab-questions" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Questions measured live</h2>
      <p className="muted small">
        The answer is computed from this model&apos;s weights right now (retrain it and the numbers change). Check yourself, read the value
        off the table above, or keep the question for later.
      </p>
      <div className="row">
        <div className="lab-inline-field">
          <label htmlFor={`${id}-layer`}>Layer</label>
          <select
            id={`${id}-layer`}
            value={layer?.name}
            onChange={(e) => {
              setLayerName(e.target.value);
              reset();
            }}
          >
            {layers.map((l) => (
              <option key={l.name}>{l.name}</option>
            ))}
          </select>
        </div>
        <div className="lab-inline-field">
          <label htmlFor={`${id}-kind`}>Ask for</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as LabQuestionKind);
              reset();
            }}
          >
            {LAB_QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {LAB_QUESTION_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="card lab-question" data-testid="lab-question">
        <Rich md={q.prompt} className="prompt" />
        <form
          className="row lab-answer"
          onSubmit={(e) => {
            e.preventDefault();
            setCheck(checkLabAnswer(text, q.answer));
          }}
        >
          <div className="lab-inline-field">
            <label htmlFor={`${id}-answer`}>Your answer</label>
            <input id={`${id}-answer`} type="text" inputMode="decimal" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="submit" className="btn primary">
            Check
          </button>
          <button type="button" className="btn" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? 'Hide the working' : 'Show the working'}
          </button>
          <button type="button" className="btn ghost" onClick={() => onApplyRecipe(RECIPE[kind])}>
            Set the lab to this recipe
          </button>
        </form>
        <div aria-live="polite">{check && <Feedback check={check} question={q} />}</div>
        {revealed && (
          <div className="lab-working">
            <p>
              <strong>{q.answer.display}</strong> (accepted from {Number(q.answer.min.toPrecision(4))} to {Number(q.answer.max.toPrecision(4))})
            </p>
            {q.explanation && <Rich md={q.explanation} />}
          </div>
        )}
      </div>
      <div className="row actions">
        <button
          type="button"
          className="btn"
          disabled={added}
          onClick={() => {
            onMakeQuestion?.(q);
            setSent(q);
          }}
        >
          {added ? (onMakeQuestion ? 'Added to your deck' : 'Preview below') : 'Add this question to my deck'}
        </button>
        {added && onMakeQuestion && (
          <span role="status" className="muted small">
            Saved with id <code>{q.id}</code>.
          </span>
        )}
      </div>
      {added && !onMakeQuestion && (
        <div className="lab-preview" data-testid="question-preview">
          <p className="muted small" role="status">
            The deck is not connected on this page yet. This is the question it would receive (id <code>{q.id}</code>):
          </p>
          <div className="card">
            <QuestionView question={q} revealed />
          </div>
        </div>
      )}
    </section>
  );
});
