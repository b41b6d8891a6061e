// Every unit conversion for display lives here: the rest of the code stays in SI.

import { G_PER_KG, J_PER_KWH } from '../shared/units.js';

/**
 * `value` with `digits` significant digits, in plain decimal notation (never 1e-7 style).
 * Values of 10^digits and above are rounded to integers with thousands separators.
 */
export function formatSignificant(value: number, digits = 3): string {
  // Number(): a value that is not a number (a malformed report) prints as NaN, never as its text.
  if (!Number.isFinite(value)) return String(Number(value));
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 10 ** digits) return withThousands(Math.round(value));
  const magnitude = Math.floor(Math.log10(abs));
  const decimals = Math.min(12, Math.max(0, digits - 1 - magnitude));
  const text = value.toFixed(decimals);
  // Rounding can carry into a new digit (9.996 -> "10.00", 999.7 -> "1000"): one decimal fewer.
  if (Math.abs(Number(text)) >= 10 ** (magnitude + 1)) {
    return decimals > 0 ? value.toFixed(decimals - 1) : withThousands(Math.round(value));
  }
  return text;
}

/**
 * An integer with commas between thousands, as `toLocaleString('en-US')` writes it: its first call
 * loads ICU's number data, about 15 ms of every report (measured with --cpu-prof).
 */
export function withThousands(integer: number): string {
  const digits = String(Math.abs(integer));
  if (!/^\d+$/.test(digits)) return integer.toLocaleString('en-US');
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${integer < 0 ? '-' : ''}${groups.join(',')}`;
}

export function joulesToKWh(energyJ: number): number {
  return energyJ / J_PER_KWH;
}

export function gramsToKg(co2eG: number): number {
  return co2eG / G_PER_KG;
}

/** Energy in kWh, whatever its size (headlines, action outputs). */
export function formatKWh(energyJ: number): string {
  return `${formatSignificant(joulesToKWh(energyJ))} kWh`;
}

/** CO2e in kg, whatever its size (headlines). */
export function formatKg(co2eG: number): string {
  return `${formatSignificant(gramsToKg(co2eG))} kg`;
}

/** A unit of display and how many base units (J or g) one of it holds. */
export interface DisplayUnit {
  unit: string;
  per: number;
}

const J_PER_WH = 3600;
const ENERGY_UNITS: DisplayUnit[] = [
  { unit: 'MWh', per: 1000 * J_PER_KWH },
  { unit: 'kWh', per: J_PER_KWH },
  { unit: 'Wh', per: J_PER_WH },
  { unit: 'mWh', per: J_PER_WH / 1000 },
  { unit: 'µWh', per: J_PER_WH / 1e6 },
];
const CO2E_UNITS: DisplayUnit[] = [
  { unit: 't', per: 1e6 },
  { unit: 'kg', per: G_PER_KG },
  { unit: 'g', per: 1 },
  { unit: 'mg', per: 1e-3 },
  { unit: 'µg', per: 1e-6 },
];

/** `value` (in base units) in `unit`, with three significant digits. */
export function formatIn(value: number, unit: DisplayUnit): string {
  return `${formatSignificant(value / unit.per)} ${unit.unit}`;
}

/** The largest unit of `units` (from large to small) in which `value` is at least 1; the smallest for tinier values. */
function unitFor(value: number, units: DisplayUnit[], largest: number, zero: DisplayUnit): DisplayUnit {
  const abs = Math.abs(value);
  if (!Number.isFinite(abs) || abs === 0) return zero;
  return units.slice(largest).find((u) => abs >= u.per) ?? units[units.length - 1]!;
}

/** Energy in the unit that suits its size: µWh, mWh, Wh, kWh or MWh (10,000 kWh and above). */
export function formatEnergy(energyJ: number): string {
  if (Math.abs(joulesToKWh(energyJ)) >= 10_000) return formatIn(energyJ, ENERGY_UNITS[0]!);
  return formatIn(energyJ, unitFor(energyJ, ENERGY_UNITS, 1, ENERGY_UNITS[1]!));
}

/** CO2e in the unit that suits its size: µg, mg, g, kg or t. */
export function formatCo2e(co2eG: number): string {
  return formatIn(co2eG, unitFor(co2eG, CO2E_UNITS, 0, CO2E_UNITS[2]!));
}

/**
 * The unit of a headline's CO2e (and of everything compared with it, such as a budget): kg, as the
 * headline has always read, unless the value is under 1 g, where kg would read 0.00000472 kg.
 */
export function headlineCo2eUnit(co2eG: number): DisplayUnit {
  return Math.abs(co2eG) >= 1 || co2eG === 0 || !Number.isFinite(co2eG) ? CO2E_UNITS[1]! : unitFor(co2eG, CO2E_UNITS, 2, CO2E_UNITS[1]!);
}

/** The unit of a headline's energy: kWh, unless the value is under 1 Wh. */
export function headlineEnergyUnit(energyJ: number): DisplayUnit {
  return Math.abs(energyJ) >= J_PER_WH || energyJ === 0 || !Number.isFinite(energyJ) ? ENERGY_UNITS[1]! : unitFor(energyJ, ENERGY_UNITS, 2, ENERGY_UNITS[1]!);
}

export function formatPowerW(powerW: number): string {
  if (Math.abs(powerW) >= 1000) return `${formatSignificant(powerW / 1000)} kW`;
  return `${formatSignificant(powerW)} W`;
}

export function formatIntensity(gPerKWh: number): string {
  return `${formatSignificant(gPerKWh)} g CO2e/kWh`;
}

/**
 * A fraction as a percentage with one decimal, rounded down so that incomplete coverage never
 * reads as "100 %".
 */
export function formatPercent(fraction: number): string {
  const tenths = Math.floor(fraction * 1000 + 1e-9);
  return `${(tenths / 10).toFixed(1)} %`;
}

/** A signed percentage change, e.g. "+12.5 %" or "-3.0 %". */
export function formatChangePercent(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '±';
  return `${sign}${Math.abs(percent).toFixed(1)} %`;
}

export function formatDuration(durationS: number): string {
  if (durationS < 60) return Number.isInteger(durationS) ? `${durationS} s` : `${formatSignificant(durationS)} s`;
  const totalMinutes = Math.round(durationS / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** "2024-01-15 10:23:45 UTC" from an ISO instant. */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function formatFactorSource(factor: { source: string; year?: number; datasetVersion?: string }): string {
  const parts = [factor.source];
  if (factor.year !== undefined && !factor.source.includes(String(factor.year))) parts.push(String(factor.year));
  if (factor.datasetVersion) parts.push(`dataset ${factor.datasetVersion}`);
  return parts.join(', ');
}
