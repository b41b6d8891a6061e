import { cloudRegions, gridCountries, gridSubdivisions, gridZones, pueData, type CloudProvider } from '../data/index.js';
import { InputError } from '../shared/errors.js';
import { datasetSource } from './dataset-source.js';
import { closeMatches, type Candidate } from './suggest.js';
import type { IntensityScope, PueFactor, ResolvedLocation } from './types.js';
import { findZone, intensityScopeOf, lifeCycleOnlyFactor, worldIntensity, zoneFactor } from './zones.js';

export const WORLD = 'WORLD';
const ZONE_PREFIX = 'zone:';

const PROVIDERS: readonly CloudProvider[] = ['aws', 'gcp', 'azure'];

export const LOCATION_FORMS_HINT =
  'use a country code (FR), a US state (US-CA), a Canadian province (CA-QC), a cloud region (aws:us-east-1, ' +
  'gcp:europe-west4, azure:westeurope), a grid zone (zone:US-MIDA-PJM) or WORLD; or give the grid intensity ' +
  'directly with --intensity G_PER_KWH';

const ZONE_HINT =
  'name an Electricity Maps zone id, e.g. zone:CA-QC, zone:US-MIDA-PJM, zone:SE-SE3 (docs/data-sources.md lists them), ' +
  'or give the grid intensity directly with --intensity G_PER_KWH';

export interface LocationOptions {
  /** The scope of the figure: life-cycle CO2e (default) or direct emissions only. */
  intensityScope?: IntensityScope;
}

/** A location found in the embedded data, before a figure is chosen for it. */
export interface LocatedGrid {
  location: string;
  kind: ResolvedLocation['kind'];
  provider?: CloudProvider;
  /** The Electricity Maps zone that prices it; absent for the world and for countries that only Ember covers. */
  zone?: string;
}

/** Every location the embedded data knows, sorted: countries, subdivisions, cloud regions, zones, WORLD. */
export function listLocations(): string[] {
  const countries = new Set([...Object.keys(gridZones.countries), ...Object.keys(gridCountries.countries)]);
  return [
    ...[...countries].sort(),
    ...Object.keys(gridSubdivisions.subdivisions).sort(),
    ...Object.keys(cloudRegions.regions).sort(),
    ...Object.keys(gridZones.zones)
      .sort()
      .map((zone) => `${ZONE_PREFIX}${zone}`),
    WORLD,
  ];
}

/**
 * A location as the user wrote it (case-insensitive: "fr", "US-CA", "CA-QC", "aws:us-east-1",
 * "azure:West Europe", "zone:us-mida-pjm") -> the grid intensity of its zone in the scope asked for
 * (life-cycle by default), and the provider's PUE for a cloud region. Unknown input is an InputError
 * that lists close matches.
 */
export function resolveLocation(input: string, options: LocationOptions = {}): ResolvedLocation {
  return priceLocation(locate(input), intensityScopeOf(options.intensityScope));
}

/** Finds a location without choosing its figure, so that a typo fails even when the user gives the intensity. */
export function locate(input: string): LocatedGrid {
  const trimmed = input.trim();
  if (trimmed.length === 0) throw new InputError('The location is empty.', { hint: LOCATION_FORMS_HINT });
  if (trimmed.toLowerCase().startsWith(ZONE_PREFIX)) return locateZone(trimmed.slice(ZONE_PREFIX.length), trimmed);

  const colon = trimmed.indexOf(':');
  if (colon >= 0) return locateCloudRegion(trimmed.slice(0, colon), trimmed.slice(colon + 1), trimmed);

  const upper = trimmed.toUpperCase();
  if (upper === WORLD) return { location: WORLD, kind: 'world' };
  const subdivision = gridSubdivisions.subdivisions[upper];
  if (subdivision) return { location: upper, kind: 'subdivision', zone: subdivision.zone };
  const countryZone = gridZones.countries[upper];
  if (countryZone) return { location: upper, kind: 'country', zone: countryZone };
  if (gridCountries.countries[upper]) return { location: upper, kind: 'country' };
  if (gridCountries.missing.includes(upper)) {
    throw new InputError(`The embedded dataset has no grid intensity for ${upper}: none of its sources covers it.`, {
      hint: 'give the grid intensity with --intensity G_PER_KWH, or the code of the grid it imports from',
    });
  }
  throw unknownLocation(trimmed);
}

