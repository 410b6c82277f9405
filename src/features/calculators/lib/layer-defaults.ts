/**
 * What a new row of the layer table starts with, per layer type, and what an empty option means
 * (tfjs's default), as the table shows it.
 */
import type { LayerType } from './layer-config.ts';

/** Required options get a sensible starting value; optional ones are left to tfjs's defaults. */
export const NEW_LAYER_ARGS: Record<LayerType, Record<string, string>> = {
  dense: { units: '10' },
  conv1d: { filters: '16', kernelSize: '3', padding: 'same' },
  conv2d: { filters: '16', kernelSize: '3', padding: 'same' },
  depthwiseConv2d: { kernelSize: '3', padding: 'same' },
  separableConv2d: { filters: '32', kernelSize: '3', padding: 'same' },
  conv2dTranspose: { filters: '16', kernelSize: '3', strides: '2', padding: 'same' },
  batchNormalization: {},
  layerNormalization: {},
  embedding: { inputDim: '1000', outputDim: '16' },
  simpleRNN: { units: '32' },
  lstm: { units: '32' },
  gru: { units: '32' },
  maxPooling2d: {},
  averagePooling2d: {},
  globalAveragePooling2d: {},
  flatten: {},
  reshape: { targetShape: '28x28x1' },
  dropout: { rate: '0.2' },
  multiHeadAttention: { numHeads: '2', keyDim: '16' },
};

/** How an option is edited: a number, a size that may be a pair (3 or 3x5), a switch, or a choice. */
export type OptionKind = 'int' | 'pair' | 'shape' | 'bool' | 'padding' | 'rate' | 'text';

export const OPTION_KIND: Record<string, OptionKind> = {
  units: 'int',
  filters: 'int',
  kernelSize: 'pair',
  strides: 'pair',
  poolSize: 'pair',
  dilationRate: 'pair',
  depthMultiplier: 'int',
  inputDim: 'int',
  outputDim: 'int',
  numHeads: 'int',
  keyDim: 'int',
  valueDim: 'int',
  outputShape: 'int',
  targetShape: 'shape',
  padding: 'padding',
  useBias: 'bool',
  returnSequences: 'bool',
  resetAfter: 'bool',
  center: 'bool',
  scale: 'bool',
  rate: 'rate',
  activation: 'text',
};

/** The default an empty option stands for (tfjs's), as text; '' for required options. */
export function optionDefault(type: LayerType, option: string): string {
  if (option === 'strides' && (type === 'maxPooling2d' || type === 'averagePooling2d')) return 'poolSize';
  if (option === 'valueDim') return 'keyDim';
  if (option === 'outputShape') return 'input';
  const defaults: Record<string, string> = {
    strides: '1',
    padding: 'valid',
    dilationRate: '1',
    depthMultiplier: '1',
    useBias: 'true',
    returnSequences: 'false',
    resetAfter: 'false',
    center: 'true',
    scale: 'true',
    poolSize: '2',
  };
  return defaults[option] ?? '';
}

/** Plain-language labels for the table. */
export const LAYER_LABELS: Record<LayerType, string> = {
  dense: 'Dense',
  conv1d: 'Conv1D',
  conv2d: 'Conv2D',
  depthwiseConv2d: 'DepthwiseConv2D',
  separableConv2d: 'SeparableConv2D',
  conv2dTranspose: 'Conv2DTranspose',
  batchNormalization: 'BatchNormalization',
  layerNormalization: 'LayerNormalization',
  embedding: 'Embedding',
  simpleRNN: 'SimpleRNN',
  lstm: 'LSTM',
  gru: 'GRU',
  maxPooling2d: 'MaxPooling2D',
  averagePooling2d: 'AveragePooling2D',
  globalAveragePooling2d: 'GlobalAveragePooling2D',
  flatten: 'Flatten',
  reshape: 'Reshape',
  dropout: 'Dropout',
  multiHeadAttention: 'MultiHeadAttention (Keras)',
};
