/**
 * A calculator link evaluated without the UI: the figures the widget would show for that URL.
 * The bank checks use it to prove that every "Open in calculator" link reproduces its question's answer.
 */
import { analyzeTable } from './analyze-table.ts';
import { CALCULATOR_DEFAULTS } from './calculator-defaults.ts';
import { fail, ok, type Checked } from './checked.ts';
import { compressionChain, SPARSE_FORMATS, type SparseFormat } from './compression.ts';
import { estimateLatency } from './latency.ts';
import { CALCULATOR_IDS, type CalculatorId } from './links.ts';
import { parseLayerList } from './model-notation.ts';
import { activationBytes, weightBytes } from './model-size.ts';
import { modelTrafficBytes } from './on-device.ts';
import { quantizeValue } from './quantization.ts';
import { roofline } from './roofline.ts';
import { KIB, parseQuantity } from './units.ts';

export interface Figure {
  name: string;
  value: number;
}

function values<K extends string>(defaults: Readonly<Record<K, string>>, params: URLSearchParams): Record<K, string> {
  const v = { ...defaults } as Record<K, string>;
  for (const k of Object.keys(defaults) as K[]) {
    const p = params.get(k);
    if (p !== null) v[k] = p;
  }
  return v;
}

/** Reads several quantities at once; the first that fails stops with its message. */
function numbers<K extends string>(v: Record<K, string>, keys: readonly K[]): Checked<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    const r = parseQuantity(v[k], k);
    if (!r.ok) return r;
    out[k] = r.value;
  }
  return ok(out);
}

function modelFigures(v: { input: string; layers: string; wbits: string; abits: string; bbits: string }): Checked<Figure[]> {
  const table = analyzeTable(v.input, parseLayerList(v.layers));
  if (table.inputError) return fail(table.inputError);
  if (table.errors.size || !table.analysis) return fail([...table.errors.values()][0] ?? 'the model has errors');
  const a = table.analysis;
  const wb = Number(v.wbits);
  const ab = Number(v.abits);
  const bb = v.bbits === 'same' ? wb : Number(v.bbits);
  const t = a.totals;
  const w = weightBytes(t.params, t.biases, wb, bb);
  const arena = activationBytes(t.peakLiveElements, ab);
  const traffic = modelTrafficBytes(a, { weightBits: wb, activationBits: ab, biasBits: bb });
  return ok([
    { name: 'params', value: t.params },
    { name: 'trainable', value: t.trainable },
    { name: 'non-trainable', value: t.nonTrainable },
    { name: 'MACs', value: t.macs },
    { name: 'FLOPs', value: t.flops },
    { name: 'MFLOPs', value: t.flops / 1e6 },
    { name: 'weight bytes', value: w },
    { name: 'weight KiB', value: w / KIB },
    { name: 'weight MB', value: w / 1e6 },
    { name: 'arena bytes', value: arena },
    { name: 'arena KiB', value: arena / KIB },
    { name: 'intensity (FLOP/B)', value: t.flops / traffic },
  ]);
}

