// The Action's detached sampler (measure-daemon.sh) and `carbon-ci run`'s in-process samplers, run side by side on
// the same stand-in /proc and powercap trees: the same rows (their times aside) and the same warnings.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startDetached, stopDetached } from '../../src/measure/detached.js';
import { startSamplers } from '../../src/measure/samplers.js';
import { fakeProc, MEMINFO_16_GIB } from './proc-stand-in.js';

const SCRIPT = fileURLToPath(new URL('../../src/measure/measure-daemon.sh', import.meta.url));
const INTERVAL_MS = 100;
const RUN_MS = 700;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));

interface Logged {
  /** Each distinct row of each log, its times left out, by log name. */
  rows: Record<string, string[]>;
  /** The warnings, their counts as N. */
  warnings: string[];
}

/** A log's distinct rows without their times (host-usage's first two fields, RAPL's first), once the times are checked to fall within the run. */
function rowsOf(path: string, run: { fromMs: number; toMs: number }): string[] {
  const timeFields = path.endsWith('host-usage.csv') ? 2 : 1;
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  for (const time of rows.flatMap((row) => row.split(',').slice(0, timeFields))) {
    expect(time).toMatch(/^\d{13}$/);
    expect(Number(time)).toBeGreaterThanOrEqual(run.fromMs);
    expect(Number(time)).toBeLessThanOrEqual(run.toMs);
  }
  return [...new Set(rows.map((row) => row.split(',').slice(timeFields).join(',')))].sort();
}

/** What a sampler logged into `logDir` during `run`; `dir`, where the stand-ins are, is DIR in the warnings. */
function logged(stopped: { files: string[]; warnings: { message: string }[] }, logDir: string, dir: string, run: { fromMs: number; toMs: number }): Logged {
  return {
    rows: Object.fromEntries(stopped.files.map((file) => [file.slice(logDir.length + 1), rowsOf(file, run)])),
    warnings: stopped.warnings.map((w) => w.message.replace(/\d+ (counter )?reading/, 'N $1reading').replaceAll(dir, 'DIR')).sort(),
  };
}

/**
 * The script as bash 4 runs it, without bash 5's clock (EPOCHREALTIME): it asks `date` for the time.
 * The script is read with `.`, as `unset` cannot take the clock from a script that bash starts itself.
 */
function scriptWithoutEpochRealtime(dir: string): string {
  const path = join(dir, 'bash4-clock.sh');
  writeFileSync(path, `unset EPOCHREALTIME\n. "${SCRIPT}" "$1"\n`);
  return path;
}

/** Runs both samplers at once for a moment with `env` (its stand-ins in `dir`), each into a folder of its own. */
async function both(dir: string, env: Record<string, string>, script = SCRIPT): Promise<{ daemon: Logged; inProcess: Logged }> {
  const [daemonDir, ownDir] = [join(dir, 'daemon'), join(dir, 'own')];
  mkdirSync(daemonDir);
  mkdirSync(ownDir);
  const fromMs = Date.now();
  const started = await startDetached({ script, logDir: daemonDir, intervalMs: INTERVAL_MS, env });
  expect(started.problem).toBeUndefined();
  const samplers = await startSamplers({ logDir: ownDir, intervalMs: INTERVAL_MS, env });
  await new Promise((resolve) => setTimeout(resolve, RUN_MS));
  const [stopped, own] = await Promise.all([stopDetached(started.pid, daemonDir, 'UTC'), samplers.stop()]);
  const run = { fromMs, toMs: Date.now() };
  return { daemon: logged(stopped, daemonDir, dir, run), inProcess: logged(own, ownDir, dir, run) };
}

function work(): { dir: string; empty: string } {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-same-'));
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  return { dir, empty };
}

describe('the /proc estimate', () => {
  async function hostUsage(files: { cpuinfo?: string; meminfo?: string }, bash4 = false): Promise<{ daemon: Logged; inProcess: Logged }> {
    const { dir, empty } = work();
    const proc = fakeProc(dir, files);
    cleanups.push(proc.stop);
    const env = { PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: proc.root };
    return both(dir, env, bash4 ? scriptWithoutEpochRealtime(dir) : SCRIPT);
  }

  it("writes the same rows with bash 4's clock (date)", async () => {
    const { daemon, inProcess } = await hostUsage({}, true);
    expect(inProcess.rows['host-usage.csv']).toEqual(['2,0.2500,17179869184,4294967296,Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz,host']);
    expect(daemon).toEqual(inProcess);
  }, 20_000);

  it('writes the same rows, a CPU model padded with spaces and holding a comma and quotes included', async () => {
    const { daemon, inProcess } = await hostUsage({ cpuinfo: 'processor\t: 0\nmodel name\t: Intel(R) Xeon(R) CPU           E5-2670 0 @ 2.60GHz, "Sandy Bridge"\n' });
    expect(inProcess).toEqual({ rows: { 'host-usage.csv': ['2,0.2500,17179869184,4294967296,"Intel(R) Xeon(R) CPU E5-2670 0 @ 2.60GHz, ""Sandy Bridge""",host'] }, warnings: [] });
    expect(daemon).toEqual(inProcess);
  }, 20_000);

  it('writes no available memory where meminfo has no MemAvailable (before Linux 3.14), as the in-process sampler does', async () => {
    const { daemon, inProcess } = await hostUsage({ meminfo: MEMINFO_16_GIB.replace(/^MemAvailable:.*\n/m, '') });
    expect(inProcess.rows['host-usage.csv']).toEqual(['2,0.2500,17179869184,0,Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz,host']);
    expect(daemon).toEqual(inProcess);
  }, 20_000);

  it('counts a reading without MemTotal as failed, never a row of 0 bytes', async () => {
    const { daemon, inProcess } = await hostUsage({ meminfo: MEMINFO_16_GIB.replace(/^MemTotal:.*\n/m, '') });
    expect(inProcess).toEqual({ rows: {}, warnings: ['host-usage: N reading(s) of DIR/proc/stat or meminfo failed; the time around them counts as a gap'] });
    expect(daemon).toEqual(inProcess);
  }, 20_000);
});

it('writes the same RAPL rows, and counts the same failed readings', async () => {
  const { dir, empty } = work();
  const powercap = join(dir, 'powercap');
  const zone = (id: string, name: string, energy: string) => {
    mkdirSync(join(powercap, id), { recursive: true });
    writeFileSync(join(powercap, id, 'name'), `${name}\n`);
    writeFileSync(join(powercap, id, 'max_energy_range_uj'), '262143328850\n');
    writeFileSync(join(powercap, id, 'energy_uj'), energy);
  };
  zone('intel-rapl:0', 'package-0', '123456789\n');
  zone('intel-rapl:0:2', 'dram', 'spoiled\n');
  const { daemon, inProcess } = await both(dir, { PATH: empty, CARBON_CI_POWERCAP_ROOT: powercap, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty });
  expect(inProcess).toEqual({ rows: { 'rapl.csv': ['intel-rapl:0,package-0,123456789,262143328850'] }, warnings: ['rapl: N counter reading(s) failed; the time around them counts as a gap'] });
  expect(daemon).toEqual(inProcess);
}, 20_000);
