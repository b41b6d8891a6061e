// `carbon-ci run`: samplers (a stand-in nvidia-smi on PATH, a stand-in powercap tree) around a command,
// the report made from their logs, the command's exit status kept, and nothing left running.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDateTime, wallClockToUtc } from '../../src/sdk/index.js';
import type { Report } from '../../src/report/types.js';
import { cli } from './run-cli.js';
import { FAKE_ZONES, expectedGpuJoules, expectedZoneJoules, fakeNvidiaSmiDir, fakePowercap, isRunning, pidsIn } from './run-stand-ins.js';

const ZONE = 'America/New_York';
const EXIT_3 = ['node', '-e', 'setTimeout(() => process.exit(3), 1500)'];
const GPU0 = 'GPU-0a0a0a0a-1111-2222-3333-444444444444';
const GPU1 = 'GPU-1b1b1b1b-5555-6666-7777-888888888888';
const toUtc = wallClockToUtc(ZONE);
const wallToUtcMs = (text: string) => toUtc(parseDateTime(text)!.wallMs);

let powercap: ReturnType<typeof fakePowercap>;
let smiDir: string;

beforeAll(() => {
  powercap = fakePowercap();
  smiDir = fakeNvidiaSmiDir();
});
afterAll(() => powercap.stop());

function runEnv(extra: Record<string, string> = {}): Record<string, string> {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-test-'));
  return {
    PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`,
    TZ: ZONE,
    CARBON_CI_POWERCAP_ROOT: powercap.root,
    FAKE_SMI_PID_FILE: join(work, 'smi.pids'),
    WORK: work,
    ...extra,
  };
}

function byId(report: Report) {
  return Object.fromEntries(report.devices.map((d) => [d.id, d]));
}

describe('carbon-ci run', () => {
  let result: Awaited<ReturnType<typeof cli>>;
  let env: Record<string, string>;
  let logDir: string;
  let report: Report;

  beforeAll(async () => {
    env = runEnv();
    logDir = join(env.WORK!, 'logs');
    result = await cli(['run', '--interval-ms', '200', '--log-dir', logDir, '--location', 'FR', '--json', '-', '--', ...EXIT_3], { env });
    report = JSON.parse(result.stdout) as Report;
  }, 60_000);

  it('exits with the command\'s own status, after writing the report', () => {
    expect(result.code, result.stderr).toBe(3);
    expect(report.totals.energyJ).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/exited with status 3/);
  });

  it('reports the GPUs from the nvidia-smi stand-in, read in the machine\'s zone, with the energy it logged', () => {
    const csv = readFileSync(join(logDir, 'nvidia-smi.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('timestamp, index, uuid, name, power.draw [W], utilization.gpu [%]');
    expect(csv).toContain('[N/A]');
    const devices = byId(report);
    expect(devices[GPU0]!.component ?? 'gpu').toBe('gpu');
    expect(devices[GPU0]!.energyJ).toBeCloseTo(expectedGpuJoules(csv, GPU0, 100, wallToUtcMs), 6);
    expect(devices[GPU1]!.energyJ).toBeCloseTo(expectedGpuJoules(csv, GPU1, 200, wallToUtcMs), 6);
    expect(report.inputs.timeZone).toBe(ZONE);
    // Read in the right zone, the samples fall within the last minute.
    expect(Math.abs(Date.parse(report.window!.start) - Date.now())).toBeLessThan(60_000);
  });

  it('reports the CPU package and the DRAM from the powercap stand-in, wraps included, and not the core subzone', () => {
    const rapl = readFileSync(join(logDir, 'rapl.csv'), 'utf8');
    expect(rapl).not.toContain('intel-rapl:0:0');
    const devices = byId(report);
    const [pkg, , dram] = FAKE_ZONES;
    const cpuJ = expectedZoneJoules(rapl, pkg!.id, pkg!.powerW);
    const ramJ = expectedZoneJoules(rapl, dram!.id, dram!.powerW);
    expect(cpuJ).toBeGreaterThan(pkg!.maxEnergyRangeUj / 1e6); // the counter wrapped at least once
    expect(devices.cpu0!.component).toBe('cpu');
    expect(devices.cpu0!.method).toBe('counter');
    // The stand-in's counters move every 10 ms: a reading may be a tick or a few stale at either end.
    expect(Math.abs(devices.cpu0!.energyJ - cpuJ)).toBeLessThan(Math.max(0.05 * cpuJ, pkg!.powerW * 0.2));
    expect(devices.ram0!.component).toBe('ram');
    expect(Math.abs(devices.ram0!.energyJ - ramJ)).toBeLessThan(Math.max(0.05 * ramJ, dram!.powerW * 0.2));
    expect(Object.keys(devices).sort()).toEqual([GPU0, GPU1, 'cpu0', 'ram0'].sort());
  });

  it('leaves no sampler running', () => {
    const pids = pidsIn(env.FAKE_SMI_PID_FILE!);
    expect(pids).toHaveLength(1);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
  });

  it('keeps logs that `carbon-ci report` reads to the same totals', async () => {
    expect(readdirSync(logDir).sort()).toEqual(['nvidia-smi.csv', 'rapl.csv']);
    expect(result.stderr).toContain(`carbon-ci report '${join(logDir, '*')}' --timezone ${ZONE}`);
    const again = await cli(['report', join(logDir, '*'), '--timezone', ZONE, '--location', 'FR', '--json', '-'], { env });
    expect(again.code, again.stderr).toBe(0);
    const reread = JSON.parse(again.stdout) as Report;
    expect(reread.totals.energyJ).toBeCloseTo(report.totals.energyJ, 6);
    expect(reread.totals.co2eG).toBeCloseTo(report.totals.co2eG, 6);
  });
});

describe('carbon-ci run, other cases', () => {
  it('restricts the GPUs to --gpus', async () => {
    const env = runEnv();
    const logDir = join(env.WORK!, 'logs');
    const result = await cli(['run', '--interval-ms', '200', '--gpus', '1', '--log-dir', logDir, '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 700)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const ids = (JSON.parse(result.stdout) as Report).devices.map((d) => d.id);
    expect(ids).toContain(GPU1);
    expect(ids).not.toContain(GPU0);
  }, 30_000);

  it('follows CUDA_VISIBLE_DEVICES when --gpus is not given', async () => {
    const env = runEnv({ CUDA_VISIBLE_DEVICES: '0' });
    const result = await cli(['run', '--interval-ms', '200', '--log-dir', join(env.WORK!, 'logs'), '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 700)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const ids = (JSON.parse(result.stdout) as Report).devices.map((d) => d.id);
    expect(ids).toContain(GPU0);
    expect(ids).not.toContain(GPU1);
  }, 30_000);

  it('restarts an nvidia-smi that dies, once, and says so in the report', async () => {
    const env = runEnv();
    Object.assign(env, { FAKE_SMI_DIE_AFTER_MS: '300', FAKE_SMI_DIED_FILE: join(env.WORK!, 'died') });
    const logDir = join(env.WORK!, 'logs');
    const result = await cli(['run', '--interval-ms', '200', '--log-dir', logDir, '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 1500)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status 15 \(Unable to determine the device handle.*restarted once/));
    expect(existsSync(join(logDir, 'nvidia-smi-2.csv'))).toBe(true);
    // The two logs of one GPU are one device, over the span from the first log's first row to the second's last.
    const both = readFileSync(join(logDir, 'nvidia-smi.csv'), 'utf8') + readFileSync(join(logDir, 'nvidia-smi-2.csv'), 'utf8');
    const gpu0 = report.devices.filter((d) => d.id === GPU0);
    expect(gpu0).toHaveLength(1);
    expect(gpu0[0]!.energyJ).toBeCloseTo(expectedGpuJoules(both, GPU0, 100, wallToUtcMs), 6);
    const pids = pidsIn(env.FAKE_SMI_PID_FILE!);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
  }, 30_000);

  it('makes the report without the GPUs, with warnings, where nvidia-smi fails at once (no driver)', async () => {
    const env = runEnv({ FAKE_SMI_NO_DRIVER: '1' });
    const result = await cli(['run', '--interval-ms', '200', '--log-dir', join(env.WORK!, 'logs'), '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 700)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.devices.map((d) => d.id).sort()).toEqual(['cpu0', 'ram0']);
    const messages = report.warnings.map((w) => w.message);
    expect(messages).toContainEqual(expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status 9 .*restarted once/));
    expect(messages).toContainEqual(expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status 9 again/));
    expect(messages).toContainEqual(expect.stringMatching(/holds no samples; nvidia-smi wrote: NVIDIA-SMI has failed/));
  }, 30_000);

  it('leaves out a log the plugin refuses, with a warning, and reports the rest', async () => {
    const env = runEnv({ FAKE_SMI_RENAME_POWER: '1' });
    const result = await cli(['run', '--interval-ms', '200', '--log-dir', join(env.WORK!, 'logs'), '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 700)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.devices.map((d) => d.id).sort()).toEqual(['cpu0', 'ram0']);
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/nvidia-smi\.csv could not be read and is left out of the report: .*power/));
  }, 30_000);

  it('estimates the CPU and memory from /proc where RAPL is unreadable, labelled as an estimate', async () => {
    const env = runEnv({ CARBON_CI_POWERCAP_ROOT: join(tmpdir(), 'carbon-ci-no-powercap-here'), CARBON_CI_HWMON_ROOT: join(tmpdir(), 'carbon-ci-no-hwmon-here') });
    const logDir = join(env.WORK!, 'logs');
    const result = await cli(['run', '--interval-ms', '200', '--log-dir', logDir, '--json', '-', '--', 'node', '-e', 'setTimeout(() => {}, 1000)'], { env });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const devices = byId(report);
    expect(devices.cpu0!.method).toBe('estimate');
    expect(devices.ram0!.method).toBe('estimate');
    expect(devices.ram0!.energyJ).toBeGreaterThan(0);
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/estimates, not measurements/));
    expect(readdirSync(logDir).sort()).toEqual(['host-usage.csv', 'nvidia-smi.csv']);
    expect(result.stderr).toMatch(/not sampling rapl: .*carbon-ci-no-powercap-here is not readable/);
  }, 30_000);

  it("keeps the command's status when nothing could be measured, and says why there is no report", async () => {
    const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-nothing-'));
    const env: Record<string, string> = { ...runEnv(), PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty };
    const ok = await cli(['run', '--log-dir', join(env.WORK!, 'logs'), '--', process.execPath, '-e', '0'], { env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/no report: nothing was measured \(/);
    const failed = await cli(['run', '--log-dir', join(env.WORK!, 'logs2'), '--', process.execPath, '-e', 'process.exit(5)'], { env });
    expect(failed.code).toBe(5);
  }, 30_000);

  it('exits 127 for a command that does not exist, stopping the samplers', async () => {
    const env = runEnv();
    const result = await cli(['run', '--log-dir', join(env.WORK!, 'logs'), '--', 'no-such-command-carbon-ci'], { env });
    expect(result.code).toBe(127);
    expect(result.stderr).toMatch(/cannot run no-such-command-carbon-ci: not found/);
    for (const pid of pidsIn(env.FAKE_SMI_PID_FILE!)) expect(isRunning(pid)).toBe(false);
  }, 30_000);

  it('refuses a bad --gpus with a hint, and a bad --interval-ms naming the flag (exit 2)', async () => {
    const env = runEnv();
    const gpus = await cli(['run', '--gpus', '0;rm', '--', 'true'], { env });
    expect(gpus.code).toBe(2);
    expect(gpus.stderr).toMatch(/--gpus "0;rm" is not a list of GPUs\n {2}fix: give indexes or UUIDs/);
    const interval = await cli(['run', '--interval-ms', '5', '--', 'true'], { env });
    expect(interval.code).toBe(2);
    expect(interval.stderr).toMatch(/--interval-ms.*from 100 to 60000/);
  });
});
