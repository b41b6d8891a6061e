// `carbon-ci run` as its own process: a SIGTERM to carbon-ci reaches the command, the report is still
// written, the exit status is 128 + 15, and no sampler is left; and the installed entry (bin/, the bundle) runs it.
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { REPO_ROOT } from './run-cli.js';
import { fakeNvidiaSmiDir, fakePowercap, isRunning, pidsIn } from './run-stand-ins.js';

// Tells the test it runs, then on SIGTERM or SIGHUP notes it and dies of it (the default action, once the note is written).
const CHILD = `
const fs = require('node:fs');
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => {
  fs.writeFileSync(process.env.GOT_SIGNAL, signal);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
fs.writeFileSync(process.env.STARTED, 'yes');
setTimeout(() => process.exit(0), 60000);
`;

let powercap: ReturnType<typeof fakePowercap>;
beforeAll(() => {
  powercap = fakePowercap();
});
afterAll(() => powercap.stop());

async function waitFor(path: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > until) throw new Error(`${path} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function testEnv(work: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${fakeNvidiaSmiDir()}${delimiter}${process.env.PATH ?? ''}`,
    CARBON_CI_POWERCAP_ROOT: powercap.root,
    FAKE_SMI_PID_FILE: join(work, 'smi.pids'),
    NO_COLOR: '1',
  };
}

describe('carbon-ci run in its own process', () => {
  it('runs from the installed entry, bin/carbon-ci.js: the command\'s exit status 3, a report with GPU and CPU devices, stdout the JSON alone', async () => {
    const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-bin-'));
    const env = testEnv(work);
    const args = [join(REPO_ROOT, 'bin', 'carbon-ci.js'), 'run', '--interval-ms', '200', '--log-dir', join(work, 'logs'), '--json', '-', '--', process.execPath, '-e', 'console.log("the command says hello"); setTimeout(() => process.exit(3), 1500)'];
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: REPO_ROOT, env }, (error, out, err) => resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stdout: out, stderr: err }));
    });
    expect(code, stderr).toBe(3);
    // With --json -, standard output is the report alone: the command's own output went to stderr.
    expect(stderr).toContain('the command says hello');
    const report = JSON.parse(stdout) as Report;
    expect(new Set(report.devices.map((d) => d.component ?? 'gpu'))).toEqual(new Set(['gpu', 'cpu', 'ram']));
    for (const pid of pidsIn(env.FAKE_SMI_PID_FILE!)) expect(isRunning(pid)).toBe(false);
  }, 60_000);

  for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`forwards ${signal} to the command, writes the report, exits ${status} and leaves no sampler`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-signal-'));
      const started = join(work, 'started');
      const gotSignal = join(work, 'got-signal');
      const env: NodeJS.ProcessEnv = { ...testEnv(work), STARTED: started, GOT_SIGNAL: gotSignal };
      const args = ['--import', 'tsx', 'src/cli/main.ts', 'run', '--interval-ms', '200', '--log-dir', join(work, 'logs'), '--json', join(work, 'report.json'), '--', process.execPath, '-e', CHILD];
      const carbonCi = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      carbonCi.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => carbonCi.once('exit', (code) => resolve(code)));

      await waitFor(started, 60_000);
      // Let the samplers take a few samples before the signal.
      await new Promise((resolve) => setTimeout(resolve, 800));
      carbonCi.kill(signal);
      const code = await exited;

      expect(code, stderr).toBe(status);
      expect(readFileSync(gotSignal, 'utf8')).toBe(signal);
      expect(stderr).toContain(`was killed by ${signal} (status ${status})`);
      const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Report;
      expect(report.devices.map((d) => d.id)).toEqual(expect.arrayContaining(['cpu0', 'ram0', 'GPU-0a0a0a0a-1111-2222-3333-444444444444']));
      const pids = pidsIn(env.FAKE_SMI_PID_FILE!);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(isRunning(pid)).toBe(false);
    }, 90_000);
  }

  // The tools run in process groups of their own, which a terminal's Ctrl-C or hang-up does not reach.
  for (const signal of ['SIGINT', 'SIGHUP'] as const) {
    it(`leaves no GPU tool running when a ${signal} ends carbon-ci while the tool starts`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-early-signal-'));
      const bin = join(work, 'bin');
      mkdirSync(bin);
      // An nvidia-smi that writes no sample: carbon-ci waits for its first rows before it runs the command.
      writeFileSync(join(bin, 'nvidia-smi'), '#!/bin/sh\necho $$ >>"$TOOL_PIDS"\nexec sleep 30\n');
      chmodSync(join(bin, 'nvidia-smi'), 0o755);
      const pidFile = join(work, 'tool.pids');
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, CARBON_CI_POWERCAP_ROOT: work, CARBON_CI_HWMON_ROOT: work, CARBON_CI_PROC_ROOT: work, TOOL_PIDS: pidFile };
      const args = ['--import', 'tsx', 'src/cli/main.ts', 'run', '--log-dir', join(work, 'logs'), '--', process.execPath, '-e', ''];
      const carbonCi = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => carbonCi.once('exit', (_code, killedBy) => resolve(killedBy)));
      await waitFor(pidFile, 60_000);
      carbonCi.kill(signal);
      expect(await exited).toBe(signal);
      const [pid] = pidsIn(pidFile);
      const until = Date.now() + 5000;
      while (isRunning(pid!) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      const left = isRunning(pid!);
      if (left) process.kill(pid!, 'SIGKILL');
      expect(left).toBe(false);
    }, 90_000);
  }
});
