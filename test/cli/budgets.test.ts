// The CLI judges as the Action does: budgets from flags or .carbon-ci.yml, a baseline report file, the
// Budgets and baseline sections in every rendering, and an exit code of its own for a broken budget.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_BUDGET } from '../../src/cli/judge.js';
import { cli, REPO_ROOT } from './run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples/nvidia-smi-8xA100.csv');
const FACTORS = ['--location', 'US-CA', '--timezone', 'UTC'];

describe('carbon-ci report with budgets', () => {
  it('fails with its own exit code, after printing and writing the report with a Budgets section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-budgets-'));
    const run = await cli(['report', EXAMPLE, ...FACTORS, '--budget-co2e-kg', '1', '--markdown', join(dir, 'pr.md'), '--json', join(dir, 'r.json')]);
    expect(EXIT_BUDGET).toBe(3);
    expect(run.code).toBe(EXIT_BUDGET);
    expect(run.stderr).toMatch(/budget exceeded: CO2e \d\.\d+ kg exceeds the budget of 1 kg/);
    expect(run.stdout).toMatch(/Budget co2e: FAIL/);
    expect(readFileSync(join(dir, 'pr.md'), 'utf8')).toContain('#### Budgets');
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.budgets).toEqual([expect.objectContaining({ name: 'co2e', passed: false, limit: 1000 })]);
  });

  it('passes within the budget, and only warns with --no-fail-on-budget', async () => {
    expect((await cli(['report', EXAMPLE, ...FACTORS, '--budget-energy-kwh', '100'])).code).toBe(0);
    const warned = await cli(['report', EXAMPLE, ...FACTORS, '--budget-energy-kwh', '1', '--no-fail-on-budget']);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/Budget energy: FAIL/);
  });

  it('takes budgets from .carbon-ci.yml, flags winning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-budgets-config-'));
    writeFileSync(join(dir, '.carbon-ci.yml'), 'budgets:\n  co2eKg: 1\n');
    expect((await cli(['report', EXAMPLE, ...FACTORS], { cwd: dir })).code).toBe(EXIT_BUDGET);
    expect((await cli(['report', EXAMPLE, ...FACTORS, '--budget-co2e-kg', '50'], { cwd: dir })).code).toBe(0);
  });

  it('compares with --baseline and applies --max-increase-percent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-baseline-'));
    const base = join(dir, 'base.json');
    expect((await cli(['report', EXAMPLE, '--location', 'FR', '--timezone', 'UTC', '--json', base])).code).toBe(0);
    const worse = await cli(['report', EXAMPLE, ...FACTORS, '--baseline', base, '--max-increase-percent', '10', '--markdown', join(dir, 'pr.md')]);
    expect(worse.code).toBe(EXIT_BUDGET);
    expect(worse.stderr).toMatch(/CO2e changed by \+\d+(\.\d+)?% against the baseline/);
    const markdown = readFileSync(join(dir, 'pr.md'), 'utf8');
    expect(markdown).toContain(`Baseline: file ${base}`);
    expect(markdown).toMatch(/change \*\*\+/);
  });

  it('says why a relative budget without a baseline was not applied, and refuses a baseline that is no report', async () => {
    const run = await cli(['report', EXAMPLE, ...FACTORS, '--max-increase-percent', '10']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/max-increase-percent \(10%\) was not applied: no baseline/);
    const bad = await cli(['report', EXAMPLE, ...FACTORS, '--baseline', EXAMPLE]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/baseline/);
  });
});
