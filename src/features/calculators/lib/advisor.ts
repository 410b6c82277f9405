/**
 * The optimization advisor: given a model, a device and a latency budget, it says what does not fit
 * and what would fix it, with each effect computed by the model analysis, the compression chain and
 * the roofline, not assumed.
 *
 * The usual interview answer maps "needs 4× smaller" to "int8" through fixed thresholds and multiplies
 * fixed gains ("pruning halves the size and gives 1.5× speed"). Here instead:
 *  - every suggestion is re-evaluated on this model and device, so int8 on a part without an FPU
 *    shows a large speed-up, and on a GPU with fp16 a small one;
 *  - pruning reports its index overhead and does not claim a speed-up (unstructured zeros do not
 *    make dense MCU kernels faster);
 *  - smaller inputs and narrower students are searched for the mildest setting that meets the target;
 *  - suggestions are ordered by accuracy risk, and a combined plan applies them until the target is met.
 */
import { analyzeModel, type ModelAnalysis } from './analyze-model.ts';
import { fail, ok, type Checked } from './checked.ts';
import { compressionChain } from './compression.ts';
import type { Device } from './devices.ts';
import type { ModelSpec } from './layer-config.ts';
import { scaleInput, scaleWidth, toSeparable } from './model-transforms.ts';
import { estimateOnDevice, type DeviceEstimate, type DeviceOptions, type Precision } from './on-device.ts';

export interface AdvisorInput extends DeviceOptions {
  spec: ModelSpec;
  device: Device;
  precision: Precision;
  /** Latency target, ms; none = no latency constraint. */
  latencyBudgetMs?: number;
}

export interface Snapshot {
  params: number;
  macs: number;
  weightBytes: number;
  arenaBytes: number;
  latencyMs: number;
}

export interface Meets {
  weights: boolean;
  arena: boolean;
  latency: boolean;
  all: boolean;
}

export type SuggestionId = 'int8' | 'fp16' | 'prune' | 'separable' | 'input' | 'width';

export interface Suggestion {
  id: SuggestionId;
  title: string;
  /** What exactly changes, with the chosen setting. */
  change: string;
  /** The cost in accuracy or effort, honestly stated. */
  caveat: string;
  after: Snapshot;
  meets: Meets;
  /** For 'input' and 'width': the new spec, for the user to open in the model-size calculator. */
  spec?: ModelSpec;
  precision: Precision;
}

export interface Advice {
  before: Snapshot;
  meetsBefore: Meets;
  /** What is wrong, one sentence each; empty when the model already meets the target. */
  problems: string[];
  suggestions: Suggestion[];
  /** Suggestions applied one after another until the target is met (or everything was tried). */
  plan: { steps: Suggestion[]; after: Snapshot; meets: Meets };
}

interface State {
  spec: ModelSpec;
  analysis: ModelAnalysis;
  precision: Precision;
  estimate: DeviceEstimate;
  /** Weight bytes after pruning, when pruning was applied. */
  prunedWeightBytes?: number;
  prunePercent?: number;
}

const snapshot = (s: State): Snapshot => ({
  params: s.analysis.totals.params,
  macs: s.analysis.totals.macs,
  weightBytes: s.prunedWeightBytes ?? s.estimate.weightBytes,
  arenaBytes: s.estimate.arenaBytes,
  latencyMs: s.estimate.latencyMs,
});

function meets(s: Snapshot, input: AdvisorInput, e: DeviceEstimate): Meets {
  const weights = s.weightBytes <= e.fit.weights.available;
  const arena = s.arenaBytes <= e.fit.arena.available;
  const latency = input.latencyBudgetMs === undefined || s.latencyMs <= input.latencyBudgetMs;
  return { weights, arena, latency, all: weights && arena && latency };
}

/** Analyses a candidate model on the device; a pruning already chosen is applied to its new weights. */
function evaluate(spec: ModelSpec, precision: Precision, input: AdvisorInput, prunePercent?: number): State | null {
  const analysis = analyzeModel(spec);
  if (analysis.error) return null;
  const e = estimateOnDevice(analysis, input.device, precision, input);
  if (!e.ok) return null;
  const state: State = { spec, analysis, precision, estimate: e.value };
  return prunePercent ? pruned(state, prunePercent) : state;
}

