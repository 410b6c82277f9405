import type React from 'react';
import { Rich } from '@/components/ui/Rich';
import { RubricSteps } from './RubricSteps';
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
/** Heading level of the reveal sections: 3 under a question titled with h2, 2 under an h1. */
type Level = 2 | 3;
const H = ({ level, children }: { level: Level; children: React.ReactNode }) => (level === 2 ? <h2>{children}</h2> : <h3>{children}</h3>);

export function OpenAnswer({ question: q, rubric, level = 3 }: { question: Question; rubric?: Rubric | undefined; level?: Level }) {
  if (q.type !== 'open') return null;
  return (
    <>
      <div role="group" className="reveal-block" aria-label="Model answer">
        <H level={level}>Model answer</H>
        <Rich md={q.modelAnswer} />
      </div>
      {q.keyPoints.length > 0 && (
        <div role="group" className="reveal-block" aria-label="Key points">
          <H level={level}>Key points</H>
          <ul className="key-points">
            {q.keyPoints.map((k) => (
              <li key={k}>
                <Rich md={k} inline />
              </li>
            ))}
          </ul>
        </div>
      )}
      {rubric && (
        <div role="group" className="reveal-block" aria-label={`Rubric: ${rubric.title}`}>
          <H level={level}>Rubric: {rubric.title}</H>
          <RubricSteps rubric={rubric} />
        </div>
      )}
    </>
  );
}

/** The worked solution or explanation, when the question has one. */
export function Solution({ question: q, level = 3 }: { question: Question; level?: Level }) {
  if (!q.explanation) return null;
  return (
    <div role="group" className="reveal-block solution" aria-label={q.type === 'nat' ? 'Worked solution' : 'Explanation'}>
      <H level={level}>{q.type === 'nat' ? 'Worked solution' : 'Explanation'}</H>
      <Rich md={q.explanation} />
    </div>
  );
}
