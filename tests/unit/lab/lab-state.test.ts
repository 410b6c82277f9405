// The page's view of the worker: stale accuracy results never show for a new model, failures land where they belong.
import { describe, expect, it } from 'vitest';
import { initialLabState, labReducer, type LabState } from '../../../src/features/lab/hooks/lab-state';
import type { Response } from '../../../src/features/lab/worker/protocol';

const evaluation = (accuracy: number) => ({ accuracy, confusion: [[1]] });
const model = (kind: 'shipped' | 'retrained'): Response => ({
  type: 'model',
  backend: { name: 'wasm', detail: 'WebAssembly with SIMD', skipped: [] },
  layers: [],
  float: evaluation(0.98),
  testWindows: 800,
  source: kind === 'shipped' ? { kind, info: null } : { kind, epochs: 3, seed: 1, seconds: 5, backend: 'cpu' },
});
const respond = (s: LabState, r: Response) => labReducer(s, { type: 'response', response: r });

describe('lab state', () => {
  it('shows the newest result for the current model and ignores older requests', () => {
    let s = respond(initialLabState, model('shipped'));
    expect(s.phase).toBe('ready');
    s = labReducer(s, { type: 'evaluate-requested', id: 1 });
    s = labReducer(s, { type: 'evaluate-requested', id: 2 });
    s = respond(s, { type: 'evaluated', id: 2, result: evaluation(0.6) });
    s = respond(s, { type: 'evaluated', id: 1, result: evaluation(0.9) });
    expect(s.quant).toEqual({ id: 2, result: evaluation(0.6) });
    expect(s.quantRequested).toBe(2);
  });

  it('a retrained model clears the old results; answers to requests made before it are dropped', () => {
    let s = respond(initialLabState, model('shipped'));
    s = labReducer(s, { type: 'evaluate-requested', id: 1 });
    s = labReducer(s, { type: 'train-started' });
    s = respond(s, { type: 'progress', task: 'train', fraction: 0.5, label: 'epoch 2 of 3', train: { backend: 'cpu', epoch: 2, epochs: 3, loss: 0.1, accuracy: 0.9 } });
    expect(s.training?.train?.epoch).toBe(2);
    s = respond(s, model('retrained'));
    expect(s.training).toBeNull();
    expect(s.model?.version).toBe(2);
    expect(s.quant).toBeNull();
    s = respond(s, { type: 'evaluated', id: 1, result: evaluation(0.5) });
    expect(s.quant).toBeNull();
    s = labReducer(s, { type: 'evaluate-requested', id: 3 });
    s = respond(s, { type: 'evaluated', id: 3, result: evaluation(0.97) });
    expect(s.quant?.result.accuracy).toBe(0.97);
  });

  it('a failed load stops the lab; a failed task only leaves a notice', () => {
    expect(respond(initialLabState, { type: 'error', task: 'load', message: 'no backend' })).toMatchObject({ phase: 'failed', fatal: 'no backend' });
    let s = respond(initialLabState, model('shipped'));
    s = labReducer(s, { type: 'train-started' });
    s = respond(s, { type: 'error', task: 'train', message: 'out of memory' });
    expect(s).toMatchObject({ phase: 'ready', training: null, notice: { task: 'train', message: 'out of memory' } });
    expect(labReducer(s, { type: 'dismiss-notice' }).notice).toBeNull();
  });
});
