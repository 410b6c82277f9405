/**
 * Calculators: how long the model-size analysis of a 100-layer model takes, against a floor of summing
 * 100 numbers in the same run (the least any per-layer total can cost). Also the widget's per-keystroke
 * path (parse the URL text, validate, analyse) and the on-device roofline of the same model.
 */
import { analyzeModel } from '../../../src/features/calculators/lib/analyze-model.ts';
import { analyzeTable } from '../../../src/features/calculators/lib/analyze-table.ts';
import { deviceById } from '../../../src/features/calculators/lib/devices.ts';
import { ModelSpecSchema, type LayerInput } from '../../../src/features/calculators/lib/layer-config.ts';
import { modelToText, parseLayerList } from '../../../src/features/calculators/lib/model-notation.ts';
import { estimateOnDevice } from '../../../src/features/calculators/lib/on-device.ts';
import { medianMs, type Suite } from '../context.ts';

/** 100 layers: 25 blocks of depthwise 3×3, batch norm, pointwise 1×1 and batch norm on a 32×32 map. */
function hundredLayers(): { inputShape: number[]; layers: LayerInput[] } {
  const layers: LayerInput[] = [];
  for (let i = 0; i < 25; i++) {
    layers.push(
      { type: 'depthwiseConv2d', kernelSize: 3, padding: 'same', useBias: false },
      { type: 'batchNormalization' },
      { type: 'conv2d', filters: 32 + (i % 4) * 8, kernelSize: 1, useBias: false },
      { type: 'batchNormalization' },
    );
  }
  return { inputShape: [32, 32, 16], layers };
}

/** Time of one call, in µs: `reps` calls per sample so that the timer's resolution does not matter. */
async function perCallUs(fn: () => unknown, reps: number): Promise<number> {
  const ms = await medianMs(() => {
    for (let i = 0; i < reps; i++) fn();
  }, 9, 3);
  return (ms * 1000) / reps;
}

const suite: Suite = {
  name: 'calculators',
  async run() {
    const model = hundredLayers();
    const spec = ModelSpecSchema.parse(model);
    if (spec.layers.length !== 100 || analyzeModel(spec).error) throw new Error('the 100-layer bench model does not analyse cleanly');
    const text = modelToText(model.inputShape, model.layers);
    const device = deviceById('stm32h743')!;

    const numbers = Float64Array.from({ length: 100 }, (_, i) => i * 1.5);
    let sink = 0;
    const floor = await perCallUs(() => {
      let s = 0;
      for (let i = 0; i < numbers.length; i++) s += numbers[i]!;
      sink += s;
    }, 200_000);
    const analyse = await perCallUs(() => {
      sink += analyzeModel(spec).totals.params;
    }, 2_000);
    const keystroke = await perCallUs(() => {
      sink += analyzeTable(text.input, parseLayerList(text.layers)).analysis?.totals.macs ?? 0;
    }, 200);
    const onDevice = await perCallUs(() => {
      const e = estimateOnDevice(analyzeModel(spec), device, { weightBits: 8, activationBits: 8 });
      sink += e.ok ? e.value.latencyMs : 0;
    }, 500);
    if (!Number.isFinite(sink)) throw new Error('the bench sink is not finite');
    const floorFig = { label: 'summing 100 numbers, same run', value: Number(floor.toFixed(4)) };
    return [
      {
        id: 'calc-analyze-100-layers',
        label: 'Model-size analysis of a 100-layer model (shapes, params, MACs, arena)',
        value: Number(analyse.toFixed(2)),
        unit: 'µs',
        floor: floorFig,
        budget: { max: 1000, on: 'ratio' },
        note: 'pure analysis of an already validated model',
      },
      {
        id: 'calc-keystroke-100-layers',
        label: 'Widget path per keystroke: parse the URL text, validate 100 layers with zod, analyse',
        value: Number(keystroke.toFixed(1)),
        unit: 'µs',
        floor: floorFig,
        budget: { max: 16_000, on: 'value' },
        note: 'budget: well inside one 16 ms frame',
      },
      {
        id: 'calc-on-device-100-layers',
        label: 'Same model on a device: fit verdict and layer-by-layer roofline',
        value: Number(onDevice.toFixed(2)),
        unit: 'µs',
        floor: floorFig,
      },
    ];
  },
};
export default suite;
