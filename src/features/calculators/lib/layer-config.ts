/**
 * Layer configurations, named as tfjs-layers names them (`tf.layers.conv2d({filters, kernelSize, …})`),
 * so a stack written here can be rebuilt in TensorFlow.js one to one. Defaults are tfjs's defaults.
 *
 * Every field is validated with a message that states its rule ("kernelSize must be a positive
 * integer or a pair such as 3x5, got 0"); the analysis in ./analyze-model.ts then checks the
 * rules that depend on the input shape.
 */
import { z } from 'zod';
import { show } from './checked.ts';

/** Upper bound on any size or count, so that products of a few of them stay exact in float64. */
export const MAX_DIM = 10_000_000;

const posInt = (name: string) => {
  const error = (iss: { input?: unknown }) => `${name} must be a positive integer, got ${show(iss.input)}`;
  return z
    .number({ error })
    .int({ error })
    .positive({ error })
    .max(MAX_DIM, { error: (iss) => `${name} must be at most ${MAX_DIM.toLocaleString('en-US')}, got ${show(iss.input)}` });
};

/** A size that may differ per axis: 3 means 3×3; [3, 5] means 3 rows × 5 columns. Normalised to a pair. */
const pair = (name: string) => {
  const error = (iss: { input?: unknown }) => `${name} must be a positive integer or a pair such as 3x5, got ${show(iss.input)}`;
  const one = z.number({ error }).int({ error }).positive({ error }).max(MAX_DIM, { error });
  return z.union([one, z.tuple([one, one], { error })], { error }).transform((v): [number, number] => (typeof v === 'number' ? [v, v] : v));
};

const bool = (name: string) => z.boolean({ error: (iss) => `${name} must be true or false, got ${show(iss.input)}` });

const Padding = z.enum(['same', 'valid'], { error: (iss) => `padding must be "same" or "valid", got ${show(iss.input)}` });

/** tfjs accepts an activation name on most layers; it changes neither parameters nor MACs here. */
const Activation = z.string({ error: (iss) => `activation must be a name such as relu, got ${show(iss.input)}` }).optional();

