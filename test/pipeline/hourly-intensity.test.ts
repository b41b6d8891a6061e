// Hourly, time-matched grid intensity from a loopback stand-in for the Electricity Maps API.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveLocation } from '../../src/footprint/index.js';
import { runReport } from '../../src/pipeline/index.js';
import { renderMarkdown } from '../../src/render/index.js';
import { validateReport } from '../../src/report/validate.js';

const TOKEN = 'em-secret-token-123';
const HOUR_MS = 3_600_000;
const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-hourly-'));
let server: Server;
let apiUrl: string;
let requests: IncomingMessage[] = [];
let answer: (req: IncomingMessage) => [number, unknown] = stand;

/** 100 g at even UTC hours, 500 g at odd ones, for the zone asked about, every hour of the range. */
function stand(req: IncomingMessage): [number, unknown] {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/v3/carbon-intensity/past-range') return [404, { error: 'no such route' }];
  if (req.headers['auth-token'] !== TOKEN) return [401, { error: 'bad token' }];
  const start = Date.parse(url.searchParams.get('start')!);
  const end = Date.parse(url.searchParams.get('end')!);
  if (end - start > 10 * 24 * HOUR_MS) return [400, { error: 'range too long' }];
  const data = [];
  for (let t = start; t < end; t += HOUR_MS) {
    data.push({ zone: url.searchParams.get('zone'), carbonIntensity: new Date(t).getUTCHours() % 2 === 0 ? 100 : 500, datetime: new Date(t).toISOString(), emissionFactorType: url.searchParams.get('emissionFactorType'), isEstimated: false });
  }
  return [200, { zone: url.searchParams.get('zone'), data }];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    const [status, body] = answer(req);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.CARBON_CI_CACHE_DIR = join(dir, 'cache');
});
afterAll(async () => {
  delete process.env.CARBON_CI_CACHE_DIR;
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  requests = [];
  answer = stand;
  rmSync(join(dir, 'cache'), { recursive: true, force: true });
});