/** The figure of a located grid in one scope, and the provider's PUE for a cloud region. */
export function priceLocation(located: LocatedGrid, scope: IntensityScope): ResolvedLocation {
  const { location, kind, provider, zone } = located;
  let intensity;
  if (zone !== undefined) intensity = zoneFactor(location, zone, scope);
  else if (kind === 'world') intensity = worldIntensity(scope);
  else {
    const row = gridCountries.countries[location];
    if (!row) throw new Error(`bug: located ${location} has neither a zone nor a country figure`);
    intensity = lifeCycleOnlyFactor(location, row, scope, `${location} (${row.name})`);
  }
  const resolved: ResolvedLocation = { location, kind, intensity };
  if (provider) {
    resolved.provider = provider;
    resolved.providerPue = providerPue(provider);
  }
  return resolved;
}

function locateZone(idPart: string, input: string): LocatedGrid {
  const zone = findZone(idPart);
  if (zone) return { location: `${ZONE_PREFIX}${zone}`, kind: 'zone', zone };
  const matches = closeMatches(idPart, zoneCandidates());
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describeZone).join(', ')}?` : '';
  throw new InputError(`Unknown grid zone "${input}".${suggestion}`, { hint: ZONE_HINT });
}

function locateCloudRegion(providerPart: string, regionPart: string, input: string): LocatedGrid {
  const provider = providerPart.trim().toLowerCase();
  let region = regionPart.trim().toLowerCase();
  if (provider === 'azure') region = region.replace(/\s+/g, '');
  const key = `${provider}:${region}`;
  const row = cloudRegions.regions[key];
  if (!row || !isProvider(provider)) throw unknownLocation(input, key);
  return { location: key, kind: 'cloud-region', provider, zone: row.zone };
}

function isProvider(value: string): value is CloudProvider {
  return (PROVIDERS as readonly string[]).includes(value);
}

/** The provider's published fleet PUE. */
export function providerPue(provider: CloudProvider): PueFactor {
  const row = pueData.providers[provider];
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}

/** The industry-average PUE, used when neither the user nor a cloud region gives one. */
export function industryAveragePue(): PueFactor {
  const row = pueData.industryAverage;
  return { value: row.value, ...datasetSource(pueData.sources, row.source, row.year) };
}

let candidates: Candidate[] | undefined;
let zoneCandidateList: Candidate[] | undefined;

function locationCandidates(): Candidate[] {
  candidates ??= [
    ...Object.entries(gridCountries.countries).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(gridZones.countries)
      .filter((key) => !gridCountries.countries[key])
      .map((key) => ({ key, names: [gridZones.zones[gridZones.countries[key] ?? '']?.name ?? key] })),
    ...Object.entries(gridSubdivisions.subdivisions).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(cloudRegions.regions).map((key) => ({ key })),
    { key: WORLD },
  ];
  return candidates;
}

function zoneCandidates(): Candidate[] {
  zoneCandidateList ??= Object.entries(gridZones.zones).map(([key, row]) => ({ key, names: [row.name] }));
  return zoneCandidateList;
}

function describe(key: string): string {
  if (key.startsWith(ZONE_PREFIX)) return describeZone(key.slice(ZONE_PREFIX.length));
  const name =
    gridCountries.countries[key]?.name ??
    gridSubdivisions.subdivisions[key]?.name ??
    gridZones.zones[gridZones.countries[key] ?? '']?.name;
  return name ? `${key} (${name})` : key;
}

function describeZone(zone: string): string {
  const name = gridZones.zones[zone]?.name;
  return name ? `${ZONE_PREFIX}${zone} (${name})` : `${ZONE_PREFIX}${zone}`;
}

function unknownLocation(input: string, query = input): InputError {
  // A bare zone id ("SE-SE3", "US-MIDA-PJM") is a zone the user meant: suggest it first.
  const zone = findZone(query);
  const matches = [...(zone ? [`${ZONE_PREFIX}${zone}`] : []), ...closeMatches(query, locationCandidates())].slice(0, 5);
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describe).join(', ')}?` : '';
  return new InputError(`Unknown location "${input}".${suggestion}`, { hint: LOCATION_FORMS_HINT });
}
