/**
 * Latency from work and throughput: the first estimate anyone makes, and the one interviewers ask for.
 * Work and throughput must be in the same unit (FLOPs with FLOP/s, or MACs with MAC/s).
 */
import { z } from 'zod';
import { fail, ok, show, type Checked } from './checked.ts';

/**
 * t = work / throughput, in milliseconds.
 * Example: 100 M FLOPs at 25 MFLOP/s → 100e6 / 25e6 s = 4 s = 4000 ms.
 * Ranges: work ≥ 0, throughput > 0 (same unit per second).
 */
export const latencyMs = (work: number, throughputPerSecond: number): number => (work / throughputPerSecond) * 1000;

/** Throughput of a clocked core: f · ops per cycle · cores · parallel efficiency (ops/s). f in Hz. */
export const clockThroughput = (clockHz: number, opsPerCycle: number, cores = 1, efficiency = 1): number => clockHz * opsPerCycle * cores * efficiency;

/** Latency on n cores with parallel efficiency e (speed-up = n · e): t₁ / (n · e). */
export const parallelLatency = (singleCoreMs: number, cores: number, efficiency: number): number => singleCoreMs / (cores * efficiency);

/** Amdahl's law: speed-up = 1 / ((1 − p) + p / n), p = parallel fraction in [0, 1], n ≥ 1 cores. */
export const amdahlSpeedup = (parallelFraction: number, cores: number): number => 1 / (1 - parallelFraction + parallelFraction / cores);

/** Frames per second when inference and other per-frame work run one after the other: 1000 / (t + overhead). */
export const framesPerSecond = (latency: number, overheadMs = 0): number => 1000 / (latency + overheadMs);

export const WORK_UNITS = ['flops', 'macs'] as const;
export type WorkUnit = (typeof WORK_UNITS)[number];

const positive = (name: string, unit: string) =>
  z
    .number({ error: (iss) => `${name} must be a positive number (${unit}), got ${show(iss.input)}` })
    .positive({ error: (iss) => `${name} must be a positive number (${unit}), got ${show(iss.input)}` });

export const LatencyInputSchema = z.object({
  /** Work per inference, in `workUnit`. */
  work: positive('work', 'operations per inference'),
  workUnit: z.enum(WORK_UNITS).default('flops'),
  /** Either a measured throughput, or a clock and a rate per cycle. */
  mode: z.enum(['rate', 'clock']).default('rate'),
  /** Throughput of one core, in `rateUnit` per second (mode rate). */
  rate: positive('throughput', 'operations per second').optional(),
  /** Clock in Hz and operations per cycle per core (mode clock). */
  clockHz: positive('clock', 'Hz').optional(),
  opsPerCycle: positive('operations per cycle', 'per core').optional(),
  rateUnit: z.enum(WORK_UNITS).default('flops'),
  cores: z
    .number({ error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .int({ error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .min(1, { error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .max(100_000, { error: 'cores must be at most 100,000' })
    .default(1),
  /** Parallel efficiency e in (0, 1]: speed-up on n cores = n · e. */
  efficiency: z
    .number({ error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .gt(0, { error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .max(1, { error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .default(1),
  /** Serial per-frame work outside the model (capture, pre- and post-processing), ms ≥ 0. */
  overheadMs: z
    .number({ error: (iss) => `overhead must be a number of milliseconds ≥ 0, got ${show(iss.input)}` })
    .min(0, { error: (iss) => `overhead must be a number of milliseconds ≥ 0, got ${show(iss.input)}` })
    .default(0),
});
export type LatencyInput = z.input<typeof LatencyInputSchema>;

export interface LatencyResult {
  /** Work converted to the throughput's unit (FLOPs = 2 · MACs). */
  work: number;
  workFlops: number;
  workMacs: number;
  /** One core, in rateUnit per second. */
  coreRate: number;
  /** All cores with efficiency. */
  totalRate: number;
  singleCoreMs: number;
  latencyMs: number;
  fps: number;
  rateUnit: WorkUnit;
}

/**
 * rate₁ = rate (measured) or f · ops/cycle;   rate = rate₁ · n · e
 * t = work / rate · 1000 ms;  fps = 1000 / (t + overhead)
 */
export function estimateLatency(input: LatencyInput): Checked<LatencyResult> {
  const parsed = LatencyInputSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  const c = parsed.data;
  let coreRate: number;
  if (c.mode === 'rate') {
    if (c.rate === undefined) return fail('throughput is required: give operations per second, e.g. 25M');
    coreRate = c.rate;
  } else {
    if (c.clockHz === undefined) return fail('clock is required: give the core clock, e.g. 80 MHz');
    if (c.opsPerCycle === undefined) return fail('operations per cycle is required, e.g. 0.8 MACs per cycle');
    coreRate = clockThroughput(c.clockHz, c.opsPerCycle);
  }
  const workFlops = c.workUnit === 'flops' ? c.work : 2 * c.work;
  const workMacs = workFlops / 2;
  const work = c.rateUnit === 'flops' ? workFlops : workMacs;
  const totalRate = coreRate * c.cores * c.efficiency;
  const singleCoreMs = latencyMs(work, coreRate);
  const t = latencyMs(work, totalRate);
  return ok({ work, workFlops, workMacs, coreRate, totalRate, singleCoreMs, latencyMs: t, fps: framesPerSecond(t, c.overheadMs), rateUnit: c.rateUnit });
}
