// The Action's detached sampler (src/measure/measure-daemon.sh, run by bash) against stand-in tools and
// stand-in /proc and powercap trees: what it logs, what it says, and what is left after a clean or an unclean stop.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { isAlive, stopDetached } from '../../src/measure/detached.js';
import { startDaemon } from './start-daemon.js';
import { readEvents, writePlanFile } from '../../src/measure/daemon-files.js';
import { fakeNvidiaSmiDir, fakePowercap, fakeToolDir, pidsIn } from '../cli/run-stand-ins.js';
import { fakeProc } from './proc-stand-in.js';

const SCRIPT = fileURLToPath(new URL('../../src/measure/measure-daemon.sh', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));


function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `pid` has ended within 5 s: SIGKILL takes effect a moment after it is sent, on a busy machine. */
async function ends(pid: number): Promise<boolean> {
  const until = Date.now() + 5000;
  while (isAlive(pid) && Date.now() < until) await pause(20);
  return !isAlive(pid);
}

function work(): { logDir: string; empty: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-daemon-test-'));
  mkdirSync(join(dir, 'logs'));
  mkdirSync(join(dir, 'empty'));
  return { dir, logDir: join(dir, 'logs'), empty: join(dir, 'empty') };
}

/** A folder with `xpu-smi` and `amd-smi` stand-ins (run-stand-ins.ts), exec'd or as a wrapper's child. */
const fakeGpuTools = (how: 'exec' | 'child' = 'exec') => fakeToolDir(['xpu-smi', 'amd-smi'], how);

it('logs AMD and Intel GPUs and the /proc estimate; after an unclean stop every log is still reported and no tool is left running', async () => {
  const { dir, logDir, empty } = work();
  const proc = fakeProc(dir);
  cleanups.push(proc.stop);
  const env = {
    PATH: fakeGpuTools(),
    CARBON_CI_POWERCAP_ROOT: empty,
    CARBON_CI_HWMON_ROOT: empty,
    CARBON_CI_PROC_ROOT: proc.root,
    TZ: 'UTC',
    FAKE_XPU_PID_FILE: join(dir, 'xpu.pids'),
  };
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 250, env }, cleanups);
  expect(started.problem).toBeUndefined();
  expect(started.ready!.running).toEqual(['amd-smi', 'xpu-smi', 'host-usage']);
  expect(readFileSync(`/proc/${started.pid}/cmdline`, 'utf8').split('\0')[0]).toMatch(/bash$/);
  await pause(2200);
  // The runner's out-of-memory killer, say: the tools are left behind in the daemon's process group.
  process.kill(started.pid!, 'SIGKILL');
  await pause(100);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect(stopped.files.map((f) => f.slice(logDir.length + 1)).sort()).toEqual(['amd-smi.csv', 'host-usage.csv', 'xpu-smi.csv']);
  expect(stopped.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^measure: the measuring process had ended before the post step; its logs are read as they are/)]);
  for (const pid of pidsIn(env.FAKE_XPU_PID_FILE)) expect(await ends(pid)).toBe(true);

  // xpu-smi's time-of-day stamps are dated, as after a clean stop.
  expect(readFileSync(join(logDir, 'xpu-smi.csv'), 'utf8')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}, +0, /m);
  expect(existsSync(join(logDir, 'xpu-smi-raw.csv'))).toBe(false);
  // One row per interval: a quarter busy, memory in bytes, the CPU model from cpuinfo.
  const rows = readFileSync(join(logDir, 'host-usage.csv'), 'utf8').trim().split('\n');
  expect(rows[0]).toBe('start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model,scope');
  expect(rows.length).toBeGreaterThanOrEqual(5);
  // Readings keep a schedule of 250 ms: a late one is followed by a shorter row, and the rows average the interval.
  const spans = rows.slice(1).map((row) => Number(row.split(',')[1]) - Number(row.split(',')[0]));
  expect(spans.reduce((a, b) => a + b, 0) / spans.length).toBeGreaterThan(225);
  for (const row of rows.slice(1)) {
    const [startMs, endMs, vcpus, utilization, total, available, model, scope] = row.split(',');
    expect(Number(endMs) - Number(startMs)).toBeGreaterThanOrEqual(100);
    expect([vcpus, total, available, model, scope]).toEqual(['2', String(16 * 2 ** 30), String(4 * 2 ** 30), 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', 'host']);
    expect(Number(utilization)).toBeCloseTo(0.25, 1);
  }
}, 30_000);

