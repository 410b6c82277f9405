/**
 * Messages between the lab page and its Web Worker. The worker parses every request with
 * `RequestSchema`; responses are built by the worker itself and typed by `Response`.
 */
import { z } from 'zod';
import { LayerWeightsSchema } from '@/features/lab/lib/layer-weights';
import { TrainInfoSchema } from '@/features/lab/lib/train-info';

export const BACKENDS = ['wasm', 'webgl', 'cpu'] as const;
export const BackendNameSchema = z.enum(BACKENDS);
export type BackendName = z.infer<typeof BackendNameSchema>;
export const BackendChoiceSchema = z.enum(['auto', ...BACKENDS]);
export type BackendChoice = z.infer<typeof BackendChoiceSchema>;

export const BackendInfoSchema = z.object({
  name: BackendNameSchema,
  /** "SIMD", "WebGL 2", "plain JavaScript"… */
  detail: z.string(),
  /** Backends tried before this one, with why each was passed over. */
  skipped: z.array(z.object({ name: BackendNameSchema, reason: z.string() })),
});
export type BackendInfo = z.infer<typeof BackendInfoSchema>;

const KernelSchema = z.object({ name: z.string(), kernel: z.instanceof(Float32Array) });
export type Kernel = z.infer<typeof KernelSchema>;

export const TASKS = ['load', 'train', 'evaluate', 'sweep', 'speed', 'backend'] as const;
export const TaskSchema = z.enum(TASKS);
export type Task = z.infer<typeof TaskSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('init'), backend: BackendChoiceSchema, modelUrl: z.string().url(), infoUrl: z.string().url() }),
  z.object({ type: z.literal('set-backend'), backend: BackendChoiceSchema }),
  /** Accuracy of the model with these kernels (the dequantized weights); biases stay float. */
  z.object({ type: z.literal('evaluate'), id: z.number().int(), kernels: z.array(KernelSchema) }),
  z.object({ type: z.literal('sweep'), id: z.number().int(), points: z.array(z.object({ bits: z.number().int(), kernels: z.array(KernelSchema) })) }),
  z.object({ type: z.literal('train'), epochs: z.number().int().min(1).max(60), seed: z.number().int() }),
  z.object({ type: z.literal('stop-training') }),
  z.object({ type: z.literal('speed'), n: z.number().int().positive().max(16_000_000), runs: z.number().int().min(1).max(21) }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const EvaluationSchema = z.object({
  /** Fraction of test windows classified right, 0–1. */
  accuracy: z.number(),
  /** confusion[label][predicted] = count. */
  confusion: z.array(z.array(z.number())),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const TrainProgressSchema = z.object({
  /** The backend doing the training (wasm has no convolution gradients, so training may run elsewhere). */
  backend: BackendNameSchema,
  /** Why training runs on another backend than the lab's, if it does. */
  note: z.string().optional(),
  epoch: z.number(),
  epochs: z.number(),
  loss: z.number(),
  accuracy: z.number(),
});
export type TrainProgress = z.infer<typeof TrainProgressSchema>;

export const SpeedResultSchema = z.object({
  backend: BackendNameSchema,
  n: z.number(),
  /** Median over the runs, ms. */
  tfjsMs: z.number(),
  loopMs: z.number(),
  /** Integers where tfjs and the loop disagree (0 on cpu and wasm; float32 maths on a GPU may differ on ties). */
  mismatches: z.number(),
  sqnrDb: z.number(),
});
export type SpeedResult = z.infer<typeof SpeedResultSchema>;

export const ModelSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shipped'), info: TrainInfoSchema.nullable() }),
  z.object({ kind: z.literal('retrained'), epochs: z.number(), seed: z.number(), seconds: z.number(), backend: BackendNameSchema }),
]);
export type ModelSource = z.infer<typeof ModelSourceSchema>;

export const ResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), task: TaskSchema, fraction: z.number(), label: z.string(), train: TrainProgressSchema.optional() }),
  z.object({
    type: z.literal('model'),
    backend: BackendInfoSchema,
    layers: z.array(LayerWeightsSchema),
    float: EvaluationSchema,
    testWindows: z.number(),
    source: ModelSourceSchema,
  }),
  z.object({ type: z.literal('backend'), backend: BackendInfoSchema }),
  z.object({ type: z.literal('evaluated'), id: z.number(), result: EvaluationSchema }),
  z.object({ type: z.literal('swept'), id: z.number(), points: z.array(z.object({ bits: z.number(), accuracy: z.number() })) }),
  z.object({ type: z.literal('training-stopped') }),
  z.object({ type: z.literal('speed'), result: SpeedResultSchema }),
  z.object({ type: z.literal('error'), task: TaskSchema, message: z.string() }),
]);
export type Response = z.infer<typeof ResponseSchema>;
