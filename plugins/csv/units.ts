// Units of the quantities a homegrown log writes, and the ceilings past which a value is in another unit.
import { POWER_UNITS, powerUnitOf, unitOf } from '../shared/units.js';

export type QuantityKind = 'power' | 'energy';
export type EnergyKind = 'cumulative' | 'interval';

/**
 * A unit as the user writes it in the `unit` option, and its factor to SI (W or J). Power units are the
 * built-in plugins' shared table, so a csv header reads every unit (MW included) that the others do.
 */
export { POWER_UNITS };
export const ENERGY_UNITS: Record<string, number> = { kWh: 3.6e6, MJ: 1e6, Wh: 3600, kJ: 1e3, J: 1, mJ: 1e-3 };
export const UNIT_NAMES = [...Object.keys(POWER_UNITS), ...Object.keys(ENERGY_UNITS)];

/** Energy units spelled out, as a header writes them (lower-cased); the symbols (`_J`, `_kwh`) are ENERGY_UNITS' own. */
const ENERGY_UNIT_WORDS: Record<string, string> = {
  joule: 'J', joules: 'J',
  millijoule: 'mJ', millijoules: 'mJ',
  megajoule: 'MJ', megajoules: 'MJ',
};

/** The energy unit a header word names: `MJ` megajoules, `mJ` or all lower-case `mj` millijoules (as SI writes them), `Mj` neither. */
function energyUnitOf(word: string): string | undefined {
  return unitOf(word, ENERGY_UNITS, ENERGY_UNIT_WORDS);
}

/** Time units a header writes after an epoch column's name (`timestamp_ms`, `TimeStampUs`, `Timestamp (ns)`). */
const TIME_UNITS: Record<string, EpochUnit> = {
  s: 's', sec: 's', secs: 's', seconds: 's',
  ms: 'ms', msec: 'ms', millis: 'ms', milliseconds: 'ms',
  us: 'us', 'µs': 'us', usec: 'us', micros: 'us', microseconds: 'us',
  ns: 'ns', nsec: 'ns', nanos: 'ns', nanoseconds: 'ns',
};
export type EpochUnit = 's' | 'ms' | 'us' | 'ns';
export const EPOCH_FACTOR_MS: Record<EpochUnit, number> = { s: 1000, ms: 1, us: 1e-3, ns: 1e-6 };

/** The quantity and unit a header word names (`W`, `mW`, `MW`, `watts`, `kwh`, `MJ`): case tells mW from MW and mJ from MJ. */
export function quantityUnit(token: string): { kind: QuantityKind; unit: string } | undefined {
  const power = powerUnitOf(token);
  if (power !== undefined) return { kind: 'power', unit: power };
  const energy = energyUnitOf(token);
  return energy === undefined ? undefined : { kind: 'energy', unit: energy };
}

export function timeUnit(token: string): EpochUnit | undefined {
  const lower = token.toLowerCase();
  return Object.hasOwn(TIME_UNITS, lower) ? TIME_UNITS[lower] : undefined;
}

export function unitFactor(unit: string): number {
  return POWER_UNITS[unit] ?? ENERGY_UNITS[unit]!;
}

export function kindOfUnit(unit: string): QuantityKind | undefined {
  return Object.hasOwn(POWER_UNITS, unit) ? 'power' : Object.hasOwn(ENERGY_UNITS, unit) ? 'energy' : undefined;
}

/**
 * Above these a reading is not one device's power (the energy stage's own defaults): a GPU, CPU or RAM
 * draws under 3 kW, a whole node under 20 kW. A copy of DEFAULT_MAX_POWER_W and NODE_MAX_POWER_W in
 * src/energy/options.ts, which plugins cannot import (only the SDK) and the SDK does not export (its
 * exports are capped): csv.test.ts fails when the two drift apart.
 */
export const DEVICE_CEILING_W = 3000;
export const NODE_CEILING_W = 20_000;

/**
 * The unit the values were most likely written in, when `powerW` (read in `unit`) exceeds `ceilingW`: the
 * largest smaller unit of the same family that brings it under the ceiling (65000 "W" -> mW).
 */
export function likelyUnit(unit: string, powerW: number, ceilingW: number): string | undefined {
  const table = unit in POWER_UNITS ? POWER_UNITS : ENERGY_UNITS;
  const stated = table[unit]!;
  // Largest first, whatever order the table lists them in.
  for (const [name, factor] of Object.entries(table).sort((a, b) => b[1] - a[1])) {
    if (factor < stated && (powerW * factor) / stated <= ceilingW) return name;
  }
  return undefined;
}
