/**
 * Inference time with the roofline model: by hand (work, traffic, peak, bandwidth, cache, cores), or
 * for the model in the layer table on a device preset, layer by layer.
 */
import { RooflineChart, type RooflinePoint } from '@/components/ui/charts/RooflineChart';
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import { DEVICES, deviceById, deviceMacsPerSecond } from '../lib/devices';
import { calculatorLink } from '../lib/links';
import { estimateOnDevice } from '../lib/on-device';
import { CACHE_POLICIES, roofline, RooflineInputSchema, type CachePolicy } from '../lib/roofline';
import { bytesText, msText, numText, siUnit, texNum } from '../lib/tex';
import { rooflineQuestion } from '../questions/roofline-question';
import { SelectField, Stat, TextField } from './Field';
import { MakeQuestion } from './MakeQuestion';
import { ModelEditor } from './ModelEditor';
import { atLeast, between, positive, readNumber, wholeAtLeast } from './parse-field';
import { Steps } from './Steps';
import { useModelState } from './useModelState';

const EXTRA = CALCULATOR_DEFAULTS.roofline;

const boundText = (b: 'compute' | 'memory') => (b === 'compute' ? 'compute-bound' : 'memory-bound');

function ManualRoofline({ v, set, onMakeQuestion }: { v: Record<keyof typeof EXTRA, string>; set: (p: Partial<Record<keyof typeof EXTRA, string>>) => void; onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const flops = readNumber(v.flops, 'work', positive('work'));
  const bytes = readNumber(v.bytes, 'memory traffic', atLeast('memory traffic', 0));
  const peak = readNumber(v.peak, 'peak compute per core', positive('peak compute per core'));
  const bw = readNumber(v.bw, 'memory bandwidth', positive('memory bandwidth'));
  const cores = readNumber(v.cores, 'cores', wholeAtLeast('cores', 1));
  const eff = readNumber(v.eff, 'parallel efficiency', between('parallel efficiency', 0.01, 1));
  const cache = readNumber(v.cache, 'cache size', atLeast('cache size', 0));
  const cachebw = v.cachebw.trim() === '' ? { value: undefined } : readNumber(v.cachebw, 'cache bandwidth', positive('cache bandwidth'));
  const policy: CachePolicy = (CACHE_POLICIES as readonly string[]).includes(v.policy) ? (v.policy as CachePolicy) : 'lru';
  const fields = [flops, bytes, peak, bw, cores, eff, cache, cachebw];
  const firstError = fields.find((f) => 'error' in f && f.error) as { error?: string } | undefined;
  const input = { flops: flops.value, bytes: bytes.value, peakFlops: peak.value, bandwidth: bw.value, cores: cores.value, efficiency: eff.value, cacheBytes: cache.value, cacheBandwidth: cachebw.value, cachePolicy: policy };
  const result = firstError?.error ? null : roofline(input);
  const r = result?.ok ? result.value : null;
  const steps = r
    ? [
        `P = P_1 \\cdot n \\cdot e = ${texNum(peak.value, 0)} \\cdot ${cores.value} \\cdot ${eff.value} = ${texNum(r.peak, 0)}\\ \\text{FLOP/s}`,
        `I = \\frac{\\text{FLOPs}}{\\text{bytes}} = \\frac{${texNum(flops.value, 0)}}{${texNum(bytes.value, 0)}} = ${texNum(r.intensity, 3)}\\ \\text{FLOP/B}, \\quad I^* = \\frac{P}{B} = ${texNum(r.ridge, 3)}\\ \\text{FLOP/B}`,
        `t_{compute} = \\frac{${texNum(flops.value, 0)}}{${texNum(r.peak, 0)}} = ${texNum(r.computeMs, 5)}\\ \\text{ms}`,
        r.hitBytes > 0
          ? `t_{memory} = \\frac{${texNum(r.hitBytes, 0)}}{${texNum(r.cacheBandwidth, 0)}} + \\frac{${texNum(r.missBytes, 0)}}{${texNum(bw.value, 0)}} = ${texNum(r.memoryMs, 5)}\\ \\text{ms}`
          : `t_{memory} = \\frac{${texNum(bytes.value, 0)}}{${texNum(bw.value, 0)}} = ${texNum(r.memoryMs, 5)}\\ \\text{ms}`,
        `t = \\max(t_{compute}, t_{memory}) = ${texNum(r.latencyMs, 5)}\\ \\text{ms} \\quad (\\text{${boundText(r.bound)}})`,
      ]
    : [];
  return (
    <>
      <section className="panel" aria-labelledby="roof-in-title">
        <h2 id="roof-in-title">Kernel and machine</h2>
        <div className="calc-grid">
          <TextField label="Work (FLOPs per inference)" name="flops" value={v.flops} onChange={(x) => set({ flops: x })} error={flops.error} hint="e.g. 300M" />
          <TextField label="Memory traffic (bytes per inference)" name="bytes" value={v.bytes} onChange={(x) => set({ bytes: x })} error={bytes.error} hint="weights + activations read and written" />
          <TextField label="Peak compute per core (FLOP/s)" name="peak" value={v.peak} onChange={(x) => set({ peak: x })} error={peak.error} hint="e.g. 2T" />
          <TextField label="Memory bandwidth (bytes/s)" name="bw" value={v.bw} onChange={(x) => set({ bw: x })} error={bw.error} hint="shared by all cores, e.g. 34G" />
          <TextField label="Cores" name="cores" value={v.cores} onChange={(x) => set({ cores: x })} error={cores.error} inputMode="numeric" />
          <TextField label="Parallel efficiency (0–1)" name="eff" value={v.eff} onChange={(x) => set({ eff: x })} error={eff.error} />
          <TextField label="Cache size (bytes)" name="cache" value={v.cache} onChange={(x) => set({ cache: x })} error={cache.error} hint="0 = no cache" />
          <TextField label="Cache bandwidth (bytes/s)" name="cachebw" value={v.cachebw} onChange={(x) => set({ cachebw: x })} error={'error' in cachebw ? cachebw.error : undefined} hint="empty = 10 × memory bandwidth" />
          <SelectField
            label="Cache policy"
            name="policy"
            value={policy}
            options={[
              { value: 'lru', label: 'LRU: all of it or nothing' },
              { value: 'pinned', label: 'pinned: what fits stays' },
            ]}
            onChange={(x) => set({ policy: x })}
            hint="A sweep bigger than an LRU cache evicts every line before reuse."
          />
        </div>
        <SelectField
          label="Fill from a device (int8 rate, one core)"
          name="device-fill"
          value=""
          options={[{ value: '', label: 'Choose a device…' }, ...DEVICES.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(id) => {
            const d = deviceById(id);
            if (d) set({ peak: String(2 * deviceMacsPerSecond(d, 8)), bw: String(d.bandwidth), cores: '1', eff: '1', cache: String(d.cacheBytes), cachebw: String(d.cacheBandwidth), policy: d.cachePolicy });
          }}
        />
      </section>
      <section className="panel" aria-labelledby="roof-out-title">
        <h2 id="roof-out-title">Estimate</h2>
        {firstError?.error && (
          <p className="field-error" role="alert">
            {firstError.error}
          </p>
        )}
        {result && !result.ok && (
          <p className="field-error" role="alert">
            {result.error}
          </p>
        )}
        {r && (
          <>
            <dl className="calc-stats">
              <Stat label="Time" value={msText(r.latencyMs)} sub={boundText(r.bound)} tone={r.bound === 'memory' ? 'warn' : undefined} />
              <Stat label="Compute / memory" value={`${msText(r.computeMs)} / ${msText(r.memoryMs)}`} sub={`no overlap: ${msText(r.serialMs)}`} />
              <Stat label="Intensity / ridge" value={`${numText(r.intensity, 3)} / ${numText(r.ridge, 3)}`} sub="FLOP per byte" />
              <Stat label="Attained" value={`${siUnit(r.attained, 'FLOP/s')}`} sub={`${numText(r.utilization * 100, 1)} % of ${siUnit(r.peak, 'FLOP/s')}`} />
              {cache.value > 0 && <Stat label="Cache hit rate" value={`${numText(r.hitRate * 100, 1)} %`} sub={policy} />}
            </dl>
            <Steps lines={steps} />
            <RooflineChart
              peak={r.peak}
              roofs={[{ label: 'memory', bandwidth: bw.value }, ...(cache.value > 0 ? [{ label: 'cache', bandwidth: r.cacheBandwidth }] : [])]}
              points={[{ label: 'kernel', intensity: r.intensity, performance: r.attained, emphasis: true, tone: r.bound === 'memory' ? 'warn' : 'good' }]}
              label={`Roofline: peak ${siUnit(r.peak, 'FLOP/s')}, ridge at ${numText(r.ridge, 2)} FLOP/B; the kernel sits at ${numText(r.intensity, 2)} FLOP/B and reaches ${siUnit(r.attained, 'FLOP/s')}, ${boundText(r.bound)}.`}
            />
          </>
        )}
      </section>
      <MakeQuestion
        onMakeQuestion={onMakeQuestion}
        build={() => {
          if (!r) return null;
          const p = RooflineInputSchema.parse({ ...input, cacheBytes: 0 });
          const plain = roofline(p);
          return plain.ok ? rooflineQuestion(p, plain.value, calculatorLink('roofline', { src: 'manual', flops: v.flops, bytes: v.bytes, peak: v.peak, bw: v.bw, cores: v.cores, eff: v.eff })) : null;
        }}
      >
        <span className="muted small">The question leaves the cache out.</span>
      </MakeQuestion>
    </>
  );
}

function ModelRoofline() {
  const model = useModelState(EXTRA);
  const v = model.extra;
  const device = deviceById(v.device) ?? DEVICES[0]!;
  const cores = readNumber(v.cores, 'cores', wholeAtLeast('cores', 1));
  const eff = readNumber(v.eff, 'parallel efficiency', between('parallel efficiency', 0.01, 1));
  const a = model.table.analysis;
  const bitsError = model.weightBits.error ?? model.activationBits.error;
  const est =
    a && !a.error && model.table.errors.size === 0 && !bitsError && !cores.error && !eff.error
      ? estimateOnDevice(a, device, { weightBits: model.weightBits.value, activationBits: model.activationBits.value, biasBits: model.biasBits.value }, { cores: cores.value, efficiency: eff.value })
      : null;
  const e = est?.ok ? est.value : null;
  const w = e?.roofline.whole;
  const points: RooflinePoint[] = e
    ? [
        ...e.roofline.layers.filter((l) => l.intensity > 0 && Number.isFinite(l.intensity) && l.computeMs > 0).map((l) => ({ label: l.label, intensity: l.intensity, performance: l.attained, tone: l.bound === 'memory' ? ('warn' as const) : ('good' as const) })),
        { label: 'whole model', intensity: w!.intensity, performance: (2 * a!.totals.macs) / (e.latencyMs / 1000), emphasis: true, tone: 'accent' as const },
      ]
    : [];
  const memoryBound = e ? e.roofline.layers.filter((l) => l.bound === 'memory').length : 0;
  return (
    <>
      <ModelEditor model={model} collapsed />
      <section className="panel" aria-labelledby="dev-title">
        <h2 id="dev-title">Device</h2>
        <div className="calc-grid">
          <SelectField label="Device" name="device" value={device.id} options={DEVICES.map((d) => ({ value: d.id, label: d.name }))} onChange={(x) => model.setExtra({ device: x })} hint={device.estimates} />
          <TextField label="Weight bits" name="wbits" value={model.values.wbits} onChange={(x) => model.set({ wbits: x })} error={model.weightBits.error} inputMode="numeric" hint="≤ 8 runs at the int8 rate" />
          <TextField label="Activation bits" name="abits" value={model.values.abits} onChange={(x) => model.set({ abits: x })} error={model.activationBits.error} inputMode="numeric" />
          <TextField label="Cores" name="cores" value={v.cores} onChange={(x) => model.setExtra({ cores: x })} error={cores.error} inputMode="numeric" hint={`${device.name} has ${device.cores}; TFLite Micro uses one`} />
          <TextField label="Parallel efficiency (0–1)" name="eff" value={v.eff} onChange={(x) => model.setExtra({ eff: x })} error={eff.error} />
        </div>
      </section>
      <section className="panel" aria-labelledby="roof-model-title">
        <h2 id="roof-model-title">Estimate on {device.name}</h2>
        {est && !est.ok && (
          <p className="field-error" role="alert">
            {est.error}
          </p>
        )}
        {!est && (
          <p className="field-error" role="alert">
            {model.table.inputError ?? [...model.table.errors.values()][0] ?? bitsError ?? cores.error ?? eff.error ?? 'Fix the model to see the estimate.'}
          </p>
        )}
        {e && w && a && (
          <>
            <dl className="calc-stats">
              <Stat label="Latency, layer by layer" value={msText(e.latencyMs)} sub={`${numText(1000 / e.latencyMs, 1)} inferences/s`} />
              <Stat label="Whole model as one kernel" value={msText(w.latencyMs)} sub={boundText(w.bound)} />
              <Stat label="Layers memory-bound" value={`${memoryBound} of ${e.roofline.layers.length}`} />
              <Stat label="Weights from cache" value={`${numText(e.weightHitRate * 100, 1)} %`} sub={`${bytesText(device.cacheBytes)} ${device.cachePolicy}`} />
              <Stat label="Fits" value={e.fit.fits ? 'yes' : 'no'} sub={e.fit.summary} tone={e.fit.fits ? 'good' : 'bad'} />
            </dl>
            <Steps
              lines={[
                `P = 2 \\cdot f \\cdot \\text{MACs/cycle} \\cdot n \\cdot e = 2 \\cdot ${texNum(device.clockMHz * 1e6, 0)} \\cdot ${e.macsPerSecond / (device.clockMHz * 1e6)} \\cdot ${Math.min(cores.value, device.cores)} \\cdot ${eff.value} = ${texNum(w.peak, 0)}\\ \\text{op/s}`,
                `\\text{whole model: } I = \\frac{${texNum(a.totals.flops, 0)}}{${texNum(w.hitBytes + w.missBytes, 0)}} = ${texNum(w.intensity, 3)}, \\quad I^* = ${texNum(w.ridge, 3)}, \\quad t = \\max(${texNum(w.computeMs, 4)}, ${texNum(w.memoryMs, 4)}) = ${texNum(w.latencyMs, 4)}\\ \\text{ms}`,
                `t = \\sum_i \\max(t^{compute}_i, t^{memory}_i) = ${texNum(e.latencyMs, 4)}\\ \\text{ms} \\ \\ge\\ ${texNum(w.latencyMs, 4)}\\ \\text{ms}`,
              ]}
            />
            <RooflineChart
              peak={w.peak}
              opsUnit="op"
              roofs={[{ label: 'weight memory', bandwidth: device.bandwidth }, ...(device.cacheBytes > 0 ? [{ label: 'cache', bandwidth: device.cacheBandwidth }] : [])]}
              points={points}
              label={`Roofline of ${a.layers.length} layers on ${device.name}: peak ${siUnit(w.peak, 'op/s')}, ridge ${numText(w.ridge, 2)} op/B; ${memoryBound} layers memory-bound; whole model ${boundText(w.bound)}.`}
              caption="Each dot is a layer (orange: memory-bound, green: compute-bound); the labelled dot is the whole model at its layer-by-layer time."
            />
            <div className="table-scroll">
              <table className="calc-table">
                <caption>Per-layer roofline</caption>
                <thead>
                  <tr>
                    <th scope="col">Layer</th>
                    <th scope="col">Intensity (op/B)</th>
                    <th scope="col">Compute</th>
                    <th scope="col">Memory</th>
                    <th scope="col">Bound</th>
                  </tr>
                </thead>
                <tbody>
                  {e.roofline.layers.map((l) => (
                    <tr key={l.label}>
                      <th scope="row">{l.label}</th>
                      <td className="num">{numText(l.intensity, 2)}</td>
                      <td className="num">{msText(l.computeMs)}</td>
                      <td className="num">{msText(l.memoryMs)}</td>
                      <td>{l.computeMs === 0 && l.memoryMs === 0 ? '—' : l.bound}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}

export function RooflineCalculator({ onMakeQuestion }: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const model = useModelState(EXTRA);
  const v = model.extra;
  const src = v.src === 'model' ? 'model' : 'manual';
  return (
    <>
      <div className="row calc-mode" role="group" aria-label="What to estimate">
        <button type="button" className={`btn${src === 'manual' ? ' primary' : ''}`} aria-pressed={src === 'manual'} onClick={() => model.setExtra({ src: 'manual' })}>
          One kernel, by hand
        </button>
        <button type="button" className={`btn${src === 'model' ? ' primary' : ''}`} aria-pressed={src === 'model'} onClick={() => model.setExtra({ src: 'model' })}>
          A model on a device
        </button>
      </div>
      {src === 'manual' ? <ManualRoofline v={v} set={model.setExtra} onMakeQuestion={onMakeQuestion} /> : <ModelRoofline />}
    </>
  );
}
