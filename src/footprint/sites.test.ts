import { describe, expect, it } from 'vitest';
import type { DeviceRef, DeviceSite } from '../sdk/records.js';
import { resolveFactors, type FactorOptions } from './factors.js';
import { SitePricer } from './sites.js';

function pricer(options: FactorOptions = {}) {
  const { factors } = resolveFactors(options);
  return new SitePricer(options, factors);
}

const device = (site?: DeviceSite): DeviceRef => ({ id: 'd', ...(site ? { site } : {}) });
const codecarbon = (site: Omit<DeviceSite, 'recordedBy'>): DeviceRef => device({ ...site, recordedBy: 'CodeCarbon' });

describe('SitePricer', () => {
  it('prices a device at the country and PUE its source recorded (alpha-3, as CodeCarbon writes it)', () => {
    const factors = pricer().factorsOf(codecarbon({ country: 'FRA', pue: 1 }))!;
    expect(factors.intensity).toMatchObject({ location: 'FR', zone: 'FR', scope: 'life-cycle' });
    expect(factors.intensity.source).toMatch(/Electricity Maps/);
    expect(factors.pue).toEqual({ value: 1, source: 'recorded by CodeCarbon' });
    expect(factors.recordedBy).toBe('CodeCarbon');
  });

  it("takes a US state or Canadian province from the region's name, and a cloud region before both", () => {
    const p = pricer();
    expect(p.factorsOf(codecarbon({ country: 'USA', region: 'connecticut' }))!.intensity).toMatchObject({ location: 'US-CT', zone: 'US-NE-ISNE' });
    expect(p.factorsOf(codecarbon({ country: 'CAN', region: 'Québec' }))!.intensity.location).toBe('CA-QC');
    const cloud = p.factorsOf(codecarbon({ country: 'USA', region: 'virginia', cloudRegion: 'aws:ca-central-1' }))!;
    expect(cloud.intensity.location).toBe('aws:ca-central-1');
    // No PUE recorded: the provider's, as for --location with a cloud region.
    expect(cloud.pue).toMatchObject({ facility: 'cloud' });
    expect(cloud.pue.source).toMatch(/Amazon|AWS/i);
    // A region of a country that carbon-ci prices as a whole: the country.
    expect(p.factorsOf(codecarbon({ country: 'FRA', region: 'île-de-france' }))!.intensity.location).toBe('FR');
    expect(p.finish()).toEqual([]);
  });

  it('leaves the location to the user when one is stated, and says which recorded sites it overrode', () => {
    const p = pricer({ location: 'DE' });
    const factors = p.factorsOf(codecarbon({ country: 'FRA', pue: 1.2 }))!;
    expect(factors.intensity.location).toBe('DE');
    expect(factors.pue.value).toBe(1.2);
    const [warning] = p.finish();
    expect(warning).toMatchObject({ code: 'recorded-site-overridden' });
    expect(warning!.message).toContain('FR');
    expect(warning!.message).toContain('(DE)');
  });

  it('leaves the PUE to the user when a PUE or a facility is stated', () => {
    expect(pricer({ pue: 1.3 }).factorsOf(codecarbon({ country: 'FRA', pue: 1 }))!.pue.value).toBe(1.3);
    expect(pricer({ facility: 'hpc' }).factorsOf(codecarbon({ country: 'FRA', pue: 1 }))!.pue).toMatchObject({ facility: 'hpc' });
    // Everything stated: nothing of the site is used.
    expect(pricer({ location: 'FR', pue: 1.1 }).factorsOf(codecarbon({ country: 'FRA', pue: 1 }))).toBeUndefined();
    expect(pricer({ intensityGPerKWh: 100, pue: 1.1 }).factorsOf(codecarbon({ country: 'FRA', pue: 1 }))).toBeUndefined();
  });

  it('warns, and uses the report’s factors, for a site it cannot use', () => {
    const p = pricer();
    expect(p.factorsOf(codecarbon({ country: 'XYZ', region: 'nowhere' }))).toBeUndefined();
    const odd = p.factorsOf(codecarbon({ country: 'FRA', pue: 7 }))!;
    expect(odd.pue.source).not.toMatch(/recorded/);
    // A country the data names but no source prices (Monaco), and a cloud region it does not list (its country then prices it).
    expect(p.factorsOf(codecarbon({ country: 'MCO' }))).toBeUndefined();
    expect(p.factorsOf(codecarbon({ country: 'FRA', cloudRegion: 'aws:mars-north-1' }))!.intensity.location).toBe('FR');
    const warnings = p.finish();
    expect(warnings.map((w) => w.code)).toEqual(['recorded-site-unknown', 'recorded-pue-invalid', 'recorded-site-unknown', 'recorded-site-unknown']);
    expect(warnings[0]!.message).toContain('which the embedded data does not know');
    expect(warnings[2]!.message).toMatch(/recorded the location "MCO", but the embedded dataset has no grid intensity for MC/);
    expect(warnings[3]!.message).toMatch(/cloud region "aws:mars-north-1", which the embedded data does not list \(its country, FR, prices it/);
    // A device without a site: the report's factors.
    expect(p.factorsOf(device())).toBeUndefined();
  });

  it('prices in the scope asked for, and falls back with a warning where the site has no figure in it', () => {
    // (Without a location the direct scope has no default figure at all, so the report's factors come from DE here.)
    const p = new SitePricer({ intensityScope: 'direct', facility: 'datacenter' }, resolveFactors({ location: 'DE', intensityScope: 'direct' }).factors);
    expect(p.factorsOf(codecarbon({ country: 'FRA' }))!.intensity).toMatchObject({ location: 'FR', scope: 'direct' });
    // Ukraine has no Electricity Maps zone, and Ember's figure is life-cycle only: no direct figure for it.
    expect(p.factorsOf(codecarbon({ country: 'UKR' }))).toBeUndefined();
    const [warning] = p.finish();
    expect(warning).toMatchObject({ code: 'recorded-site-unpriced' });
    expect(warning!.message).toMatch(/CodeCarbon recorded UA .*no direct/);
  });
});
