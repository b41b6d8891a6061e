import { InvalidArgumentError } from 'commander';
import { INTENSITY_RANGE_G_PER_KWH, PUE_RANGE } from '../footprint/index.js';
import { ESTIMATE_LIMITS } from '../pipeline/run-estimate.js';

// Flag parsers: commander reports their errors as usage errors (exit 2) naming the flag.

export function parseNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`"${value}" is not a number.`);
  return n;
}

export function parsePositive(value: string): number {
  const n = parseNumber(value);
  if (!(n > 0)) throw new InvalidArgumentError(`${value} must be above 0.`);
  return n;
}

export function parseCount(value: string): number {
  const n = parseNumber(value);
  if (!(Number.isInteger(n) && n >= 1)) throw new InvalidArgumentError(`${value} must be a whole number of at least 1.`);
  return n;
}

// The estimate's maxima (src/pipeline/run-estimate.ts), checked here too so that the usage error names the flag.

export function parseEstimateHours(value: string): number {
  return atMost(parsePositive(value), value, ESTIMATE_LIMITS.hours, 'hours per device (about 11 years)');
}

export function parseEstimateGpuHours(value: string): number {
  return atMost(parsePositive(value), value, ESTIMATE_LIMITS.gpuHours, `device-hours (${ESTIMATE_LIMITS.hours} h × ${ESTIMATE_LIMITS.count} devices)`);
}

export function parseEstimateCount(value: string): number {
  return atMost(parseCount(value), value, ESTIMATE_LIMITS.count, 'devices');
}

function atMost(n: number, value: string, max: number, what: string): number {
  if (n > max) throw new InvalidArgumentError(`${value} is more than an estimate covers: at most ${max} ${what}.`);
  return n;
}

export function parsePue(value: string): number {
  const n = parseNumber(value);
  if (!(n >= PUE_RANGE.min && n <= PUE_RANGE.max)) {
    throw new InvalidArgumentError(
      `PUE ${value} is out of range: give a value from ${PUE_RANGE.min} (no overhead) to ${PUE_RANGE.max}; 1.1 is a hyperscale cloud, about 1.56 an average data centre.`,
    );
  }
  return n;
}

export function parseIntensity(value: string): number {
  const n = parseNumber(value);
  const { min, max } = INTENSITY_RANGE_G_PER_KWH;
  if (!(n >= min && n <= max)) {
    throw new InvalidArgumentError(`${value} is out of range: give grams of CO2e per kWh from ${min} to ${max} (e.g. 437, not 0.437 kg).`);
  }
  return n;
}

export function parseFraction(value: string): number {
  const n = parseNumber(value);
  if (!(n > 0 && n <= 1)) {
    const hint = n > 1 && n <= 100 ? ` For ${value} % write ${n / 100}.` : '';
    throw new InvalidArgumentError(`${value} must be a fraction above 0 and at most 1.${hint}`);
  }
  return n;
}

export function parseMaxGap(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = parseNumber(value);
  if (!(n > 0)) throw new InvalidArgumentError(`${value} must be a number of seconds above 0, or "auto".`);
  return n;
}