/** Weights pruned by p %, stored with a bitmask, at the state's weight precision (biases included, for simplicity). */
function pruned(s: State, prunePercent: number): State | null {
  const bits = s.precision.weightBits;
  const c = compressionChain({ params: s.analysis.totals.params, baseBits: bits, prunePercent, bits, sparse: 'bitmask' });
  return c.ok ? { ...s, prunedWeightBytes: c.value.finalBytes, prunePercent } : null;
}

const INPUT_FACTORS = [0.875, 0.75, 0.625, 0.5, 0.375, 0.25];
const WIDTHS = [0.75, 0.5, 0.35, 0.25];
const PRUNE_STEPS = [10, 20, 30, 40, 50, 60, 70, 80, 90];

type Step = (s: State, input: AdvisorInput) => { state: State; suggestion: Omit<Suggestion, 'after' | 'meets' | 'precision'> } | null;

/** The first candidate (mildest first) that meets everything, else the last (strongest) one. */
function mildest(candidates: (State | null)[], input: AdvisorInput): [State, number] | null {
  let lastValid: [State, number] | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!c) continue;
    lastValid = [c, i];
    if (meets(snapshot(c), input, c.estimate).all) return [c, i];
  }
  return lastValid;
}

const steps: Record<SuggestionId, Step> = {
  int8(s, input) {
    if (s.precision.weightBits <= 8 && s.precision.activationBits <= 8) return null;
    const state = evaluate(s.spec, { weightBits: 8, activationBits: 8, biasBits: 32 }, input, s.prunePercent);
    if (!state) return null;
    return {
      state,
      suggestion: {
        id: 'int8',
        title: 'Quantize to int8',
        change: 'Full-integer post-training quantization: int8 weights and activations, int32 biases.',
        caveat: 'Usually within 1 % of float accuracy with a representative calibration set; use quantization-aware training if not.',
      },
    };
  },
  fp16(s, input) {
    if (s.precision.weightBits <= 16 || input.device.fpu !== 'fp16+fp32') return null;
    const state = evaluate(s.spec, { weightBits: 16, activationBits: 16 }, input, s.prunePercent);
    if (!state) return null;
    return {
      state,
      suggestion: { id: 'fp16', title: 'Run in float16', change: 'Weights and activations in fp16 on the GPU.', caveat: 'Accuracy is practically unchanged.' },
    };
  },
  separable(s, input) {
    const spec = toSeparable(s.spec);
    const state = spec && evaluate(spec, s.precision, input, s.prunePercent);
    if (!state) return null;
    return {
      state,
      suggestion: {
        id: 'separable',
        title: 'Use depthwise-separable convolutions',
        change: 'Every k×k conv2d after the stem becomes a depthwise k×k + pointwise 1×1 (separableConv2d).',
        caveat: 'Needs retraining; MobileNet lost about 1 % ImageNet accuracy for an 8–9× cut in work.',
        spec,
      },
    };
  },
  input(s, input) {
    const candidates = INPUT_FACTORS.map((f) => {
      const spec = scaleInput(s.spec, f);
      return spec ? evaluate(spec, s.precision, input, s.prunePercent) : null;
    });
    const best = mildest(candidates, input);
    if (!best) return null;
    const [state, i] = best;
    return {
      state,
      suggestion: {
        id: 'input',
        title: 'Use a smaller input',
        change: `Input ${s.spec.inputShape.join('×')} → ${state.spec.inputShape.join('×')} (× ${INPUT_FACTORS[i]} per side).`,
        caveat: 'Needs retraining at the new size; small objects and fine detail suffer first.',
        spec: state.spec,
      },
    };
  },
  width(s, input) {
    const candidates = WIDTHS.map((a) => evaluate(scaleWidth(s.spec, a), s.precision, input, s.prunePercent));
    const best = mildest(candidates, input);
    if (!best) return null;
    const [state, i] = best;
    return {
      state,
      suggestion: {
        id: 'width',
        title: 'Distill into a narrower student',
        change: `Width multiplier α = ${WIDTHS[i]}: every hidden layer keeps ${Math.round(WIDTHS[i]! * 100)} % of its filters or units; train it with the current model as teacher.`,
        caveat: 'Costs a training run; distillation recovers part of the accuracy a narrower model loses.',
        spec: state.spec,
      },
    };
  },
  prune(s, input) {
    const candidates = PRUNE_STEPS.map((p) => pruned(s, p));
    const best = mildest(candidates, input);
    if (!best) return null;
    const [state] = best;
    return {
      state,
      suggestion: {
        id: 'prune',
        title: 'Prune weights',
        change: `Magnitude pruning of ${state.prunePercent} % of the weights, stored sparse with a 1-bit-per-weight mask.`,
        caveat: 'Saves storage only: unstructured zeros do not speed up dense kernels or shrink the arena. Fine-tune after pruning.',
      },
    };
  },
};

