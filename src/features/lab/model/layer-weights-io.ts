/** Moving kernels between a tfjs model and the lab's plain arrays. Biases are never changed. */
import * as tf from '@tensorflow/tfjs';
import type { LayerWeights } from '../lib/layer-weights.ts';
import { WEIGHT_LAYERS } from './build-model.ts';

/** Copies of the kernels and biases of the model's weight layers. */
export function readLayerWeights(model: tf.LayersModel): LayerWeights[] {
  return WEIGHT_LAYERS.map((name) => {
    const layer = model.getLayer(name);
    const [k, b] = layer.getWeights();
    if (!k || !b) throw new Error(`layer ${name} has no kernel and bias`);
    return {
      name,
      kind: layer.getClassName() === 'Conv1D' ? 'conv1d' : 'dense',
      kernelShape: k.shape.slice(),
      kernel: Float32Array.from(k.dataSync()),
      bias: Float32Array.from(b.dataSync()),
    };
  });
}

/** Writes kernels (same shapes as the model's) into the named layers, keeping their biases. */
export function writeKernels(model: tf.LayersModel, kernels: readonly { name: string; kernel: Float32Array }[]): void {
  for (const { name, kernel } of kernels) {
    const layer = model.getLayer(name);
    const [k, b] = layer.getWeights();
    if (!k || !b) continue;
    const t = tf.tensor(kernel, k.shape);
    layer.setWeights([t, b]);
    t.dispose();
  }
}
