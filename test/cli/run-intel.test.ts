// `carbon-ci run` on an Intel GPU machine: a stand-in xpu-smi on PATH (no nvidia-smi, no amd-smi), its energy
// counters in the report, its time-of-day stamps dated by the sampler, and no xpu-smi left running.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli } from './run-cli.js';
import { fakeToolDir, isRunning, pidsIn } from './run-stand-ins.js';

const xpuPath = (how: 'exec' | 'child' = 'exec') => fakeToolDir(['xpu-smi'], how);

it("samples Intel GPUs with xpu-smi's energy counters, only those of ZE_AFFINITY_MASK, and leaves nothing running", async () => {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-intel-'));
  const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
  const pidFile = join(work, 'xpu.pids');
  const env = { PATH: xpuPath(), CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty, TZ: 'Asia/Tokyo', ZE_AFFINITY_MASK: '1.0', FAKE_XPU_PID_FILE: pidFile };
  const logDir = join(work, 'logs');
  const result = await cli(['run', '--log-dir', logDir, '--location', 'FR', '--json', '-', '--', process.execPath, '-e', 'setTimeout(() => {}, 3200)'], { env });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/sampling xpu-smi/);
  const report = JSON.parse(result.stdout) as Report;
  const gpus = report.devices.filter((d) => (d.component ?? 'gpu') === 'gpu');
  expect(gpus.map((d) => d.id)).toEqual(['xpu1']);
  expect(gpus[0]!.vendor).toBe('intel');

  // The log handed on carries dates (the raw one, without, is gone), read in the machine's zone: within the last minute.
  expect(existsSync(join(logDir, 'xpu-smi-raw.csv'))).toBe(false);
  const rows = readFileSync(join(logDir, 'xpu-smi.csv'), 'utf8').split('\n').filter((line) => /^\d/.test(line));
  expect(rows[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}, +1, /);
  expect(Math.abs(Date.parse(report.window!.start) - Date.now())).toBeLessThan(60_000);

  // GPU 1 draws 200 W: its counter's energy is the difference of its first and last readings.
  const counters = rows.map((row) => Number(row.split(',')[4]));
  expect(gpus[0]!.method).toBe('counter');
  expect(gpus[0]!.energyJ).toBeCloseTo(counters.at(-1)! - counters[0]!, 3);
  expect(gpus[0]!.energyJ).toBeGreaterThan(200 * 1.5);

  const pids = pidsIn(pidFile);
  expect(pids).toHaveLength(1);
  for (const pid of pids) expect(isRunning(pid)).toBe(false);
}, 30_000);

it('restarts an xpu-smi that dies once, and reports both logs, dated', async () => {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-intel-'));
  const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
  const pidFile = join(work, 'xpu.pids');
  const env = {
    PATH: xpuPath(),
    CARBON_CI_POWERCAP_ROOT: empty,
    CARBON_CI_HWMON_ROOT: empty,
    CARBON_CI_PROC_ROOT: empty,
    TZ: 'UTC',
    FAKE_XPU_PID_FILE: pidFile,
    FAKE_XPU_DIE_AFTER_MS: '1500',
    FAKE_XPU_DIED_FILE: join(work, 'died'),
  };
  const logDir = join(work, 'logs');
  const result = await cli(['run', '--log-dir', logDir, '--location', 'FR', '--json', '-', '--', process.execPath, '-e', 'setTimeout(() => {}, 4500)'], { env });
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/xpu-smi exited with status 1 \(Error: Level Zero Initialization Error\).*restarted once/));
  for (const name of ['xpu-smi.csv', 'xpu-smi-2.csv']) {
    expect(readFileSync(join(logDir, name), 'utf8').split('\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(existsSync(join(logDir, name.replace('xpu-smi', 'xpu-smi-raw')))).toBe(false);
  }
  expect(report.devices.filter((d) => d.vendor === 'intel').map((d) => d.id).sort()).toEqual(['xpu0', 'xpu1']);
  const pids = pidsIn(pidFile);
  expect(pids).toHaveLength(2);
  for (const pid of pids) expect(isRunning(pid)).toBe(false);
}, 30_000);

it('leaves nothing of a wrapper tool behind: the script that runs xpu-smi, and the xpu-smi it started', async () => {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-intel-'));
  const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
  // A site's wrapper that starts the tool and waits for it, instead of exec'ing it: SIGTERM to the wrapper alone would orphan the tool.
  const bin = xpuPath('child');
  const pidFile = join(work, 'xpu.pids');
  const env = { PATH: bin, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty, TZ: 'UTC', FAKE_XPU_PID_FILE: pidFile };
  const result = await cli(['run', '--log-dir', join(work, 'logs'), '--location', 'FR', '--json', '-', '--', process.execPath, '-e', 'setTimeout(() => {}, 2200)'], { env });
  expect(result.code, result.stderr).toBe(0);
  const pids = pidsIn(pidFile);
  expect(pids).toHaveLength(1);
  // A killed process may take a moment to go.
  const until = Date.now() + 5000;
  while (isRunning(pids[0]!) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(isRunning(pids[0]!)).toBe(false);
}, 30_000);
