/** Latency = work ÷ throughput, with MACs/FLOPs conversion, a clock-based throughput, cores and a frame budget. */
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import { DEVICES, deviceById } from '../lib/devices';
import { estimateLatency, WORK_UNITS, type WorkUnit } from '../lib/latency';
import { calculatorLink } from '../lib/links';
import { msText, numText, texNum } from '../lib/tex';
import { latencyQuestion } from '../questions/latency-question';
import { SelectField, Stat, TextField } from './Field';
import { MakeQuestion } from './MakeQuestion';
import { atLeast, between, positive, readNumber, wholeAtLeast } from './parse-field';
import { Steps } from './Steps';
import { useQueryState } from './useQueryState';

const DEFAULTS = CALCULATOR_DEFAULTS.latency;

const unitWord = (u: WorkUnit) => (u === 'flops' ? 'FLOPs' : 'MACs');
const asUnit = (s: string): WorkUnit => ((WORK_UNITS as readonly string[]).includes(s) ? (s as WorkUnit) : 'flops');

export function LatencyCalculator({ onMakeQuestion }: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const [v, set] = useQueryState(DEFAULTS);
  const wunit = asUnit(v.wunit);
  const runit = asUnit(v.runit);
  const mode = v.mode === 'clock' ? 'clock' : 'rate';
  const work = readNumber(v.work, 'work', positive('work'));
  const rate = readNumber(v.rate, 'throughput', positive('throughput'));
  const clock = readNumber(v.clock, 'clock', positive('clock'));
  const opc = readNumber(v.opc, 'operations per cycle', positive('operations per cycle'));
  const cores = readNumber(v.cores, 'cores', wholeAtLeast('cores', 1));
  const eff = readNumber(v.eff, 'parallel efficiency', between('parallel efficiency', 0.01, 1));
  const overhead = readNumber(v.overhead, 'other per-frame time', atLeast('other per-frame time', 0));
  const used = [work, ...(mode === 'rate' ? [rate] : [clock, opc]), cores, eff, overhead];
  const firstError = used.find((f) => f.error)?.error;
  const result = firstError
    ? null
    : estimateLatency({
        work: work.value,
        workUnit: wunit,
        mode,
        rate: rate.value,
        clockHz: clock.value,
        opsPerCycle: opc.value,
        rateUnit: runit,
        cores: cores.value,
        efficiency: eff.value,
        overheadMs: overhead.value,
      });
  const r = result?.ok ? result.value : null;
  const units = WORK_UNITS.map((u) => ({ value: u, label: unitWord(u) }));
  const steps = r
    ? [
        ...(wunit !== runit ? [`\\text{work} = ${texNum(work.value, 0)}\\ \\text{${unitWord(wunit)}} ${wunit === 'macs' ? '\\times 2' : '\\div 2'} = ${texNum(r.work, 0)}\\ \\text{${unitWord(runit)}}`] : []),
        mode === 'clock'
          ? `R_1 = f \\cdot \\text{ops/cycle} = ${texNum(clock.value, 0)} \\cdot ${opc.value} = ${texNum(r.coreRate, 0)}\\ \\text{${unitWord(runit)}/s}`
          : `R_1 = ${texNum(r.coreRate, 0)}\\ \\text{${unitWord(runit)}/s}`,
        ...(cores.value > 1 || eff.value < 1 ? [`R = R_1 \\cdot n \\cdot e = ${texNum(r.coreRate, 0)} \\cdot ${cores.value} \\cdot ${eff.value} = ${texNum(r.totalRate, 0)}`] : []),
        `t = \\frac{\\text{work}}{R} = \\frac{${texNum(r.work, 0)}}{${texNum(r.totalRate, 0)}}\\ \\text{s} = ${texNum(r.latencyMs, 4)}\\ \\text{ms}`,
        `\\text{fps} = \\frac{1000}{t + t_{other}} = \\frac{1000}{${texNum(r.latencyMs, 4)} + ${overhead.value}} = ${texNum(r.fps, 2)}`,
      ]
    : [];
  return (
    <>
      <section className="panel" aria-labelledby="lat-in-title">
        <h2 id="lat-in-title">Work and throughput</h2>
        <div className="calc-grid">
          <TextField label="Work per inference" name="work" value={v.work} onChange={(x) => set({ work: x })} error={work.error} hint="e.g. 100M or 5.6e6" />
          <SelectField label="Work is counted in" name="wunit" value={wunit} options={units} onChange={(x) => set({ wunit: x })} hint="FLOPs = 2 · MACs" />
          <SelectField
            label="Throughput from"
            name="mode"
            value={mode}
            options={[
              { value: 'rate', label: 'a measured rate' },
              { value: 'clock', label: 'clock × operations per cycle' },
            ]}
            onChange={(x) => set({ mode: x })}
          />
          {mode === 'rate' ? (
            <TextField label="Throughput per core (per second)" name="rate" value={v.rate} onChange={(x) => set({ rate: x })} error={rate.error} hint="e.g. 25M" />
          ) : (
            <>
              <TextField label="Clock (Hz)" name="clock" value={v.clock} onChange={(x) => set({ clock: x })} error={clock.error} hint="e.g. 80M for 80 MHz" />
              <TextField label="Operations per cycle per core" name="opc" value={v.opc} onChange={(x) => set({ opc: x })} error={opc.error} hint="sustained, e.g. 0.8 MACs/cycle" />
            </>
          )}
          <SelectField label="Throughput is counted in" name="runit" value={runit} options={units} onChange={(x) => set({ runit: x })} />
          <TextField label="Cores" name="cores" value={v.cores} onChange={(x) => set({ cores: x })} error={cores.error} inputMode="numeric" />
          <TextField label="Parallel efficiency (0–1)" name="eff" value={v.eff} onChange={(x) => set({ eff: x })} error={eff.error} hint="speed-up on n cores = n · e" />
          <TextField label="Other per-frame time (ms)" name="overhead" value={v.overhead} onChange={(x) => set({ overhead: x })} error={overhead.error} hint="capture, pre- and post-processing" />
        </div>
        <SelectField
          label="Fill the clock from a device (int8 rate)"
          name="device-fill"
          value=""
          options={[{ value: '', label: 'Choose a device…' }, ...DEVICES.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(id) => {
            const d = deviceById(id);
            if (d) set({ mode: 'clock', clock: `${d.clockMHz}M`, opc: String(d.int8MacsPerCycle), runit: 'macs', cores: '1', eff: '1' });
          }}
          hint="Per-cycle rates are estimates; see the device notes on the model-size page."
        />
      </section>
      <section className="panel" aria-labelledby="lat-out-title">
        <h2 id="lat-out-title">Time per inference</h2>
        {firstError && (
          <p className="field-error" role="alert">
            {firstError}
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
              <Stat label="Latency" value={msText(r.latencyMs)} sub={cores.value > 1 ? `${msText(r.singleCoreMs)} on one core` : undefined} />
              <Stat label="Frames per second" value={numText(r.fps, 2)} sub={overhead.value ? `with ${overhead.value} ms of other work per frame` : 'inference only'} />
              <Stat label="Work" value={`${numText(r.workMacs, 0)} MACs`} sub={`${numText(r.workFlops, 0)} FLOPs`} />
            </dl>
            <Steps lines={steps} />
          </>
        )}
      </section>
      <MakeQuestion
        onMakeQuestion={onMakeQuestion}
        build={() =>
          r
            ? latencyQuestion({
                work: work.value,
                workUnit: wunit,
                mode,
                rate: rate.value,
                clockHz: clock.value,
                opsPerCycle: opc.value,
                rateUnit: runit,
                cores: cores.value,
                efficiency: eff.value,
                result: r,
                link: calculatorLink('latency', v),
              })
            : null
        }
      />
    </>
  );
}
