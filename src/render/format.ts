// Every unit conversion for display lives here: the rest of the code stays in SI.

const J_PER_KWH = 3_600_000;
const G_PER_KG = 1000;

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

export function formatG(co2eG: number): string {
  return `${formatSignificant(co2eG)} g`;
}

/** Energy in the unit that suits its size: Wh, kWh or MWh. */
export function formatEnergy(energyJ: number): string {
  const kWh = joulesToKWh(energyJ);
  if (kWh !== 0 && Math.abs(kWh) < 1) return `${formatSignificant(kWh * 1000)} Wh`;
  if (Math.abs(kWh) >= 10_000) return `${formatSignificant(kWh / 1000)} MWh`;
  return `${formatSignificant(kWh)} kWh`;
}

/** CO2e in the unit that suits its size: g, kg or t. */
export function formatCo2e(co2eG: number): string {
  if (Math.abs(co2eG) < 1000) return formatG(co2eG);
  if (Math.abs(co2eG) < 1_000_000) return formatKg(co2eG);
  return `${formatSignificant(co2eG / 1_000_000)} t`;
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
  if (durationS < 60) return `${formatSignificant(durationS)} s`;
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
