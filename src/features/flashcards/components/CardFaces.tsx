/**
 * What a flashcard shows. Front: the prompt, how to answer, and the options lettered A, B, C….
 * Back: the answer, why each option is right or wrong, the worked solution, model answer and key
 * points. The study deck and the printed cards use the same pieces; print has a compact back.
 */
import { CorrectAnswer, OpenAnswer, Solution } from '@/components/question/AnswerReveal';
import { OptionList } from '@/components/question/QuestionView';
import { Rich } from '@/components/ui/Rich';
import type { Question } from '@/content-model/schema';
import { answerHint } from '../lib/answer-text';

export function CardFront({ question: q }: { question: Question }) {
  const hint = answerHint(q);
  return (
    <>
      <Rich md={q.prompt} className="prompt" />
      {hint && <p className="fc-hint">{hint}</p>}
      <OptionList question={q} revealed={false} />
    </>
  );
}

/** The study back: the options again, marked right or wrong with their explanations. */
export function CardBack({ question: q }: { question: Question }) {
  return (
    <>
      <CorrectAnswer question={q} />
      <OptionList question={q} revealed />
      <OpenAnswer question={q} />
      <Solution question={q} />
    </>
  );
}

/** The printed back: the answer with its option text, then one line per option explanation. */
export function PrintBack({ question: q }: { question: Question }) {
  if (q.type !== 'mcq' && q.type !== 'msq') {
    return (
      <>
        <CorrectAnswer question={q} />
        <OpenAnswer question={q} />
        <Solution question={q} />
      </>
    );
  }
  const notes = q.options.filter((o) => o.explanation);
  return (
    <>
      <div className="fc-answer">
        <strong>{q.answer.length > 1 ? 'Answers:' : 'Answer:'}</strong>
        <ul>
          {q.options
            .filter((o) => q.answer.includes(o.key))
            .map((o) => (
              <li key={o.key}>
                <strong>{o.key}</strong> <Rich md={o.text} inline />
              </li>
            ))}
        </ul>
      </div>
      {notes.length > 0 && (
        <ul className="fc-notes" aria-label="Why each option is right or wrong">
          {notes.map((o) => (
            <li key={o.key}>
              <strong>
                {o.key} {q.answer.includes(o.key) ? '✓' : '✗'}
              </strong>{' '}
              <Rich md={o.explanation!} inline />
            </li>
          ))}
        </ul>
      )}
      <Solution question={q} />
    </>
  );
}
