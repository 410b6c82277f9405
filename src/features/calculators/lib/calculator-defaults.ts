/**
 * The state each calculator starts from, as URL text. A link only needs the values that differ from
 * these; the widgets and the headless evaluator (./evaluate-link.ts) read the same defaults.
 */
import type { CalculatorId } from './links.ts';
import { modelToText } from './model-notation.ts';
import { MODEL_PRESETS, modelPreset } from './model-presets.ts';

const mlp = MODEL_PRESETS[0]!.model;
const start = modelToText(mlp.inputShape, mlp.layers);
const kws = modelPreset('ds-cnn-kws')!.model;

export const MODEL_DEFAULTS = { input: start.input, layers: start.layers, wbits: '32', abits: '32', bbits: 'same' } as const;

export const CALCULATOR_DEFAULTS = {
  'model-size': { ...MODEL_DEFAULTS, device: 'arduino-nano-33-ble-sense', chart: 'params', ask: 'params' },
  compression: { params: '2.5M', base: '32', prune: '30', bits: '8', coding: '0', sparse: 'none', index: '8' },
  latency: { work: '100M', wunit: 'flops', mode: 'rate', rate: '25M', runit: 'flops', clock: '80M', opc: '1', cores: '1', eff: '1', overhead: '0' },
  roofline: { ...MODEL_DEFAULTS, src: 'manual', flops: '300M', bytes: '60M', peak: '2T', bw: '34G', cores: '1', eff: '1', cache: '0', cachebw: '', policy: 'lru', device: 'stm32f746' },
  /** Starts on a case with something to fix: the float DS-CNN keyword spotter on a Nano 33 BLE Sense, 50 ms budget. */
  advisor: { ...MODEL_DEFAULTS, ...modelToText(kws.inputShape, kws.layers), device: 'arduino-nano-33-ble-sense', budget: '50', sreserve: '0', rreserve: '0' },
  quantization: { min: '-0.5', max: '0.3', bits: '8', scheme: 'symmetric', signed: '1', x: '0.3', ask: 'scale' },
} as const satisfies Record<CalculatorId, Record<string, string>>;
