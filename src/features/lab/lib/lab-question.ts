/**
 * Questions measured live in the lab: "what is the int8 scale of this layer's weights?" The answer
 * is computed from the very weights the lab shows, and the question is a `NatQuestion` of the
 * content model, so it can join the user's deck like any bank question.
 */
import { natRange, parseWrittenNumber } from '../../../content-model/answers.ts';
import { NatQuestionSchema, type NatAnswer, type NatQuestion, type Precision } from '../../../content-model/schema.ts';
import { shortHash } from '../../../utils/hash.ts';
import { extent } from './histogram.ts';
import { intRange } from './int-range.ts';
import type { LayerWeights } from './layer-weights.ts';
import { affineParams, symmetricParams } from './qparams.ts';
import { fail, ok, type Result } from './result.ts';
import { roundHalfAway } from './rounding.ts';

export const LAB_QUESTION_KINDS = ['scale-symmetric', 'scale-asymmetric', 'zero-point-asymmetric'] as const;
export type LabQuestionKind = (typeof LAB_QUESTION_KINDS)[number];

export const LAB_QUESTION_LABEL: Record<LabQuestionKind, string> = {
  'scale-symmetric': 'int8 scale, symmetric (TFLite weights)',
  'scale-asymmetric': 'int8 scale, asymmetric',
  'zero-point-asymmetric': 'int8 zero point, asymmetric',
};

/** Scales are accepted within 1 %; a zero point must be the exact integer. */
const SCALE_TOLERANCE: Precision = { kind: 'relative', tolerance: 0.01 };
const ZERO_POINT_TOLERANCE: Precision = { kind: 'absolute', tolerance: 0 };

/** Seven significant digits: as many as a float32 holds, so the printed numbers give the same answer. */
const sig = (x: number): string => Number(x.toPrecision(7)).toString();

const shape = (l: LayerWeights): string => l.kernelShape.join(' × ');
const KIND_NAME = { conv1d: 'Conv1D', dense: 'Dense' } as const;

interface Measured {
  value: number;
  precision: Precision;
  display: string;
  unit?: string;
  ask: string;
  working: string;
  tag: string;
}

function measure(kind: LabQuestionKind, min: number, max: number): Measured {
  const absMax = Math.max(Math.abs(min), Math.abs(max));
  if (kind === 'scale-symmetric') {
    const { scale } = symmetricParams(absMax, 127);
    return {
      value: scale,
      precision: SCALE_TOLERANCE,
      display: `scale = ${sig(scale)}`,
      ask: 'quantized to int8 **symmetric, per tensor** as TFLite stores weights (integers in $[-127, 127]$, zero point 0), what is the scale?',
      working: `$s = \\max|w| / 127 = ${sig(absMax)} / 127 = ${sig(scale)}$.`,
      tag: 'scale',
    };
  }
  const r = intRange(8, 'asymmetric');
  const p = affineParams(min, max, r, roundHalfAway);
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  const span = `s = (\\max - \\min) / 255 = (${sig(hi)} - (${sig(lo)})) / 255 = ${sig(p.scale)}`;
  if (kind === 'scale-asymmetric') {
    return {
      value: p.scale,
      precision: SCALE_TOLERANCE,
      display: `scale = ${sig(p.scale)}`,
      ask: 'quantized to int8 **asymmetric, per tensor** (integers in $[-128, 127]$, the range widened to contain 0), what is the scale?',
      working: `$${span}$.`,
      tag: 'scale',
    };
  }
  return {
    value: p.zeroPoint,
    precision: ZERO_POINT_TOLERANCE,
    display: `zero point = ${p.zeroPoint}`,
    ask: 'quantized to int8 **asymmetric, per tensor** (integers in $[-128, 127]$, the range widened to contain 0), what is the zero point?',
    working: `$${span}$, then $z = -128 - \\operatorname{round}(\\min / s) = -128 - \\operatorname{round}(${sig(lo / p.scale)}) = ${p.zeroPoint}$ (rounding half away from zero).`,
    tag: 'zero-point',
  };
}

/**
 * A NAT question about `layer`'s kernel, answered from its live weights. The result is validated
 * against `NatQuestionSchema`; a layer with no weights gives an error instead.
 */
export function buildLabQuestion(layer: LayerWeights, kind: LabQuestionKind): Result<NatQuestion> {
  if (layer.kernel.length === 0) return fail(`layer ${layer.name} has no weights to ask about`);
  const [min, max] = extent(layer.kernel);
  const m = measure(kind, min, max);
  const prompt =
    `The **${layer.name}** layer of the quantization lab's gesture model is a ${KIND_NAME[layer.kind]} layer whose kernel ` +
    `(${shape(layer)}, ${layer.kernel.length} weights) spans $[${sig(min)}, ${sig(max)}]$. If this kernel is ${m.ask}`;
  const { min: lo, max: hi } = natRange(m.value, m.precision);
  const answer: NatAnswer = { value: m.value, min: lo, max: hi, precision: m.precision, display: m.display, ...(m.unit ? { unit: m.unit } : {}) };
  const candidate = {
    id: `lab-${layer.name}-${kind}-${shortHash(prompt)}`.toLowerCase(),
    label: `Lab: ${layer.name}`,
    title: `${LAB_QUESTION_LABEL[kind]} of ${layer.name}`,
    prompt,
    topic: 'Quantization',
    tags: ['quantization', 'int8', m.tag, 'lab'],
    difficulty: 'medium',
    companies: [],
    explanation: `${m.working} Measured live in the quantization lab from the model's weights.`,
    source: { file: 'quantization-lab', line: 1 },
    type: 'nat',
    answer,
  };
  const parsed = NatQuestionSchema.safeParse(candidate);
  return parsed.success ? ok(parsed.data) : fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

export type AnswerCheck = { status: 'empty' } | { status: 'unreadable'; message: string } | { status: 'right' | 'wrong'; value: number };

/** Reads what the user typed ("0.00404", "4.04e-3", "s = 0.004") and checks it against the accepted range. */
export function checkLabAnswer(text: string, answer: Pick<NatAnswer, 'min' | 'max'>): AnswerCheck {
  if (!text.trim()) return { status: 'empty' };
  const parsed = parseWrittenNumber(text);
  if (!parsed.ok) return { status: 'unreadable', message: parsed.message };
  const v = parsed.value.value;
  return { status: v >= answer.min && v <= answer.max ? 'right' : 'wrong', value: v };
}
