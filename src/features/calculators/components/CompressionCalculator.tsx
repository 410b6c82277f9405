/** Compression chain: prune → quantize → entropy-code, with or without sparse-index overhead. */
import { BarChart } from '@/components/ui/charts/BarChart';
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import { compressionChain, SPARSE_FORMATS, SPARSE_LABELS, type SparseFormat } from '../lib/compression';
import { calculatorLink } from '../lib/links';
import { bytesText, numText, texInt, texNum } from '../lib/tex';
import { compressionQuestion } from '../questions/compression-question';
import { SelectField, Stat, TextField } from './Field';
import { MakeQuestion } from './MakeQuestion';
import { between, positive, readNumber } from './parse-field';
import { Steps } from './Steps';
import { useQueryState } from './useQueryState';

const DEFAULTS = CALCULATOR_DEFAULTS.compression;

export function CompressionCalculator({ onMakeQuestion }: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const [v, set] = useQueryState(DEFAULTS);
  const params = readNumber(v.params, 'parameters', positive('parameters'));
  const base = readNumber(v.base, 'original bits', between('original bits', 1, 64));
  const prune = readNumber(v.prune, 'pruned share', (n) => (n >= 0 && n < 100 ? null : `pruned share must be in [0, 100) %, got ${n}`));
  const bits = readNumber(v.bits, 'bits after quantization', between('bits after quantization', 1, 64));
  const coding = readNumber(v.coding, 'entropy-coding saving', (n) => (n >= 0 && n < 100 ? null : `entropy-coding saving must be in [0, 100) %, got ${n}`));
  const index = readNumber(v.index, 'index bits', between('index bits', 1, 64));
  const sparse: SparseFormat = (SPARSE_FORMATS as readonly string[]).includes(v.sparse) ? (v.sparse as SparseFormat) : 'none';
  const fieldErrors = [params, base, prune, bits, coding, ...(sparse === 'csr' ? [index] : [])].filter((f) => f.error);
  const result = fieldErrors.length
    ? null
    : compressionChain({ params: params.value, baseBits: base.value, prunePercent: prune.value, bits: bits.value, codingPercent: coding.value, sparse, indexBits: index.value });
  const r = result?.ok ? result.value : null;
  const kept = 1 - prune.value / 100;
  const idxTex = sparse === 'bitmask' ? ' + 1' : sparse === 'csr' ? ` + ${texNum(kept, 4)} \\cdot ${index.value}` : '';
  return (
    <>
      <section className="panel" aria-labelledby="chain-title">
        <h2 id="chain-title">The chain</h2>
        <div className="calc-grid">
          <TextField label="Parameters" name="params" value={v.params} onChange={(x) => set({ params: x })} error={params.error} hint="e.g. 2.5M or 2500000" />
          <TextField label="Bits per weight before" name="base" value={v.base} onChange={(x) => set({ base: x })} error={base.error} hint="32 for float32" />
          <TextField label="1. Prune (% of weights removed)" name="prune" value={v.prune} onChange={(x) => set({ prune: x })} error={prune.error} />
          <TextField label="2. Quantize to (bits)" name="bits" value={v.bits} onChange={(x) => set({ bits: x })} error={bits.error} />
          <TextField label="3. Entropy coding saves (%)" name="coding" value={v.coding} onChange={(x) => set({ coding: x })} error={coding.error} hint="e.g. 20 for Huffman on clustered weights" />
          <SelectField label="Where the survivors are" name="sparse" value={sparse} options={SPARSE_FORMATS.map((s) => ({ value: s, label: SPARSE_LABELS[s] }))} onChange={(x) => set({ sparse: x })} />
          {sparse === 'csr' && <TextField label="Index bits per kept weight" name="index" value={v.index} onChange={(x) => set({ index: x })} error={index.error} hint="Deep Compression used 4–5-bit relative indices" />}
        </div>
      </section>
      <section className="panel" aria-labelledby="cr-title">
        <h2 id="cr-title">Ratio and sizes</h2>
        {result && !result.ok && (
          <p className="field-error" role="alert">
            {result.error}
          </p>
        )}
        {fieldErrors.length > 0 && (
          <p className="field-error" role="alert">
            {fieldErrors[0]!.error}
          </p>
        )}
        {r && (
          <>
            <dl className="calc-stats">
              <Stat label="Compression ratio" value={`${numText(r.ratio, 2)}×`} sub={`${bytesText(r.originalBytes)} → ${bytesText(r.finalBytes)}`} />
              <Stat label="Bits per original weight" value={numText(r.bitsPerWeight, 3)} sub={`from ${base.value}`} />
              <Stat label="Weights kept" value={numText(r.keptWeights, 0)} sub={`${numText(100 - prune.value, 2)} %`} />
            </dl>
            <Steps
              lines={[
                `\\text{kept} = N(1 - p) = ${texInt(params.value)} \\cdot (1 - ${texNum(prune.value / 100, 4)}) = ${texNum(r.keptWeights, 1)}`,
                `\\text{values} = \\text{kept} \\cdot b \\cdot (1 - a) = ${texNum(r.keptWeights, 1)} \\cdot ${bits.value} \\cdot ${texNum(1 - coding.value / 100, 4)} = ${texNum(r.valueBits, 0)}\\ \\text{bits}`,
                sparse === 'none'
                  ? '\\text{indices} = 0\\ (\\text{ideal sparse storage})'
                  : sparse === 'bitmask'
                    ? `\\text{indices} = N \\cdot 1 = ${texInt(params.value)}\\ \\text{bits}`
                    : `\\text{indices} = \\text{kept} \\cdot ${index.value} = ${texNum(r.indexBits, 0)}\\ \\text{bits}`,
                `CR = \\frac{N \\cdot b_0}{\\text{values} + \\text{indices}} = \\frac{${base.value}}{${texNum(kept, 4)} \\cdot ${bits.value} \\cdot ${texNum(1 - coding.value / 100, 4)}${idxTex}} = ${texNum(r.ratio, 3)}`,
              ]}
            />
            <BarChart
              data={r.stages.map((s, i) => ({ label: s.name, value: s.bytes, tone: i === r.stages.length - 1 ? 'good' : 'accent' }))}
              label={`Model size after each stage: ${r.stages.map((s) => `${s.name} ${bytesText(s.bytes)}`).join(', ')}`}
              format={(b) => bytesText(b)}
              labelWidth={150}
            />
            <table className="calc-table">
              <caption>Size after each stage</caption>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Size</th>
                  <th scope="col">Ratio so far</th>
                </tr>
              </thead>
              <tbody>
                {r.stages.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    <td className="num">{bytesText(s.bytes)}</td>
                    <td className="num">{numText(s.ratio, 2)}×</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <MakeQuestion
        onMakeQuestion={onMakeQuestion}
        build={() =>
          r
            ? compressionQuestion({
                params: params.value,
                baseBits: base.value,
                prune: prune.value,
                bits: bits.value,
                coding: coding.value,
                sparse,
                indexBits: index.value,
                result: r,
                link: calculatorLink('compression', v),
              })
            : null
        }
      />
    </>
  );
}