/** Ordered by accuracy risk: precision first, then architecture, then capacity. */
const ORDER: SuggestionId[] = ['int8', 'fp16', 'separable', 'prune', 'input', 'width'];

/** True when `after` is smaller on at least one of the measures that miss the target. */
function helps(before: Snapshot, m: Meets, after: Snapshot): boolean {
  return (!m.weights && after.weightBytes < before.weightBytes) || (!m.arena && after.arenaBytes < before.arenaBytes) || (!m.latency && after.latencyMs < before.latencyMs);
}

function problemsOf(m: Meets, s: Snapshot, input: AdvisorInput, e: DeviceEstimate): string[] {
  const kib = (b: number) => `${(b / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KiB`;
  const out: string[] = [];
  if (!m.weights) out.push(`The weights (${kib(s.weightBytes)}) do not fit the ${kib(e.fit.weights.available)} of ${input.device.storageLabel} available.`);
  if (!m.arena) out.push(`The tensor arena (${kib(s.arenaBytes)}) does not fit the ${kib(e.fit.arena.available)} of ${input.device.ramLabel} available.`);
  if (!m.latency) out.push(`The estimated latency (${s.latencyMs.toFixed(1)} ms) is over the ${input.latencyBudgetMs} ms budget.`);
  return out;
}

/**
 * Baseline → problems → one suggestion per technique (each evaluated alone on the baseline) →
 * a plan that applies them in ORDER, keeping a step only while the target is still missed.
 */
export function adviseOptimizations(input: AdvisorInput): Checked<Advice> {
  const analysis = analyzeModel(input.spec);
  if (analysis.error) return fail(analysis.error.message);
  const notes: string[] = [];
  const base = estimateOnDevice(analysis, input.device, input.precision, input);
  let state: State;
  if (base.ok) {
    state = { spec: input.spec, analysis, precision: input.precision, estimate: base.value };
  } else {
    // A device that cannot run this precision at all (the Edge TPU with float weights): int8 is not a
    // suggestion there but the starting point.
    const int8 = evaluate(input.spec, { weightBits: 8, activationBits: 8, biasBits: 32 }, input);
    if (!int8) return fail(base.error);
    state = int8;
    notes.push(`${input.device.name} runs int8 models only, so the model is assessed after int8 quantization.`);
  }
  const before = snapshot(state);
  const meetsBefore = meets(before, input, state.estimate);
  const toSuggestion = (r: NonNullable<ReturnType<Step>>): Suggestion => {
    const after = snapshot(r.state);
    return { ...r.suggestion, after, meets: meets(after, input, r.state.estimate), precision: r.state.precision };
  };
  const suggestions = ORDER.map((id) => steps[id](state, input))
    .filter((r): r is NonNullable<typeof r> => r !== null)
    .map(toSuggestion)
    .filter((s) => s.id !== 'prune' || !meetsBefore.weights);

  const planSteps: Suggestion[] = [];
  let current = state;
  if (!meetsBefore.all) {
    for (const id of ORDER) {
      const now = snapshot(current);
      const m = meets(now, input, current.estimate);
      if (m.all) break;
      const r = steps[id](current, input);
      // A step joins the plan only if it shrinks something that still misses the target.
      if (!r || !helps(now, m, snapshot(r.state))) continue;
      current = r.state;
      planSteps.push(toSuggestion(r));
    }
  }
  const planAfter = snapshot(current);
  return ok({
    before,
    meetsBefore,
    problems: [...notes, ...problemsOf(meetsBefore, before, input, state.estimate)],
    suggestions,
    plan: { steps: planSteps, after: planAfter, meets: meets(planAfter, input, current.estimate) },
  });
}
