// `measure: true` end to end: the bundled Action's main step starts the detached samplers (a stand-in
// nvidia-smi on PATH, a stand-in powercap tree), and its post step, given the saved state as the
// runner gives it, stops them and publishes the report.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAlive } from '../../src/measure/detached.js';
import { MEASURE_STATE, type MeasureState } from '../../src/action/measure-step.js';
import type { Report } from '../../src/report/types.js';
import { parseDateTime, wallClockToUtc } from '../../src/sdk/index.js';
import { expectedGpuJoules, fakeNvidiaSmiDir, fakePowercap, pidsIn } from '../cli/run-stand-ins.js';
import { fakeGitHubPerTest, HEAD_SHA, PR_NUMBER, ROOT, runBundledAction } from './action-harness.js';
import type { FakeGitHub } from './fake-github.js';

const GPU0 = 'GPU-0a0a0a0a-1111-2222-3333-444444444444';
const GPU1 = 'GPU-1b1b1b1b-5555-6666-7777-888888888888';
const INPUTS = { measure: 'true', location: 'FR', intensity: '400', pue: '1.0' };
const MARKER = '<!-- carbon-ci:report-id=default -->';
/** How long the "job" runs between the main and the post step. */
const JOB_MS = 1500;
const toUtc = wallClockToUtc('UTC');
const utcWallToMs = (text: string) => toUtc(parseDateTime(text)!.wallMs);

let server: FakeGitHub;
let powercap: ReturnType<typeof fakePowercap>;
let smiDir: string;

