// `carbon-ci run` as its own process: a SIGTERM to carbon-ci reaches the command, the report is still
// written, the exit status is 128 + 15, and no sampler is left.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { REPO_ROOT } from './run-cli.js';
import { fakeNvidiaSmiDir, fakePowercap, isRunning, pidsIn } from './run-stand-ins.js';

// Tells the test it runs, then on SIGTERM notes it and dies of it (the default action, once the note is written).
const CHILD = `
const fs = require('node:fs');
process.on('SIGTERM', () => {
  fs.writeFileSync(process.env.GOT_SIGNAL, 'SIGTERM');
  process.removeAllListeners('SIGTERM');
  process.kill(process.pid, 'SIGTERM');
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

describe('carbon-ci run in its own process', () => {
  it('forwards SIGTERM to the command, writes the report, exits 143 and leaves no sampler', async () => {
    const work = mkdtempSync(join(tmpdir(), 'carbon-ci-run-signal-'));
    const env = {
      ...process.env,
      PATH: `${fakeNvidiaSmiDir()}${delimiter}${process.env.PATH ?? ''}`,
      CARBON_CI_POWERCAP_ROOT: powercap.root,
      FAKE_SMI_PID_FILE: join(work, 'smi.pids'),
      STARTED: join(work, 'started'),
      GOT_SIGNAL: join(work, 'got-signal'),
      NO_COLOR: '1',
    };
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'run', '--interval-ms', '200', '--log-dir', join(work, 'logs'), '--json', join(work, 'report.json'), '--', process.execPath, '-e', CHILD];
    const carbonCi = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    carbonCi.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => carbonCi.once('exit', (code) => resolve(code)));

    await waitFor(env.STARTED, 60_000);
    // Let the samplers take a few samples before the signal.
    await new Promise((resolve) => setTimeout(resolve, 800));
    carbonCi.kill('SIGTERM');
    const code = await exited;

    expect(code, stderr).toBe(143);
    expect(readFileSync(env.GOT_SIGNAL, 'utf8')).toBe('SIGTERM');
    expect(stderr).toMatch(/was killed by SIGTERM \(status 143\)/);
    const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Report;
    expect(report.devices.map((d) => d.id)).toEqual(expect.arrayContaining(['cpu0', 'ram0', 'GPU-0a0a0a0a-1111-2222-3333-444444444444']));
    const pids = pidsIn(env.FAKE_SMI_PID_FILE);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) expect(isRunning(pid)).toBe(false);
  }, 90_000);
});
