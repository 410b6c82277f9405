/** Does a model fit a device? Weights must fit the storage they live in, the arena the working memory. */
import type { Device } from './devices.ts';

export interface MemoryVerdict {
  used: number;
  /** Capacity left after the reserve, bytes. */
  available: number;
  /** used ÷ available */
  fraction: number;
  fits: boolean;
}

export interface FitVerdict {
  weights: MemoryVerdict;
  arena: MemoryVerdict;
  fits: boolean;
  /** One sentence a user can act on. */
  summary: string;
}

const verdict = (used: number, capacity: number, reservePercent: number): MemoryVerdict => {
  const available = capacity * (1 - reservePercent / 100);
  return { used, available, fraction: used / available, fits: used <= available };
};

/**
 * weights fit  ⇔ weight bytes ≤ storage · (1 − reserve)
 * arena fits   ⇔ peak activation bytes ≤ RAM · (1 − reserve)
 * The reserves (percent, default 0) stand for the firmware, the stack, the heap and the runtime's own
 * tables, which on a microcontroller often take 20–40 % of each memory.
 */
export function fitsOnDevice(weightBytes: number, arenaBytes: number, device: Device, storageReservePercent = 0, ramReservePercent = 0): FitVerdict {
  const weights = verdict(weightBytes, device.storageBytes, storageReservePercent);
  const arena = verdict(arenaBytes, device.ramBytes, ramReservePercent);
  const fits = weights.fits && arena.fits;
  const pct = (v: MemoryVerdict) => `${Math.round(v.fraction * 100)} %`;
  const summary = fits
    ? `Fits: weights use ${pct(weights)} of the ${device.storageLabel}, the arena ${pct(arena)} of the ${device.ramLabel}.`
    : [
        weights.fits ? '' : `the weights need ${pct(weights)} of the ${device.storageLabel}`,
        arena.fits ? '' : `the arena needs ${pct(arena)} of the ${device.ramLabel}`,
      ]
        .filter(Boolean)
        .join(' and ')
        .replace(/^/, 'Does not fit: ')
        .concat('.');
  return { weights, arena, fits, summary };
}
