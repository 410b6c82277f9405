/**
 * A question, read-only: the prompt, its options, and — once revealed — the answer,
 * why each option is right or wrong, and the worked solution. Practice and exams build
 * their interactive versions from the same parts.
 */
import { Link } from 'wouter';
import { Rich } from '@/components/ui/Rich';
import type { Question, Rubric } from '@/content-model/schema';
import { CorrectAnswer, OpenAnswer, Solution } from './AnswerReveal';

export function OptionList({ question: q, revealed }: { question: Question; revealed: boolean }) {
  if (q.type !== 'mcq' && q.type !== 'msq') return null;
  return (
    <ol className="options read-only" aria-label="Options">
      {q.options.map((o) => {
        const correct = q.answer.includes(o.key);
        return (
          <li key={o.key} className={revealed ? (correct ? 'is-correct' : 'is-wrong') : undefined}>
            <span className="option-key" aria-hidden="true">
              {o.key}
            </span>
            <div className="option-body">
              <span className="sr-only">Option {o.key}: </span>
              <Rich md={o.text} inline />
              {revealed && (
                <div className="option-note">
                  <strong className="verdict">{correct ? '✓ Correct' : '✗ Not correct'}</strong>
                  {o.explanation && <Rich md={o.explanation} inline />}
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

interface Props {
  question: Question;
  revealed: boolean;
  rubric?: Rubric | undefined;
  /** Level of the reveal's headings: 2 when the question's title is the page's h1. */
  level?: 2 | 3;
}

export function QuestionView({ question: q, revealed, rubric, level = 3 }: Props) {
  return (
    <div className="question-view">
      <Rich md={q.prompt} className="prompt" />
      <OptionList question={q} revealed={revealed} />
      {q.type === 'nat' && !revealed && (
        <p className="muted">A numeric answer{q.answer.unit ? `, in ${q.answer.unit}` : ''}.</p>
      )}
      {q.calculator && (
        <p className="small">
          <Link href={q.calculator}>Open in calculator →</Link>
        </p>
      )}
      {revealed && (
        <div className="reveal" aria-live="polite">
          <CorrectAnswer question={q} />
          <OpenAnswer question={q} rubric={rubric} level={level} />
          <Solution question={q} level={level} />
        </div>
      )}
    </div>
  );
}
