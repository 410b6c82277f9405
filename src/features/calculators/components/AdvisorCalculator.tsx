/** The optimization advisor: what does not fit, and what would fix it, each effect computed. */
import { Link } from 'wouter';
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import { adviseOptimizations, type Meets, type Snapshot } from '../lib/advisor';
import { DEVICES, deviceById } from '../lib/devices';
import { calculatorLink } from '../lib/links';
import { modelToText } from '../lib/model-notation';
import { bytesText, msText, numText, siText } from '../lib/tex';
import { SelectField, Stat, TextField } from './Field';
import { ModelEditor } from './ModelEditor';
import { between, positive, readNumber } from './parse-field';
import { useModelState } from './useModelState';

const EXTRA = CALCULATOR_DEFAULTS.advisor;

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const mark = (ok: boolean) => (ok ? <span className="good-text">✓</span> : <span className="bad-text">✗</span>);

function SnapshotCells({ s, m }: { s: Snapshot; m: Meets }) {
  return (
    <>
      <td className="num">{numText(s.params, 0)}</td>
      <td className="num">{siText(s.macs)}</td>
      <td className="num">
        {bytesText(s.weightBytes)} {mark(m.weights)}
      </td>
      <td className="num">
        {bytesText(s.arenaBytes)} {mark(m.arena)}
      </td>
      <td className="num">
        {msText(s.latencyMs)} {mark(m.latency)}
      </td>
    </>
  );
}

export function AdvisorCalculator(_props: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const model = useModelState(EXTRA);
  const v = model.extra;
  const device = deviceById(v.device) ?? DEVICES[0]!;
  const budget = v.budget.trim() === '' ? { value: undefined } : readNumber(v.budget, 'latency budget', positive('latency budget'));
  const sreserve = readNumber(v.sreserve, 'storage reserve', between('storage reserve', 0, 99, ' %'));
  const rreserve = readNumber(v.rreserve, 'RAM reserve', between('RAM reserve', 0, 99, ' %'));
  const spec = model.table.spec;
  const inputError =
    model.table.inputError ?? [...model.table.errors.values()][0] ?? model.weightBits.error ?? model.activationBits.error ?? ('error' in budget ? budget.error : undefined) ?? sreserve.error ?? rreserve.error;
  const advice =
    spec && !inputError
      ? adviseOptimizations({
          spec,
          device,
          precision: { weightBits: model.weightBits.value, activationBits: model.activationBits.value, biasBits: model.biasBits.value },
          ...(budget.value !== undefined ? { latencyBudgetMs: budget.value } : {}),
          storageReservePercent: sreserve.value,
          ramReservePercent: rreserve.value,
        })
      : null;
  const a = advice?.ok ? advice.value : null;
  return (
    <>
      <ModelEditor model={model} collapsed />
      <section className="panel" aria-labelledby="target-title">
        <h2 id="target-title">Target</h2>
        <div className="calc-grid">
          <SelectField label="Device" name="device" value={device.id} options={DEVICES.map((d) => ({ value: d.id, label: d.name }))} onChange={(x) => model.setExtra({ device: x })} hint={`${bytesText(device.storageBytes)} ${device.storageLabel}, ${bytesText(device.ramBytes)} ${device.ramLabel}`} />
          <TextField label="Latency budget (ms)" name="budget" value={v.budget} onChange={(x) => model.setExtra({ budget: x })} error={'error' in budget ? budget.error : undefined} hint="empty = no latency target" />
          <TextField label="Weight bits now" name="wbits" value={model.values.wbits} onChange={(x) => model.set({ wbits: x })} error={model.weightBits.error} inputMode="numeric" />
          <TextField label="Activation bits now" name="abits" value={model.values.abits} onChange={(x) => model.set({ abits: x })} error={model.activationBits.error} inputMode="numeric" />
          <TextField label={`${capitalized(device.storageLabel)} reserved for firmware (%)`} name="sreserve" value={v.sreserve} onChange={(x) => model.setExtra({ sreserve: x })} error={sreserve.error} />
          <TextField label={`${capitalized(device.ramLabel)} reserved for stack and runtime (%)`} name="rreserve" value={v.rreserve} onChange={(x) => model.setExtra({ rreserve: x })} error={rreserve.error} />
        </div>
      </section>
      <section className="panel" aria-labelledby="advice-title">
        <h2 id="advice-title">Advice</h2>
        {inputError && (
          <p className="field-error" role="alert">
            {inputError}
          </p>
        )}
        {advice && !advice.ok && (
          <p className="field-error" role="alert">
            {advice.error}
          </p>
        )}
        {a && (
          <>
            <dl className="calc-stats">
              <Stat label="Weights" value={bytesText(a.before.weightBytes)} tone={a.meetsBefore.weights ? 'good' : 'bad'} />
              <Stat label="Arena" value={bytesText(a.before.arenaBytes)} tone={a.meetsBefore.arena ? 'good' : 'bad'} />
              <Stat label="Latency (roofline estimate)" value={msText(a.before.latencyMs)} tone={a.meetsBefore.latency ? 'good' : 'bad'} />
            </dl>
            {a.problems.length ? (
              <ul className="problems">
                {a.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : (
              <p className="good-text">The model meets the target as it is. The options below would add headroom.</p>
            )}
            {a.plan.steps.length > 0 && (
              <div className={`card plan ${a.plan.meets.all ? 'plan-ok' : 'plan-short'}`}>
                <h3>Plan: {a.plan.steps.map((s) => s.title.toLowerCase()).join(' → ')}</h3>
                <p>
                  {a.plan.meets.all ? 'Meets the target' : 'Still misses the target after every step; consider a bigger device'}: weights {bytesText(a.plan.after.weightBytes)}, arena {bytesText(a.plan.after.arenaBytes)}, latency{' '}
                  {msText(a.plan.after.latencyMs)}.
                </p>
              </div>
            )}
            <div className="table-scroll">
              <table className="calc-table advice-table">
                <caption>Each technique on its own, applied to the current model (✓ meets the target, ✗ does not)</caption>
                <thead>
                  <tr>
                    <th scope="col">Technique</th>
                    <th scope="col">Params</th>
                    <th scope="col">MACs</th>
                    <th scope="col">Weights</th>
                    <th scope="col">Arena</th>
                    <th scope="col">Latency</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="baseline">
                    <th scope="row">Now</th>
                    <SnapshotCells s={a.before} m={a.meetsBefore} />
                  </tr>
                  {a.suggestions.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        {s.title}
                        <span className="muted small block">{s.change}</span>
                        <span className="muted small block">{s.caveat}</span>
                        {s.spec && (
                          <Link
                            className="small"
                            href={calculatorLink('model-size', { ...modelToText(s.spec.inputShape, s.spec.layers), wbits: s.precision.weightBits, abits: s.precision.activationBits })}
                          >
                            Open this model in the size calculator
                          </Link>
                        )}
                      </th>
                      <SnapshotCells s={s.after} m={s.meets} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted small">
              Latencies use the device's estimated rates (see its notes); the ranking is what to trust, the milliseconds to within about 2×. Accuracy effects are not predicted: measure them.
            </p>
          </>
        )}
      </section>
    </>
  );
}
