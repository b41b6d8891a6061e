import { pueData } from '../data/index.js';
import type { DataWarning } from '../energy/types.js';
import { InputError, isInputError } from '../shared/errors.js';
import { datasetSource } from './dataset-source.js';
import { industryAveragePue, locate, priceLocation, providerPue, type LocatedGrid } from './locations.js';
import { FACILITY_KINDS, type FacilityKind, type Factors, type IntensityFactor, type IntensityScope, type PueFactor } from './types.js';
import { intensityScopeOf, worldIntensity } from './zones.js';

export const PUE_RANGE = { min: 1, max: 3 } as const;
export const INTENSITY_RANGE_G_PER_KWH = { min: 0, max: 2000 } as const;

export interface FactorOptions {
  /** Country, US state, Canadian province, cloud region or zone:ID, as the user wrote it. */
  location?: string;
  /** The user's PUE (1..3); beats the facility's default, the provider's and the industry average. */
  pue?: number;
  /**
   * The kind of facility, which picks the default PUE: `cloud` (the provider's figure; the location must be a
   * cloud region), `datacenter` (the industry average), `hpc` (a named HPC centre's figure) or `desktop` (1.0).
   * Without it: the provider's figure for a cloud region, else the industry average.
   */
  facility?: FacilityKind;
  /** The user's grid intensity (0..2000 g/kWh); beats the location's figure. */
  intensityGPerKWh?: number;
  /**
   * What the location's figure counts: life-cycle CO2e (default) or direct (combustion) emissions only. A
   * user's --intensity is recorded as `user-stated` whatever this says: carbon-ci cannot know its scope.
   */
  intensityScope?: IntensityScope;
}

export interface ResolvedFactors {
  factors: Factors;
  warnings: DataWarning[];
  /**
   * Set only when asked to defer (`deferUnpriced`): nothing names the location or the intensity, and the world
   * average has no figure in the scope asked for (direct). `factors.intensity` is then a placeholder that prices
   * nothing: every device must be priced at a site its source recorded, and a device left at the report's
   * factors fails with this error.
   */
  unpriced?: InputError;
}

/**
 * PUE and grid intensity, each with its source.
 * PUE: the user's value > the named facility kind's figure > the cloud provider's published figure > the
 * industry average.
 * Intensity: the user's value > the location's annual figure > the world average (with a warning), the
 * last two in one scope (life-cycle unless `intensityScope` says direct). With `deferUnpriced`, a world
 * average missing in that scope is not an error yet (see ResolvedFactors.unpriced).
 */
export function resolveFactors(opts: FactorOptions, { deferUnpriced = false }: { deferUnpriced?: boolean } = {}): ResolvedFactors {
  const warnings: DataWarning[] = [];
  const scope = intensityScopeOf(opts.intensityScope);
  const location = opts.location?.trim() ? locate(opts.location) : undefined;
  const pue = choosePue(opts.pue, opts.facility, location);
  try {
    const intensity = chooseIntensity(opts.intensityGPerKWh, location, scope, warnings);
    return { factors: { pue, intensity }, warnings };
  } catch (error) {
    // Only the world average can fail here once the location was found: it has no direct figure.
    if (!deferUnpriced || location || opts.intensityGPerKWh !== undefined || !isInputError(error)) throw error;
    const intensity = { gPerKWh: Number.NaN, location: 'WORLD', source: `none: ${error.message}`, scope };
    return { factors: { pue, intensity }, warnings, unpriced: error };
  }
}

function choosePue(userPue: number | undefined, facility: FacilityKind | undefined, location: LocatedGrid | undefined): PueFactor {
  if (facility !== undefined && !FACILITY_KINDS.includes(facility)) {
    throw new InputError(`unknown facility "${String(facility)}"`, { hint: `name one of ${FACILITY_KINDS.join(', ')}, or give the PUE itself with --pue` });
  }
  if (userPue !== undefined) {
    if (!Number.isFinite(userPue) || userPue < PUE_RANGE.min || userPue > PUE_RANGE.max) {
      throw new InputError(`PUE ${String(userPue)} is outside ${PUE_RANGE.min}..${PUE_RANGE.max}.`, {
        hint: 'pass --pue with the facility overhead ratio, e.g. 1.1 for a hyperscale cloud or 1.56 for an average data centre',
      });
    }
    return facility ? { value: userPue, source: 'stated by the user', facility } : { value: userPue, source: 'stated by the user' };
  }
  switch (facility) {
    case undefined:
      return defaultPue(location);
    case 'cloud':
      if (!location?.provider) {
        throw new InputError(`facility "cloud" needs a cloud region, and ${location ? `"${location.location}" is not one` : 'no location was given'}`, {
          hint: 'name the cloud region with --location (e.g. aws:us-east-1, gcp:europe-west4, azure:westeurope), or give the PUE with --pue',
        });
      }
      return { ...providerPue(location.provider), facility };
    case 'datacenter':
      return { ...industryAveragePue(), facility };
    case 'hpc':
    case 'desktop':
      return facilityPue(facility);
  }
}

/** The PUE carbon-ci assumes for a location when nobody names one: the provider's for a cloud region, else the industry average. */
export function defaultPue(location: LocatedGrid | undefined): PueFactor {
  return location?.provider ? { ...providerPue(location.provider), facility: 'cloud' } : { ...industryAveragePue(), facility: 'datacenter' };
}

/** The embedded figure for an HPC centre or a laptop/workstation (`facilities` of src/data/pue.json). */
function facilityPue(facility: 'hpc' | 'desktop'): PueFactor {
  const row = pueData.facilities[facility];
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year), facility };
}

function chooseIntensity(
  userIntensity: number | undefined,
  location: LocatedGrid | undefined,
  scope: IntensityScope,
  warnings: DataWarning[],
): IntensityFactor {
  if (userIntensity !== undefined) {
    const { min, max } = INTENSITY_RANGE_G_PER_KWH;
    if (!Number.isFinite(userIntensity) || userIntensity < min || userIntensity > max) {
      throw new InputError(`Grid intensity ${String(userIntensity)} gCO2e/kWh is outside ${min}..${max}.`, {
        hint: 'pass --intensity in grams CO2e per kWh, e.g. 437 (not 0.437 kg/kWh)',
      });
    }
    if (userIntensity > 0 && userIntensity < 1) {
      warnings.push({
        code: 'intensity-units',
        message:
          `The grid intensity ${userIntensity} g/kWh is below any real grid's: was it given in kg/kWh? ` +
          `If so, pass ${userIntensity * 1000} (grams per kWh); the report uses ${userIntensity} as given.`,
      });
    }
    return {
      gPerKWh: userIntensity,
      location: location?.location ?? 'unspecified',
      source: 'stated by the user',
      year: new Date().getUTCFullYear(),
      scope: 'user-stated',
    };
  }
  if (location) return priceLocation(location, scope).intensity;
  const world = worldIntensity(scope);
  warnings.push({
    code: 'default-location',
    message:
      `No location given: using the world average grid intensity, ${world.gPerKWh} gCO2e/kWh ` +
      `(${world.source}, ${world.year ?? 'year unknown'}). Pass --location (e.g. FR, US-CA, aws:us-east-1) ` +
      'for the grid where the job ran.',
  });
  return world;
}
