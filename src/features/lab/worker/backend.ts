/**
 * Choosing the tfjs backend inside the worker. "auto" tries wasm, then webgl, then cpu, and keeps
 * the first that initialises and computes a small convolution correctly. Wasm comes first because
 * this model is tiny (4k weights, 800 test windows): the GPU's upload and shader-compile costs
 * outweigh its throughput, and in software WebGL (SwiftShader) they dominate.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { BACKENDS, type BackendChoice, type BackendInfo, type BackendName } from './protocol';

// Vite's ?url makes these real asset URLs; without them the worker would fetch index.html as wasm.
setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded });
// The page is not cross-origin isolated (no COOP/COEP), and the threaded build crashes when bundled.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** A 1-D convolution with a known answer: catches backends that initialise but compute wrong. */
async function probe(): Promise<boolean> {
  const out = tf.tidy(() => tf.conv1d(tf.tensor3d([1, 2, 3, 4], [1, 4, 1]), tf.tensor3d([1, -1], [2, 1, 1]), 1, 'valid'));
  const values = await out.data();
  out.dispose();
  return values.length === 3 && Array.from(values).every((v) => v === -1);
}

async function detail(name: BackendName): Promise<string> {
  if (name === 'wasm') return (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'WebAssembly with SIMD' : 'WebAssembly';
  if (name === 'webgl') return `WebGL ${tf.env().getNumber('WEBGL_VERSION')}`;
  return 'plain JavaScript';
}

async function tryBackend(name: BackendName): Promise<string | null> {
  try {
    if (!(await tf.setBackend(name))) return 'did not initialise';
    await tf.ready();
    return (await probe()) ? null : 'computed a test convolution wrong';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Whether the active backend can train this model: it needs the gradient of a convolution. */
function hasConvGradients(): boolean {
  try {
    tf.tidy(() => {
      const x = tf.tensor3d([1, 2, 3, 4], [1, 4, 1]);
      const k = tf.tensor3d([1, -1], [2, 1, 1]);
      tf.grad((v: tf.Tensor) => tf.conv1d(x, v.reshape<tf.Tensor3D>([2, 1, 1]), 1, 'valid').sum())(k).dataSync();
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * The backend to train on, given the lab's: itself when it has convolution gradients, else cpu.
 * tfjs-backend-wasm 4.22 registers no Conv2DBackpropFilter/Input, so a wasm lab trains on cpu (for
 * a model this small, plain JS beats software WebGL here: ≈3 s against ≈5 s an epoch).
 */
export async function trainingBackend(current: BackendName): Promise<{ name: BackendName; note?: string }> {
  if (current !== 'wasm' && hasConvGradients()) return { name: current };
  const reason = current === 'wasm' ? 'tfjs’s wasm backend has no gradient kernels for convolutions' : `${current} cannot compute convolution gradients`;
  if (!(await tf.setBackend('cpu'))) throw new Error(`${reason}, and the cpu backend did not start`);
  return { name: 'cpu', note: `Training on cpu: ${reason}.` };
}

export async function selectBackend(choice: BackendChoice): Promise<BackendInfo> {
  const order: BackendName[] = choice === 'auto' ? [...BACKENDS] : [choice, ...BACKENDS.filter((b) => b !== choice)];
  const skipped: BackendInfo['skipped'] = [];
  for (const name of order) {
    const reason = await tryBackend(name);
    if (reason === null) return { name, detail: await detail(name), skipped };
    skipped.push({ name, reason });
  }
  throw new Error(`no tfjs backend works here: ${skipped.map((s) => `${s.name} ${s.reason}`).join('; ')}`);
}
