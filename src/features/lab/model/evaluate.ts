/** Test accuracy of a model: the share of windows whose highest-scoring class is the label. */
import * as tf from '@tensorflow/tfjs';

export interface Evaluation {
  /** Fraction correct, 0–1. */
  accuracy: number;
  /** confusion[label][predicted] = count. */
  confusion: number[][];
}

export async function evaluate(model: tf.LayersModel, x: tf.Tensor, labels: Uint8Array, classes: number): Promise<Evaluation> {
  const predicted = tf.tidy(() => (model.predict(x, { batchSize: 256 }) as tf.Tensor).argMax(-1));
  const guesses = await predicted.data();
  predicted.dispose();
  const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  let right = 0;
  for (let i = 0; i < labels.length; i++) {
    const g = guesses[i]!;
    confusion[labels[i]!]![g]!++;
    if (g === labels[i]) right++;
  }
  return { accuracy: labels.length ? right / labels.length : 0, confusion };
}
