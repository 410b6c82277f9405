/**
 * Reference models, written as layer stacks so that every number about them is computed, not quoted.
 * The tests check the totals against published figures (MobileNetV1 1.0-224: 4.2 M parameters and
 * 569 M multiply-adds, Howard et al. 2017, Table 4).
 */
import type { LayerInput, ModelSpecInput } from './layer-config.ts';

export interface ModelPreset {
  id: string;
  name: string;
  description: string;
  /** Where the architecture comes from. */
  source: string;
  model: ModelSpecInput;
}

/**
 * MobileNetV1 as Keras builds it (keras.applications.MobileNet): a stride-2 3×3 stem, 13
 * depthwise-separable blocks, each convolution without bias and followed by batch norm, global
 * average pooling and a 1000-way classifier. Widths are scaled by α and truncated, as Keras does.
 */
export function mobileNetV1(alpha: number, resolution = 224): ModelSpecInput {
  const w = (filters: number) => Math.trunc(filters * alpha);
  const bn: LayerInput = { type: 'batchNormalization' };
  const layers: LayerInput[] = [{ type: 'conv2d', filters: w(32), kernelSize: 3, strides: 2, padding: 'same', useBias: false }, bn];
  const blocks: [number, number][] = [
    [64, 1],
    [128, 2],
    [128, 1],
    [256, 2],
    [256, 1],
    [512, 2],
    [512, 1],
    [512, 1],
    [512, 1],
    [512, 1],
    [512, 1],
    [1024, 2],
    [1024, 1],
  ];
  for (const [filters, stride] of blocks) {
    layers.push(
      { type: 'depthwiseConv2d', kernelSize: 3, strides: stride, padding: 'same', useBias: false },
      bn,
      { type: 'conv2d', filters: w(filters), kernelSize: 1, padding: 'same', useBias: false },
      bn,
    );
  }
  layers.push({ type: 'globalAveragePooling2d' }, { type: 'dropout', rate: 0.001 }, { type: 'dense', units: 1000 });
  return { inputShape: [resolution, resolution, 3], layers };
}

/**
 * A depthwise-separable keyword spotter in the style of DS-CNN-S (Zhang et al. 2017, "Hello Edge",
 * and Arm's ML-KWS-for-MCU): 49 frames × 10 MFCCs in, a 10×4 stride-2 convolution with 64
 * filters, four depthwise-separable blocks of 64 channels, global pooling and 12 classes.
 */
export function dsCnnKws(): ModelSpecInput {
  const bn: LayerInput = { type: 'batchNormalization' };
  const layers: LayerInput[] = [{ type: 'conv2d', filters: 64, kernelSize: [10, 4], strides: 2, padding: 'same', useBias: false }, bn];
  for (let i = 0; i < 4; i++) {
    layers.push(
      { type: 'depthwiseConv2d', kernelSize: 3, padding: 'same', useBias: false },
      bn,
      { type: 'conv2d', filters: 64, kernelSize: 1, useBias: false },
      bn,
    );
  }
  layers.push({ type: 'globalAveragePooling2d' }, { type: 'dense', units: 12 });
  return { inputShape: [49, 10, 1], layers };
}

/** The MNIST multilayer perceptron of every tutorial: 784 → 128 → 64 → 10, 109,386 parameters. */
export const mlpMnist = (): ModelSpecInput => ({
  inputShape: [784],
  layers: [
    { type: 'dense', units: 128, activation: 'relu' },
    { type: 'dense', units: 64, activation: 'relu' },
    { type: 'dense', units: 10, activation: 'softmax' },
  ],
});

export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    id: 'mlp-784-128-64-10',
    name: 'MLP 784→128→64→10',
    description: 'The MNIST multilayer perceptron: three dense layers.',
    source: 'The standard MNIST example (Keras and TensorFlow.js tutorials).',
    model: mlpMnist(),
  },
  {
    id: 'ds-cnn-kws',
    name: 'DS-CNN keyword spotter',
    description: '49×10 MFCCs, a 10×4 stem and four depthwise-separable blocks of 64 channels, 12 keywords.',
    source: 'Zhang et al., "Hello Edge: Keyword Spotting on Microcontrollers", 2017 (arXiv:1711.07128); github.com/ARM-software/ML-KWS-for-MCU.',
    model: dsCnnKws(),
  },
  {
    id: 'mobilenet-v1-0.25-224',
    name: 'MobileNetV1 α=0.25, 224×224',
    description: 'MobileNetV1 with a quarter of the channels.',
    source: 'Howard et al., "MobileNets", 2017 (arXiv:1704.04861), Table 6; keras.applications.MobileNet.',
    model: mobileNetV1(0.25),
  },
  {
    id: 'mobilenet-v1-1.0-224',
    name: 'MobileNetV1 α=1.0, 224×224',
    description: 'The full MobileNetV1: about 4.2 M parameters and 569 M MACs.',
    source: 'Howard et al., "MobileNets", 2017 (arXiv:1704.04861), Table 4; keras.applications.MobileNet.',
    model: mobileNetV1(1),
  },
];

export const modelPreset = (id: string): ModelPreset | undefined => MODEL_PRESETS.find((p) => p.id === id);