it('restarts a tool that dies once, counts failed RAPL readings, and says both after a clean stop', async () => {
  const { dir, logDir, empty } = work();
  const powercap = fakePowercap();
  cleanups.push(powercap.stop);
  // A DRAM zone whose counter the test spoils midway.
  const spoiled = join(powercap.root, 'intel-rapl:1');
  mkdirSync(spoiled);
  writeFileSync(join(spoiled, 'name'), 'dram\n');
  writeFileSync(join(spoiled, 'max_energy_range_uj'), '65712999613\n');
  writeFileSync(join(spoiled, 'energy_uj'), '1000\n');
  const env = {
    PATH: fakeNvidiaSmiDir(),
    CARBON_CI_POWERCAP_ROOT: powercap.root,
    CARBON_CI_HWMON_ROOT: empty,
    TZ: 'UTC',
    FAKE_SMI_PID_FILE: join(dir, 'smi.pids'),
    FAKE_SMI_DIE_AFTER_MS: '600',
    FAKE_SMI_DIED_FILE: join(dir, 'died'),
  };
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 200, env }, cleanups);
  expect(started.ready!.running).toEqual(['nvidia-smi', 'rapl']);
  await pause(600);
  writeFileSync(join(spoiled, 'energy_uj'), 'not a number\n');
  await pause(1600);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect(isAlive(started.pid!)).toBe(false);
  expect((await readEvents(logDir)).stoppedMs).toBeGreaterThan(started.ready!.startMs);
  expect(stopped.files.map((f) => f.slice(logDir.length + 1)).sort()).toEqual(['nvidia-smi-2.csv', 'nvidia-smi.csv', 'rapl.csv']);
  const messages = stopped.warnings.map((w) => w.message);
  expect(messages).toContainEqual(expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status \d+ \(.+\) at \d{4}-.*, \d+ s after it started; restarted once into a new log/));
  expect(messages).toContainEqual(expect.stringMatching(/^rapl: \d+ counter reading\(s\) failed; the time around them counts as a gap$/));
  expect(messages.some((m) => m.startsWith('measure:'))).toBe(false);
  const smiPids = pidsIn(env.FAKE_SMI_PID_FILE);
  expect(smiPids).toHaveLength(2);
  for (const pid of smiPids) expect(isAlive(pid)).toBe(false);
  // Both zones were read at every interval until the spoiled one failed; the package zone to the end.
  const rapl = readFileSync(join(logDir, 'rapl.csv'), 'utf8').trim().split('\n').slice(1);
  expect(rapl.filter((row) => row.split(',')[1] === 'intel-rapl:0').length).toBeGreaterThanOrEqual(8);
  expect(rapl.filter((row) => row.split(',')[1] === 'intel-rapl:1').length).toBeGreaterThanOrEqual(2);
}, 30_000);

it('starts nothing where nothing can be sampled, and the post step has the reasons', async () => {
  const { logDir, empty } = work();
  const env = { PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty };
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 1000, env }, cleanups);
  expect(started.pid).toBeUndefined();
  expect(started.ready!.running).toEqual([]);
  const stopped = await stopDetached(undefined, logDir, 'UTC');
  expect(stopped).toMatchObject({ files: [], warnings: [] });
  expect(stopped.skipped.map((s) => s.name)).toEqual(['nvidia-smi', 'amd-smi', 'xpu-smi', 'rapl', 'host-usage']);
});

/** Runs the script on a plan written here (tab-separated lines) for `ms`, then stops it with SIGTERM; returns its exit and its stderr. */
async function runScript(logDir: string, plan: string[][], ms: number): Promise<{ code: number | null; stderr: string }> {
  writeFileSync(join(logDir, 'daemon-plan.tsv'), plan.map((line) => `${line.join('\t')}\n`).join(''));
  const child = spawn('bash', [SCRIPT, logDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await pause(ms);
  child.kill('SIGTERM');
  return { code: await exited, stderr };
}

it('says once, not at every interval, that a counter cannot be read or a log written (its log would grow all job long)', async () => {
  const { dir, logDir } = work();
  writeFileSync(join(dir, 'energy_uj'), '1000\n');
  // rapl.csv is a folder: no row can be written to it.
  mkdirSync(join(logDir, 'rapl.csv'));
  const plan = [
    ['interval-ms', '50'],
    ['zone', 'intel-rapl:0', 'package-0', join(dir, 'energy_uj'), '262143328850'],
    ['zone', 'intel-rapl:1', 'dram', join(dir, 'gone', 'energy_uj'), '65712999613'],
    ['host', join(dir, 'no-proc'), '2'],
  ];
  const { code, stderr } = await runScript(logDir, plan, 1500);
  expect(code).toBe(0);
  const events = await readEvents(logDir);
  expect(events.failed.get('rapl')).toBeGreaterThanOrEqual(10);
  expect(events.failed.get('host-usage')).toBeGreaterThanOrEqual(10);
  expect(events.unwritable).toEqual(['rapl']);
  expect(stderr.trim().split('\n').length, stderr).toBeLessThanOrEqual(2);
}, 20_000);

it('does not say a tool was restarted when it died in the last interval, as the job ended', async () => {
  const { dir, logDir, empty } = work();
  const env = {
    PATH: fakeNvidiaSmiDir(),
    CARBON_CI_POWERCAP_ROOT: empty,
    CARBON_CI_HWMON_ROOT: empty,
    CARBON_CI_PROC_ROOT: empty,
    TZ: 'UTC',
    FAKE_SMI_DIE_AFTER_MS: '200',
    FAKE_SMI_DIED_FILE: join(dir, 'died'),
  };
  // A minute's interval: the daemon sees the death only when it stops.
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 60_000, env }, cleanups);
  expect(started.ready!.running).toEqual(['nvidia-smi']);
  await pause(800);
  expect(existsSync(env.FAKE_SMI_DIED_FILE)).toBe(true);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect(stopped.files.map((f) => f.slice(logDir.length + 1))).toEqual(['nvidia-smi.csv']);
  expect(stopped.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status 15 \(.+\) at \d{4}-[^;]*; not restarted, the GPUs are not measured from then on$/)]);
}, 20_000);

