/// <reference lib="webworker" />
/**
 * The lab's worker: everything tfjs does (choosing a backend, loading or training the model,
 * measuring accuracy with given kernels, the speed check) runs here, off the main thread.
 * Work on the loaded model is serialised in a queue; training uses its own model, so accuracy can
 * still be measured between training batches.
 */
import * as tf from '@tensorflow/tfjs';
import { generateGestures, GESTURES, SPLITS } from '@/features/lab/lib/gesture-data';
import { TrainInfoSchema, type TrainInfo } from '@/features/lab/lib/train-info';
import { toTensors, type DatasetTensors } from '@/features/lab/model/dataset-tensors';
import { evaluate } from '@/features/lab/model/evaluate';
import { readLayerWeights, writeKernels } from '@/features/lab/model/layer-weights-io';
import { train } from '@/features/lab/model/train';
import { selectBackend, trainingBackend } from './backend';
import { RequestSchema, type BackendInfo, type BackendName, type ModelSource, type Request, type Response, type Task } from './protocol';
import { speedCheck } from './speed';

declare const self: DedicatedWorkerGlobalScope;

const post = (r: Response, transfer: Transferable[] = []) => self.postMessage(r, transfer);
const progress = (task: Task, fraction: number, label: string, extra: Partial<Extract<Response, { type: 'progress' }>> = {}) =>
  post({ type: 'progress', task, fraction, label, ...extra });
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

let model: tf.LayersModel | null = null;
let test: DatasetTensors | null = null;
let backend: BackendInfo | null = null;
/** Set while training; `stop` asks the loop to end after the current batch. */
let training: { stop: boolean } | null = null;

class Stopped extends Error {}

/**
 * Lets queued messages run. On the cpu backend a training step resolves in microtasks only, so
 * without this a whole training run would starve onmessage: no accuracy requests, no stop.
 */
