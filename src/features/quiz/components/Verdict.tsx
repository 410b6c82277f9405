/** The first line of feedback: right or not, and the slip it looks like. */
import { letterAt } from '@/components/question/ChoiceInput';
import type { Question } from '@/content-model/schema';
import type { GradeResult } from '@/study/engine/grade';
import { formatNumber } from '@/utils/format';

/** The correct answer in the learner's display lettering. */
export function correctText(q: Question, order: readonly string[]): string {
  if (q.type === 'mcq' || q.type === 'msq') {
    return q.answer
      .map((k) => letterAt(order.indexOf(k)))
      .sort()
      .join(', ');
  }
  if (q.type === 'nat') {
    const { min, max, unit, display } = q.answer;
    return `${display}${min === max ? '' : ` (accepted ${formatNumber(min)} to ${formatNumber(max)}${unit ? ` ${unit}` : ''})`}`;
  }
  return '';
}

export function Verdict({ result, question, order }: { result: GradeResult; question: Question; order: readonly string[] }) {
  if (result.status === 'self') return null;
  const right = result.status === 'correct';
  return (
    <div className={`verdict-banner ${right ? 'good' : 'bad'}`} role="status">
      <strong>{right ? '✓ Correct' : '✗ Not quite'}</strong>
      {!right && result.status === 'wrong' && result.slip && <span> — {result.slip}</span>}
      {!right && <span className="verdict-answer"> The answer is {correctText(question, order)}.</span>}
      {right && question.type === 'nat' && result.value !== undefined && (
        <span className="muted"> ({formatNumber(result.value)}{question.answer.unit ? ` ${question.answer.unit}` : ''})</span>
      )}
    </div>
  );
}