it('leaves no process of a tool behind after a clean stop, where the tool is a wrapper that started the real one', async () => {
  const { dir, logDir, empty } = work();
  const env = { PATH: fakeGpuTools('child'), CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty, TZ: 'UTC', FAKE_XPU_PID_FILE: join(dir, 'xpu.pids') };
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 200, env }, cleanups);
  expect(started.ready!.running).toEqual(['amd-smi', 'xpu-smi']);
  await pause(500);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect((await readEvents(logDir)).stoppedMs).toBeDefined();
  expect(stopped.files.map((f) => f.slice(logDir.length + 1)).sort()).toEqual(['amd-smi.csv', 'xpu-smi.csv']);
  const xpuPids = pidsIn(env.FAKE_XPU_PID_FILE);
  expect(xpuPids).toHaveLength(1);
  expect(await ends(xpuPids[0]!)).toBe(true);
}, 20_000);

/** A work folder whose PATH has only an `nvidia-smi` of this `script`, and nothing else to sample. */
function withNvidiaSmi(script: string): { logDir: string; bin: string; env: Record<string, string> } {
  const { dir, logDir, empty } = work();
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'nvidia-smi'), script);
  chmodSync(join(bin, 'nvidia-smi'), 0o755);
  return { logDir, bin, env: { PATH: bin, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty, TZ: 'UTC' } };
}

it('warns where a GPU tool ran all along and wrote no sample (a hung driver), instead of reporting no GPU in silence', async () => {
  const { logDir, env } = withNvidiaSmi('#!/bin/sh\necho "timestamp, index, uuid, name, power.draw [W], utilization.gpu [%]"\nexec sleep 600\n');
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 200, env }, cleanups);
  expect(started.ready!.running).toEqual(['nvidia-smi']);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect(stopped.files).toEqual([]);
  expect(stopped.warnings.map((w) => w.message)).toEqual([`nvidia-smi: ${join(logDir, 'nvidia-smi.csv')} holds no samples: nvidia-smi wrote its header only; the GPUs are not measured while it ran`]);
}, 20_000);

it('says once that a tool could not be started (its interpreter is missing), with what bash said, and does not try it again', async () => {
  const { logDir, env, bin } = withNvidiaSmi('#!/nonexistent/interpreter\n');
  const started = await startDaemon({ script: SCRIPT, logDir, intervalMs: 100, env }, cleanups);
  await pause(600);
  const stopped = await stopDetached(started.pid, logDir, 'UTC');
  expect((await readEvents(logDir)).starts).toHaveLength(1);
  expect(stopped.warnings.map((w) => w.message)).toEqual([expect.stringMatching(new RegExp(`^nvidia-smi: cannot start ${join(bin, 'nvidia-smi')} \\(.*nvidia-smi: .+\\); no GPU power was logged$`))]);
}, 20_000);

it('says that the measuring process never started where the main step could not start it, not that it ended', async () => {
  const { logDir } = work();
  await writePlanFile(logDir, { tools: [], zones: [{ id: 'intel-rapl:0', name: 'package-0', energyPath: '/nonexistent', maxEnergyRangeUj: '1000' }], skipped: [] }, 1000, 60_000);
  const stopped = await stopDetached(undefined, logDir, 'UTC');
  expect(stopped.warnings.map((w) => w.message)).toEqual(["measure: the measuring process never started (the main step's warning says why): nothing was sampled"]);
});
