// `carbon-ci run` on an AMD machine: a stand-in amd-smi on PATH (no nvidia-smi), its energy counters in the report.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli } from './run-cli.js';
import { fakeToolDir } from './run-stand-ins.js';

const amdPath = () => fakeToolDir(['amd-smi']);

it("samples AMD GPUs with amd-smi's energy counters, only those of ROCR_VISIBLE_DEVICES", async () => {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-amd-'));
  const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
  const env = { PATH: amdPath(), CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty, TZ: 'UTC', ROCR_VISIBLE_DEVICES: '1' };
  const logDir = join(work, 'logs');
  const result = await cli(['run', '--log-dir', logDir, '--location', 'FR', '--json', '-', '--', process.execPath, '-e', 'setTimeout(() => {}, 3200)'], { env });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/sampling amd-smi/);
  const report = JSON.parse(result.stdout) as Report;
  const gpus = report.devices.filter((d) => (d.component ?? 'gpu') === 'gpu');
  expect(gpus.map((d) => d.id)).toEqual(['gpu1']);
  // GPU 1 draws 400 W: its counter's energy is 400 W over the span of its readings (whole seconds apart).
  const rows = readFileSync(join(logDir, 'amd-smi.csv'), 'utf8').split('\n').filter((line) => /^\d/.test(line));
  const counters = rows.map((row) => Number(row.split(',')[6]));
  expect(gpus[0]!.method).toBe('counter');
  expect(gpus[0]!.energyJ).toBeCloseTo(counters[counters.length - 1]! - counters[0]!, 3);
  expect(gpus[0]!.energyJ).toBeGreaterThan(400 * 1.5);
});
