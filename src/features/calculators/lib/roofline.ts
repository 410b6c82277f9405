/**
 * Inference time with the roofline model (Williams, Waterman and Patterson, CACM 2009): a kernel
 * takes as long as the slower of its arithmetic and its memory traffic.
 *
 * Compared with the usual interview-guide estimator (time = bytes × 2 / clock, a linear cache
 * discount, everything divided by the cores), this one:
 *  - takes the real work (FLOPs from the layer table), not "two operations per byte of model";
 *  - takes the rate per cycle (SIMD, MACs per cycle), not one operation per clock tick;
 *  - charges cache hits at the cache's bandwidth instead of making them free, and models the cache
 *    policy: an LRU cache smaller than a weight stream that is swept every inference keeps nothing
 *    (each byte is evicted before it is used again), whereas pinned memory (TCM, the Edge TPU's
 *    parameter cache) keeps as much as fits;
 *  - speeds up only the compute with more cores: the memory bus is shared, so memory-bound time
 *    does not shrink with the core count;
 *  - reports arithmetic intensity, the ridge point and which bound dominates, and can sum the
 *    bound layer by layer (Σ max(compute, memory) ≥ max(Σ compute, Σ memory)).
 */
import { z } from 'zod';
import { fail, ok, show, type Checked } from './checked.ts';

const positive = (name: string, unit: string) =>
  z
    .number({ error: (iss) => `${name} must be a positive number (${unit}), got ${show(iss.input)}` })
    .positive({ error: (iss) => `${name} must be a positive number (${unit}), got ${show(iss.input)}` });
const nonNegative = (name: string, unit: string) =>
  z
    .number({ error: (iss) => `${name} must be a number ≥ 0 (${unit}), got ${show(iss.input)}` })
    .min(0, { error: (iss) => `${name} must be a number ≥ 0 (${unit}), got ${show(iss.input)}` });

export const CACHE_POLICIES = ['lru', 'pinned'] as const;
export type CachePolicy = (typeof CACHE_POLICIES)[number];

