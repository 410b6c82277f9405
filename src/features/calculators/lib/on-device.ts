/** A model on a device: memory verdict and a roofline latency, from the layer table and the preset. */
import type { LayerRow, ModelAnalysis } from './analyze-model.ts';
import { fail, ok, type Checked } from './checked.ts';
import { deviceMacsPerSecond, type Device } from './devices.ts';
import { fitsOnDevice, type FitVerdict } from './fits.ts';
import { activationBytes, weightBytes } from './model-size.ts';
import { cacheHits, layeredRoofline, type LayeredRoofline, type LayerWork, type Traffic } from './roofline.ts';

export interface Precision {
  weightBits: number;
  activationBits: number;
  /** Defaults to weightBits. */
  biasBits?: number;
}

export interface DeviceEstimate {
  weightBytes: number;
  arenaBytes: number;
  fit: FitVerdict;
  roofline: LayeredRoofline;
  /** Layer-by-layer roofline latency, ms. */
  latencyMs: number;
  /** MAC/s per core used for this precision. */
  macsPerSecond: number;
  /** Share of the weight bytes served from the cache or on-chip memory. */
  weightHitRate: number;
}

export interface DeviceOptions {
  cores?: number;
  efficiency?: number;
  storageReservePercent?: number;
  ramReservePercent?: number;
}

const layerWeightBytes = (l: LayerRow, p: Precision) => weightBytes(l.params, l.biases, p.weightBits, p.biasBits ?? p.weightBits);

/**
 * Traffic of one layer per inference at batch 1, split by where it is served from:
 *   weights (read once):   share h from the cache at its bandwidth, the rest from the weight memory
 *   activations (input read + output written once, nothing for in-place layers):
 *     from SRAM / on-chip memory, or, on a board computer, from the cache when they fit it, else DRAM
 * h is decided on the whole model's weights (they must stay resident between inferences): see cacheHits.
 */
export function layerTrafficOn(l: LayerRow, p: Precision, d: Device, weightHitRate: number): Traffic[] {
  const w = layerWeightBytes(l, p);
  const a = l.inPlace ? 0 : activationBytes(l.inputElements + l.outputElements, p.activationBits);
  const aInCache = d.arenaInDram && a <= d.cacheBytes;
  return [
    { bytes: w * weightHitRate, bandwidth: d.cacheBandwidth, main: false },
    { bytes: w * (1 - weightHitRate), bandwidth: d.bandwidth, main: true },
    aInCache ? { bytes: a, bandwidth: d.cacheBandwidth, main: false } : { bytes: a, bandwidth: d.arenaBandwidth, main: d.arenaInDram },
  ];
}

/**
 * weights = Σ weight bytes, arena = peak (input + output) · activation bits / 8,
 * latency = Σ per layer max(FLOPs / P, Σ traffic / bandwidth), P = 2 · MAC/s · cores · efficiency.
 */
export function estimateOnDevice(model: ModelAnalysis, device: Device, p: Precision, o: DeviceOptions = {}): Checked<DeviceEstimate> {
  if (model.error) return fail(model.error.message);
  const macsPerSecond = deviceMacsPerSecond(device, p.weightBits, 1);
  if (macsPerSecond <= 0) return fail(`${device.name} cannot run ${p.weightBits}-bit weights: it runs int8 models only, so quantize the weights and activations to 8 bits`);
  const w = weightBytes(model.totals.params, model.totals.biases, p.weightBits, p.biasBits ?? p.weightBits);
  const arena = activationBytes(model.totals.peakLiveElements, p.activationBits);
  const fit = fitsOnDevice(w, arena, device, o.storageReservePercent, o.ramReservePercent);
  const weightHitRate = w > 0 ? cacheHits(w, device.cacheBytes, device.cachePolicy) / w : 0;
  const work: LayerWork[] = model.layers.map((l) => ({ label: `${l.index + 1} ${l.config.type}`, flops: l.flops, traffic: layerTrafficOn(l, p, device, weightHitRate) }));
  const peak = 2 * macsPerSecond * Math.min(o.cores ?? 1, device.cores) * (o.efficiency ?? 1);
  const roof = layeredRoofline(work, peak, device.bandwidth, device.cacheBandwidth);
  if (!roof.ok) return fail(roof.error);
  return ok({ weightBytes: w, arenaBytes: arena, fit, roofline: roof.value, latencyMs: roof.value.layeredMs, macsPerSecond, weightHitRate });
}

/**
 * Traffic at one flat bandwidth, for the roofline calculator fed from a layer table:
 *   bytes = weights + (input + output) activations per layer, in-place layers moving nothing.
 * This is the textbook count (the "Dense(1024) reads 4.2 MB" kind).
 */
export function modelTrafficBytes(model: ModelAnalysis, p: Precision): number {
  return model.layers.reduce((s, l) => s + layerWeightBytes(l, p) + (l.inPlace ? 0 : activationBytes(l.inputElements + l.outputElements, p.activationBits)), 0);
}
