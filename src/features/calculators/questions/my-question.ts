/**
 * "Make a question": a calculator's current state becomes a NAT question for the user's own deck,
 * with the answer the calculator computed and a link back to the same state.
 */
import type { Difficulty, NatQuestion } from '../../../content-model/schema.ts';
import { shortHash } from '../../../utils/hash.ts';
import type { CalculatorId } from '../lib/links.ts';

export interface MyQuestionParts {
  calc: CalculatorId;
  title: string;
  prompt: string;
  explanation: string;
  calculator: string;
  answer: NatQuestion['answer'];
  topic: string;
  tags: string[];
  difficulty?: Difficulty;
}

/** The id is derived from the prompt, so the same calculation makes the same question (no duplicates). */
export function myQuestion(p: MyQuestionParts): NatQuestion {
  return {
    type: 'nat',
    id: `my-${p.calc}-${shortHash(p.prompt + p.answer.display)}`,
    label: 'My question',
    title: p.title,
    prompt: p.prompt,
    topic: p.topic,
    tags: [...p.tags, 'from-calculator'],
    difficulty: p.difficulty ?? 'medium',
    companies: [],
    explanation: p.explanation,
    calculator: p.calculator,
    source: { file: p.calculator.split('?')[0]!, line: 1 },
    answer: p.answer,
  };
}
