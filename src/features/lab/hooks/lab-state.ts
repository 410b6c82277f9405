/**
 * The page's view of the worker, as a pure reducer: worker responses and the page's own requests
 * come in as actions, and the state says what to show (progress, backend, model, results).
 */
import type { LayerWeights } from '@/features/lab/lib/layer-weights';
import type { BackendInfo, Evaluation, ModelSource, Response, SpeedResult, Task, TrainProgress } from '@/features/lab/worker/protocol';

export interface Progress {
  fraction: number;
  label: string;
}

export interface LoadedModel {
  /** Increases with every model the worker sends (load, each retraining). */
  version: number;
  layers: LayerWeights[];
  float: Evaluation;
  testWindows: number;
  source: ModelSource;
}

export interface SweepPoint {
  bits: number;
  accuracy: number;
}

export interface LabState {
  phase: 'loading' | 'ready' | 'failed';
  load: Progress;
  backend: BackendInfo | null;
  switchingBackend: boolean;
  model: LoadedModel | null;
  /** The latest accuracy measured with quantized kernels, and the request it answers. */
  quant: { id: number; result: Evaluation } | null;
  /** The id of the newest accuracy request for the current model (0 before any). */
  quantRequested: number;
  /** The first request id made for the current model: older results describe another network. */
  quantFloor: number;
  training: (Progress & { train?: TrainProgress }) | null;
  sweep: { id: number; running: boolean; progress: Progress; points: SweepPoint[] } | null;
  speed: { running: boolean; progress: Progress; result: SpeedResult | null } | null;
  /** Why loading failed (the lab cannot work without a model). */
  fatal: string | null;
  /** A task that failed without stopping the lab. */
  notice: { task: Task; message: string } | null;
}

export const initialLabState: LabState = {
  phase: 'loading',
  load: { fraction: 0, label: 'Starting the worker and downloading TensorFlow.js…' },
  backend: null,
  switchingBackend: false,
  model: null,
  quant: null,
  quantRequested: 0,
  quantFloor: Number.MAX_SAFE_INTEGER,
  training: null,
  sweep: null,
  speed: null,
  fatal: null,
  notice: null,
};

export type LabAction =
  | { type: 'response'; response: Response }
  | { type: 'evaluate-requested'; id: number }
  | { type: 'train-started' }
  | { type: 'sweep-started'; id: number }
  | { type: 'speed-started' }
  | { type: 'backend-started' }
  | { type: 'worker-failed'; message: string }
  | { type: 'dismiss-notice' };

function onResponse(state: LabState, r: Response): LabState {
  switch (r.type) {
    case 'progress': {
      const p = { fraction: r.fraction, label: r.label };
      if (r.task === 'load') return { ...state, load: p };
      if (r.task === 'train') return state.training ? { ...state, training: { ...p, train: r.train ?? state.training.train } } : state;
      if (r.task === 'sweep' && state.sweep) return { ...state, sweep: { ...state.sweep, progress: p } };
      if (r.task === 'speed' && state.speed) return { ...state, speed: { ...state.speed, progress: p } };
      return state;
    }
    case 'model': {
      const version = (state.model?.version ?? 0) + 1;
      return {
        ...state,
        phase: 'ready',
        backend: r.backend,
        model: { version, layers: r.layers, float: r.float, testWindows: r.testWindows, source: r.source },
        // A new model: earlier quantized results and sweeps describe another network.
        quant: null,
        quantRequested: 0,
        quantFloor: Number.MAX_SAFE_INTEGER,
        sweep: null,
        training: r.source.kind === 'retrained' ? null : state.training,
      };
    }
    case 'backend':
      return { ...state, backend: r.backend, switchingBackend: false, speed: null };
    case 'evaluated':
      // Results for requests made before the current model arrived describe another network.
      if (r.id < state.quantFloor) return state;
      return !state.quant || r.id > state.quant.id ? { ...state, quant: { id: r.id, result: r.result } } : state;
    case 'swept':
      return state.sweep?.id === r.id ? { ...state, sweep: { ...state.sweep, running: false, progress: { fraction: 1, label: 'Done' }, points: r.points } } : state;
    case 'training-stopped':
      return { ...state, training: null };
    case 'speed':
      return { ...state, speed: { running: false, progress: { fraction: 1, label: 'Done' }, result: r.result } };
    case 'error': {
      if (r.task === 'load') return { ...state, phase: 'failed', fatal: r.message };
      const next = { ...state, notice: { task: r.task, message: r.message } };
      if (r.task === 'train') next.training = null;
      if (r.task === 'sweep' && state.sweep) next.sweep = { ...state.sweep, running: false };
      if (r.task === 'speed') next.speed = null;
      if (r.task === 'backend') next.switchingBackend = false;
      return next;
    }
  }
}

export function labReducer(state: LabState, action: LabAction): LabState {
  switch (action.type) {
    case 'response':
      return onResponse(state, action.response);
    case 'evaluate-requested':
      return { ...state, quantRequested: action.id, quantFloor: Math.min(state.quantFloor, action.id) };
    case 'train-started':
      return { ...state, training: { fraction: 0, label: 'Starting…' }, notice: null };
    case 'sweep-started':
      return { ...state, sweep: { id: action.id, running: true, progress: { fraction: 0, label: 'Starting…' }, points: [] } };
    case 'speed-started':
      return { ...state, speed: { running: true, progress: { fraction: 0, label: 'Starting…' }, result: null } };
    case 'backend-started':
      return { ...state, switchingBackend: true };
    case 'worker-failed':
      return { ...state, phase: 'failed', fatal: action.message };
    case 'dismiss-notice':
      return { ...state, notice: null };
  }
}
