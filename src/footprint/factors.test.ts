import { describe, expect, it } from 'vitest';
import { isInputError } from '../shared/errors.js';
import { DATASET_VERSION, listLocations, resolveFactors } from './index.js';

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
    expect(factors.pue).toEqual({ value: 1.3, source: 'stated by the user' });
  });

  it('takes the provider figure for a cloud region', () => {
    expect(resolveFactors({ location: 'gcp:us-central1' }).factors.pue).toMatchObject({ value: 1.1, year: 2024 });
    expect(resolveFactors({ location: 'azure:eastus' }).factors.pue).toMatchObject({ value: 1.17, year: 2025, source: expect.stringMatching(/Microsoft.*fiscal year 2025/) });
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

describe('resolveFactors: facility', () => {
  it('names the facility kind it assumed when none is given', () => {
    expect(resolveFactors({ location: 'aws:us-east-1' }).factors.pue).toMatchObject({ value: 1.15, year: 2024, facility: 'cloud' });
    expect(resolveFactors({ location: 'FR' }).factors.pue).toMatchObject({ value: 1.56, year: 2024, facility: 'datacenter' });
  });

  it('takes the provider figure for facility cloud in a cloud region', () => {
    expect(resolveFactors({ location: 'gcp:europe-west4', facility: 'cloud' }).factors.pue).toMatchObject({ value: 1.1, facility: 'cloud' });
  });

  it('refuses facility cloud outside a cloud region, naming the fix', () => {
    for (const location of ['FR', undefined]) {
      const error = refused(() => resolveFactors({ location, facility: 'cloud' })) as Error & { hint?: string };
      expect(error.message).toMatch(/facility "cloud" needs a cloud region/);
      expect(error.hint).toMatch(/--location.*aws:us-east-1.*--pue/);
    }
  });

  it('takes the industry average for datacenter, even in a cloud region', () => {
    const { pue } = resolveFactors({ location: 'aws:us-east-1', facility: 'datacenter' }).factors;
    expect(pue).toMatchObject({ value: 1.56, year: 2024, facility: 'datacenter', datasetVersion: DATASET_VERSION });
    expect(pue.source).toMatch(/Uptime Institute/);
  });

  it('takes a named HPC centre\'s published figure for hpc', () => {
    const { pue } = resolveFactors({ location: 'FR', facility: 'hpc' }).factors;
    expect(pue).toMatchObject({ value: 1.2, year: 2022, facility: 'hpc', url: 'https://arxiv.org/abs/2211.02001' });
    expect(pue.source).toMatch(/Jean Zay.*Luccioni/);
  });

  it('takes 1.0 for a laptop or workstation', () => {
    const { pue } = resolveFactors({ location: 'US-CA', facility: 'desktop' }).factors;
    expect(pue).toMatchObject({ value: 1, facility: 'desktop' });
    expect(pue.source).toMatch(/no facility overhead/);
  });

  it('lets --pue win over the facility, keeping the facility named', () => {
    expect(resolveFactors({ location: 'FR', facility: 'cloud', pue: 1.3 }).factors.pue).toEqual({ value: 1.3, source: 'stated by the user', facility: 'cloud' });
  });

  it('refuses a facility kind it does not know', () => {
    const error = refused(() => resolveFactors({ facility: 'garage' as never }));
    expect(error.message).toContain('unknown facility "garage"');
  });
});

describe('resolveFactors: intensity', () => {
  it('takes the user value, dated this year, and keeps the location name', () => {
    const { factors, warnings } = resolveFactors({ location: 'FR', intensityGPerKWh: 437 });
    expect(factors.intensity).toEqual({
      gPerKWh: 437,
      location: 'FR',
      source: 'stated by the user',
      year: new Date().getUTCFullYear(),
      scope: 'user-stated',
    });
    expect(warnings).toEqual([]);
  });

  it('takes the location figure otherwise, without warnings', () => {
    const { factors, warnings } = resolveFactors({ location: 'DE' });
    expect(factors.intensity).toMatchObject({ gPerKWh: 333.77, location: 'DE', zone: 'DE', year: 2024, scope: 'life-cycle' });
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

describe('resolveFactors: scope', () => {
  it('prices in life-cycle CO2e by default and in direct emissions when asked', () => {
    expect(resolveFactors({ location: 'zone:CA-QC' }).factors.intensity).toMatchObject({ gPerKWh: 35.04, scope: 'life-cycle' });
    const direct = resolveFactors({ location: 'aws:ca-central-1', intensityScope: 'direct' }).factors.intensity;
    expect(direct).toMatchObject({ gPerKWh: 5.48, zone: 'CA-QC', scope: 'direct', year: 2024 });
    expect(direct.source).toMatch(/Electricity Maps/);
  });

  it('refuses a scope it does not know', () => {
    const error = refused(() => resolveFactors({ location: 'FR', intensityScope: 'market' as never }));
    expect(error.message).toContain('Unknown grid-intensity scope "market"');
    expect(error.message).toContain('life-cycle');
  });

  it('refuses the direct scope where the data has only a life-cycle figure, unless the user gives the intensity', () => {
    expect(refused(() => resolveFactors({ location: 'UA', intensityScope: 'direct' })).message).toMatch(/no direct .* for UA \(Ukraine\)/);
    expect(refused(() => resolveFactors({ intensityScope: 'direct' })).message).toMatch(/no direct .* world average/);
    const given = resolveFactors({ location: 'UA', intensityScope: 'direct', intensityGPerKWh: 250 }).factors.intensity;
    expect(given).toMatchObject({ gPerKWh: 250, location: 'UA', scope: 'user-stated' });
  });

  it('defers the missing direct world average when asked, and nothing else', () => {
    const now = refused(() => resolveFactors({ intensityScope: 'direct' })) as Error & { hint?: string };
    const deferred = resolveFactors({ intensityScope: 'direct' }, { deferUnpriced: true });
    // The same error, kept for the report to throw if a device has no recorded site; its placeholder prices nothing.
    expect(deferred.unpriced?.message).toBe(now.message);
    expect(deferred.unpriced?.hint).toBe(now.hint);
    expect(deferred.factors.intensity).toMatchObject({ location: 'WORLD', scope: 'direct' });
    expect(deferred.factors.intensity.gPerKWh).toBeNaN();
    expect(deferred.factors.pue.value).toBe(1.56);
    // A located place without a direct figure, a typo and a bad PUE still fail at once.
    expect(() => resolveFactors({ location: 'UA', intensityScope: 'direct' }, { deferUnpriced: true })).toThrow(/no direct .* for UA/);
    expect(() => resolveFactors({ location: 'Frnace', intensityScope: 'direct' }, { deferUnpriced: true })).toThrow(/Frnace/);
    expect(() => resolveFactors({ pue: 9, intensityScope: 'direct' }, { deferUnpriced: true })).toThrow(/PUE 9/);
    // In the life-cycle scope the world average exists: nothing to defer.
    expect(resolveFactors({}, { deferUnpriced: true }).unpriced).toBeUndefined();
  });

  it('gives every location a factor with source, year, scope and dataset version, in each scope it has', () => {
    for (const location of listLocations()) {
      for (const intensityScope of ['life-cycle', 'direct'] as const) {
        let intensity;
        try {
          intensity = resolveFactors({ location, intensityScope }).factors.intensity;
        } catch (error) {
          // Only Ember's countries and the world average lack a direct figure.
          expect(intensityScope, location).toBe('direct');
          expect(isInputError(error), location).toBe(true);
          continue;
        }
        expect(intensity.scope, location).toBe(intensityScope);
        expect(intensity.source.length, location).toBeGreaterThan(3);
        expect(intensity.year, location).toBeGreaterThanOrEqual(2009);
        expect(intensity.datasetVersion, location).toBe(DATASET_VERSION);
      }
    }
  });
});
