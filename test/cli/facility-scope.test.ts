// Issue 18: --facility and --intensity-scope (flags and .carbon-ci.yml), the report's scope line, and a
// stated --power-w that is counted or refused, never dropped.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliJson } from './run-cli.js';

const H100 = 'NVIDIA H100 SXM5 80GB';
const LOG = 'test/fixtures/github/nvidia-smi-2xA100.csv';

describe('--facility', () => {
  it('picks the default PUE and names the facility in the report', async () => {
    const hpc = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'FR', '--facility', 'hpc']);
    expect(hpc.report.factors.pue).toMatchObject({ value: 1.2, year: 2022, facility: 'hpc' });
    expect(hpc.report.totals.facilityEnergyJ).toBeCloseTo(hpc.report.totals.energyJ * 1.2, 6);
    const desktop = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'FR', '--facility', 'desktop']);
    expect(desktop.report.factors.pue).toMatchObject({ value: 1, facility: 'desktop' });
    const dc = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'aws:us-east-1', '--facility', 'datacenter']);
    expect(dc.report.factors.pue).toMatchObject({ value: 1.56, year: 2024, facility: 'datacenter' });
    const cloud = await cliJson(['report', LOG, '--location', 'gcp:europe-west4', '--facility', 'cloud', '--timezone', 'UTC']);
    expect(cloud.report.factors.pue).toMatchObject({ value: 1.1, facility: 'cloud' });
  });

  it('keeps today\'s default without it', async () => {
    const { report } = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'FR']);
    expect(report.factors.pue).toMatchObject({ value: 1.56, facility: 'datacenter' });
  });

  it('refuses facility cloud outside a cloud region (exit 2), and lets --pue win', async () => {
    const refused = await cli(['estimate', '--gpu', H100, '--hours', '1', '--location', 'FR', '--facility', 'cloud']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('facility "cloud" needs a cloud region');
    expect(refused.stderr).toContain('--pue');
    const given = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'FR', '--facility', 'cloud', '--pue', '1.3']);
    expect(given.report.factors.pue).toEqual({ value: 1.3, source: 'stated by the user', facility: 'cloud' });
  });

  it('refuses an unknown kind as a usage error', async () => {
    const result = await cli(['estimate', '--gpu', H100, '--hours', '1', '--facility', 'garage']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--facility/);
    expect(result.stderr).toMatch(/cloud, datacenter, hpc, desktop/);
  });
});

describe('--intensity-scope', () => {
  it('prices the location in the direct scope when asked, life-cycle by default', async () => {
    const direct = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'zone:CA-QC', '--intensity-scope', 'direct']);
    expect(direct.report.factors.intensity).toMatchObject({ gPerKWh: 5.48, scope: 'direct' });
    const lifeCycle = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--location', 'zone:CA-QC']);
    expect(lifeCycle.report.factors.intensity).toMatchObject({ gPerKWh: 35.04, scope: 'life-cycle' });
    const report = await cliJson(['report', LOG, '--location', 'zone:CA-QC', '--intensity-scope', 'direct', '--timezone', 'UTC']);
    expect(report.report.factors.intensity.scope).toBe('direct');
  });

  it('prices CodeCarbon runs at their recorded sites without --location, and refuses only a device with no site', async () => {
    const france = 'plugins/codecarbon/fixtures/v2.4.3rc1-example.csv';
    const priced = await cliJson(['report', france, '--intensity-scope', 'direct', '--timezone', 'UTC']);
    expect(priced.report.factors.intensity).toMatchObject({ location: 'FR', scope: 'direct' });
    const refused = await cli(['report', france, LOG, '--intensity-scope', 'direct', '--timezone', 'UTC']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('no direct (combustion-only) grid intensity for the world average');
    expect(refused.stderr).toMatch(/fix: name the location with --location, use the life-cycle scope, or give the intensity with --intensity/);
    // The estimate has no recorded site: it still refuses before anything else.
    const estimate = await cli(['estimate', '--gpu', H100, '--hours', '1', '--intensity-scope', 'direct']);
    expect(estimate.code).toBe(2);
    expect(estimate.stderr).toContain('no direct (combustion-only) grid intensity for the world average');
  });

  it('refuses a scope it does not know', async () => {
    const result = await cli(['estimate', '--gpu', H100, '--hours', '1', '--intensity-scope', 'market']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--intensity-scope/);
  });
});

