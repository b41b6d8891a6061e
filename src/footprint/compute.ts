import { gpuData } from '../data/index.js';
import type { DeviceEnergy } from '../energy/types.js';
import { InputError } from '../shared/errors.js';
import { lookupGpu } from './gpus.js';
import type { DeviceFootprint, EmbodiedFactor, Factors, Totals } from './types.js';

export const J_PER_KWH = 3.6e6;

export interface FootprintOptions {
  /** Add each GPU's share of its manufacturing footprint (default: true, where the GPU table has a figure). */
  embodied?: boolean;
  /** Service life the manufacturing footprint is spread over (s); default from the GPU table. */
  lifetimeS?: number;
}

export interface FootprintResult {
  totals: Totals;
  devices: DeviceFootprint[];
  /** Present when at least one device got an embodied share. */
  embodied?: EmbodiedFactor;
}

/**
 * Facility energy = device energy x PUE; operational CO2e = facility energy (kWh) x grid intensity;
 * embodied CO2e = manufacturing footprint x (time held / lifetime), kept apart from operational; a
 * device is held over its window less the spans it was not seen (two runs a day apart hold it 2 × a run).
 */
export function computeFootprint(devices: DeviceEnergy[], factors: Factors, options: FootprintOptions = {}): FootprintResult {
  const lifetimeS = options.lifetimeS ?? gpuData.defaultLifetime.seconds;
  if (!Number.isFinite(lifetimeS) || lifetimeS <= 0) {
    throw new InputError(`The hardware lifetime must be a positive number of seconds, got ${String(lifetimeS)}.`);
  }
  const withEmbodied = options.embodied ?? true;
  const embodiedSources = new Set<string>();
  let embodiedDevices = 0;

  const footprints = devices.map((device): DeviceFootprint => {
    const facilityEnergyJ = device.energyJ * factors.pue.value;
    const operationalCo2eG = (facilityEnergyJ / J_PER_KWH) * factors.intensity.gPerKWh;
    let embodiedCo2eG = 0;
    const spec = withEmbodied ? embodiedSpec(device) : undefined;
    if (spec) {
      const heldS = Math.max(0, (device.endMs - device.startMs) / 1000 - (device.gapS ?? 0));
      const count = device.device.count ?? 1;
      embodiedCo2eG = count * spec.embodiedKgCo2e * 1000 * (heldS / lifetimeS);
      embodiedSources.add(spec.embodiedSource);
      embodiedDevices += count;
    }
    return { deviceId: device.device.id, facilityEnergyJ, operationalCo2eG, embodiedCo2eG };
  });

  const sum = (pick: (footprint: DeviceFootprint) => number) => footprints.reduce((total, footprint) => total + pick(footprint), 0);
  const operationalCo2eG = sum((footprint) => footprint.operationalCo2eG);
  const embodiedCo2eG = sum((footprint) => footprint.embodiedCo2eG);
  const totals: Totals = {
    energyJ: devices.reduce((total, device) => total + device.energyJ, 0),
    facilityEnergyJ: sum((footprint) => footprint.facilityEnergyJ),
    operationalCo2eG,
    embodiedCo2eG,
    co2eG: operationalCo2eG + embodiedCo2eG,
    durationS: unionWindowS(devices),
  };

  const result: FootprintResult = { totals, devices: footprints };
  if (embodiedSources.size > 0) {
    result.embodied = {
      source: `${[...embodiedSources].sort().join('; ')}; amortised over ${formatYears(lifetimeS)}`,
      datasetVersion: gpuData.datasetVersion,
      lifetimeS,
      devices: embodiedDevices,
    };
  }
  return result;
}

function embodiedSpec(device: DeviceEnergy): { embodiedKgCo2e: number; embodiedSource: string } | undefined {
  const component = device.device.component;
  if (component !== undefined && component !== 'gpu') return undefined;
  const model = device.device.model;
  const spec = model ? lookupGpu(model) : undefined;
  if (spec?.embodiedKgCo2e === undefined || spec.embodiedSource === undefined) return undefined;
  return { embodiedKgCo2e: spec.embodiedKgCo2e, embodiedSource: spec.embodiedSource };
}

/** From the earliest start to the latest end, in seconds. */
function unionWindowS(devices: DeviceEnergy[]): number {
  if (devices.length === 0) return 0;
  const startMs = devices.reduce((earliest, device) => Math.min(earliest, device.startMs), Infinity);
  const endMs = devices.reduce((latest, device) => Math.max(latest, device.endMs), -Infinity);
  return Math.max(0, endMs - startMs) / 1000;
}

function formatYears(seconds: number): string {
  const years = seconds / (365.25 * 24 * 3600);
  return `${Number(years.toFixed(2))} years`;
}
