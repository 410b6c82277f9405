/** A generated dataset as tensors: x [n, WINDOW, AXES] and one-hot y [n, classes]. */
import * as tf from '@tensorflow/tfjs';
import { AXES, GESTURES, WINDOW, type Dataset } from '../lib/gesture-data.ts';

export interface DatasetTensors {
  x: tf.Tensor3D;
  y: tf.Tensor2D;
  labels: Uint8Array;
  dispose: () => void;
}

export function toTensors(d: Dataset): DatasetTensors {
  const x = tf.tensor3d(d.x, [d.n, WINDOW, AXES]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(d.labels, 'int32'), GESTURES.length).toFloat() as tf.Tensor2D);
  return { x, y, labels: d.labels, dispose: () => tf.dispose([x, y]) };
}
