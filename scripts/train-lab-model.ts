/**
 * npx tsx scripts/train-lab-model.ts [--epochs 12] [--seed 1]
 *
 * Trains the quantization lab's gesture model from the project's own generator (no download) on
 * tfjs's cpu backend, and writes it in the tfjs layers format to public/lab/: model.json,
 * weights.bin and train-info.json. The lab loads these; "retrain in the browser" runs the same
 * training code in a Web Worker.
 */
import * as tf from '@tensorflow/tfjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateGestures, SPLITS } from '../src/features/lab/lib/gesture-data.ts';
import { TrainInfoSchema } from '../src/features/lab/lib/train-info.ts';
import { DEFAULTS, train } from '../src/features/lab/model/train.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'public', 'lab');

async function main() {
  const { values } = parseArgs({ options: { epochs: { type: 'string', default: '12' }, seed: { type: 'string', default: '1' } } });
  const epochs = Number(values.epochs);
  const seed = Number(values.seed);
  await tf.setBackend('cpu');
  const trainSet = generateGestures(SPLITS.train.n, SPLITS.train.seed);
  const testSet = generateGestures(SPLITS.test.n, SPLITS.test.seed);
  const started = Date.now();
  const result = await train(trainSet, testSet, {
    epochs,
    seed,
    onBatch: (p) => {
      if (p.batch === p.batches) console.log(`epoch ${p.epoch}/${p.epochs}: loss ${p.loss.toFixed(4)}, accuracy ${(100 * p.accuracy).toFixed(1)} %`);
    },
  });
  console.log(`test accuracy ${(100 * result.testAccuracy).toFixed(2)} % after ${((Date.now() - started) / 1000).toFixed(0)} s`);

  mkdirSync(outDir, { recursive: true });
  await result.model.save(
    tf.io.withSaveHandler((artifacts) => {
      if (!artifacts.weightData || !artifacts.weightSpecs) throw new Error('the model produced no weights');
      const data = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
      writeFileSync(join(outDir, 'weights.bin'), new Uint8Array(data));
      const modelJson = {
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
        convertedBy: 'scripts/train-lab-model.ts',
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      };
      writeFileSync(join(outDir, 'model.json'), `${JSON.stringify(modelJson)}\n`);
      return Promise.resolve({ modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
    }),
  );
  const info = TrainInfoSchema.parse({
    seed,
    epochs,
    batchSize: DEFAULTS.batchSize,
    learningRate: DEFAULTS.learningRate,
    trainWindows: trainSet.n,
    testWindows: testSet.n,
    testAccuracy: result.testAccuracy,
    params: result.model.countParams(),
    history: result.history.map((h) => ({ loss: Number(h.loss.toFixed(5)), accuracy: Number(h.accuracy.toFixed(5)) })),
    tfjs: tf.version.tfjs,
  });
  writeFileSync(join(outDir, 'train-info.json'), `${JSON.stringify(info, null, 2)}\n`);
  console.log(`wrote ${outDir}/model.json, weights.bin and train-info.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
