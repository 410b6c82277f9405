/**
 * The layer table's live analysis: the layers above the first problem are analysed even while a
 * later row is being edited, so results update as the user types and errors point at one row.
 */
import { analyzeModel, type ModelAnalysis } from './analyze-model.ts';
import type { LayerConfig, ModelSpec } from './layer-config.ts';
import { parseInputShape, validateLayer, type RawLayer } from './model-notation.ts';

export interface TableAnalysis {
  inputError?: string;
  /** Messages by row index: option errors and shape errors. */
  errors: Map<number, string>;
  /** The analysis of the rows before the first problem (every row when there is none). */
  analysis: ModelAnalysis | null;
  /** The whole model, when every row is valid. */
  spec?: ModelSpec;
}

export function analyzeTable(inputText: string, raw: readonly RawLayer[]): TableAnalysis {
  const errors = new Map<number, string>();
  const layers: LayerConfig[] = [];
  raw.forEach((r, i) => {
    const v = validateLayer(r, i);
    if (v.ok) layers.push(v.value);
    else errors.set(i, v.error);
  });
  const input = parseInputShape(inputText);
  if (!input.ok) return { inputError: input.error, errors, analysis: null };
  const firstBad = errors.size ? Math.min(...errors.keys()) : layers.length;
  const prefix: ModelSpec = { inputShape: input.value, layers: layers.slice(0, firstBad) };
  const analysis = analyzeModel(prefix);
  if (analysis.error) errors.set(analysis.error.layer, analysis.error.message);
  const spec = errors.size === 0 ? { inputShape: input.value, layers } : undefined;
  return { errors, analysis, ...(spec ? { spec } : {}) };
}
