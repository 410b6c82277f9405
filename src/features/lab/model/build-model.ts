/**
 * The lab's model: a small 1-D CNN for the magic-wand gestures, the shape TinyML deploys.
 *
 *   input [64, 3] → conv1 (Conv1D 8×5, ReLU) → max-pool 2 → conv2 (Conv1D 16×5, ReLU) → max-pool 2
 *   → flatten → dense1 (Dense 16, ReLU) → dense2 (Dense 4, softmax)
 *
 * 4,196 parameters (16.4 KB in float32). Initializers are seeded so a given seed always starts
 * from the same weights. Loaded in Node (training script) and in the lab's worker.
 */
import * as tf from '@tensorflow/tfjs';
import { AXES, GESTURES, WINDOW } from '../lib/gesture-data.ts';

/** The layers that hold weights, in order: the lab quantizes their kernels. */
export const WEIGHT_LAYERS = ['conv1', 'conv2', 'dense1', 'dense2'] as const;

export function buildModel(seed: number): tf.Sequential {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed * 16 + k });
  return tf.sequential({
    name: 'wand',
    layers: [
      tf.layers.conv1d({ name: 'conv1', inputShape: [WINDOW, AXES], filters: 8, kernelSize: 5, activation: 'relu', kernelInitializer: init(1) }),
      tf.layers.maxPooling1d({ name: 'pool1', poolSize: 2 }),
      tf.layers.conv1d({ name: 'conv2', filters: 16, kernelSize: 5, activation: 'relu', kernelInitializer: init(2) }),
      tf.layers.maxPooling1d({ name: 'pool2', poolSize: 2 }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({ name: 'dense1', units: 16, activation: 'relu', kernelInitializer: init(3) }),
      tf.layers.dense({ name: 'dense2', units: GESTURES.length, activation: 'softmax', kernelInitializer: init(4) }),
    ],
  });
}
