/**
 * Owns the lab's Web Worker: starts it (which downloads tfjs into the worker, never into the page),
 * turns its messages into state, and offers the requests the page makes. Accuracy requests are
 * coalesced: while one is measured, only the newest waiting one is kept.
 */
import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import type { BackendChoice, Kernel, Request, Response } from '@/features/lab/worker/protocol';
import { initialLabState, labReducer } from './lab-state';

const absolute = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).href;

/** A kernel as the page holds it. */
export interface KernelInput {
  name: string;
  kernel: Float32Array;
}

/** Copies, so that the page keeps its arrays and the copies can be transferred without a clone. */
const copies = (kernels: readonly KernelInput[]): Kernel[] => kernels.map((k) => ({ name: k.name, kernel: new Float32Array(k.kernel) }));
const buffers = (kernels: readonly Kernel[]) => kernels.map((k) => k.kernel.buffer);

export function useLab() {
  const [state, dispatch] = useReducer(labReducer, initialLabState);
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(1);
  const evaluating = useRef(false);
  const waiting = useRef<Request | null>(null);

  const send = useCallback((req: Request, transfer: Transferable[] = []) => worker.current?.postMessage(req, transfer), []);

  useEffect(() => {
    const w = new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module', name: 'quantization-lab' });
    worker.current = w;
    w.onmessage = (e: MessageEvent<Response>) => {
      const r = e.data;
      if (r.type === 'evaluated' || (r.type === 'error' && r.task === 'evaluate')) {
        const next = waiting.current;
        waiting.current = null;
        evaluating.current = next !== null;
        if (next && next.type === 'evaluate') w.postMessage(next, buffers(next.kernels));
      }
      // A new model or result re-renders every plot and table: as a transition, React renders it in
      // slices and keeps the page answering. Progress stays urgent.
      if (r.type === 'progress') dispatch({ type: 'response', response: r });
      else startTransition(() => dispatch({ type: 'response', response: r }));
    };
    w.onerror = (e) => dispatch({ type: 'worker-failed', message: e.message || 'the lab worker could not start' });
    w.postMessage({ type: 'init', backend: 'auto', modelUrl: absolute('lab/model.json'), infoUrl: absolute('lab/train-info.json') } satisfies Request);
    return () => {
      w.terminate();
      worker.current = null;
      evaluating.current = false;
      waiting.current = null;
    };
  }, []);

  /** Measures accuracy with these kernels; returns the request id the result will carry. */
  const evaluate = useCallback(
    (kernels: readonly KernelInput[]): number => {
      const id = nextId.current++;
      dispatch({ type: 'evaluate-requested', id });
      const req: Request = { type: 'evaluate', id, kernels: copies(kernels) };
      if (evaluating.current) {
        waiting.current = req;
      } else {
        evaluating.current = true;
        send(req, buffers(req.kernels));
      }
      return id;
    },
    [send],
  );

  const sweep = useCallback(
    (points: readonly { bits: number; kernels: readonly KernelInput[] }[]) => {
      const id = nextId.current++;
      dispatch({ type: 'sweep-started', id });
      const req: Request = { type: 'sweep', id, points: points.map((p) => ({ bits: p.bits, kernels: copies(p.kernels) })) };
      send(req, req.points.flatMap((p) => buffers(p.kernels)));
      return id;
    },
    [send],
  );

  const train = useCallback(
    (epochs: number, seed: number) => {
      dispatch({ type: 'train-started' });
      send({ type: 'train', epochs, seed });
    },
    [send],
  );
  const stopTraining = useCallback(() => send({ type: 'stop-training' }), [send]);

  const setBackend = useCallback(
    (backend: BackendChoice) => {
      dispatch({ type: 'backend-started' });
      send({ type: 'set-backend', backend });
    },
    [send],
  );

  const speedCheck = useCallback(
    (n = 1_000_000, runs = 7) => {
      dispatch({ type: 'speed-started' });
      send({ type: 'speed', n, runs });
    },
    [send],
  );

  const dismissNotice = useCallback(() => dispatch({ type: 'dismiss-notice' }), []);

  return { state, evaluate, sweep, train, stopTraining, setBackend, speedCheck, dismissNotice };
}

export type LabApi = ReturnType<typeof useLab>;