describe('.carbon-ci.yml: facility and intensityScope', () => {
  it('reads both, and the flags win', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'carbon-ci-facility-'));
    await writeFile(join(cwd, '.carbon-ci.yml'), 'location: zone:CA-QC\nfacility: hpc\nintensityScope: direct\n');
    const fromFile = await cliJson(['estimate', '--gpu', H100, '--hours', '1'], { cwd });
    expect(fromFile.report.factors.pue).toMatchObject({ value: 1.2, facility: 'hpc' });
    expect(fromFile.report.factors.intensity.scope).toBe('direct');
    const flags = await cliJson(['estimate', '--gpu', H100, '--hours', '1', '--facility', 'desktop', '--intensity-scope', 'life-cycle'], { cwd });
    expect(flags.report.factors.pue).toMatchObject({ value: 1, facility: 'desktop' });
    expect(flags.report.factors.intensity.scope).toBe('life-cycle');
  });

  it('names the line of a bad value', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'carbon-ci-facility-'));
    await writeFile(join(cwd, '.carbon-ci.yml'), 'location: FR\nfacility: garage\n');
    const result = await cli(['estimate', '--gpu', H100, '--hours', '1'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.carbon-ci.yml:2');
  });
});

describe('scope', () => {
  it('says a GPU total is GPU-only, in the JSON, the terminal and the Markdown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-scope-'));
    const md = join(dir, 'pr.md');
    const json = await cliJson(['report', LOG, '--location', 'FR', '--timezone', 'UTC']);
    expect(json.report.scope).toMatchObject({ gpu: { counted: 'measured', methods: ['power-integral'] }, cpu: { counted: 'not-counted' }, gpuOnly: true });
    const line = 'Scope: GPUs measured (power integral); CPU, memory not counted: a GPU-only total, without the host (CPU, memory, storage, network).';
    const terminal = await cli(['report', LOG, '--location', 'FR', '--timezone', 'UTC', '--no-color', '--markdown', md]);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toContain(line);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(md, 'utf8')).toContain(`<sub>${line}</sub>`);
  });

  it('says an estimate is estimated', async () => {
    const { report, stderr } = await cliJson(['estimate', '--gpu', H100, '--hours', '1']);
    expect(report.scope?.gpu).toEqual({ counted: 'estimated', devices: 1, methods: ['estimate'] });
    expect(stderr).toContain('Scope: GPUs estimated (power × utilisation × time)');
  });
});

describe('estimate: a stated --power-w', () => {
  it('counts a 12,041 W node, never 0 kg CO2e', async () => {
    const { report } = await cliJson(['estimate', '--gpu', 'node', '--power-w', '12041', '--hours', '1', '--utilization', '1', '--intensity', '400', '--pue', '1']);
    expect(report.totals.energyJ).toBe(12041 * 3600);
    expect(report.totals.operationalCo2eG).toBeCloseTo(12.041 * 400, 6);
  });

  it('counts an implausible power for the named GPU, with a warning', async () => {
    const { report } = await cliJson(['estimate', '--gpu', H100, '--power-w', '12041', '--hours', '1', '--utilization', '1', '--intensity', '400']);
    expect(report.totals.energyJ).toBe(12041 * 3600);
    const warning = report.warnings.find((w) => w.code === 'implausible-stated-power');
    expect(warning?.message).toMatch(/12041 W per device is more than 2 × the 700 W board power/);
    const plausible = await cliJson(['estimate', '--gpu', H100, '--power-w', '1400', '--hours', '1', '--utilization', '1']);
    expect(plausible.report.warnings.some((w) => w.code === 'implausible-stated-power')).toBe(false);
  });

  it('counts a stated power for many devices', async () => {
    const { report } = await cliJson(['estimate', '--gpu', 'node', '--power-w', '12041', '--count', '4', '--hours', '1', '--utilization', '0.5']);
    expect(report.totals.energyJ).toBe(4 * 12041 * 0.5 * 3600);
  });

  it('refuses a power above the ceiling with exit 2', async () => {
    const result = await cli(['estimate', '--gpu', H100, '--power-w', '20001', '--hours', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('at most 20000');
  });
});
