import { createRng, pick } from '../../../utils/random.ts';
import { DEVICES } from '../lib/devices.ts';
import { fitsOnDevice } from '../lib/fits.ts';
import { weightBytes } from '../lib/model-size.ts';
import { texInt, texNum } from '../lib/tex.ts';
import { defineTemplate, natAnswer } from './template.ts';

/** Share of a microcontroller's flash an int8 model takes, after the firmware's reserve. Over 100 % = does not fit. */
export const fitsOnDeviceTemplate = defineTemplate(
  { id: 'param-fits-on-device', title: 'Does the model fit in flash?', topic: 'MCU constraints', difficulty: 'medium', tags: ['flash', 'int8', 'deployment'] },
  (seed) => {
    const rng = createRng(seed);
    const device = pick(
      rng,
      DEVICES.filter((d) => d.kind === 'mcu'),
    );
    const params = pick(rng, [150_000, 300_000, 475_544, 700_000, 1_200_000, 2_500_000]);
    const reserve = pick(rng, [10, 20, 25, 30, 40]);
    const bytes = weightBytes(params, 0, 8);
    const v = fitsOnDevice(bytes, 0, device, reserve);
    const pct = v.weights.fraction * 100;
    const kib = device.storageBytes / 1024;
    return {
      body: {
        prompt: `You deploy an int8 model with ${params.toLocaleString('en-US')} weights (1 byte each; ignore biases and metadata) on ${/^[AEIOU]/.test(device.name) ? 'an' : 'a'} ${device.name}, which has ${kib.toLocaleString('en-US')} KiB of ${device.storageLabel}. The firmware and runtime take ${reserve} % of it. What percentage of the remaining ${device.storageLabel} do the weights need? Give one decimal (over 100 means it does not fit).`,
        explanation: `$$\\text{available} = ${texInt(kib)}\\ \\text{KiB} \\times (1 - ${reserve / 100}) \\times 1{,}024 = ${texInt(v.weights.available)}\\ \\text{B}$$\n\n$$\\frac{${texInt(bytes)}}{${texInt(v.weights.available)}} = ${texNum(pct, 1)}\\ \\%$$\n\n${pct <= 100 ? 'It fits' : 'It does not fit'}; remember the tensor arena must also fit the ${device.ramLabel} (${texInt(device.ramBytes / 1024)} KiB).`,
      },
      answer: natAnswer(pct, { decimals: 1 }, '%'),
    };
  },
);
