import type { DataWarning, DeviceEnergy } from '../energy/types.js';
import { cleanerAlternatives, figureSourceOf } from '../footprint/alternatives.js';
import { listSome } from '../energy/format.js';
import { cleanestStart, hourlyIntensityFactor, hourlyOperationalG, type HourlyPricer, type HourTally } from '../footprint/hourly.js';
import { computeFootprint, DATASET_VERSION, resolveFactors, SitePricer } from '../footprint/index.js';
import { sciOf } from '../footprint/sci.js';
import type { ResolvedFactors } from '../footprint/factors.js';
import type { DeviceFootprint, Factors, SiteFactors } from '../footprint/types.js';
import type { InputError } from '../shared/errors.js';
import { buildReport } from '../report/build.js';
import { collapseRepeats } from './warnings.js';
import type { PowerSeries, Report, ResolvedInputs } from '../report/types.js';
import { validateReport } from '../report/validate.js';
import type { CommonOptions } from './options.js';

/** The factors of the recorded site that priced the most facility energy (every device has one here). */
function mainSite(devices: DeviceFootprint[]): Factors | undefined {
  let best: DeviceFootprint | undefined;
  for (const device of devices) if (device.factors && (!best || device.facilityEnergyJ > best.facilityEnergyJ)) best = device;
  return best?.factors && { pue: best.factors.pue, intensity: best.factors.intensity };
}

/** SCI per the user's functional unit, and the cleaner places to run the same job (one pricing site only). */
function addLevers(report: Report, options: Pick<CommonOptions, 'functionalUnit'>): void {
  if (options.functionalUnit) report.sci = sciOf(report.totals, options.functionalUnit);
  const oneSite = report.devices.every((device) => !device.factors || JSON.stringify(device.factors.intensity) === JSON.stringify(report.factors.intensity));
  const alternatives = oneSite && report.devices.length > 0 ? cleanerAlternatives(report.factors.intensity, report.totals) : [];
  if (alternatives.length > 0) report.alternatives = alternatives;
}

/**
 * PUE and grid intensity for the options, resolved first so that a typo fails before any file is read.
 * `deferUnpriced` (telemetry, whose sources may record their sites): a missing world average in the scope
 * asked for is returned as `unpriced`, for assembleReport to throw only if some device has no site.
 */
export function factorsFor(options: CommonOptions, warnings: DataWarning[], deferUnpriced = false): Pick<ResolvedFactors, 'factors' | 'unpriced'> {
  const resolved = resolveFactors(
    {
      location: options.location,
      pue: options.pue,
      facility: options.facility,
      intensityGPerKWh: options.intensityGPerKWh,
      intensityScope: options.intensityScope,
    },
    { deferUnpriced },
  );
  warnings.push(...resolved.warnings);
  return resolved.unpriced ? { factors: resolved.factors, unpriced: resolved.unpriced } : { factors: resolved.factors };
}

export interface Assembly {
  devices: DeviceEnergy[];
  factors: Factors;
  warnings: DataWarning[];
  inputs: Omit<ResolvedInputs, 'location'>;
  powerSeries?: PowerSeries;
  /** Hourly grid intensity for the devices priced at the report's factors (`intensityProvider`). */
  hourly?: HourlyPricer;
  /** The report's factors price nothing (see factorsFor): a device without a recorded site fails with this. */
  unpriced?: InputError;
}

/**
 * Energy -> footprint -> one validated Report. Devices whose source recorded where they ran are priced
 * there (see SitePricer); when all were, and at one site, that site's factors are the report's.
 */