export const RooflineInputSchema = z.object({
  /** Work per inference, FLOPs (or integer ops for int8). */
  flops: positive('work', 'FLOPs per inference'),
  /** Memory traffic per inference, bytes: weights read + activations read and written. */
  bytes: nonNegative('memory traffic', 'bytes per inference'),
  /** Peak compute of one core, FLOP/s. */
  peakFlops: positive('peak compute', 'FLOP/s per core'),
  cores: z
    .number({ error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .int({ error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .min(1, { error: (iss) => `cores must be a whole number ≥ 1, got ${show(iss.input)}` })
    .default(1),
  /** Parallel efficiency e in (0, 1]: n cores compute n · e times faster. */
  efficiency: z
    .number({ error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .gt(0, { error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .max(1, { error: (iss) => `parallel efficiency must be in (0, 1], got ${show(iss.input)}` })
    .default(1),
  /** Main-memory bandwidth, bytes/s, shared by all cores. */
  bandwidth: positive('memory bandwidth', 'bytes/s'),
  /** Cache (or on-chip memory) that can hold part of the traffic, bytes; 0 = none. */
  cacheBytes: nonNegative('cache size', 'bytes').default(0),
  /** Bandwidth when the data is in the cache, bytes/s; defaults to 10 × the main-memory bandwidth. */
  cacheBandwidth: positive('cache bandwidth', 'bytes/s').optional(),
  cachePolicy: z.enum(CACHE_POLICIES, { error: (iss) => `cache policy must be lru or pinned, got ${show(iss.input)}` }).default('lru'),
});
export type RooflineInput = z.input<typeof RooflineInputSchema>;
export type RooflineParams = z.output<typeof RooflineInputSchema>;

export interface RooflineResult {
  /** P = peak per core · cores · efficiency, FLOP/s. */
  peak: number;
  computeMs: number;
  memoryMs: number;
  /** max(compute, memory): compute and transfers overlap perfectly. */
  latencyMs: number;
  /** compute + memory: no overlap at all, an upper bound. */
  serialMs: number;
  bound: 'compute' | 'memory';
  /** I = FLOPs / bytes, FLOP/B. */
  intensity: number;
  /** I* = P / B (main memory), FLOP/B: below it a kernel is memory-bound. */
  ridge: number;
  /** FLOP/s actually reached: FLOPs / latency. */
  attained: number;
  /** min(P, I · B): the roof at this intensity, with main-memory bandwidth. */
  roof: number;
  /** Share of traffic served from the cache, in [0, 1]. */
  hitRate: number;
  hitBytes: number;
  missBytes: number;
  /** Bytes moved ÷ memory time: between main-memory and cache bandwidth. */
  effectiveBandwidth: number;
  /** attained ÷ P */
  utilization: number;
  inferencesPerSecond: number;
  cacheBandwidth: number;
}

/**
 * Bytes served from the cache.
 *   lru:    all of them when the traffic fits in the cache (it stays resident between inferences),
 *           none when it does not (a sweep larger than an LRU cache evicts every line before reuse)
 *   pinned: min(cache, traffic): the part placed in fast memory stays there
 */
export function cacheHits(bytes: number, cacheBytes: number, policy: CachePolicy): number {
  if (cacheBytes <= 0 || bytes <= 0) return 0;
  if (policy === 'pinned') return Math.min(bytes, cacheBytes);
  return bytes <= cacheBytes ? bytes : 0;
}

/** Bytes moved at one bandwidth: main memory, a cache, on-chip SRAM. */
export interface Traffic {
  bytes: number;
  /** bytes/s */
  bandwidth: number;
  /** True for main memory (the roof the ridge point is measured against). */
  main: boolean;
}

/**
 * The roofline arithmetic, given the traffic already split by where it is served from.
 *   t_compute = FLOPs / P          t_memory = Σ bytes_k / B_k          t = max(t_compute, t_memory)
 *   I = FLOPs / Σ bytes            I* = P / B_main                     attained = FLOPs / t
 */
export function rooflineCore(flops: number, peak: number, mainBandwidth: number, traffic: readonly Traffic[], cacheBandwidth = mainBandwidth): RooflineResult {
  const bytes = traffic.reduce((a, t) => a + t.bytes, 0);
  const missBytes = traffic.reduce((a, t) => a + (t.main ? t.bytes : 0), 0);
  const hitBytes = bytes - missBytes;
  const computeS = flops / peak;
  const memoryS = traffic.reduce((a, t) => a + (t.bytes > 0 ? t.bytes / t.bandwidth : 0), 0);
  const latencyS = Math.max(computeS, memoryS);
  const intensity = bytes > 0 ? flops / bytes : Infinity;
  return {
    peak,
    computeMs: computeS * 1000,
    memoryMs: memoryS * 1000,
    latencyMs: latencyS * 1000,
    serialMs: (computeS + memoryS) * 1000,
    bound: computeS >= memoryS ? 'compute' : 'memory',
    intensity,
    ridge: peak / mainBandwidth,
    attained: latencyS > 0 ? flops / latencyS : Infinity,
    roof: Math.min(peak, intensity * mainBandwidth),
    hitRate: bytes > 0 ? hitBytes / bytes : 0,
    hitBytes,
    missBytes,
    effectiveBandwidth: memoryS > 0 ? bytes / memoryS : Infinity,
    utilization: latencyS > 0 ? flops / latencyS / peak : 1,
    inferencesPerSecond: latencyS > 0 ? 1 / latencyS : Infinity,
    cacheBandwidth,
  };
}

/** The roofline of validated parameters: the cache takes its share of the traffic, main memory the rest. */
export function rooflineOf(p: RooflineParams): RooflineResult {
  const peak = p.peakFlops * p.cores * p.efficiency;
  const cacheBandwidth = p.cacheBandwidth ?? 10 * p.bandwidth;
  const hits = cacheHits(p.bytes, p.cacheBytes, p.cachePolicy);
  return rooflineCore(
    p.flops,
    peak,
    p.bandwidth,
    [
      { bytes: hits, bandwidth: cacheBandwidth, main: false },
      { bytes: p.bytes - hits, bandwidth: p.bandwidth, main: true },
    ],
    cacheBandwidth,
  );
}

/**
 * Roofline estimate for one kernel or a whole model treated as one.
 *   P = P₁ · n · e                 t_compute = FLOPs / P
 *   t_memory = hits / B_cache + misses / B     (B is shared: it does not grow with n)
 *   t = max(t_compute, t_memory)   I = FLOPs / bytes   I* = P / B   bound = compute if t_compute ≥ t_memory
 * Example: 300 MFLOPs, 60 MB, 2 TFLOP/s, 34 GB/s → I = 5 < I* ≈ 58.8, memory-bound, t = 1.76 ms.
 */
export function roofline(input: RooflineInput): Checked<RooflineResult> {
  const parsed = RooflineInputSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues[0]!.message);
  return ok(rooflineOf(parsed.data));
}

export interface LayerWork {
  label: string;
  flops: number;
  /** Traffic of this layer, split by where it is served from. */
  traffic: Traffic[];
}

export interface LayeredRoofline {
  /** The whole model as one kernel. */
  whole: RooflineResult;
  /** Each layer as its own kernel. */
  layers: (RooflineResult & { label: string })[];
  /** Σ per-layer max(compute, memory): the better estimate, since layers run one after another. */
  layeredMs: number;
}

/**
 * Roofline per layer and for the whole model (all traffic summed). The per-layer sum is never below
 * the whole-model figure: a compute-bound layer cannot lend its idle memory time to a memory-bound one.
 * Ranges: peak > 0 FLOP/s, bandwidths > 0 B/s.
 */
export function layeredRoofline(layers: readonly LayerWork[], peak: number, mainBandwidth: number, cacheBandwidth = mainBandwidth): Checked<LayeredRoofline> {
  const flops = layers.reduce((s, l) => s + l.flops, 0);
  if (flops <= 0) return fail('the model does no arithmetic (0 MACs), so there is nothing to time');
  if (!(peak > 0) || !(mainBandwidth > 0)) return fail('peak compute and memory bandwidth must be positive');
  const whole = rooflineCore(flops, peak, mainBandwidth, layers.flatMap((l) => l.traffic), cacheBandwidth);
  const rows = layers.map((l) => {
    // Labelled in place rather than spread into a new object: spreads are the slow part of this loop.
    const row = rooflineCore(l.flops, peak, mainBandwidth, l.traffic, cacheBandwidth) as RooflineResult & { label: string };
    row.label = l.label;
    return row;
  });
  return ok({ whole, layers: rows, layeredMs: rows.reduce((s, r) => s + r.latencyMs, 0) });
}
