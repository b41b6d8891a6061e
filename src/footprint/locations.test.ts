import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { DATASET_VERSION, listLocations, resolveLocation } from './index.js';

function errorOf(input: string): Error {
  try {
    resolveLocation(input);
  } catch (error) {
    expect(isInputError(error)).toBe(true);
    return error as Error;
  }
  throw new Error(`expected "${input}" to be refused`);
}

describe('resolveLocation', () => {
  // Figures: Electricity Maps 2024 life-cycle (src/data/grid-zones.json, from CI-electricitymap-yearly_2024.csv).
  it.each(['fr', 'FR', ' Fr '])('reads the country %j case-insensitively, priced at its zone', (input) => {
    const resolved = resolveLocation(input);
    expect(resolved).toMatchObject({ location: 'FR', kind: 'country' });
    expect(resolved.intensity).toMatchObject({
      gPerKWh: 33.44,
      year: 2024,
      location: 'FR',
      zone: 'FR',
      scope: 'life-cycle',
      datasetVersion: DATASET_VERSION,
    });
    expect(resolved.intensity.source).toMatch(/Electricity Maps/);
    expect(resolved.providerPue).toBeUndefined();
  });

  it.each(['US-CA', 'us-ca'])('reads the US state %j, priced at the zone serving most of its load', (input) => {
    const resolved = resolveLocation(input);
    expect(resolved).toMatchObject({ location: 'US-CA', kind: 'subdivision' });
    expect(resolved.intensity).toMatchObject({ gPerKWh: 227.14, year: 2024, zone: 'US-CAL-CISO', scope: 'life-cycle' });
    expect(resolved.intensity.source).toMatch(/Electricity Maps/);
  });

  it('reads a Canadian province', () => {
    expect(resolveLocation('ca-qc')).toMatchObject({ location: 'CA-QC', kind: 'subdivision', intensity: { zone: 'CA-QC', gPerKWh: 35.04 } });
  });

  it('reads a cloud region, with its grid zone and the provider PUE', () => {
    const resolved = resolveLocation('AWS:US-EAST-1');
    expect(resolved).toMatchObject({ location: 'aws:us-east-1', kind: 'cloud-region', provider: 'aws' });
    expect(resolved.intensity).toMatchObject({ location: 'aws:us-east-1', zone: 'US-MIDA-PJM', gPerKWh: 400.21, year: 2024 });
    expect(resolved.providerPue).toMatchObject({ value: 1.15, year: 2024 });
  });

  it('reads Google Cloud and Azure regions, Azure also by display name', () => {
    expect(resolveLocation('gcp:europe-west4').intensity).toMatchObject({ zone: 'NL', gPerKWh: 262.93 });
    expect(resolveLocation('gcp:europe-west4').providerPue?.value).toBe(1.1);
    expect(resolveLocation('azure:West Europe')).toMatchObject({ location: 'azure:westeurope', provider: 'azure' });
    expect(resolveLocation('azure:westeurope').providerPue?.value).toBe(1.17);
  });

  it('reads WORLD: Ember, life-cycle', () => {
    expect(resolveLocation('world')).toMatchObject({ location: 'WORLD', kind: 'world', intensity: { gPerKWh: 472.94, scope: 'life-cycle' } });
    expect(resolveLocation('world').intensity.zone).toBeUndefined();
  });

  it('prices a country Electricity Maps lacks at Ember, life-cycle', () => {
    const resolved = resolveLocation('UA');
    expect(resolved).toMatchObject({ location: 'UA', kind: 'country' });
    expect(resolved.intensity).toMatchObject({ gPerKWh: 250.47, scope: 'life-cycle', year: 2022 });
    expect(resolved.intensity.source).toMatch(/Ember/);
    expect(resolved.intensity.zone).toBeUndefined();
  });

  it('refuses an unknown location with close matches and the accepted forms', () => {
    const error = errorOf('aws:us-east-9');
    expect(error.message).toContain('Unknown location "aws:us-east-9"');
    expect(error.message).toContain('aws:us-east-1');
    expect(error.message).toContain('aws:us-east-2');
    expect(error.message).toMatch(/fix: .*country code \(FR\).*US state \(US-CA\).*aws:us-east-1.*zone:US-MIDA-PJM/);
  });

  it('suggests a country from its name or a near code', () => {
    expect(errorOf('germany').message).toContain('DE (Germany)');
    expect(errorOf('Frnace').message).toContain('FR (France)');
    expect(errorOf('USA').message).toContain('US (United States)');
    expect(errorOf('US-ZZ').message).toContain('US-AZ (Arizona)');
  });

  it('lists at most five suggestions', () => {
    const suggestion = /Did you mean (.*)\?/.exec(errorOf('aws').message)?.[1] ?? '';
    expect(suggestion.split(', ').length).toBeLessThanOrEqual(5);
    expect(suggestion.split(', ').length).toBeGreaterThan(0);
  });

  it('suggests the zone when given a bare zone id', () => {
    expect(errorOf('se-se3').message).toContain('Did you mean zone:SE-SE3 (South Central Sweden)');
  });

  it('says so when a real ISO code has no figure, instead of calling it unknown', () => {
    const error = errorOf('MC');
    expect(error.message).toContain('no grid intensity for MC');
    expect(error.message).toContain('--intensity');
  });

  it('refuses an empty location', () => {
    expect(errorOf('  ').message).toContain('empty');
  });
});

describe('listLocations', () => {
  it('lists countries, subdivisions, cloud regions, zones and WORLD, each resolvable', () => {
    const locations = listLocations();
    expect(locations).toContain('FR');
    expect(locations).toContain('UA');
    expect(locations).toContain('US-CA');
    expect(locations).toContain('CA-QC');
    expect(locations).toContain('zone:US-MIDA-PJM');
    expect(locations).toContain('aws:us-east-1');
    expect(locations).toContain('gcp:europe-west4');
    expect(locations).toContain('azure:westeurope');
    expect(locations).toContain('WORLD');
    expect(new Set(locations).size).toBe(locations.length);
    for (const location of locations) expect(resolveLocation(location).location).toBe(location);
  });
});
