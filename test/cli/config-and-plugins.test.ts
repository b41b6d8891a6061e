import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliJson, REPO_ROOT } from './run-cli.js';

const example = join(REPO_ROOT, 'examples/custom-plugin');

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-cli-'));
  await copyFile(join(example, 'index.mjs'), join(dir, 'power-jsonl.mjs'));
  await copyFile(join(example, 'power.jsonl'), join(dir, 'power.jsonl'));
  return dir;
}

describe('carbon-ci report with .carbon-ci.yml and user plugins', () => {
  it('loads a plugin module named by --plugin-module and reports with it', async () => {
    const cwd = await workspace();
    const { report } = await cliJson(['report', 'power.jsonl', '--plugin-module', './power-jsonl.mjs', '--location', 'FR'], { cwd });
    expect(report.devices.map((d) => d.plugins)).toEqual([['power-jsonl'], ['power-jsonl']]);
    expect(report.totals.energyJ).toBeGreaterThan(0);
    expect(report.factors.intensity.location).toBe('FR');
  });

  it('takes telemetry, plugins and location from .carbon-ci.yml, and flags win over it', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, '.carbon-ci.yml'), 'telemetry: power.jsonl\nplugins: [./power-jsonl.mjs]\nlocation: FR\npue: 1.2\n');
    const fromFile = await cliJson(['report'], { cwd });
    expect(fromFile.report.factors.intensity.location).toBe('FR');
    expect(fromFile.report.factors.pue.value).toBe(1.2);
    const overridden = await cliJson(['report', '--location', 'DE', '--pue', '1.1'], { cwd });
    expect(overridden.report.factors.intensity.location).toBe('DE');
    expect(overridden.report.factors.pue.value).toBe(1.1);
    expect(overridden.report.totals.energyJ).toBe(fromFile.report.totals.energyJ);
  });

  it('names the line of a bad setting in .carbon-ci.yml', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, '.carbon-ci.yml'), 'telemetry: power.jsonl\nlocaton: FR\n');
    const result = await cli(['report'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.carbon-ci\.yml:2: unknown setting "locaton"/);
  });

  it('names the file and line of a bad functionalUnit in .carbon-ci.yml, not a flag or input', async () => {
    const cwd = await workspace();
    await writeFile(join(cwd, '.carbon-ci.yml'), 'telemetry: power.jsonl\nplugins: [./power-jsonl.mjs]\nfunctionalUnit: tokens=abc\n');
    const result = await cli(['report'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.carbon-ci\.yml:3: functionalUnit "tokens=abc" is not in the accepted form/);
  });

  it('refuses a report without telemetry, saying how to give it', async () => {
    const cwd = await workspace();
    const result = await cli(['report'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no telemetry files given');
  });

  it('passes --plugin-option to the plugin that declares it, validated by its schema', async () => {
    const cwd = await workspace();
    const bad = await cli(['report', 'power.jsonl', '--plugin-module', './power-jsonl.mjs', '--plugin-option', 'nosuch=1'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no plugin takes the option "nosuch"');
  });

  it('refuses a plugin module that does not exist, naming it', async () => {
    const cwd = await workspace();
    const result = await cli(['report', 'power.jsonl', '--plugin-module', './missing.mjs'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.mjs');
  });

  it('lists the built-in plugins', async () => {
    const result = await cli(['plugins']);
    expect(result.code).toBe(0);
    for (const name of ['nvidia-smi', 'nvidia-smi-dmon', 'nvidia-smi-table', 'dcgm', 'codecarbon', 'rocm-smi', 'xpu-smi', 'tegrastats', 'powermetrics', 'zeus', 'wandb', 'mlflow', 'slurm', 'hf-trainer', 'carbontracker']) {
      expect(result.stdout).toContain(name);
    }
    // The new plugins show what they read: the first line in the list, all of it in the detail.
    expect(result.stdout).toContain('e.g. Timestamp, DeviceId, GPU Utilization (%)');
    const detail = await cli(['plugins', 'powermetrics']);
    expect(detail.stdout).toContain('Reads, for example:\n  *** Sampled system activity (Tue Mar  5 14:02:11 2024 +0100) (1003.41ms elapsed) ***\n  CPU Power: 1234 mW');
  });
});
