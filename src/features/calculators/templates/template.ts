/**
 * Parametric questions: a template draws fresh numbers from a seed on every attempt and computes its
 * answer with the calculator functions. The question keeps the template's id, so progress (and spaced
 * repetition) accrues to the template, not to one set of numbers.
 */
import { natRange } from '../../../content-model/answers.ts';
import type { Difficulty, NatQuestion, Precision } from '../../../content-model/schema.ts';
import { numText } from '../lib/tex.ts';

export interface QuestionTemplate {
  id: string;
  title: string;
  topic: string;
  difficulty: Difficulty;
  tags: string[];
  /** The same seed always gives the same question. */
  instantiate(seed: number): NatQuestion;
}

export interface Body {
  prompt: string;
  explanation: string;
  calculator?: string;
}

/**
 * How close an answer must be. `decimals` accepts the value as rounded ± half a unit in the last
 * place (the rounded value is the one shown); `relative` accepts ± that fraction.
 */
export type Accept = { decimals: number } | { relative: number };

export function natAnswer(value: number, accept: Accept, unit?: string): NatQuestion['answer'] {
  let shown = value;
  let precision: Precision;
  if ('decimals' in accept) {
    shown = Number(value.toFixed(accept.decimals));
    precision = { kind: 'decimals', decimals: accept.decimals };
  } else {
    precision = { kind: 'relative', tolerance: accept.relative };
  }
  const { min, max } = natRange(shown, precision);
  const digits = 'decimals' in accept ? accept.decimals : 3;
  const display = `${numText(shown, digits)}${unit ? ` ${unit}` : ''}`;
  // The exact value must be accepted too, and float noise must not reject an answer that sits exactly on a
  // rounding boundary (3.125 at two decimals), so the bounds get a relative slack of 1e-12 (float noise is ~1e-16,
  // and 1e-12 stays invisible in the 10 significant digits the app displays).
  const slack = Math.max(Math.abs(value), Math.abs(shown)) * 1e-12;
  return { value: shown, min: Math.min(min, value) - slack, max: Math.max(max, value) + slack, ...(unit ? { unit } : {}), precision, display };
}

/** Builds the question for a template from its prompt, answer and worked solution. */
export function natQuestion(t: Omit<QuestionTemplate, 'instantiate'>, body: Body, answer: NatQuestion['answer']): NatQuestion {
  return {
    type: 'nat',
    id: t.id,
    label: 'Parametric',
    title: t.title,
    prompt: body.prompt,
    topic: t.topic,
    tags: [...t.tags, 'parametric'],
    difficulty: t.difficulty,
    companies: [],
    explanation: body.explanation,
    ...(body.calculator ? { calculator: body.calculator } : {}),
    source: { file: `src/features/calculators/templates/${t.id.replace(/^param-/, '')}.ts`, line: 1 },
    answer,
  };
}

/** Defines a template from its metadata and a function of the seed. */
export function defineTemplate(meta: Omit<QuestionTemplate, 'instantiate'>, make: (seed: number) => { body: Body; answer: NatQuestion['answer'] }): QuestionTemplate {
  return {
    ...meta,
    instantiate(seed) {
      const { body, answer } = make(seed);
      return natQuestion(meta, body, answer);
    },
  };
}
