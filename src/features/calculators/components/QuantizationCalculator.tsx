/** Scale and zero point, TFLite style: symmetric weights, asymmetric activations, and one value's round trip. */
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATOR_DEFAULTS } from '../lib/calculator-defaults';
import { calculatorLink } from '../lib/links';
import { quantizeValue, sqnrDb, type QuantScheme } from '../lib/quantization';
import { numText, texNum } from '../lib/tex';
import { QUANT_ASKS, quantizationQuestion, type QuantAsk } from '../questions/quantization-question';
import { SelectField, Stat, TextField } from './Field';
import { MakeQuestion } from './MakeQuestion';
import { readNumber } from './parse-field';
import { Steps } from './Steps';
import { useQueryState } from './useQueryState';

const DEFAULTS = CALCULATOR_DEFAULTS.quantization;
const ASK_LABELS: Record<QuantAsk, string> = { scale: 'the scale', zeroPoint: 'the zero point', q: 'the quantized value' };

export function QuantizationCalculator({ onMakeQuestion }: { onMakeQuestion?: ((q: NatQuestion) => void) | undefined }) {
  const [v, set] = useQueryState(DEFAULTS);
  const min = readNumber(v.min, 'min');
  const max = readNumber(v.max, 'max');
  const bits = readNumber(v.bits, 'bits');
  const x = readNumber(v.x, 'value');
  const scheme: QuantScheme = v.scheme === 'asymmetric' ? 'asymmetric' : 'symmetric';
  const signed = v.signed !== '0';
  const ask = (QUANT_ASKS as readonly string[]).includes(v.ask) ? (v.ask as QuantAsk) : 'scale';
  const fieldError = [min, max, bits, x].find((f) => f.error)?.error;
  const input = { min: min.value, max: max.value, bits: bits.value, scheme, signed, x: x.value };
  const result = fieldError ? null : quantizeValue(input);
  const r = result?.ok ? result.value : null;
  const lo = Math.min(min.value, 0);
  const hi = Math.max(max.value, 0);
  const steps = r
    ? scheme === 'symmetric'
      ? [
          `m = \\max(|${min.value}|, |${max.value}|) = ${texNum(Math.max(Math.abs(min.value), Math.abs(max.value)), 6)}`,
          `s = \\frac{m}{2^{b-1} - 1} = \\frac{${texNum(Math.max(Math.abs(min.value), Math.abs(max.value)), 6)}}{${r.qmax}} = ${texNum(r.scale, 8)}, \\quad z = 0`,
          `q = \\operatorname{clamp}\\left(\\operatorname{round}\\left(\\frac{${x.value}}{${texNum(r.scale, 8)}}\\right), ${r.qmin}, ${r.qmax}\\right) = ${r.q}`,
          `\\hat{x} = s \\cdot q = ${texNum(r.dequantized, 8)}, \\quad |x - \\hat{x}| = ${texNum(r.error, 8)} \\ \\le\\ \\frac{s}{2} = ${texNum(r.maxError, 8)}`,
        ]
      : [
          `[\\min(${min.value}, 0), \\max(${max.value}, 0)] = [${lo}, ${hi}]`,
          `s = \\frac{${hi} - (${lo})}{${r.qmax} - (${r.qmin})} = ${texNum(r.scale, 8)}`,
          `z = q_{min} - \\operatorname{round}\\left(\\frac{${lo}}{s}\\right) = ${r.qmin} - \\operatorname{round}(${texNum(lo / r.scale, 4)}) = ${r.zeroPoint}`,
          `q = \\operatorname{clamp}\\left(\\operatorname{round}\\left(\\frac{${x.value}}{s}\\right) + z\\right) = ${r.q}`,
          `\\hat{x} = s \\cdot (q - z) = ${texNum(r.dequantized, 8)}, \\quad |x - \\hat{x}| = ${texNum(r.error, 8)}`,
        ]
    : [];
  return (
    <>
      <section className="panel" aria-labelledby="q-in-title">
        <h2 id="q-in-title">Range and format</h2>
        <div className="calc-grid">
          <TextField label="Min of the range" name="min" value={v.min} onChange={(t) => set({ min: t })} error={min.error} />
          <TextField label="Max of the range" name="max" value={v.max} onChange={(t) => set({ max: t })} error={max.error} />
          <TextField label="Bits" name="bits" value={v.bits} onChange={(t) => set({ bits: t })} error={bits.error} inputMode="numeric" />
          <SelectField
            label="Scheme"
            name="scheme"
            value={scheme}
            options={[
              { value: 'symmetric', label: 'symmetric (weights: zero point 0)' },
              { value: 'asymmetric', label: 'asymmetric (activations)' },
            ]}
            onChange={(t) => set({ scheme: t })}
          />
          {scheme === 'asymmetric' && (
            <SelectField
              label="Integer type"
              name="signed"
              value={signed ? '1' : '0'}
              options={[
                { value: '1', label: 'signed (int8: −128…127)' },
                { value: '0', label: 'unsigned (uint8: 0…255)' },
              ]}
              onChange={(t) => set({ signed: t })}
            />
          )}
          <TextField label="Value to quantize" name="x" value={v.x} onChange={(t) => set({ x: t })} error={x.error} />
        </div>
      </section>
      <section className="panel" aria-labelledby="q-out-title">
        <h2 id="q-out-title">Scale, zero point and round trip</h2>
        {(fieldError ?? (result && !result.ok ? result.error : undefined)) && (
          <p className="field-error" role="alert">
            {fieldError ?? (result && !result.ok ? result.error : '')}
          </p>
        )}
        {r && (
          <>
            <dl className="calc-stats">
              <Stat label="Scale" value={r.scale.toPrecision(6)} sub={`levels ${r.qmin} … ${r.qmax}`} />
              <Stat label="Zero point" value={String(r.zeroPoint)} />
              <Stat label={`q(${x.value})`} value={String(r.q)} sub={r.clipped ? 'clipped: outside the range' : `back to ${numText(r.dequantized, 6)}`} tone={r.clipped ? 'warn' : undefined} />
              <Stat label="SQNR (full-scale sine)" value={`${numText(sqnrDb(bits.value), 2)} dB`} sub="6.02·b + 1.76" />
            </dl>
            <Steps lines={steps} />
          </>
        )}
      </section>
      <MakeQuestion onMakeQuestion={onMakeQuestion} build={() => (r ? quantizationQuestion(input, r, ask, calculatorLink('quantization', { ...v, ask: undefined })) : null)}>
        <SelectField label="Ask for" name="ask" value={ask} options={QUANT_ASKS.map((k) => ({ value: k, label: ASK_LABELS[k] }))} onChange={(t) => set({ ask: t })} />
      </MakeQuestion>
    </>
  );
}
