// Units of the quantities a homegrown log writes, and the ceilings past which a value is in another unit.

export type QuantityKind = 'power' | 'energy';
export type EnergyKind = 'cumulative' | 'interval';

/** A unit as the user writes it in the `unit` option, and its factor to SI (W or J). */
export const POWER_UNITS: Record<string, number> = { kW: 1e3, W: 1, mW: 1e-3 };
export const ENERGY_UNITS: Record<string, number> = { kWh: 3.6e6, Wh: 3600, kJ: 1e3, J: 1, mJ: 1e-3 };
export const UNIT_NAMES = [...Object.keys(POWER_UNITS), ...Object.keys(ENERGY_UNITS)];

/** A unit as a header writes it (lower-cased): `[W]`, `_watts`, `(mW)`, `_kwh`, `joules`. */
const HEADER_UNITS: Record<string, { kind: QuantityKind; unit: string }> = {
  w: { kind: 'power', unit: 'W' },
  watt: { kind: 'power', unit: 'W' },
  watts: { kind: 'power', unit: 'W' },
  mw: { kind: 'power', unit: 'mW' },
  milliwatt: { kind: 'power', unit: 'mW' },
  milliwatts: { kind: 'power', unit: 'mW' },
  kw: { kind: 'power', unit: 'kW' },
  kilowatt: { kind: 'power', unit: 'kW' },
  kilowatts: { kind: 'power', unit: 'kW' },
  j: { kind: 'energy', unit: 'J' },
  joule: { kind: 'energy', unit: 'J' },
  joules: { kind: 'energy', unit: 'J' },
  mj: { kind: 'energy', unit: 'mJ' },
  millijoule: { kind: 'energy', unit: 'mJ' },
  millijoules: { kind: 'energy', unit: 'mJ' },
  kj: { kind: 'energy', unit: 'kJ' },
  wh: { kind: 'energy', unit: 'Wh' },
  kwh: { kind: 'energy', unit: 'kWh' },
};

/** Time units a header writes after an epoch column's name (`timestamp_ms`, `TimeStampUs`, `Timestamp (ns)`). */
const TIME_UNITS: Record<string, EpochUnit> = {
  s: 's', sec: 's', secs: 's', seconds: 's',
  ms: 'ms', msec: 'ms', millis: 'ms', milliseconds: 'ms',
  us: 'us', 'µs': 'us', usec: 'us', micros: 'us', microseconds: 'us',
  ns: 'ns', nsec: 'ns', nanos: 'ns', nanoseconds: 'ns',
};
export type EpochUnit = 's' | 'ms' | 'us' | 'ns';
export const EPOCH_FACTOR_MS: Record<EpochUnit, number> = { s: 1000, ms: 1, us: 1e-3, ns: 1e-6 };

export function quantityUnit(token: string): { kind: QuantityKind; unit: string } | undefined {
  return HEADER_UNITS[token.toLowerCase()];
}

export function timeUnit(token: string): EpochUnit | undefined {
  return TIME_UNITS[token.toLowerCase()];
}

export function unitFactor(unit: string): number {
  return POWER_UNITS[unit] ?? ENERGY_UNITS[unit]!;
}

export function kindOfUnit(unit: string): QuantityKind | undefined {
  return unit in POWER_UNITS ? 'power' : unit in ENERGY_UNITS ? 'energy' : undefined;
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
  for (const [name, factor] of Object.entries(table)) {
    if (factor < stated && (powerW * factor) / stated <= ceilingW) return name;
  }
  return undefined;
}
