import { gpuData } from '../data/index.js';
import type { DeviceEnergy } from '../energy/types.js';
import { InputError } from '../shared/errors.js';
import { J_PER_KWH } from '../shared/units.js';
import { gpuEmbodied } from './gpus.js';
import type { DeviceFootprint, EmbodiedFactor, Factors, SiteFactors, Totals } from './types.js';

export interface FootprintOptions {
  /** Add each GPU's share of its manufacturing footprint (default: true, where the GPU table has a figure). */
  embodied?: boolean;
  /** Service life the manufacturing footprint is spread over (s); default from the GPU table. */
  lifetimeS?: number;
  /** A device's own factors (the site its source recorded), when it has some; `factors` price the others. */
  factorsOf?: (device: DeviceEnergy) => SiteFactors | undefined;
  /** A device's operational CO2e (g) priced otherwise (hour by hour), or undefined for facility energy × intensity. */
  operationalOf?: (device: DeviceEnergy, pue: number, own: SiteFactors | undefined) => number | undefined;
}

export interface FootprintResult {
  totals: Totals;
  devices: DeviceFootprint[];
  /** Present when at least one device got an embodied share. */
  embodied?: EmbodiedFactor;
  /** With embodied counted: the ids of the GPUs that got no share, their model having no figure in the GPU table (absent when none). */
  embodiedNotCounted?: string[];
}

/**
 * Facility energy = device energy x PUE; operational CO2e = facility energy (kWh) x grid intensity;
 * embodied CO2e = manufacturing footprint (the device plus its host's share) x (time held / lifetime),
 * kept apart from operational, with the same share of the published low/high figures as its range; a
 * device is held over its window less the spans it was not seen (two runs a day apart hold it 2 × a run).
 */
export function computeFootprint(devices: DeviceEnergy[], factors: Factors, options: FootprintOptions = {}): FootprintResult {
  const lifetimeS = options.lifetimeS ?? gpuData.defaultLifetime.seconds;
  if (!Number.isFinite(lifetimeS) || lifetimeS <= 0) {
    throw new InputError(`The hardware lifetime must be a positive number of seconds, got ${String(lifetimeS)}.`);
  }
  const withEmbodied = options.embodied ?? true;
  const deviceSources = new Set<string>();
  const hostSources = new Set<string>();
  const rangeSources = new Set<string>();
  let embodiedDevices = 0;
  let lowCo2eG = 0;
  let highCo2eG = 0;
  const notCounted: string[] = [];

  const footprints = devices.map((device): DeviceFootprint => {
    const own = options.factorsOf?.(device);
    const { pue, intensity } = own ?? factors;
    const facilityEnergyJ = device.energyJ * pue.value;
    const operationalCo2eG = options.operationalOf?.(device, pue.value, own) ?? (facilityEnergyJ / J_PER_KWH) * intensity.gPerKWh;
    let embodiedCo2eG = 0;
    const gpu = (device.device.component ?? 'gpu') === 'gpu';
    const spec = withEmbodied && gpu && device.device.model ? gpuEmbodied(device.device.model) : undefined;
    if (withEmbodied && gpu && !spec) notCounted.push(device.device.id);
    if (spec) {
      const heldS = Math.max(0, (device.endMs - device.startMs) / 1000 - (device.gapS ?? 0));
      const count = device.device.count ?? 1;
      const share = count * 1000 * (heldS / lifetimeS); // g CO2e per kg of manufacturing footprint
      embodiedCo2eG = spec.kgCo2e * share;
      deviceSources.add(spec.deviceSource);
      if (spec.hostSource !== undefined) hostSources.add(spec.hostSource);
      embodiedDevices += count;
      // A device without a published range counts at its own figure at both ends.
      lowCo2eG += (spec.range?.lowKgCo2e ?? spec.kgCo2e) * share;
      highCo2eG += (spec.range?.highKgCo2e ?? spec.kgCo2e) * share;
      if (spec.range) rangeSources.add(spec.range.source);
    }
    const footprint: DeviceFootprint = { deviceId: device.device.id, facilityEnergyJ, operationalCo2eG, embodiedCo2eG };
    if (own) footprint.factors = own;
    return footprint;
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
  if (notCounted.length > 0) result.embodiedNotCounted = notCounted;
  if (deviceSources.size > 0) {
    const host = hostSources.size > 0 ? `; plus the host's share: ${[...hostSources].sort().join('; ')}` : '';
    result.embodied = {
      source: `${[...deviceSources].sort().join('; ')}${host}; amortised over ${formatYears(lifetimeS)}`,
      datasetVersion: gpuData.datasetVersion,
      lifetimeS,
      devices: embodiedDevices,
    };
    if (rangeSources.size > 0) {
      result.embodied.range = { lowCo2eG, highCo2eG, source: [...rangeSources].sort().join('; ') };
    }
  }
  return result;
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