fakeGitHubPerTest((s) => (server = s));
beforeAll(() => {
  powercap = fakePowercap();
  smiDir = fakeNvidiaSmiDir();
});
afterAll(() => powercap.stop());
/** The daemons the main steps started: a test that fails before its post step must not leave one sampling for days. */
const daemons: number[] = [];
afterEach(() => {
  for (const pid of daemons.splice(0)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Stopped by its post step, as it should be.
    }
  }
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function savedState(state: Record<string, string>): MeasureState {
  return JSON.parse(state[MEASURE_STATE]!) as MeasureState;
}

/** A main step, whose daemon afterEach stops if the test does not get to its post step. */
async function runMain(options: Parameters<typeof runBundledAction>[0]): ReturnType<typeof runBundledAction> {
  const main = await runBundledAction(options);
  const pid = main.state[MEASURE_STATE] ? savedState(main.state).pid : undefined;
  if (pid !== undefined) daemons.push(pid);
  return main;
}

describe('measure: true', () => {
  it('samples the job from the main step to the post step, which publishes the report of the GPUs and the CPU', async () => {
    const work = mkdtempSync(join(tmpdir(), 'carbon-ci-measure-test-'));
    // The job's zone is not UTC: the daemon runs nvidia-smi in UTC, the zone the report reads it in.
    const env = { PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`, TZ: 'America/New_York', CARBON_CI_POWERCAP_ROOT: powercap.root, FAKE_SMI_PID_FILE: join(work, 'smi.pids') };
    const main = await runMain({ server, inputs: INPUTS, env });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toMatch(/carbon-ci: measuring this job: nvidia-smi, rapl every 1000 ms \(pid \d+/);
    expect(main.state.isPost).toBe('true');
    const state = savedState(main.state);
    expect(state).toMatchObject({ intervalMs: 1000, timeZone: 'UTC', pid: expect.any(Number) });
    expect(state.logDir.startsWith(main.tempDir)).toBe(true);
    expect(isAlive(state.pid!)).toBe(true);
    // The main step makes no report.
    expect(main.outputs).toEqual({});
    expect(server.comments).toHaveLength(0);

    await pause(JOB_MS);
    const post = await runBundledAction({ server, inputs: INPUTS, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(isAlive(state.pid!)).toBe(false);
    const smiPids = pidsIn(env.FAKE_SMI_PID_FILE);
    expect(smiPids).toHaveLength(1);
    for (const pid of smiPids) expect(isAlive(pid)).toBe(false);

    const report = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as Report;
    const devices = Object.fromEntries(report.devices.map((d) => [d.id, d]));
    expect(Object.keys(devices).sort()).toEqual([GPU0, GPU1, 'cpu0', 'ram0'].sort());
    const csv = readFileSync(join(state.logDir, 'nvidia-smi.csv'), 'utf8');
    expect(devices[GPU0]!.energyJ).toBeGreaterThan(0);
    expect(devices[GPU0]!.energyJ).toBeCloseTo(expectedGpuJoules(csv, GPU0, 100, utcWallToMs), 6);
    expect(devices[GPU1]!.energyJ).toBeCloseTo(expectedGpuJoules(csv, GPU1, 200, utcWallToMs), 6);
    expect(devices.cpu0).toMatchObject({ component: 'cpu', method: 'counter' });
    expect(devices.cpu0!.energyJ).toBeGreaterThan(0);
    expect(devices.ram0!.energyJ).toBeGreaterThan(0);
    // Read in the zone nvidia-smi wrote in, the samples fall within the last minute.
    expect(Math.abs(Date.parse(report.window!.start) - Date.now())).toBeLessThan(60_000);
    expect(report.warnings.map((w) => w.code)).not.toContain('time-zone-default');
    expect(report.run).toMatchObject({ commit: HEAD_SHA, pullRequest: PR_NUMBER });

    expect(Number(post.outputs['energy-kwh'])).toBeGreaterThan(0);
    expect(Number(post.outputs['co2e-kg'])).toBeGreaterThan(0);
    expect(post.outputs['budget-status']).toBe('none');
    const comments = server.commentsOn(PR_NUMBER).filter((c) => c.body.startsWith(MARKER));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('NVIDIA A100-SXM4-80GB');
    expect(server.checkRuns).toHaveLength(1);
    expect(post.summary).toContain('### carbon-ci:');
    expect(post.commands.filter((c) => c.kind === 'error')).toEqual([]);
  }, 60_000);

  it('samples only the GPUs of measure-gpus, at measure-interval-ms', async () => {
    const work = mkdtempSync(join(tmpdir(), 'carbon-ci-measure-test-'));
    const env = { PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`, CARBON_CI_POWERCAP_ROOT: powercap.root, FAKE_SMI_PID_FILE: join(work, 'smi.pids') };
    const inputs = { ...INPUTS, 'measure-gpus': '1', 'measure-interval-ms': '250' };
    const main = await runMain({ server, inputs, env });
    expect(main.code, main.stdout).toBe(0);
    expect(main.stdout).toMatch(/every 250 ms/);
    expect(savedState(main.state)).toMatchObject({ intervalMs: 250, gpus: 'GPUs 1' });
    await pause(JOB_MS);
    const post = await runBundledAction({ server, inputs, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    // The post step reads what the main step saved: it says how the job was sampled.
    expect(post.stdout).toMatch(/stopped measuring this job \(every 250 ms, GPUs 1 since /);
    const report = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as Report;
    expect(report.devices.map((d) => d.id).filter((id) => id.startsWith('GPU-'))).toEqual([GPU1]);
    const bad = await runBundledAction({ server, inputs: { ...INPUTS, 'measure-gpus': '0;rm -rf /' }, env });
    expect(bad.code).toBe(1);
    expect(bad.commands.find((c) => c.kind === 'error')!.message).toContain('input "measure-gpus" must list GPU indexes or UUIDs');
  });

  it('reports the telemetry given with it and the measured devices together, each file in its own zone', async () => {
    const env = { PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`, CARBON_CI_POWERCAP_ROOT: powercap.root };
    const telemetry = join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv');
    const inputs = { ...INPUTS, telemetry, timezone: 'America/New_York', comment: 'false', check: 'false', artifact: 'false' };
    const main = await runMain({ server, inputs, env });
    expect(main.code, main.stdout).toBe(0);
    expect(main.outputs).toEqual({});
    await pause(JOB_MS);
    const post = await runBundledAction({ server, inputs, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    const report = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as Report;
    const devices = Object.fromEntries(report.devices.map((d) => [d.id, d]));
    expect(Object.keys(devices)).toEqual(expect.arrayContaining([GPU0, GPU1, 'cpu0', 'GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001']));
    // The telemetry in `timezone` (14:00 in New York), the measured log in UTC, as the daemon wrote it.
    expect(devices['GPU-1b2c3d4e-0000-4a4a-8b8b-000000000001']!.start).toBe('2026-02-27T19:00:00.120Z');
    expect(Math.abs(Date.parse(devices[GPU0]!.start) - Date.now())).toBeLessThan(60_000);
    expect(report.inputs.timeZone).toBe('America/New_York');
    expect(isAlive(savedState(main.state).pid!)).toBe(false);
  }, 60_000);

  it('makes a sampler that failed a warning of the report (nvidia-smi without a driver), and reports the rest', async () => {
    const env = { PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`, CARBON_CI_POWERCAP_ROOT: powercap.root, FAKE_SMI_NO_DRIVER: '1' };
    const inputs = { ...INPUTS, comment: 'false', check: 'false', artifact: 'false' };
    const main = await runMain({ server, inputs, env });
    expect(main.code, main.stdout).toBe(0);
    await pause(JOB_MS);
    const post = await runBundledAction({ server, inputs, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    const report = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as Report;
    expect(report.devices.map((d) => d.id).sort()).toEqual(['cpu0', 'ram0']);
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^nvidia-smi: nvidia-smi exited with status 9 again/));
    expect(post.commands).toContainEqual({ kind: 'warning', message: expect.stringMatching(/^nvidia-smi: .*holds no samples; nvidia-smi wrote: NVIDIA-SMI has failed/) });
  }, 60_000);

  it('reports the logs of a daemon that died as they were written, with a warning, and stops what it left running', async () => {
    const work = mkdtempSync(join(tmpdir(), 'carbon-ci-measure-test-'));
    const env = { PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`, CARBON_CI_POWERCAP_ROOT: powercap.root, FAKE_SMI_PID_FILE: join(work, 'smi.pids') };
    const inputs = { ...INPUTS, comment: 'false', check: 'false', artifact: 'false' };
    const main = await runMain({ server, inputs, env });
    expect(main.code, main.stdout).toBe(0);
    await pause(JOB_MS);
    // The runner's out-of-memory killer, say: nvidia-smi is left behind in the daemon's process group.
    process.kill(savedState(main.state).pid!, 'SIGKILL');
    const post = await runBundledAction({ server, inputs, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    const report = JSON.parse(readFileSync(post.outputs['report-path']!, 'utf8')) as Report;
    expect(report.devices.map((d) => d.id)).toEqual(expect.arrayContaining([GPU0, 'cpu0']));
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^measure: the measuring process had ended before the post step; its logs are read as they are/));
    for (const pid of pidsIn(env.FAKE_SMI_PID_FILE)) expect(isAlive(pid)).toBe(false);
  }, 60_000);

  it('post step of a use without measure does nothing (state saved with ::save-state:: where GITHUB_STATE is unset)', async () => {
    const inputs = { telemetry: join(ROOT, 'test/fixtures/github/nvidia-smi-2xA100.csv'), location: 'FR', timezone: 'UTC', comment: 'false', check: 'false', artifact: 'false' };
    const main = await runMain({ server, inputs, noStateFile: true });
    expect(main.code, main.stdout).toBe(0);
    expect(main.state).toEqual({ isPost: 'true' });
    const requests = server.requests.length;
    const post = await runBundledAction({ server, inputs, state: main.state });
    expect(post.code).toBe(0);
    expect(post.stdout).toBe('');
    expect(post.outputs).toEqual({});
    expect(post.summary).toBe('');
    expect(server.requests).toHaveLength(requests);
  }, 60_000);

  it('a main step whose samplers cannot start exits 0 with a warning; its post step warns that there is no report', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-nothing-'));
    const env = { PATH: empty, CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty, CARBON_CI_PROC_ROOT: empty };
    const main = await runMain({ server, inputs: INPUTS, env });
    expect(main.code, main.stdout).toBe(0);
    expect(main.commands).toContainEqual({ kind: 'warning', message: expect.stringMatching(/^measure: nothing can be measured on this runner \(nvidia-smi: nvidia-smi is not on PATH; amd-smi: amd-smi is not on PATH; xpu-smi: xpu-smi is not on PATH; rapl: .*; host-usage: .*\)/) });
    const post = await runBundledAction({ server, inputs: INPUTS, env, tempDir: main.tempDir, state: main.state });
    expect(post.code, post.stdout).toBe(0);
    expect(post.commands).toContainEqual({ kind: 'warning', message: expect.stringMatching(/^measure: nothing was measured \(.*\) and no `telemetry` was given: no report/) });
    expect(post.commands.filter((c) => c.kind === 'error')).toEqual([]);
    expect(post.outputs).toEqual({});
    expect(server.comments).toHaveLength(0);
    expect(isAlive(savedState(main.state).pid!)).toBe(false);
  }, 60_000);
});
