// `carbon-ci run` on an AMD host whose powercap has no package zone: the sockets' energy from the amd_energy
// hwmon driver (a stand-in tree whose counters advance), as CPU devices measured by counter.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { cli } from './run-cli.js';
import { expectedZoneJoules, fakeAmdEnergy } from './run-stand-ins.js';

const hwmon = fakeAmdEnergy();
afterAll(() => hwmon.stop());

it('reads the amd_energy sockets where powercap has no package zone, as cpu counters', async () => {
  const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-amd-energy-'));
  const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
  const env = { PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: hwmon.root, CARBON_CI_PROC_ROOT: empty, TZ: 'UTC' };
  const logDir = join(work, 'logs');
  const result = await cli(['run', '--interval-ms', '200', '--log-dir', logDir, '--location', 'FR', '--json', '-', '--', process.execPath, '-e', 'setTimeout(() => {}, 1200)'], { env });
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).toMatch(/sampling rapl/);
  const report = JSON.parse(result.stdout) as Report;
  const rapl = readFileSync(join(logDir, 'rapl.csv'), 'utf8');
  expect(rapl).not.toContain('Ecore');
  expect(rapl).toContain(',amd_energy:1,Esocket1,');
  const byId = Object.fromEntries(report.devices.map((d) => [d.id, d]));
  expect(Object.keys(byId).sort()).toEqual(['cpu0', 'cpu1']);
  for (const socket of [0, 1]) {
    const device = byId[`cpu${socket}`]!;
    expect(device.component).toBe('cpu');
    expect(device.method).toBe('counter');
    // The counter's rise over the span of its readings, at the socket's power (the stand-in's 10 ms steps aside).
    const expected = expectedZoneJoules(rapl, `amd_energy:${socket}`, hwmon.socketPowerW(socket));
    expect(expected).toBeGreaterThan(0);
    expect(Math.abs(device.energyJ - expected)).toBeLessThan(hwmon.socketPowerW(socket) * 0.05);
  }
}, 30_000);
