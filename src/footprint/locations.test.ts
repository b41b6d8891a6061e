import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { listLocations, resolveLocation } from './index.js';

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
  it.each(['fr', 'FR', ' Fr '])('reads the country %j case-insensitively', (input) => {
    const resolved = resolveLocation(input);
    expect(resolved).toMatchObject({ location: 'FR', kind: 'country' });
    expect(resolved.intensity).toMatchObject({ gPerKWh: 44.18, year: 2024, location: 'FR', datasetVersion: '2026.11.0' });
    expect(resolved.intensity.source).toMatch(/Ember/);
    expect(resolved.providerPue).toBeUndefined();
  });

  it.each(['US-CA', 'us-ca'])('reads the US state %j', (input) => {
    const resolved = resolveLocation(input);
    expect(resolved).toMatchObject({ location: 'US-CA', kind: 'us-state' });
    expect(resolved.intensity).toMatchObject({ gPerKWh: 205.2691, year: 2016 });
    expect(resolved.intensity.source).toMatch(/eGRID2016/);
  });

  it('reads a cloud region, with its grid zone and the provider PUE', () => {
    const resolved = resolveLocation('AWS:US-EAST-1');
    expect(resolved).toMatchObject({ location: 'aws:us-east-1', kind: 'cloud-region', provider: 'aws' });
    expect(resolved.intensity).toMatchObject({ location: 'aws:us-east-1', zone: 'US-VA', gPerKWh: 369.1344, year: 2016 });
    expect(resolved.providerPue).toMatchObject({ value: 1.15, year: 2024 });
  });

  it('reads Google Cloud and Azure regions, Azure also by display name', () => {
    expect(resolveLocation('gcp:europe-west4').intensity).toMatchObject({ zone: 'NL', gPerKWh: 252.7 });
    expect(resolveLocation('gcp:europe-west4').providerPue?.value).toBe(1.1);
    expect(resolveLocation('azure:West Europe')).toMatchObject({ location: 'azure:westeurope', provider: 'azure' });
    expect(resolveLocation('azure:westeurope').providerPue?.value).toBe(1.185);
  });

  it('reads WORLD', () => {
    expect(resolveLocation('world')).toMatchObject({ location: 'WORLD', kind: 'world', intensity: { gPerKWh: 472.94 } });
  });

  it('refuses an unknown location with close matches and the accepted forms', () => {
    const error = errorOf('aws:us-east-9');
    expect(error.message).toContain('Unknown location "aws:us-east-9"');
    expect(error.message).toContain('aws:us-east-1');
    expect(error.message).toContain('aws:us-east-2');
    expect(error.message).toMatch(/fix: .*country code \(FR\).*US state \(US-CA\).*aws:us-east-1/);
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
  it('lists countries, US states, cloud regions and WORLD, each resolvable', () => {
    const locations = listLocations();
    expect(locations).toContain('FR');
    expect(locations).toContain('US-CA');
    expect(locations).toContain('aws:us-east-1');
    expect(locations).toContain('gcp:europe-west4');
    expect(locations).toContain('azure:westeurope');
    expect(locations).toContain('WORLD');
    expect(new Set(locations).size).toBe(locations.length);
    for (const location of locations) expect(resolveLocation(location).location).toBe(location);
  });
});
