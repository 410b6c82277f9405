/** The answer of a question as short plain text, shared by the CSV export and the Anki back. */
import type { NatQuestion, Question } from '@/content-model/schema';
import { formatNumber } from '@/utils/format';

/** "B"; "A, C"; the NAT answer as written ("4000 ms"); empty for open questions (their model answer is separate). */
export function answerText(q: Question): string {
  if (q.type === 'mcq' || q.type === 'msq') return q.answer.join(', ');
  if (q.type === 'nat') return q.answer.display;
  return '';
}

/** What a NAT question accepts: "exactly 4,000 ms" or "3,960 to 4,040 ms". */
export function acceptedText(q: NatQuestion): string {
  const { min, max, value, unit } = q.answer;
  const range = min === max ? `exactly ${formatNumber(value)}` : `${formatNumber(min)} to ${formatNumber(max)}`;
  return unit ? `${range} ${unit}` : range;
}

/** A one-line hint under the prompt that says how to answer (nothing for a single-choice question). */
export function answerHint(q: Question): string {
  if (q.type === 'msq') return 'Select every correct option.';
  if (q.type === 'nat') return q.answer.unit ? `Numeric answer, in ${q.answer.unit}.` : 'Numeric answer.';
  if (q.type === 'open') return 'Answer in your own words.';
  return '';
}
