import { cloudRegions, gridCountries, gridUsStates, pueData, type CloudProvider, type GridRow } from '../data/index.js';
import { InputError } from '../shared/errors.js';
import { datasetSource } from './dataset-source.js';
import { closeMatches, type Candidate } from './suggest.js';
import type { IntensityFactor, PueFactor, ResolvedLocation } from './types.js';

export const WORLD = 'WORLD';

const PROVIDERS: readonly CloudProvider[] = ['aws', 'gcp', 'azure'];

export const LOCATION_FORMS_HINT =
  'use a country code (FR), a US state (US-CA), a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope) ' +
  'or WORLD; or give the grid intensity directly with --intensity G_PER_KWH';

/** Every location the embedded data knows, sorted: countries, US states, cloud regions, WORLD. */
export function listLocations(): string[] {
  return [
    ...Object.keys(gridCountries.countries).sort(),
    ...Object.keys(gridUsStates.states).sort(),
    ...Object.keys(cloudRegions.regions).sort(),
    WORLD,
  ];
}

/**
 * A location as the user wrote it (case-insensitive: "fr", "US-CA", "aws:us-east-1", "azure:West Europe")
 * -> its grid intensity, and the provider's PUE for a cloud region. Unknown input is an InputError that
 * lists close matches.
 */
export function resolveLocation(input: string): ResolvedLocation {
  const trimmed = input.trim();
  if (trimmed.length === 0) throw new InputError('The location is empty.', { hint: LOCATION_FORMS_HINT });

  const colon = trimmed.indexOf(':');
  if (colon >= 0) return resolveCloudRegion(trimmed.slice(0, colon), trimmed.slice(colon + 1), trimmed);

  const upper = trimmed.toUpperCase();
  if (upper === WORLD) {
    return { location: WORLD, kind: 'world', intensity: gridFactor(WORLD, gridCountries.world, gridCountries.sources) };
  }
  const state = gridUsStates.states[upper];
  if (state) return { location: upper, kind: 'us-state', intensity: gridFactor(upper, state, gridUsStates.sources) };
  const country = gridCountries.countries[upper];
  if (country) return { location: upper, kind: 'country', intensity: gridFactor(upper, country, gridCountries.sources) };
  if (gridCountries.missing.includes(upper)) {
    throw new InputError(`The embedded dataset has no grid intensity for ${upper}: none of its sources covers it.`, {
      hint: 'give the grid intensity with --intensity G_PER_KWH, or the code of the grid it imports from',
    });
  }
  throw unknownLocation(trimmed);
}

function resolveCloudRegion(providerPart: string, regionPart: string, input: string): ResolvedLocation {
  const provider = providerPart.trim().toLowerCase();
  let region = regionPart.trim().toLowerCase();
  if (provider === 'azure') region = region.replace(/\s+/g, '');
  const key = `${provider}:${region}`;
  const row = cloudRegions.regions[key];
  if (!row || !isProvider(provider)) throw unknownLocation(input, key);
  const intensity = gridFactor(key, row, cloudRegions.sources);
  intensity.zone = row.grid;
  return { location: key, kind: 'cloud-region', provider, intensity, providerPue: providerPue(provider) };
}

function isProvider(value: string): value is CloudProvider {
  return (PROVIDERS as readonly string[]).includes(value);
}

function gridFactor(
  location: string,
  row: Pick<GridRow, 'gPerKWh' | 'source' | 'year'>,
  sources: typeof gridCountries.sources,
): IntensityFactor {
  return { gPerKWh: row.gPerKWh, location, ...datasetSource(sources, row.source, row.year) };
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

/** The world average grid intensity, used when no location is given. */
export function worldIntensity(): IntensityFactor {
  return gridFactor(WORLD, gridCountries.world, gridCountries.sources);
}

let candidates: Candidate[] | undefined;

function locationCandidates(): Candidate[] {
  candidates ??= [
    ...Object.entries(gridCountries.countries).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.entries(gridUsStates.states).map(([key, row]) => ({ key, names: [row.name] })),
    ...Object.keys(cloudRegions.regions).map((key) => ({ key })),
    { key: WORLD },
  ];
  return candidates;
}

function describe(key: string): string {
  const name = gridCountries.countries[key]?.name ?? gridUsStates.states[key]?.name;
  return name ? `${key} (${name})` : key;
}

function unknownLocation(input: string, query = input): InputError {
  const matches = closeMatches(query, locationCandidates());
  const suggestion = matches.length > 0 ? ` Did you mean ${matches.map(describe).join(', ')}?` : '';
  return new InputError(`Unknown location "${input}".${suggestion}`, { hint: LOCATION_FORMS_HINT });
}
