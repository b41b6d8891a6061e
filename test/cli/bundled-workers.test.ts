// The published CLI (dist/) reads large inputs on worker threads: dist/read-worker.js must be found
// beside the bundle and give the report of one thread. The thresholds are lowered so that the bundled
// example takes that path.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { ensureBundle } from '../github/action-harness.js';
import { REPO_ROOT } from './run-cli.js';

const run = promisify(execFile);
const EXAMPLE = join(REPO_ROOT, 'examples/nvidia-smi-8xA100.csv');

beforeAll(ensureBundle, 180_000);

async function report(workers: number, cli = join(REPO_ROOT, 'bin/carbon-ci.js')): Promise<{ report: Report; stderr: string }> {
  const { stdout, stderr } = await run(process.execPath, [cli, 'report', EXAMPLE, '--timezone', 'UTC', '--location', 'FR', '--workers', String(workers), '--json', '-'], {
    env: { ...process.env, CARBON_CI_DEBUG: '1', CARBON_CI_PARALLEL_MIN_BYTES: '0', CARBON_CI_PART_MIN_BYTES: '2000000' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(stdout) as Report;
  return { report: { ...parsed, generatedAt: '' }, stderr };
}

it('reads the example in parts on worker threads, with the report of one thread', { timeout: 120_000 }, async () => {
  const one = await report(1);
  const two = await report(2);
  expect(two.stderr).toContain('debug: reading 2 parts of 1 file(s) on 2 threads');
  expect(two.stderr).not.toContain('read again');
  expect(one.stderr).not.toContain('parts of');
  expect(two.report).toEqual(one.report);
});

it('reads in this thread alone, with the same report, when the worker script is missing', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-dist-'));
  cpSync(join(REPO_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  rmSync(join(dir, 'dist/read-worker.js'));
  const without = await report(2, join(dir, 'dist/cli.js'));
  expect(without.report).toEqual((await report(1)).report);
  rmSync(dir, { recursive: true, force: true });
});
