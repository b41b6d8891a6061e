// CodeCarbon records where each run was (country, region, cloud region) and its PUE: without a stated
// location or PUE, each run is priced there, and CodeCarbon's own emissions stay beside carbon-ci's.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveFactors, resolveLocation } from '../../src/footprint/index.js';
import { runReport } from '../../src/pipeline/index.js';
import { renderMarkdown, renderTerminal } from '../../src/render/index.js';
import { validateReport } from '../../src/report/validate.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../plugins/codecarbon/fixtures/${name}`, import.meta.url));
const FRANCE = fixture('v2.4.3rc1-example.csv'); // France, pue 1.0, one run
const GERMANY = fixture('v3-two-runs-pue-1.5.csv'); // Germany (hesse), pue 1.5, two runs
const CONNECTICUT = fixture('bigscience-2022-snapshots.csv'); // United States, connecticut, no pue column
const NO_SITE = fileURLToPath(new URL('../fixtures/github/nvidia-smi-2xA100.csv', import.meta.url)); // nvidia-smi: records no site

describe('CodeCarbon runs priced where they were recorded', () => {
  it('prices a French file with pue 1.0 as French at PUE 1.0 when no location or PUE is given', async () => {
    const report = await runReport({ inputs: [FRANCE], timeZone: 'UTC' });
    const france = resolveLocation('FR').intensity;
    expect(report.factors.intensity).toMatchObject({ location: 'FR', gPerKWh: france.gPerKWh, scope: 'life-cycle', year: 2024 });
    expect(report.factors.pue).toEqual({ value: 1, source: 'recorded by CodeCarbon' });
    expect(report.factors.recorded).toEqual({ devices: 3, by: ['CodeCarbon'] });
    expect(report.inputs.location).toBe('FR');
    const kWh = report.totals.energyJ / 3.6e6;
    expect(report.totals.operationalCo2eG).toBeCloseTo(kWh * france.gPerKWh, 9);
    // Nothing was priced at the world average: no warning that says so.
    expect(report.warnings.map((w) => w.code)).not.toContain('default-location');
    // CodeCarbon's own figure, beside carbon-ci's.
    expect(report.sourceReported).toMatchObject({ devices: 3, plugins: ['codecarbon'] });
    expect(report.sourceReported!.co2eG).toBeCloseTo(3.435810400385386e-2, 9);
    expect(report.sourceReported!.operationalCo2eG).toBeCloseTo(report.totals.operationalCo2eG, 9);
    validateReport(report);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('PUE **1.00** (recorded by CodeCarbon)');
    expect(markdown).toContain('for FR, where CodeCarbon recorded the run');
    expect(markdown).toMatch(/CodeCarbon's own figure: 34\.4 mg CO2e for the 3 devices it read; carbon-ci's operational CO2e for them: \d/);
    expect(renderTerminal(report, { color: false })).toContain("CodeCarbon's own figure");
  });

  it('prices each run of several files at its own site, per device, and lists each site', async () => {
    const report = await runReport({ inputs: [FRANCE, GERMANY, CONNECTICUT], timeZone: 'UTC' });
    validateReport(report);
    const byRun = (run: string) => report.devices.filter((d) => d.id.includes(run));
    for (const d of byRun('409f7ac2')) expect(d.factors).toMatchObject({ intensity: { location: 'FR' }, pue: { value: 1 }, recordedBy: 'CodeCarbon' });
    for (const d of byRun('aaaaaaaa')) expect(d.factors).toMatchObject({ intensity: { location: 'DE' }, pue: { value: 1.5 } });
    // No pue column: carbon-ci's default PUE for a data centre, at the recorded state's grid.
    for (const d of byRun('3d0c0253')) expect(d.factors).toMatchObject({ intensity: { location: 'US-CT', zone: 'US-NE-ISNE' }, pue: { value: 1.56, facility: 'datacenter' } });
    expect(report.factors.recorded).toEqual({ devices: report.devices.length, by: ['CodeCarbon'] });
    // Each device's CO2e is its own energy at its own factors, and the totals add them up.
    for (const d of report.devices) {
      expect(d.facilityEnergyJ).toBeCloseTo(d.energyJ * d.factors!.pue.value, 6);
      expect(d.operationalCo2eG).toBeCloseTo((d.facilityEnergyJ / 3.6e6) * d.factors!.intensity.gPerKWh, 9);
    }
    expect(report.totals.operationalCo2eG).toBeCloseTo(report.devices.reduce((s, d) => s + d.operationalCo2eG, 0), 9);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('- Each device is priced where its run was:');
    expect(markdown).toMatch(/ {2}- 6 devices: facility energy = device energy × PUE \*\*1\.50\*\*/);
    expect(renderTerminal(report, { color: false })).toContain('× PUE 1.00 to 1.56 (per device)');
  });

  it('lets a stated location or PUE win, and says what it overrode', async () => {
    const located = await runReport({ inputs: [FRANCE], location: 'DE', timeZone: 'UTC' });
    expect(located.factors.intensity.location).toBe('DE');
    expect(located.factors.pue).toEqual({ value: 1, source: 'recorded by CodeCarbon' });
    expect(located.warnings.find((w) => w.code === 'recorded-site-overridden')?.message).toContain('FR');
    const both = await runReport({ inputs: [FRANCE], location: 'DE', pue: 1.2, timeZone: 'UTC' });
    expect(both.factors.recorded).toBeUndefined();
    expect(both.devices.every((d) => d.factors === undefined)).toBe(true);
    expect(both.factors.pue).toEqual({ value: 1.2, source: 'stated by the user' });
  });

  it('escapes who recorded a site before it reaches Markdown', async () => {
    const report = await runReport({ inputs: [FRANCE], timeZone: 'UTC' });
    const hostile = structuredClone(report);
    hostile.devices[0]!.factors = { ...hostile.devices[0]!.factors!, recordedBy: '<img src=x onerror=alert(1)> [link](http://evil)' };
    const markdown = renderMarkdown(hostile);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('](http://evil)');
  });
});