/** A 2-hour nvidia-smi log, 10:00 to 12:00 UTC, one sample a minute: 300 W in the first hour, 100 W in the second. */
function twoHourLog(startHourUtc = 10): string {
  const lines = ['timestamp, index, power.draw [W]'];
  const start = Date.UTC(2025, 2, 10, startHourUtc);
  for (let m = 0; m <= 120; m++) {
    const t = new Date(start + m * 60_000).toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 19);
    lines.push(`${t}.000, 0, ${m < 60 ? '300.00' : m === 60 ? '300.00' : '100.00'} W`);
  }
  const path = join(dir, `two-hours-${startHourUtc}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const options = () => ({ inputs: [twoHourLog()], location: 'DE', pue: 1, timeZone: 'UTC', intensityProvider: 'electricitymaps' as const, intensityToken: TOKEN, intensityApiUrl: apiUrl });

describe('hourly grid intensity', () => {
  it('prices each hour at its own figure: 0.3 kWh at 100 g + 0.1 kWh at 500 g = 80 g, not the annual figure', async () => {
    const report = await runReport(options());
    validateReport(report);
    // The minute from 11:00 to 11:01 still averages 200 W: 3.3 Wh more in the odd hour (+1.7 g) and that much less in the even one.
    const expected = 0.3 * 100 + (0.1 + (200 - 100) / 60 / 1000) * 500;
    expect(report.totals.operationalCo2eG).toBeCloseTo(expected, 6);
    expect(report.totals.operationalCo2eG).toBeCloseTo(80, -1);
    expect(report.factors.intensity).toMatchObject({ zone: 'DE', scope: 'life-cycle', year: 2025, hourly: { provider: 'Electricity Maps API', zone: 'DE', hours: 2, hoursFromProvider: 2 } });
    expect(report.factors.intensity.gPerKWh).toBeCloseTo(report.totals.operationalCo2eG / (report.totals.facilityEnergyJ / 3.6e6), 9);
    expect(report.factors.intensity.hourly!.annualGPerKWh).toBeGreaterThan(200);
    // The annual figure carries its own source, year and scope: the embedded dataset's, not the provider's.
    const annual = resolveLocation('DE').intensity;
    expect(report.factors.intensity.hourly).toMatchObject({ annualGPerKWh: annual.gPerKWh, annualSource: annual.source, annualYear: annual.year, annualScope: 'life-cycle' });
    expect(annual.source).toMatch(/^Electricity Maps, 2024 yearly/);
    const query = new URL(requests[0]!.url!, 'http://x').searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ zone: 'DE', temporalGranularity: 'hourly', emissionFactorType: 'lifecycle', start: '2025-03-10T00:00:00.000Z', end: '2025-03-11T00:00:00.000Z' });
    expect(JSON.stringify(report)).not.toContain(TOKEN);
    expect(renderMarkdown(report)).toContain('Electricity Maps API, hourly carbon intensity');
  });

  it('names the cleanest start hour of the same day when another start would have met cleaner hours, and none when none would', async () => {
    const even = await runReport(options());
    expect(even.alternatives?.some((a) => a.startHour)).toBeFalsy();
    const odd = await runReport({ ...options(), inputs: [twoHourLog(11)] });
    const [first] = odd.alternatives!;
    // 11:00 to 13:00 meets 500 g then 100 g; starting at an even hour it would meet 100 g then 500 g.
    expect(first!.startHour).toMatch(/^2025-03-10T(0[02468]|1[02468]|2[02]):00:00\.000Z$/);
    expect(first!.location).toBe('DE');
    const kWh = odd.totals.facilityEnergyJ / 3.6e6;
    expect(first!.co2eG).toBeLessThan(odd.totals.co2eG);
    expect(first!.savingPercent).toBeCloseTo(((odd.totals.co2eG - first!.co2eG) / odd.totals.co2eG) * 100, 9);
    expect(first!.gPerKWh).toBeCloseTo((first!.co2eG - odd.totals.embodiedCo2eG) / kWh, 6);
    expect(renderMarkdown(odd)).toMatch(/Cleaner grids: DE starting at \d\d:00 UTC the same job would have emitted/);
    // Its figure is the provider's hourly one, with that source, year and scope.
    expect(first).toMatchObject({ source: odd.factors.intensity.source, year: 2025, scope: 'life-cycle' });
    expect(first!.source).toMatch(/^Electricity Maps API, hourly/);
    expect(renderMarkdown(odd)).toContain("the start hour from this location's hourly figures (Electricity Maps API, hourly carbon intensity (past-range) for zone DE, 2025, life-cycle)");
  });

  it("compares other places, which have annual figures only, with this location's annual figure, not with the job's hours", async () => {
    const report = await runReport({ ...options(), location: 'US-OH' });
    const hourly = report.factors.intensity.hourly!;
    expect(hourly.hoursFromProvider).toBe(2);
    // The stand-in's hours (100 and 500 g) average far below Ohio's annual figure: compared with them, few places would look cleaner.
    expect(report.factors.intensity.gPerKWh).toBeLessThan(hourly.annualGPerKWh);
    const kWh = report.totals.facilityEnergyJ / 3.6e6;
    const annualCo2eG = kWh * hourly.annualGPerKWh + report.totals.embodiedCo2eG;
    const places = (report.alternatives ?? []).filter((a) => !a.startHour);
    expect(places).toHaveLength(3);
    for (const a of places) {
      expect(a.location).toMatch(/^zone:US-/);
      expect(a.gPerKWh).toBeLessThan(hourly.annualGPerKWh);
      expect(a.co2eG).toBeCloseTo(kWh * a.gPerKWh + report.totals.embodiedCo2eG, 9);
      expect(a.savingPercent).toBeCloseTo(((annualCo2eG - a.co2eG) / annualCo2eG) * 100, 9);
      const own = resolveLocation(a.location).intensity;
      expect(a).toMatchObject({ source: own.source, year: own.year, scope: 'life-cycle' });
    }
    const annual = String(Number(hourly.annualGPerKWh.toPrecision(3)));
    const text = renderMarkdown(report);
    expect(text).toContain(`other places at annual averages from Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0), life-cycle, the change against this job at this location's annual ${annual} g/kWh (`);
    expect(text).toContain('), not at its hourly figures; same energy, PUE and embodied share)');
  });

  it('states the hourly figure, not the annual one, when every device carries its own recorded PUE (CodeCarbon)', async () => {
    const france = fileURLToPath(new URL('../../plugins/codecarbon/fixtures/v2.4.3rc1-example.csv', import.meta.url));
    const report = await runReport({ ...options(), inputs: [france], location: 'FR', pue: undefined });
    validateReport(report);
    expect(report.factors.intensity.hourly).toMatchObject({ zone: 'FR' });
    expect(report.factors.pue).toEqual({ value: 1, source: 'recorded by CodeCarbon' });
    // What the report states prices what it counts.
    expect(report.totals.operationalCo2eG).toBeCloseTo((report.totals.facilityEnergyJ / 3.6e6) * report.factors.intensity.gPerKWh, 9);
    for (const d of report.devices) expect(d.factors?.intensity.hourly).toBeDefined();
  });

  it('uses the on-disk cache the second time, with no request', async () => {
    await runReport(options());
    expect(requests).toHaveLength(1);
    requests = [];
    const again = await runReport({ ...options(), intensityToken: undefined });
    expect(requests).toHaveLength(0);
    expect(again.factors.intensity.hourly?.hoursFromProvider).toBe(2);
  });

  it('states the year that holds most of the energy of a job across a new year, and names both years in the source', async () => {
    /** An nvidia-smi log from `start`, one sample a minute, at `watts[h]` through hour h. */
    const logOf = (name: string, start: number, watts: number[]) => {
      const lines = ['timestamp, index, power.draw [W]'];
      for (let m = 0; m <= watts.length * 60; m++) {
        const t = new Date(start + m * 60_000).toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 19);
        lines.push(`${t}.000, 0, ${watts[Math.min(Math.floor(m / 60), watts.length - 1)]!.toFixed(2)} W`);
      }
      writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
      return join(dir, name);
    };
    const newYearsEve = Date.UTC(2025, 11, 31, 23);
    // One hour of 2025 at 100 W, two of 2026 at 300 W: the figure is mostly 2026's.
    const mostlyNew = await runReport({ ...options(), inputs: [logOf('into-2026.csv', newYearsEve, [100, 300, 300])] });
    validateReport(mostlyNew);
    expect(mostlyNew.factors.intensity).toMatchObject({ year: 2026, source: 'Electricity Maps API, hourly carbon intensity (past-range) for zone DE, hours of 2025–2026', hourly: { hours: 3, hoursFromProvider: 3 } });
    expect(renderMarkdown(mostlyNew)).toContain('for zone DE, hours of 2025–2026');
    // One hour of 2025, two of 2026, but most of the energy in 2025's hour: the year follows the energy, not the hours.
    const mostlyOld = await runReport({ ...options(), inputs: [logOf('from-2025.csv', newYearsEve, [1000, 50, 50])] });
    expect(mostlyOld.factors.intensity).toMatchObject({ year: 2025, source: expect.stringMatching(/hours of 2025–2026$/) });
    // Within one year, the source names no span.
    const report = await runReport(options());
    expect(report.factors.intensity.source).toBe('Electricity Maps API, hourly carbon intensity (past-range) for zone DE');
  });

  it('warns about a hand-edited cache, naming the file, and prices those hours at fetched figures, not the cached ones', async () => {
    await runReport(options());
    const file = join(dir, 'cache', 'intensity', 'DE', 'life-cycle.json');
    const cached = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    writeFileSync(file, JSON.stringify({ ...cached, [Date.UTC(2025, 2, 10, 10)]: -5000 }));
    requests = [];
    const report = await runReport(options());
    validateReport(report);
    expect(requests).toHaveLength(1);
    expect(report.totals.operationalCo2eG).toBeCloseTo(0.3 * 100 + (0.1 + (200 - 100) / 60 / 1000) * 500, 6);
    const warning = report.warnings.find((w) => w.code === 'intensity-cache-ignored')!;
    expect(warning.file).toBe(file);
    expect(warning.message).toContain(`${file} holds an entry that is not an hour with a figure in 0–2000 g CO2e/kWh (2025-03-10T10:00:00.000Z: -5000)`);
  });

  it('falls back to the annual figure with a warning on every failure, and keeps the report', async () => {
    const annual = await runReport({ inputs: [twoHourLog()], location: 'DE', pue: 1, timeZone: 'UTC' });
    for (const [status, why] of [[401, /token was refused/], [429, /rate limit/], [404, /does not know zone DE/], [503, /HTTP 503/]] as const) {
      rmSync(join(dir, 'cache'), { recursive: true, force: true });
      answer = () => [status, { error: 'no' }];
      const report = await runReport(options());
      expect(report.totals.operationalCo2eG).toBeCloseTo(annual.totals.operationalCo2eG, 9);
      expect(report.factors.intensity.hourly).toBeUndefined();
      const warning = report.warnings.find((w) => w.code === 'intensity-provider-fallback')!;
      expect(warning.message).toMatch(why);
      expect(warning.message).not.toContain(TOKEN);
    }
    const noToken = await runReport({ ...options(), intensityToken: undefined });
    expect(noToken.warnings.find((w) => w.code === 'intensity-provider-fallback')!.message).toMatch(/no token: set ELECTRICITYMAPS_TOKEN/);
    const stated = await runReport({ ...options(), location: undefined, intensityGPerKWh: 300 });
    expect(stated.warnings.find((w) => w.code === 'intensity-provider-fallback')!.message).toMatch(/the intensity was stated/);
  });

  it('asks for whole UTC days, in ranges of at most 10 days', async () => {
    const lines = ['timestamp, index, power.draw [W]'];
    const start = Date.UTC(2025, 0, 1);
    for (let h = 0; h <= 25 * 24; h += 1) lines.push(`${new Date(start + h * HOUR_MS).toISOString().replace('T', ' ').replace(/-/g, '/').slice(0, 19)}.000, 0, 100.00 W`);
    const path = join(dir, 'long.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const report = await runReport({ ...options(), inputs: [path], maxGapS: 7200 });
    expect(requests.length).toBe(3);
    expect(report.factors.intensity.hourly).toMatchObject({ hours: 25 * 24, hoursFromProvider: 25 * 24 });
  });
});
