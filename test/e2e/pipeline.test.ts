import { describe, expect, it } from 'vitest';
import { runEstimate, runReport } from '../../src/pipeline/index.js';
import { renderJson } from '../../src/render/json.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import { isInputError } from '../../src/shared/errors.js';
import { REPO_ROOT } from '../cli/run-cli.js';

const CLEAN = 'test/cli/fixtures/two-gpus.csv';
const SAME_GPUS_CRLF = 'test/fixtures/bad-input/bom-crlf.csv';
const now = () => new Date('2024-02-01T00:00:00Z');

describe('runReport (library entry)', () => {
  it('counts a GPU seen in two files once, and says so', async () => {
    const report = await runReport({ inputs: [CLEAN, SAME_GPUS_CRLF], cwd: REPO_ROOT, location: 'FR', timeZone: 'UTC', now });
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.devices).toHaveLength(2);
    expect(report.totals.energyJ).toBeCloseTo(59 * 250 + 59 * 300, 6);
    expect(report.warnings.some((w) => w.code === 'duplicate-device')).toBe(true);
    expect(report.inputs.files).toEqual([SAME_GPUS_CRLF, CLEAN].sort());
  });

  it('is deterministic for the same inputs and clock', async () => {
    const options = { inputs: [CLEAN], cwd: REPO_ROOT, location: 'aws:us-east-1', timeZone: 'Europe/Paris', now };
    expect(renderJson(await runReport(options))).toBe(renderJson(await runReport(options)));
  });

  it('applies the provider PUE of a cloud region and names its grid', async () => {
    const report = await runReport({ inputs: [CLEAN], cwd: REPO_ROOT, location: 'aws:us-east-1', timeZone: 'UTC', now });
    expect(report.factors.intensity.location).toBe('aws:us-east-1');
    expect(report.factors.intensity.zone).toBeTruthy();
    expect(report.factors.pue.source).toMatch(/AWS/);
    expect(report.totals.facilityEnergyJ).toBeCloseTo(report.totals.energyJ * report.factors.pue.value, 6);
    const sumCo2e = report.devices.reduce((s, d) => s + d.co2eG, 0);
    expect(report.totals.co2eG).toBeCloseTo(sumCo2e, 6);
  });

  it('fails on an unknown location before reading any file', async () => {
    const error = await runReport({ inputs: ['no/such/file.csv'], location: 'Atlantis' }).catch((e: unknown) => e);
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toContain('Atlantis');
  });
});

describe('runEstimate (library entry)', () => {
  it('places the window at endMs and counts each device for the full window', async () => {
    const endMs = Date.UTC(2024, 0, 2);
    const report = await runEstimate({ gpu: 'NVIDIA L4', count: 2, hours: 3, utilization: 0.5, intensityGPerKWh: 100, pue: 1, endMs, now });
    expect(report.window).toEqual({ start: '2024-01-01T21:00:00.000Z', end: '2024-01-02T00:00:00.000Z' });
    expect(report.coverage).toBe(1);
    expect(report.totals.energyJ).toBeCloseTo(2 * 72 * 0.5 * 3 * 3600, 6);
    expect(report.warnings.map((w) => w.code)).not.toContain('estimate-full-utilization');
  });
});
