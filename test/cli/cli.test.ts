import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { reportSchemaErrors } from '../../src/report/validate.js';
import { cli, cliJson } from './run-cli.js';

const LOG = 'test/cli/fixtures/two-gpus.csv';
/** Two GPUs for 59 s at 250 W and 300 W (trapezoid). */
const LOG_ENERGY_J = 59 * 250 + 59 * 300;

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'carbon-ci-cli-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('carbon-ci (in-process)', () => {
  it('prints the version from package.json', async () => {
    const result = await cli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('lists the commands in its help', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/report \[options\] \[files\.\.\.\]/);
    expect(result.stdout).toMatch(/smoke \[options\]/);
    expect(result.stdout).toMatch(/plugins \[options\]/);
    expect(result.stdout).toMatch(/estimate \[options\]/);
  });

  it('documents every flag of `report` and `estimate`', async () => {
    const report = await cli(['report', '--help']);
    for (const flag of ['--plugin', '--location', '--pue', '--intensity', '--timezone', '--json', '--markdown', '--max-gap', '--no-color']) {
      expect(report.stdout).toContain(flag);
    }
    const estimate = await cli(['estimate', '--help']);
    for (const flag of ['--gpu', '--count', '--hours', '--gpu-hours', '--utilization', '--power-w', '--location', '--pue', '--intensity', '--json', '--markdown', '--no-color']) {
      expect(estimate.stdout).toContain(flag);
    }
    expect(estimate.stdout).toContain('NVIDIA H100 SXM5 80GB');
  });

  it('exits 2 on an unknown command or flag, naming it', async () => {
    const command = await cli(['reprot']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'reprot'");
    const flag = await cli(['report', LOG, '--pue-value', '1.2']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--pue-value'");
  });

  it('refuses flag values out of range, naming the flag and the fix', async () => {
    const pue = await cli(['report', LOG, '--pue', '0.9']);
    expect(pue.code).toBe(2);
    expect(pue.stderr).toContain('--pue');
    expect(pue.stderr).toContain('from 1 (no overhead) to 3');
    const intensity = await cli(['estimate', '--gpu', 'T4', '--hours', '1', '--intensity', 'abc']);
    expect(intensity.code).toBe(2);
    expect(intensity.stderr).toContain('--intensity');
    const utilization = await cli(['estimate', '--gpu', 'T4', '--hours', '1', '--utilization', '80']);
    expect(utilization.code).toBe(2);
    expect(utilization.stderr).toContain('For 80 % write 0.8');
  });

  it('writes the summary to stdout when no JSON goes there', async () => {
    const result = await cli(['report', LOG, '--location', 'FR', '--timezone', 'UTC', '--no-color']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('carbon-ci report');
    expect(result.stdout).toMatch(/Energy\s+\d/);
    expect(result.stdout).toContain('Devices (2)');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('with --json - writes only the Report JSON to stdout, valid against the schema', async () => {
    const { report, stdout, stderr } = await cliJson(['report', LOG, '--location', 'FR', '--timezone', 'UTC']);
    expect(stdout.trimStart().startsWith('{')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(stderr).toContain('carbon-ci report');
    expect(report.devices).toHaveLength(2);
    expect(report.totals.energyJ).toBeCloseTo(LOG_ENERGY_J, 6);
    expect(report.inputs).toMatchObject({ mode: 'telemetry', plugin: 'nvidia-smi', timeZone: 'UTC', timeZoneSource: 'user', files: [LOG] });
    expect(report.factors.intensity.location).toBe('FR');
  });

  it('writes --json and --markdown files', async () => {
    const jsonPath = join(out, 'nested', 'report.json');
    const mdPath = join(out, 'comment.md');
    const result = await cli(['report', LOG, '--location', 'US-CA', '--json', jsonPath, '--markdown', mdPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('carbon-ci report');
    expect(result.stderr).toContain(`JSON report written to ${jsonPath}`);
    const report = JSON.parse(await readFile(jsonPath, 'utf8'));
    expect(reportSchemaErrors(report)).toEqual([]);
    const markdown = await readFile(mdPath, 'utf8');
    expect(markdown).toMatch(/^### carbon-ci: /);
    expect(markdown).toContain('#### Devices');
  });

  it('says which zone it read timestamps in when none is given', async () => {
    const { report } = await cliJson(['report', LOG, '--location', 'FR']);
    expect(report.inputs.timeZone).toBe('UTC');
    expect(report.inputs.timeZoneSource).toBe('default');
    expect(report.warnings.map((w) => w.code)).toContain('time-zone-default');
  });

  it('reads timestamps in the named zone', async () => {
    const { report } = await cliJson(['report', LOG, '--location', 'FR', '--timezone', 'America/Los_Angeles']);
    // 2024-01-15 10:00 in Los Angeles (PST, UTC-8) is 18:00 UTC.
    expect(report.window?.start).toBe('2024-01-15T18:00:00.000Z');
  });

  it('refuses an unknown time zone', async () => {
    const result = await cli(['report', LOG, '--timezone', 'Mars/Olympus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown time zone "Mars/Olympus"');
    expect(result.stderr).toContain('fix:');
  });

  it('estimates from a configuration with the GPU table, and with a stated power for a TPU', async () => {
    const table = await cliJson(['estimate', '--gpu', 'NVIDIA H100 SXM5 80GB', '--count', '8', '--hours', '2', '--intensity', '400', '--pue', '1.2']);
    const boardPowerW = table.report.inputs.estimate!.powerW;
    expect(table.report.inputs.estimate).toMatchObject({ powerSource: 'gpu-table', count: 8, hoursPerDevice: 2, utilization: 1 });
    expect(boardPowerW).toBe(700);
    expect(table.report.devices).toEqual([expect.objectContaining({ count: 8 })]);
    expect(table.report.totals.energyJ).toBeCloseTo(8 * 700 * 2 * 3600, 6);
    expect(table.report.devices.every((d) => d.method === 'estimate')).toBe(true);

    const tpu = await cliJson(['estimate', '--gpu', 'TPU v5e', '--power-w', '200', '--gpu-hours', '64', '--count', '4', '--utilization', '0.5', '--intensity', '100']);
    expect(tpu.report.inputs.estimate).toMatchObject({ gpu: 'TPU v5e', powerSource: 'user', hoursPerDevice: 16 });
    expect(tpu.report.devices[0]!.model).toBe('TPU v5e');
    expect(tpu.report.totals.energyJ).toBeCloseTo(64 * 3600 * 200 * 0.5, 6);
  });

  it('refuses an estimate without a duration or with two', async () => {
    const none = await cli(['estimate', '--gpu', 'NVIDIA L4']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--hours H');
    const both = await cli(['estimate', '--gpu', 'NVIDIA L4', '--hours', '1', '--gpu-hours', '2']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
    const missingGpu = await cli(['estimate', '--hours', '1']);
    expect(missingGpu.code).toBe(2);
    expect(missingGpu.stderr).toContain("required option '--gpu <model>' not specified");
  });

  it('refuses to send two formats to stdout', async () => {
    const result = await cli(['report', LOG, '--json', '-', '--markdown', '-']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});
