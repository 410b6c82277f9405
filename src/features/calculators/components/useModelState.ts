/**
 * The model a calculator works on, from the URL: input shape, layer list and precisions, parsed and
 * analysed on every change. Shared by the model-size, roofline and advisor calculators.
 */
import { useMemo } from 'react';
import { analyzeTable, type TableAnalysis } from '../lib/analyze-table';
import { checkRange } from '../lib/checked';
import { MODEL_DEFAULTS } from '../lib/calculator-defaults';
import { formatLayerList, parseLayerList, type RawLayer } from '../lib/model-notation';
import { useQueryState } from './useQueryState';

/** A bit width typed by the user: a whole number from 1 to 64. */
export function parseBits(text: string, name: string): { value: number; error?: string } {
  const n = Number(text.trim());
  const rule = text.trim() === '' || !Number.isInteger(n) ? `${name} must be a whole number of bits from 1 to 64, got "${text}"` : checkRange(name, n, 1, 64, 'bits');
  return rule ? { value: 32, error: rule } : { value: n };
}

export interface ModelState {
  values: Record<keyof typeof MODEL_DEFAULTS, string>;
  set: (patch: Partial<Record<keyof typeof MODEL_DEFAULTS, string>>) => void;
  raw: RawLayer[];
  setRaw: (raw: RawLayer[]) => void;
  table: TableAnalysis;
  weightBits: { value: number; error?: string };
  activationBits: { value: number; error?: string };
  biasBits: { value: number; error?: string };
}

export function useModelState<K extends string>(extraDefaults: Readonly<Record<K, string>>): ModelState & { extra: Record<K, string>; setExtra: (patch: Partial<Record<K, string>>) => void } {
  const defaults = useMemo(() => ({ ...MODEL_DEFAULTS, ...extraDefaults }), [extraDefaults]);
  const [values, setValues] = useQueryState<keyof typeof MODEL_DEFAULTS | K>(defaults);
  // One writer for both key sets: a patch names only keys this calculator owns.
  const set: (patch: Partial<Record<string, string>>) => void = setValues;
  const raw = useMemo(() => parseLayerList(values.layers), [values.layers]);
  const table = useMemo(() => analyzeTable(values.input, raw), [values.input, raw]);
  const weightBits = parseBits(values.wbits, 'weight bits');
  const activationBits = parseBits(values.abits, 'activation bits');
  const biasBits = values.bbits === 'same' ? weightBits : parseBits(values.bbits, 'bias bits');
  return {
    values,
    set,
    raw,
    setRaw: (next) => set({ layers: formatLayerList(next) }),
    table,
    weightBits,
    activationBits,
    biasBits,
    extra: values,
    setExtra: set,
  };
}
