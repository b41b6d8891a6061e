// `carbon-ci estimate` refuses durations and counts beyond its documented maxima with exit 2 and a
// clear message, and represents N identical devices by one device record with `count` N.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { runEstimate } from '../../src/pipeline/index.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import { isInputError } from '../../src/shared/errors.js';
import { cli, cliJson } from '../cli/run-cli.js';

const GPU = 'NVIDIA A100 SXM4 80GB';

function expectUsageError(result: { code: number; stderr: string }, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toContain('internal error');
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const part of parts) expect(result.stderr).toContain(part);
}

describe('estimate bounds', () => {
  it('refuses --hours beyond 100000 (the report could not date its window)', async () => {
    expectUsageError(await cli(['estimate', '--gpu', GPU, '--hours', '1.8e7']), '--hours', 'at most 100000');
    expectUsageError(await cli(['estimate', '--gpu', GPU, '--hours', '100001']), 'at most 100000');
    const longest = await cliJson(['estimate', '--gpu', GPU, '--hours', '100000', '--intensity', '100']);
    expect(reportSchemaErrors(longest.report)).toEqual([]);
    expect(longest.report.totals.durationS).toBe(100_000 * 3600);
  });

  it('refuses --count beyond 1000000, and --gpu-hours beyond 1e11 or above 100000 h per device', async () => {
    expectUsageError(await cli(['estimate', '--gpu', GPU, '--hours', '1', '--count', '1000001']), '--count', 'at most 1000000');
    expectUsageError(await cli(['estimate', '--gpu', GPU, '--gpu-hours', '2e11', '--count', '1000000']), '--gpu-hours', 'at most 100000000000');
    expectUsageError(await cli(['estimate', '--gpu', GPU, '--gpu-hours', '1e6', '--count', '2']), '500000 h per device', '--count');
  });

  it('refuses the same bounds from the library entry', async () => {
    for (const options of [{ hours: 1.8e7 }, { hours: 1, count: 2_000_000 }, { gpuHours: 2e11, count: 1_000_000 }, { gpuHours: 1e6, count: 2 }]) {
      const error = await runEstimate({ gpu: GPU, intensityGPerKWh: 100, ...options }).catch((e: unknown) => e);
      expect(isInputError(error), String(error)).toBe(true);
    }
  });

  it('a count of 1000000 is one device record, made at once', async () => {
    const started = performance.now();
    const { report } = await cliJson(['estimate', '--gpu', GPU, '--count', '1000000', '--hours', '1', '--utilization', '0.5', '--intensity', '100', '--pue', '1']);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.devices).toHaveLength(1);
    expect(report.devices[0]).toMatchObject({ count: 1_000_000, model: GPU, method: 'estimate', coverage: 1 });
    expect(report.totals.energyJ).toBeCloseTo(1e6 * 400 * 0.5 * 3600, 0);
    expect(reportSchemaErrors(report)).toEqual([]);
  });

  it('8 devices are one record "8 × model" with the energy, embodied share and CO2e of all eight', async () => {
    const one = (await cliJson(['estimate', '--gpu', GPU, '--hours', '2', '--intensity', '400', '--pue', '1.2'])).report;
    const eight = (await cliJson(['estimate', '--gpu', GPU, '--count', '8', '--hours', '2', '--intensity', '400', '--pue', '1.2'])).report;
    expect(eight.devices).toHaveLength(1);
    expect(eight.devices[0]!.count).toBe(8);
    expect(eight.inputs.estimate).toMatchObject({ count: 8, hoursPerDevice: 2 });
    for (const key of ['energyJ', 'facilityEnergyJ', 'operationalCo2eG', 'embodiedCo2eG', 'co2eG'] as const) {
      expect(eight.totals[key]).toBeCloseTo(8 * one.totals[key], 6);
      expect(eight.devices[0]![key]).toBeCloseTo(8 * one.devices[0]![key], 6);
    }
    expect(renderMarkdown(eight)).toContain(`8 × ${GPU}`);
    const terminal = await cli(['estimate', '--gpu', GPU, '--count', '8', '--hours', '2', '--intensity', '400', '--no-color']);
    expect(terminal.stdout).toContain(`8 × ${GPU}`);
  });

  it('--gpu-hours is shared across the count, one record still', async () => {
    const { report } = await cliJson(['estimate', '--gpu', 'TPU v5e', '--power-w', '200', '--gpu-hours', '64', '--count', '4', '--intensity', '100']);
    expect(report.devices).toHaveLength(1);
    expect(report.devices[0]).toMatchObject({ count: 4, model: 'TPU v5e' });
    expect(report.totals.energyJ).toBeCloseTo(64 * 3600 * 200, 6);
    expect(report.totals.durationS).toBe(16 * 3600);
  });

  it('honours a stated --power-w up to its own bound, whatever the model', async () => {
    const { report } = await cliJson(['estimate', '--gpu', 'Custom ASIC', '--power-w', '5000', '--hours', '1', '--count', '2', '--intensity', '100']);
    expect(report.totals.energyJ).toBeCloseTo(2 * 5000 * 3600, 6);
    expect(report.warnings.map((w) => w.code)).not.toContain('implausible-power');
  });
});
