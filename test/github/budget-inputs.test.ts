import { beforeAll, describe, expect, it } from 'vitest';
import { expectInputError } from 'carbon-ci/testing';
import { readActionInputs } from '../../src/action/inputs.js';
import { mergePowerSeries, mergeReports } from '../../src/action/merge-reports.js';
import { budgetLimitsFromUserUnits, evaluateBudgets } from '../../src/budget/index.js';
import { compareWithBaseline, noBaseline } from '../../src/baseline/index.js';
import { runReport } from '../../src/pipeline/index.js';
import { reportSchemaErrors } from '../../src/report/validate.js';
import type { Report } from '../../src/report/types.js';
import { isInputError } from '../../src/shared/errors.js';
import { ROOT } from './action-harness.js';

let report: Report;
beforeAll(async () => {
  report = await runReport({ inputs: ['test/fixtures/github/nvidia-smi-2xA100.csv'], cwd: ROOT, location: 'FR', intensityGPerKWh: 400, pue: 1, timeZone: 'UTC' });
});

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('budgets', () => {
  it('judges CO2e and device energy in SI, from the Action\'s kg and kWh', () => {
    const limits = budgetLimitsFromUserUnits({ co2eKg: 0.05, energyKWh: 0.05 });
    expect(limits).toEqual({ co2eG: 50, energyJ: 180_000 });
    const outcome = evaluateBudgets(report, limits, true);
    expect(outcome.verdicts.map((v) => [v.name, v.passed, v.unit])).toEqual([
      ['co2e', true, 'gCO2e'],
      ['energy', false, 'J'],
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.breached[0]!.message).toBe('device energy 0.0992 kWh exceeds the budget of 0.05 kWh');
    expect(evaluateBudgets(report, limits, false).status).toBe('warn');
    expect(evaluateBudgets(report, {}, true).status).toBe('none');
  });

  it('applies the relative budget only against a baseline with CO2e above zero', () => {
    const base = structuredClone(report);
    base.totals.co2eG = report.totals.co2eG / 1.2;
    const withBaseline = { ...report, baseline: compareWithBaseline(report, base, { description: 'run 1' }) };
    const outcome = evaluateBudgets(withBaseline, { maxIncreasePercent: 10 }, true);
    expect(outcome.verdicts[0]).toMatchObject({ name: 'increase', unit: '%', passed: false, actual: 20 });
    expect(withBaseline.baseline.deltaPercent).toBeCloseTo(20, 9);
    expect(evaluateBudgets(withBaseline, { maxIncreasePercent: 25 }, true).status).toBe('pass');

    const none = evaluateBudgets({ ...report, baseline: noBaseline('no run yet') }, { maxIncreasePercent: 10 }, true);
    expect(none.status).toBe('none');
    expect(none.notApplied).toEqual(['max-increase-percent (10%) was not applied: no baseline (no run yet)']);
    base.totals.co2eG = 0;
    const zero = { ...report, baseline: compareWithBaseline(report, base, { description: 'run 1' }) };
    expect(zero.baseline.deltaPercent).toBeUndefined();
    expect(evaluateBudgets(zero, { maxIncreasePercent: 10 }, true).notApplied[0]).toMatch(/baseline's CO2e is zero/);
    expect(reportSchemaErrors(withBaseline)).toEqual([]);
  });
});

describe('action inputs', () => {
  it('reads defaults, lists and booleans', () => {
    const inputs = readActionInputs(reader({ telemetry: 'a.csv, logs/*.csv\nb.csv', comment: 'off', 'budget-co2e-kg': '2.5', 'github-token': 't' }));
    expect(inputs).toMatchObject({ mode: 'report', telemetry: ['a.csv', 'logs/*.csv', 'b.csv'], comment: false, check: true, artifact: true, reportId: 'default', failOnBudget: true, token: 't' });
    expect(inputs.budgets).toEqual({ co2eG: 2500 });
  });

  it('fills what the workflow leaves empty from .carbon-ci.yml', () => {
    const inputs = readActionInputs(reader({ location: 'FR' }), { telemetry: 'x.csv', location: 'DE', pue: 1.3, budgets: { energyKWh: 2, failOnBudget: false } });
    expect(inputs).toMatchObject({ telemetry: ['x.csv'], location: 'FR', pue: 1.3, failOnBudget: false, budgets: { energyJ: 7.2e6 } });
  });

  it('names the functional-unit input only when the bad value came from it', async () => {
    await expectInputError(() => readActionInputs(reader({ telemetry: 'a', 'functional-unit': 'tokens=abc' }), { functionalUnit: 'tokens=2e9' }), {
      message: /input "functional-unit" must be NAME=COUNT/,
    });
    const fromConfig = await expectInputError(() => readActionInputs(reader({ telemetry: 'a' }), { functionalUnit: 'tokens=abc' }), {
      message: /config setting "functionalUnit" must be NAME=COUNT/,
    });
    expect(fromConfig.message).not.toContain('functional-unit');
    expect(readActionInputs(reader({ telemetry: 'a', 'functional-unit': 'images=5' }), { functionalUnit: 'tokens=abc' }).functionalUnit).toEqual({ unit: 'images', count: 5 });
  });

  it.each([
    [{ telemetry: 'a', pue: 'high' }, /input "pue" must be a number at least 1 and at most 3, got "high"/],
    [{ telemetry: 'a', pue: '0.9' }, /input "pue" must be a number/],
    [{ telemetry: 'a', 'budget-co2e-kg': '0' }, /"budget-co2e-kg" must be a number above 0/],
    [{ telemetry: 'a', comment: 'maybe' }, /input "comment" must be true or false/],
    [{ telemetry: 'a', mode: 'deploy' }, /input "mode" must be one of report, publish, aggregate/],
    [{ telemetry: 'a', 'report-id': 'a/b' }, /input "report-id" must be 1 to 64 letters/],
    [{}, /input "telemetry" is required in mode "report"/],
    [{ mode: 'publish', telemetry: 'a.csv' }, /input "telemetry" has no effect in mode "publish"/],
  ])('refuses %j clearly', (values, message) => {
    let error: unknown;
    try {
      readActionInputs(reader(values as Record<string, string>));
    } catch (caught) {
      error = caught;
    }
    expect(isInputError(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('fix:');
  });
});

describe('mergeReports', () => {
  it('adds totals, keeps every device under a unique id, and yields a valid report', () => {
    const other = structuredClone(report);
    other.factors.intensity.gPerKWh = 50;
    other.warnings.push({ code: 'x', message: 'a gap' });
    const merged = mergeReports(
      [
        { label: 'a100', report },
        { label: 'h100', report: other },
      ],
      { repository: 'o/r', runId: 5 },
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(merged.totals.energyJ).toBeCloseTo(2 * report.totals.energyJ, 6);
    expect(merged.totals.co2eG).toBeCloseTo(report.totals.co2eG + other.totals.co2eG, 9);
    expect(merged.devices.map((d) => d.id)).toEqual([
      'a100/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001',
      'a100/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000002',
      'h100/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001',
      'h100/GPU-1b2c3d4e-0000-4a4a-8b8b-000000000002',
    ]);
    expect(merged.coverage).toBeCloseTo(report.coverage, 9);
    expect(merged.warnings.map((w) => w.code)).toContain('aggregate-mixed-factors');
    expect(merged.warnings.some((w) => w.message === '[h100] a gap')).toBe(true);
    expect(merged.run).toEqual({ repository: 'o/r', runId: 5 });
    expect(reportSchemaErrors(merged)).toEqual([]);
  });

  it('names every job\'s embodied source once, and adds up the devices and the published range', () => {
    const other = structuredClone(report);
    other.factors.embodied = { ...report.factors.embodied!, source: 'another figure for H100s', devices: 4, range: { lowCo2eG: 1, highCo2eG: 2, source: 'H100 range' } };
    const merged = mergeReports([{ label: 'a100', report }, { label: 'h100', report: other }], { repository: 'o/r', runId: 5 }, new Date('2026-03-01T00:00:00Z'));
    const embodied = merged.factors.embodied!;
    expect(embodied.source).toBe(`${report.factors.embodied!.source} | another figure for H100s`);
    expect(embodied.devices).toBe(report.factors.embodied!.devices + 4);
    expect(embodied.range).toEqual({ lowCo2eG: report.factors.embodied!.range!.lowCo2eG + 1, highCo2eG: report.factors.embodied!.range!.highCo2eG + 2, source: `${report.factors.embodied!.range!.source} | H100 range` });
    expect(reportSchemaErrors(merged)).toEqual([]);
  });

  it('adds power series on the coarsest common grid', () => {
    const series = mergePowerSeries([
      { stepS: 10, start: '2026-01-01T00:00:00.000Z', powerW: [100, 100, 200, 200] },
      { stepS: 20, start: '2026-01-01T00:00:20.000Z', powerW: [50, null, 70] },
    ]);
    expect(series).toEqual({ stepS: 20, start: '2026-01-01T00:00:00.000Z', powerW: [100, 250, null, 70] });
  });
});

describe('action.yml', () => {
  it('declares every input the Action reads and every output it sets, and runs on node24', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const action = parse(readFileSync(`${ROOT}/action.yml`, 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string> };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js', 'post-if': 'always()' });
    const read = new Set<string>(['config', 'github-token']);
    readActionInputs((name) => {
      read.add(name);
      return name === 'telemetry' ? 'a.csv' : '';
    });
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());

    const { setReportOutputs, setPublishOutputs } = await import('../../src/action/outputs.js');
    const set = new Set<string>();
    const io = { setOutput: (name: string) => set.add(name) } as never;
    setReportOutputs(io, report, evaluateBudgets(report, {}, true), '/tmp/r.json', 'default');
    setPublishOutputs(io, { commentUrl: 'u', commentId: 1, checkUrl: 'c', commentForbidden: false, notes: [] });
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
