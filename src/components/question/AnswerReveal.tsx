import { Rich } from '@/components/ui/Rich';
import type { Question, Rubric } from '@/content-model/schema';
import { formatNumber } from '@/utils/format';

/** The correct answer of any question type, as a sentence. */
export function CorrectAnswer({ question: q }: { question: Question }) {
  if (q.type === 'mcq') return <p className="correct-answer">Correct answer: <strong>{q.answer[0]}</strong></p>;
  if (q.type === 'msq') {
    return (
      <p className="correct-answer">
        Correct answers: <strong>{q.answer.join(', ')}</strong>
        {q.answer.length === 1 && ' (only one)'}
      </p>
    );
  }
  if (q.type === 'nat') {
    const unit = q.answer.unit ? ` ${q.answer.unit}` : '';
    const exact = q.answer.min === q.answer.max;
    return (
      <p className="correct-answer">
        Answer: <strong>{q.answer.display}</strong>
        <span className="muted">
          {' '}
          · accepted {exact ? `exactly ${formatNumber(q.answer.value)}` : `${formatNumber(q.answer.min)} to ${formatNumber(q.answer.max)}`}
          {unit}
        </span>
      </p>
    );
  }
  return null;
}

/** Model answer, key points and the shared rubric of an open question. */
export function OpenAnswer({ question: q, rubric }: { question: Question; rubric?: Rubric | undefined }) {
  if (q.type !== 'open') return null;
  return (
    <>
      <section className="reveal-block" aria-label="Model answer">
        <h3>Model answer</h3>
        <Rich md={q.modelAnswer} />
      </section>
      {q.keyPoints.length > 0 && (
        <section className="reveal-block" aria-label="Key points">
          <h3>Key points</h3>
          <ul className="key-points">
            {q.keyPoints.map((k) => (
              <li key={k}>
                <Rich md={k} inline />
              </li>
            ))}
          </ul>
        </section>
      )}
      {rubric && (
        <section className="reveal-block" aria-label={`Rubric: ${rubric.title}`}>
          <h3>Rubric: {rubric.title}</h3>
          <ol className="rubric">
            {rubric.steps.map((s) => (
              <li key={s.title}>
                <strong>{s.title}</strong>
                {s.checks.length > 0 && <span className="muted"> — {s.checks.join(' · ')}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** The worked solution or explanation, when the question has one. */
export function Solution({ question: q }: { question: Question }) {
  if (!q.explanation) return null;
  return (
    <section className="reveal-block solution" aria-label={q.type === 'nat' ? 'Worked solution' : 'Explanation'}>
      <h3>{q.type === 'nat' ? 'Worked solution' : 'Explanation'}</h3>
      <Rich md={q.explanation} />
    </section>
  );
}