export function evaluateLink(link: string): Checked<{ calc: CalculatorId; figures: Figure[] }> {
  const m = /^\/calculators\/([\w-]+)(?:\?(.*))?$/.exec(link);
  const calc = m?.[1] as CalculatorId | undefined;
  if (!calc || !(CALCULATOR_IDS as readonly string[]).includes(calc)) return fail(`${link} does not name a calculator (${CALCULATOR_IDS.join(', ')})`);
  const params = new URLSearchParams(m?.[2] ?? '');
  const done = (r: Checked<Figure[]>) => (r.ok ? ok({ calc, figures: r.value }) : fail(r.error));
  switch (calc) {
    case 'model-size':
      return done(modelFigures(values(CALCULATOR_DEFAULTS['model-size'], params)));
    case 'advisor':
      return done(modelFigures(values(CALCULATOR_DEFAULTS.advisor, params)));
    case 'compression': {
      const v = values(CALCULATOR_DEFAULTS.compression, params);
      const n = numbers(v, ['params', 'base', 'prune', 'bits', 'coding', 'index'] as const);
      if (!n.ok) return n;
      const sparse = (SPARSE_FORMATS as readonly string[]).includes(v.sparse) ? (v.sparse as SparseFormat) : 'none';
      const r = compressionChain({ params: n.value.params, baseBits: n.value.base, prunePercent: n.value.prune, bits: n.value.bits, codingPercent: n.value.coding, sparse, indexBits: n.value.index });
      if (!r.ok) return r;
      const b = r.value.finalBytes;
      return done(ok([
        { name: 'compression ratio', value: r.value.ratio },
        { name: 'final bytes', value: b },
        { name: 'final KiB', value: b / KIB },
        { name: 'final MB', value: b / 1e6 },
      ]));
    }
    case 'latency': {
      const v = values(CALCULATOR_DEFAULTS.latency, params);
      const n = numbers(v, ['work', 'rate', 'clock', 'opc', 'cores', 'eff', 'overhead'] as const);
      if (!n.ok) return n;
      const unit = (s: string) => (s === 'macs' ? 'macs' : 'flops');
      const r = estimateLatency({
        work: n.value.work,
        workUnit: unit(v.wunit),
        mode: v.mode === 'clock' ? 'clock' : 'rate',
        rate: n.value.rate,
        clockHz: n.value.clock,
        opsPerCycle: n.value.opc,
        rateUnit: unit(v.runit),
        cores: n.value.cores,
        efficiency: n.value.eff,
        overheadMs: n.value.overhead,
      });
      if (!r.ok) return r;
      return done(ok([
        { name: 'latency (ms)', value: r.value.latencyMs },
        { name: 'fps', value: r.value.fps },
      ]));
    }
    case 'roofline': {
      const v = values(CALCULATOR_DEFAULTS.roofline, params);
      if (v.src === 'model') return done(modelFigures(v));
      const n = numbers(v, ['flops', 'bytes', 'peak', 'bw', 'cores', 'eff', 'cache'] as const);
      if (!n.ok) return n;
      const cachebw = v.cachebw.trim() ? parseQuantity(v.cachebw, 'cachebw') : null;
      if (cachebw && !cachebw.ok) return cachebw;
      const r = roofline({
        flops: n.value.flops,
        bytes: n.value.bytes,
        peakFlops: n.value.peak,
        bandwidth: n.value.bw,
        cores: n.value.cores,
        efficiency: n.value.eff,
        cacheBytes: n.value.cache,
        ...(cachebw ? { cacheBandwidth: cachebw.value } : {}),
        cachePolicy: v.policy === 'pinned' ? 'pinned' : 'lru',
      });
      if (!r.ok) return r;
      return done(ok([
        { name: 'time (ms)', value: r.value.latencyMs },
        { name: 'intensity (FLOP/B)', value: r.value.intensity },
        { name: 'ridge point (FLOP/B)', value: r.value.ridge },
        { name: 'attained (GFLOP/s)', value: r.value.attained / 1e9 },
      ]));
    }
    case 'quantization': {
      const v = values(CALCULATOR_DEFAULTS.quantization, params);
      const n = numbers(v, ['min', 'max', 'bits', 'x'] as const);
      if (!n.ok) return n;
      const r = quantizeValue({ ...n.value, scheme: v.scheme === 'asymmetric' ? 'asymmetric' : 'symmetric', signed: v.signed !== '0' });
      if (!r.ok) return r;
      return done(ok([
        { name: 'scale', value: r.value.scale },
        { name: 'zero point', value: r.value.zeroPoint },
        { name: 'q', value: r.value.q },
        { name: 'dequantized', value: r.value.dequantized },
        { name: 'round-trip error', value: r.value.error },
        { name: 'max rounding error', value: r.value.maxError },
      ]));
    }
  }
}
