/**
 * Training with a seeded batch order, so a seed gives the same run (up to a backend's float
 * rounding). tfjs's own `fit({ shuffle: true })` draws from Math.random, hence this loop.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng, shuffled } from '../../../utils/random.ts';
import { GESTURES, type Dataset } from '../lib/gesture-data.ts';
import { buildModel } from './build-model.ts';
import { toTensors } from './dataset-tensors.ts';
import { evaluate } from './evaluate.ts';

export interface TrainOptions {
  epochs: number;
  seed: number;
  batchSize?: number;
  /** Adam's learning rate. */
  learningRate?: number;
  /** Called after every batch; returning a promise lets the caller yield (e.g. to post a message). */
  onBatch?: (p: TrainProgress) => void | Promise<void>;
}

export interface TrainProgress {
  epoch: number;
  epochs: number;
  batch: number;
  batches: number;
  /** Fraction of all batches done, 0–1. */
  fraction: number;
  /** Mean loss and accuracy over the epoch so far. */
  loss: number;
  accuracy: number;
}

export interface TrainResult {
  model: tf.Sequential;
  /** Per epoch: mean training loss and accuracy. */
  history: { loss: number; accuracy: number }[];
  testAccuracy: number;
}

export const DEFAULTS = { epochs: 20, batchSize: 32, learningRate: 0.004 } as const;

export function compiled(seed: number, learningRate: number): tf.Sequential {
  const model = buildModel(seed);
  model.compile({ optimizer: tf.train.adam(learningRate), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

export async function train(trainSet: Dataset, testSet: Dataset, opts: TrainOptions): Promise<TrainResult> {
  const batchSize = opts.batchSize ?? DEFAULTS.batchSize;
  const model = compiled(opts.seed, opts.learningRate ?? DEFAULTS.learningRate);
  const data = toTensors(trainSet);
  const test = toTensors(testSet);
  const rng = createRng(opts.seed);
  const batches = Math.ceil(trainSet.n / batchSize);
  const history: TrainResult['history'] = [];
  try {
    for (let epoch = 0; epoch < opts.epochs; epoch++) {
      const order = shuffled(rng, Array.from({ length: trainSet.n }, (_, i) => i));
      let lossSum = 0;
      let accSum = 0;
      for (let b = 0; b < batches; b++) {
        const idx = tf.tensor1d(order.slice(b * batchSize, (b + 1) * batchSize), 'int32');
        const xb = tf.gather(data.x, idx);
        const yb = tf.gather(data.y, idx);
        const [loss, acc] = (await model.trainOnBatch(xb, yb)) as number[];
        tf.dispose([idx, xb, yb]);
        lossSum += loss!;
        accSum += acc!;
        await opts.onBatch?.({
          epoch: epoch + 1,
          epochs: opts.epochs,
          batch: b + 1,
          batches,
          fraction: (epoch * batches + b + 1) / (opts.epochs * batches),
          loss: lossSum / (b + 1),
          accuracy: accSum / (b + 1),
        });
      }
      history.push({ loss: lossSum / batches, accuracy: accSum / batches });
    }
    const { accuracy } = await evaluate(model, test.x, test.labels, GESTURES.length);
    return { model, history, testAccuracy: accuracy };
  } catch (e) {
    // Stopped or failed: the half-trained model is nobody's.
    model.dispose();
    throw e;
  } finally {
    data.dispose();
    test.dispose();
  }
}
