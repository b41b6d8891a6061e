import type { DataWarning, DeviceEnergy } from '../energy/types.js';
import { computeFootprint, DATASET_VERSION, resolveFactors } from '../footprint/index.js';
import type { Factors } from '../footprint/types.js';
import { buildReport } from '../report/build.js';
import type { PowerSeries, Report, ResolvedInputs } from '../report/types.js';
import { validateReport } from '../report/validate.js';
import type { CommonOptions } from './options.js';

/** PUE and grid intensity for the options, resolved first so that a typo fails before any file is read. */
export function factorsFor(options: CommonOptions, warnings: DataWarning[]): Factors {
  const resolved = resolveFactors({
    location: options.location,
    pue: options.pue,
    facility: options.facility,
    intensityGPerKWh: options.intensityGPerKWh,
    intensityScope: options.intensityScope,
  });
  warnings.push(...resolved.warnings);
  return resolved.factors;
}

export interface Assembly {
  devices: DeviceEnergy[];
  factors: Factors;
  warnings: DataWarning[];
  inputs: Omit<ResolvedInputs, 'location'>;
  powerSeries?: PowerSeries;
}

/** Energy -> footprint -> one validated Report. */
export function assembleReport(assembly: Assembly, options: CommonOptions): Report {
  const footprint = computeFootprint(assembly.devices, assembly.factors);
  const report = buildReport({
    inputs: { ...assembly.inputs, location: assembly.factors.intensity.location },
    run: options.run,
    devices: assembly.devices,
    footprint,
    factors: assembly.factors,
    warnings: assembly.warnings,
    datasetVersion: DATASET_VERSION,
    powerSeries: assembly.powerSeries,
    generatedAt: options.now?.(),
  });
  validateReport(report);
  return report;
}
