// The footprint stage: factors (PUE, grid intensity) with their sources, and energy -> CO2e.
export { DATASET_VERSION } from '../data/index.js';
export { computeFootprint } from './compute.js';
export type { FootprintOptions, FootprintResult } from './compute.js';
export { resolveFactors, PUE_RANGE, INTENSITY_RANGE_G_PER_KWH } from './factors.js';
export type { FactorOptions } from './factors.js';
export { SitePricer } from './sites.js';
export { lookupGpu, listGpus, suggestGpus } from './gpus.js';
export { resolveLocation, listLocations, LOCATION_FORMS_HINT } from './locations.js';
export type { LocationOptions } from './locations.js';
export { DEFAULT_INTENSITY_SCOPE, INTENSITY_SCOPES } from './zones.js';
export type {
  DeviceFootprint,
  EmbodiedFactor,
  FactorSource,
  Factors,
  GpuSpec,
  IntensityFactor,
  IntensityFactorScope,
  IntensityScope,
  PueFactor,
  ResolvedLocation,
  SiteFactors,
  Totals,
} from './types.js';