export function assembleReport(assembly: Assembly, options: CommonOptions): Report {
  const base = assembly.factors;
  const pricer = new SitePricer(options, base);
  const hourly = assembly.hourly;
  const tally: HourTally = { hours: new Set<number>(), fromProvider: new Set<number>(), facilityJByYear: new Map<number, number>() };
  /** Priced at the report's location: no own factors, or only a recorded PUE. */
  const atBase = (factors: SiteFactors | undefined) => !factors || factors.intensity === base.intensity;
  const footprint = computeFootprint(assembly.devices, base, {
    factorsOf: (device) => pricer.factorsOf(device.device),
    // Hourly figures are for the report's own location: devices priced at a recorded site keep its annual figure.
    ...(hourly ? { operationalOf: (device, pue, own) => (atBase(own) ? hourlyOperationalG(device, pue, hourly, tally) : undefined) } : {}),
  });
  // With no figure to price them at, devices without a recorded site stop the report, as a missing location would have before reading.
  if (assembly.unpriced && footprint.devices.some((device) => atBase(device.factors))) throw assembly.unpriced;
  const everyAtBase = footprint.devices.every((device) => atBase(device.factors));
  // Nothing was priced at the world average by default when every device had its own location.
  const everyOwnLocation = footprint.devices.length > 0 && footprint.devices.every((device) => !atBase(device.factors));
  // With hourly figures, the report's intensity (and that of devices with only a recorded PUE) is their weighted mean.
  const hourlyIntensity = hourly ? hourlyIntensityFactor(hourly, footprint.devices.filter((device) => atBase(device.factors)), tally) : undefined;
  if (hourlyIntensity) {
    for (const device of footprint.devices) if (device.factors && atBase(device.factors)) device.factors = { ...device.factors, intensity: hourlyIntensity };
  }
  const reportBase: Factors = hourlyIntensity ? { ...base, intensity: hourlyIntensity } : base;
  const own = footprint.devices.map((device) => device.factors);
  const sites = new Set(own.map((factors) => (factors ? JSON.stringify(factors) : undefined)));
  const allAtOneSite = own.length > 0 && sites.size === 1 && own[0] !== undefined;
  // Several sites and no figure of the report's own (direct scope, no location): the site that priced the most energy stands for them.
  const main = assembly.unpriced ? mainSite(footprint.devices) : undefined;
  const factors = allAtOneSite ? { pue: own[0]!.pue, intensity: own[0]!.intensity } : main ?? reportBase;
  const warnings = everyOwnLocation ? assembly.warnings.filter((warning) => warning.code !== 'default-location') : [...assembly.warnings];
  if (footprint.embodiedNotCounted) warnings.push(embodiedNotCounted(footprint.embodiedNotCounted));
  const report = buildReport({
    inputs: { ...assembly.inputs, location: factors.intensity.location },
    run: options.run,
    devices: assembly.devices,
    footprint,
    factors,
    warnings: collapseRepeats([...warnings, ...pricer.finish()]),
    datasetVersion: DATASET_VERSION,
    powerSeries: assembly.powerSeries,
    generatedAt: options.now?.(),
  });
  addLevers(report, options);
  if (hourly && everyAtBase) {
    const laterStart = cleanestStart(assembly.devices, report.factors.pue.value, hourly, report.totals.embodiedCo2eG, report.totals.co2eG);
    if (laterStart) (report.alternatives ??= []).unshift({ ...laterStart, ...figureSourceOf(report.factors.intensity) });
  }
  validateReport(report);
  return report;
}

/** GPUs whose model the GPU table does not know get no embodied share: the report says so rather than show a silent 0. */
function embodiedNotCounted(ids: string[]): DataWarning {
  const warning: DataWarning = {
    code: 'embodied-not-counted',
    count: ids.length,
    message:
      `${ids.length === 1 ? `GPU ${ids[0]} has` : `${ids.length} GPUs (${listSome(ids)}) have`} no model that the GPU table knows, so ` +
      `${ids.length === 1 ? 'its' : 'their'} embodied (manufacturing) CO2e is not counted and the total is a lower bound; ` +
      'a source that names the model (a name column, modelName label, or `estimate --gpu`) lets it be counted.',
  };
  if (ids.length === 1) warning.deviceId = ids[0]!;
  return warning;
}