export const DenseSchema = z.object({
  type: z.literal('dense'),
  units: posInt('units'),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const Conv1dSchema = z.object({
  type: z.literal('conv1d'),
  filters: posInt('filters'),
  kernelSize: posInt('kernelSize'),
  strides: posInt('strides').default(1),
  padding: Padding.default('valid'),
  dilationRate: posInt('dilationRate').default(1),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const Conv2dSchema = z.object({
  type: z.literal('conv2d'),
  filters: posInt('filters'),
  kernelSize: pair('kernelSize'),
  strides: pair('strides').default([1, 1]),
  padding: Padding.default('valid'),
  dilationRate: pair('dilationRate').default([1, 1]),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const DepthwiseConv2dSchema = z.object({
  type: z.literal('depthwiseConv2d'),
  kernelSize: pair('kernelSize'),
  depthMultiplier: posInt('depthMultiplier').default(1),
  strides: pair('strides').default([1, 1]),
  padding: Padding.default('valid'),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const SeparableConv2dSchema = z.object({
  type: z.literal('separableConv2d'),
  filters: posInt('filters'),
  kernelSize: pair('kernelSize'),
  depthMultiplier: posInt('depthMultiplier').default(1),
  strides: pair('strides').default([1, 1]),
  padding: Padding.default('valid'),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const Conv2dTransposeSchema = z.object({
  type: z.literal('conv2dTranspose'),
  filters: posInt('filters'),
  kernelSize: pair('kernelSize'),
  strides: pair('strides').default([1, 1]),
  padding: Padding.default('valid'),
  useBias: bool('useBias').default(true),
  activation: Activation,
});

export const BatchNormalizationSchema = z.object({
  type: z.literal('batchNormalization'),
  center: bool('center').default(true),
  scale: bool('scale').default(true),
});

export const LayerNormalizationSchema = z.object({
  type: z.literal('layerNormalization'),
  center: bool('center').default(true),
  scale: bool('scale').default(true),
});

export const EmbeddingSchema = z.object({
  type: z.literal('embedding'),
  inputDim: posInt('inputDim'),
  outputDim: posInt('outputDim'),
});

const recurrent = {
  units: posInt('units'),
  returnSequences: bool('returnSequences').default(false),
  useBias: bool('useBias').default(true),
  activation: Activation,
};

export const SimpleRnnSchema = z.object({ type: z.literal('simpleRNN'), ...recurrent });
export const LstmSchema = z.object({ type: z.literal('lstm'), ...recurrent });
/**
 * resetAfter: false is the only GRU tfjs builds (it throws on true). true is Keras's TF2 default
 * (`reset_after=True`, the cuDNN variant), which adds a second bias vector of 3·units.
 */
export const GruSchema = z.object({ type: z.literal('gru'), ...recurrent, resetAfter: bool('resetAfter').default(false) });

const pooling = {
  poolSize: pair('poolSize').default([2, 2]),
  /** tfjs: strides default to poolSize. */
  strides: pair('strides').optional(),
  padding: Padding.default('valid'),
};
export const MaxPooling2dSchema = z.object({ type: z.literal('maxPooling2d'), ...pooling });
export const AveragePooling2dSchema = z.object({ type: z.literal('averagePooling2d'), ...pooling });
export const GlobalAveragePooling2dSchema = z.object({ type: z.literal('globalAveragePooling2d') });
export const FlattenSchema = z.object({ type: z.literal('flatten') });

export const ReshapeSchema = z.object({
  type: z.literal('reshape'),
  targetShape: z
    .array(posInt('targetShape'), { error: (iss) => `targetShape must be sizes such as 28x28x1, got ${show(iss.input)}` })
    .min(1, { error: 'targetShape needs at least one size' })
    .max(3, { error: 'targetShape may have at most 3 sizes' }),
});

export const DropoutSchema = z.object({
  type: z.literal('dropout'),
  rate: z
    .number({ error: (iss) => `rate must be a number in [0, 1), got ${show(iss.input)}` })
    .min(0, { error: (iss) => `rate must be in [0, 1), got ${show(iss.input)}` })
    .lt(1, { error: (iss) => `rate must be in [0, 1), got ${show(iss.input)}` }),
});

/**
 * Keras `MultiHeadAttention`, used as self-attention on a [sequence, features] input.
 * tfjs-layers has no such layer; the counts follow Keras (see ./layers/attention.ts).
 */
export const MultiHeadAttentionSchema = z.object({
  type: z.literal('multiHeadAttention'),
  numHeads: posInt('numHeads'),
  keyDim: posInt('keyDim'),
  /** Defaults to keyDim, as in Keras. */
  valueDim: posInt('valueDim').optional(),
  useBias: bool('useBias').default(true),
  /** Last dimension of the output; defaults to the input's feature size, as in Keras. */
  outputShape: posInt('outputShape').optional(),
});

export const LayerConfigSchema = z.discriminatedUnion('type', [
  DenseSchema,
  Conv1dSchema,
  Conv2dSchema,
  DepthwiseConv2dSchema,
  SeparableConv2dSchema,
  Conv2dTransposeSchema,
  BatchNormalizationSchema,
  LayerNormalizationSchema,
  EmbeddingSchema,
  SimpleRnnSchema,
  LstmSchema,
  GruSchema,
  MaxPooling2dSchema,
  AveragePooling2dSchema,
  GlobalAveragePooling2dSchema,
  FlattenSchema,
  ReshapeSchema,
  DropoutSchema,
  MultiHeadAttentionSchema,
]);

/** A validated layer, defaults filled in. */
export type LayerConfig = z.infer<typeof LayerConfigSchema>;
/** A layer as written in code or a preset: defaults may be left out. */
export type LayerInput = z.input<typeof LayerConfigSchema>;
export type LayerType = LayerConfig['type'];
export type LayerOf<T extends LayerType> = Extract<LayerConfig, { type: T }>;

export const LAYER_TYPES = LayerConfigSchema.options.map((o) => o.shape.type.value) as readonly LayerType[];

/** The option names a layer type accepts (besides `type`), in declaration order. */
export function layerFields(type: LayerType): string[] {
  const schema = LayerConfigSchema.options.find((o) => o.shape.type.value === type);
  return schema ? Object.keys(schema.shape).filter((k) => k !== 'type') : [];
}

export const InputShapeSchema = z
  .array(posInt('each input size'), { error: (iss) => `the input shape must be sizes such as 28x28x1, got ${show(iss.input)}` })
  .min(1, { error: 'the input shape needs at least one size, e.g. 784 or 28x28x1' })
  .max(3, { error: 'the input shape may have at most 3 sizes (height × width × channels)' });

/** A sequential model: an input shape (without the batch axis) and a stack of layers. */
export const ModelSpecSchema = z.object({
  inputShape: InputShapeSchema,
  layers: z.array(LayerConfigSchema).max(1000, { error: 'a model may have at most 1,000 layers here' }),
});
export type ModelSpec = z.infer<typeof ModelSpecSchema>;
export type ModelSpecInput = z.input<typeof ModelSpecSchema>;
