/**
 * A model as one line of text, for links and for the layer table:
 *
 *   input = 28x28x1
 *   layers = conv2d(filters=32,kernelSize=3,padding=same);maxPooling2d;flatten;dense(units=10)
 *
 * Layer and option names are tfjs-layers's (Keras spellings such as Conv2D or kernel_size are
 * accepted too). Values stay text until validation, so that what a user typed, even "abc", survives
 * in the URL and the table and gets a message saying what is wrong with it.
 */
import { z } from 'zod';
import { fail, ok, show, type Checked } from './checked.ts';
import {
  InputShapeSchema,
  LAYER_TYPES,
  LayerConfigSchema,
  layerFields,
  type LayerConfig,
  type LayerInput,
  type LayerType,
  type ModelSpec,
} from './layer-config.ts';

/** A layer as written: its type and its options as text. */
export const RawLayerSchema = z.object({ type: z.string(), args: z.record(z.string(), z.string()) });
export type RawLayer = z.infer<typeof RawLayerSchema>;

const TYPE_BY_LOWER = new Map(LAYER_TYPES.map((t) => [t.toLowerCase(), t]));

/** "Conv2D" / "conv2d" / "conv_2d" → "conv2d"; undefined when there is no such layer here. */
export function canonicalType(name: string): LayerType | undefined {
  return TYPE_BY_LOWER.get(name.trim().toLowerCase().replace(/_/g, ''));
}

/** kernel_size → kernelSize. */
const camel = (key: string) => key.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Splits "a(x=1,y=2);b;c(z=3)" into raw layers. Whitespace and empty entries are ignored. */
export function parseLayerList(text: string): RawLayer[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const m = /^([^(]*)(?:\((.*)\))?\s*$/.exec(entry);
      const type = (m?.[1] ?? entry).trim();
      const args: Record<string, string> = {};
      for (const part of (m?.[2] ?? '').split(',')) {
        if (!part.trim()) continue;
        const eq = part.indexOf('=');
        if (eq < 0) args[camel(part)] = '';
        else args[camel(part.slice(0, eq))] = part.slice(eq + 1).trim();
      }
      return { type, args };
    });
}

/** The inverse of parseLayerList. Options with empty keys are dropped. */
export function formatLayerList(layers: readonly RawLayer[]): string {
  return layers
    .map((l) => {
      const args = Object.entries(l.args)
        .filter(([k]) => k)
        .map(([k, v]) => `${k}=${v.replace(/[;,()]/g, '')}`);
      return args.length ? `${l.type}(${args.join(',')})` : l.type;
    })
    .join(';');
}

/** Text → the value zod should see: numbers, booleans, and "3x5" pairs; anything else stays text. */
function coerce(key: string, text: string): unknown {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) {
    const n = Number(t);
    return key === 'targetShape' ? [n] : n;
  }
  if (/^\d+(\s*[x×]\s*\d+)+$/i.test(t)) return t.split(/\s*[x×]\s*/i).map(Number);
  return t;
}

/** Validates one raw layer; the message names the layer, the option and the rule. */
export function validateLayer(raw: RawLayer, index: number): Checked<LayerConfig> {
  const where = `layer ${index + 1}`;
  const type = canonicalType(raw.type);
  if (!type) return fail(`${where}: there is no layer type ${show(raw.type)}; use one of ${LAYER_TYPES.join(', ')}`);
  const fields = layerFields(type);
  const candidate: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(raw.args)) {
    if (!fields.includes(key)) {
      return fail(`${where} (${type}) has no option ${show(key)}; ${fields.length ? `its options are ${fields.join(', ')}` : 'it takes no options'}`);
    }
    if (value.trim() !== '' || key !== 'activation') candidate[key] = coerce(key, value);
  }
  const parsed = LayerConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0];
    const needed = typeof key === 'string' && candidate[key] === undefined ? `${key} is required` : issue.message;
    return fail(`${where} (${type}): ${needed}`);
  }
  return ok(parsed.data);
}

/** "28x28x1", "28×28×1", "784", "[28, 28, 1]" → [28, 28, 1]. */
export function parseInputShape(text: string): Checked<number[]> {
  const t = text.trim().replace(/^\[|\]$/g, '');
  const parts = t ? t.split(/\s*(?:[x×,]|\s)\s*/i).filter(Boolean) : [];
  const numbers = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const parsed = InputShapeSchema.safeParse(numbers);
  if (!parsed.success) return fail(parts.length ? `input shape ${show(t)}: ${parsed.error.issues[0]!.message}` : parsed.error.issues[0]!.message);
  return ok(parsed.data);
}

export interface ParsedModel {
  raw: RawLayer[];
  /** Present when the input shape and every layer are valid. */
  spec?: ModelSpec;
  inputError?: string;
  /** Messages by layer index. */
  layerErrors: Map<number, string>;
}

/** Input shape text + layer list text → a validated model spec, or every message at once. */
export function parseModel(inputText: string, layersText: string): ParsedModel {
  const raw = parseLayerList(layersText);
  const input = parseInputShape(inputText);
  const layerErrors = new Map<number, string>();
  const layers: LayerConfig[] = [];
  raw.forEach((r, i) => {
    const v = validateLayer(r, i);
    if (v.ok) layers.push(v.value);
    else layerErrors.set(i, v.error);
  });
  const spec = input.ok && layerErrors.size === 0 ? { inputShape: input.value, layers } : undefined;
  return { raw, ...(spec ? { spec } : {}), ...(input.ok ? {} : { inputError: input.error }), layerErrors };
}

/** A pair value as text: [3, 3] → "3", [3, 5] → "3x5". */
function valueText(v: unknown): string {
  if (Array.isArray(v)) return v.length === 2 && v[0] === v[1] ? String(v[0]) : v.join('x');
  return String(v);
}

/** A layer written in code (a preset) → its raw form, keeping only the options it sets. */
export function rawFromInput(layer: LayerInput): RawLayer {
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(layer)) {
    if (k === 'type' || v === undefined) continue;
    args[k] = k === 'targetShape' && Array.isArray(v) ? v.join('x') : valueText(v);
  }
  return { type: layer.type, args };
}

/** A model written in code → the two URL parameters that reproduce it. */
export function modelToText(inputShape: readonly number[], layers: readonly LayerInput[]): { input: string; layers: string } {
  return { input: inputShape.join('x'), layers: formatLayerList(layers.map(rawFromInput)) };
}