describe('the direct scope without a location', () => {
  const worldError = () => {
    try {
      resolveFactors({ intensityScope: 'direct' });
    } catch (error) {
      return error as Error & { hint?: string };
    }
    throw new Error('expected the direct world average to be refused');
  };

  it('prices each CodeCarbon run at its recorded site in the direct scope, as the life-cycle default does', async () => {
    const report = await runReport({ inputs: [FRANCE], intensityScope: 'direct', timeZone: 'UTC' });
    validateReport(report);
    const france = resolveLocation('FR', { intensityScope: 'direct' }).intensity;
    expect(france.gPerKWh).not.toBe(resolveLocation('FR').intensity.gPerKWh);
    expect(report.factors.intensity).toMatchObject({ location: 'FR', scope: 'direct', gPerKWh: france.gPerKWh });
    expect(report.factors.pue).toEqual({ value: 1, source: 'recorded by CodeCarbon' });
    expect(report.totals.operationalCo2eG).toBeCloseTo((report.totals.energyJ / 3.6e6) * france.gPerKWh, 9);
    expect(report.warnings.map((w) => w.code)).not.toContain('default-location');
    // Hourly figures need the report's own zone: with none, the recorded sites' annual figures price the job, and the report says so.
    const hourly = await runReport({ inputs: [FRANCE], intensityScope: 'direct', timeZone: 'UTC', intensityProvider: 'electricitymaps', intensityToken: 'unused' });
    expect(hourly.factors.intensity).toMatchObject({ location: 'FR', gPerKWh: france.gPerKWh });
    expect(hourly.warnings.find((w) => w.code === 'intensity-provider-fallback')?.message).toMatch(/no location given.*recorded/);
  });

  it('prices runs at several sites each in the direct scope', async () => {
    const report = await runReport({ inputs: [FRANCE, GERMANY, CONNECTICUT], intensityScope: 'direct', timeZone: 'UTC' });
    validateReport(report);
    for (const d of report.devices) expect(d.factors?.intensity.scope, d.id).toBe('direct');
    const ct = report.devices.find((d) => d.id.includes('3d0c0253'))!;
    expect(ct.factors!.intensity).toMatchObject({ location: 'US-CT', gPerKWh: resolveLocation('US-CT', { intensityScope: 'direct' }).intensity.gPerKWh });
    expect(report.totals.operationalCo2eG).toBeCloseTo(report.devices.reduce((s, d) => s + d.operationalCo2eG, 0), 9);
    // No world figure to fall back on: the site that priced the most facility energy stands for the report.
    const main = report.devices.reduce((a, b) => (b.facilityEnergyJ > a.facilityEnergyJ ? b : a));
    expect(report.factors.intensity).toEqual(main.factors!.intensity);
    expect(report.factors.pue).toEqual(main.factors!.pue);
    expect(renderMarkdown(report)).toContain('- Each device is priced where its run was:');
    expect(renderTerminal(report, { color: false })).not.toMatch(/NaN/);
  });

  it('refuses, with the same error and fix, as soon as one device has no recorded site', async () => {
    const expected = worldError();
    const error = await runReport({ inputs: [FRANCE, NO_SITE], intensityScope: 'direct', timeZone: 'UTC' }).then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toBe(expected.message);
    expect(error?.hint).toBe(expected.hint);
    expect(error?.hint).toMatch(/--location.*life-cycle.*--intensity/);
    // A stated location or intensity prices that device, as before.
    const located = await runReport({ inputs: [FRANCE, NO_SITE], intensityScope: 'direct', location: 'DE', timeZone: 'UTC' });
    expect(located.factors.intensity).toMatchObject({ location: 'DE', scope: 'direct' });
  });
});