const channel = new MessageChannel();
const yieldToEvents = (): Promise<void> =>
  new Promise((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

let queue: Promise<void> = Promise.resolve();
/** Runs `fn` after everything queued before it; a failure is reported, and the queue goes on. */
function enqueue(task: Task, fn: () => Promise<void>): void {
  queue = queue.then(fn).catch((e: unknown) => post({ type: 'error', task, message: message(e) }));
}

function ready(): { model: tf.LayersModel; test: DatasetTensors; backend: BackendInfo } {
  if (!model || !test || !backend) throw new Error('the model is not loaded yet');
  return { model, test, backend };
}

/** Sends the current model's float weights and accuracy to the page. */
async function announce(source: ModelSource): Promise<void> {
  const r = ready();
  const layers = readLayerWeights(r.model);
  const float = await evaluate(r.model, r.test.x, r.test.labels, GESTURES.length);
  post({ type: 'model', backend: r.backend, layers, float, testWindows: r.test.labels.length, source }, layers.flatMap((l) => [l.kernel.buffer, l.bias.buffer]));
}

async function loadInfo(url: string): Promise<TrainInfo | null> {
  try {
    const res = await fetch(url);
    const parsed = TrainInfoSchema.safeParse(res.ok ? await res.json() : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function init(req: Extract<Request, { type: 'init' }>): Promise<void> {
  progress('load', 0.02, 'Choosing a tfjs backend…');
  backend = await selectBackend(req.backend);
  progress('load', 0.2, `Loading the model on ${backend.name}…`);
  model = await tf.loadLayersModel(req.modelUrl, { onProgress: (f) => progress('load', 0.2 + 0.5 * f, 'Loading the weights…') });
  const info = await loadInfo(req.infoUrl);
  progress('load', 0.75, 'Generating the test windows…');
  test = toTensors(generateGestures(SPLITS.test.n, SPLITS.test.seed));
  progress('load', 0.9, 'Measuring the float accuracy…');
  await announce({ kind: 'shipped', info });
  progress('load', 1, 'Ready');
}

/** Back to the lab's backend after training elsewhere. */
async function restore(name: BackendName): Promise<void> {
  if (tf.getBackend() !== name) await tf.setBackend(name);
}

async function retrain(req: Extract<Request, { type: 'train' }>): Promise<void> {
  if (training) throw new Error('the model is already training');
  const { backend: b } = ready();
  const run = { stop: false };
  training = run;
  const started = performance.now();
  // Accuracy requests that arrive while training run on the training backend too; tfjs moves the model's data lazily.
  const on = await trainingBackend(b.name);
  try {
    progress('train', 0, 'Generating the training windows…', { train: { backend: on.name, note: on.note, epoch: 0, epochs: req.epochs, loss: NaN, accuracy: NaN } });
    const trainSet = generateGestures(SPLITS.train.n, SPLITS.train.seed);
    let lastPost = 0;
    const result = await train(trainSet, generateGestures(SPLITS.test.n, SPLITS.test.seed), {
      epochs: req.epochs,
      seed: req.seed,
      onBatch: async (p) => {
        await yieldToEvents();
        if (run.stop) throw new Stopped('stopped');
        const now = performance.now();
        // At most ~10 updates a second, and always at the end of an epoch.
        if (now - lastPost > 100 || p.batch === p.batches) {
          lastPost = now;
          progress('train', p.fraction, `epoch ${p.epoch} of ${p.epochs} on ${on.name}`, {
            train: { backend: on.name, note: on.note, epoch: p.epoch, epochs: p.epochs, loss: p.loss, accuracy: p.accuracy },
          });
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    enqueue('train', async () => {
      model?.dispose();
      model = result.model;
      await restore(b.name);
      await announce({ kind: 'retrained', epochs: req.epochs, seed: req.seed, seconds, backend: on.name });
    });
  } catch (e) {
    enqueue('train', () => restore(b.name));
    if (e instanceof Stopped) post({ type: 'training-stopped' });
    else throw e;
  } finally {
    training = null;
  }
}

function handle(req: Request): void {
  switch (req.type) {
    case 'init':
      enqueue('load', () => init(req));
      return;
    case 'set-backend':
      enqueue('backend', async () => {
        if (training) throw new Error('wait for training to finish before switching backends');
        backend = await selectBackend(req.backend);
        post({ type: 'backend', backend });
      });
      return;
    case 'evaluate':
      enqueue('evaluate', async () => {
        const r = ready();
        writeKernels(r.model, req.kernels);
        post({ type: 'evaluated', id: req.id, result: await evaluate(r.model, r.test.x, r.test.labels, GESTURES.length) });
      });
      return;
    case 'sweep':
      enqueue('sweep', async () => {
        const r = ready();
        const points: { bits: number; accuracy: number }[] = [];
        for (const [i, p] of req.points.entries()) {
          progress('sweep', i / req.points.length, `${p.bits} bits…`);
          writeKernels(r.model, p.kernels);
          points.push({ bits: p.bits, accuracy: (await evaluate(r.model, r.test.x, r.test.labels, GESTURES.length)).accuracy });
        }
        post({ type: 'swept', id: req.id, points });
      });
      return;
    case 'train':
      retrain(req).catch((e: unknown) => post({ type: 'error', task: 'train', message: message(e) }));
      return;
    case 'stop-training':
      if (training) training.stop = true;
      return;
    case 'speed':
      enqueue('speed', async () => {
        const { backend: b } = ready();
        const result = await speedCheck(req.n, req.runs, b.name, (f, label) => progress('speed', f, label));
        post({ type: 'speed', result });
      });
      return;
  }
}

self.onmessage = (e: MessageEvent<unknown>) => {
  const parsed = RequestSchema.safeParse(e.data);
  if (parsed.success) handle(parsed.data);
  else post({ type: 'error', task: 'load', message: `the lab sent a message the worker does not understand: ${parsed.error.issues[0]?.message ?? 'unknown'}` });
};
