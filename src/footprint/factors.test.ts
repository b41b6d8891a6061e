import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { resolveFactors } from './index.js';

function refused(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    expect(isInputError(error)).toBe(true);
    return error as Error;
  }
  throw new Error('expected an InputError');
}

describe('resolveFactors: PUE', () => {
  it('takes the user value over everything', () => {
    const { factors } = resolveFactors({ location: 'aws:us-east-1', pue: 1.3 });
    expect(factors.pue).toEqual({ value: 1.3, source: 'user (--pue)' });
  });

  it('takes the provider figure for a cloud region', () => {
    expect(resolveFactors({ location: 'gcp:us-central1' }).factors.pue).toMatchObject({ value: 1.1, year: 2024 });
    expect(resolveFactors({ location: 'azure:eastus' }).factors.pue.value).toBe(1.185);
  });

  it('falls back to the Uptime 2024 industry average elsewhere', () => {
    for (const location of ['FR', 'US-CA', undefined]) {
      const { pue } = resolveFactors({ location }).factors;
      expect(pue.value).toBe(1.56);
      expect(pue.year).toBe(2024);
      expect(pue.source).toMatch(/Uptime Institute/);
    }
  });

  it.each([0.9, 3.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses PUE %f', (pue) => {
    expect(refused(() => resolveFactors({ location: 'FR', pue })).message).toMatch(/PUE .* outside 1\.\.3/);
  });

  it('accepts the bounds 1 and 3', () => {
    expect(resolveFactors({ pue: 1 }).factors.pue.value).toBe(1);
    expect(resolveFactors({ pue: 3 }).factors.pue.value).toBe(3);
  });
});

describe('resolveFactors: intensity', () => {
  it('takes the user value, dated this year, and keeps the location name', () => {
    const { factors, warnings } = resolveFactors({ location: 'FR', intensityGPerKWh: 437 });
    expect(factors.intensity).toEqual({
      gPerKWh: 437,
      location: 'FR',
      source: 'user (--intensity)',
      year: new Date().getUTCFullYear(),
    });
    expect(warnings).toEqual([]);
  });

  it('takes the location figure otherwise, without warnings', () => {
    const { factors, warnings } = resolveFactors({ location: 'DE' });
    expect(factors.intensity).toMatchObject({ gPerKWh: 342.06, location: 'DE', year: 2024 });
    expect(warnings).toEqual([]);
  });

  it('uses the world average with a warning when neither is given', () => {
    const { factors, warnings } = resolveFactors({});
    expect(factors.intensity).toMatchObject({ gPerKWh: 472.94, location: 'WORLD', year: 2024 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('default-location');
    expect(warnings[0]?.message).toContain('--location');
  });

  it('needs no location when the user gives the intensity', () => {
    const { factors, warnings } = resolveFactors({ intensityGPerKWh: 100 });
    expect(factors.intensity).toMatchObject({ gPerKWh: 100, location: 'unspecified' });
    expect(warnings).toEqual([]);
  });

  it.each([-1, 2001, Number.NaN])('refuses intensity %f', (intensityGPerKWh) => {
    expect(refused(() => resolveFactors({ intensityGPerKWh })).message).toMatch(/outside 0\.\.2000/);
  });

  it('warns when the intensity looks like kg/kWh', () => {
    const { factors, warnings } = resolveFactors({ intensityGPerKWh: 0.437 });
    expect(factors.intensity.gPerKWh).toBe(0.437);
    expect(warnings.map((warning) => warning.code)).toEqual(['intensity-units']);
    expect(warnings[0]?.message).toContain('437');
  });

  it('still refuses an unknown location when the user gives both factors', () => {
    expect(refused(() => resolveFactors({ location: 'XX-YY', pue: 1.2, intensityGPerKWh: 300 })).message).toContain('Unknown location');
  });
});
