import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { REPO_ROOT } from '../cli/run-cli.js';

// The installed entry: bin/carbon-ci.js imports the committed bundle dist/cli.js.

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'bin', 'carbon-ci.js');

async function spawnCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'cli.js'))) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}, 180_000);

describe('node bin/carbon-ci.js', () => {
  it('prints the version', async () => {
    const result = await spawnCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('reports on a log with --json -: exit 0 and only JSON on stdout', async () => {
    const result = await spawnCli(['report', 'test/cli/fixtures/two-gpus.csv', '--location', 'FR', '--timezone', 'UTC', '--json', '-']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.devices).toHaveLength(2);
    expect(report.totals.energyJ).toBeCloseTo(59 * 250 + 59 * 300, 6);
    expect(result.stderr).toContain('carbon-ci report');
  });

  it('exits 2 with the file and the fix on bad input', async () => {
    const result = await spawnCli(['report', 'test/fixtures/bad-input/empty.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('test/fixtures/bad-input/empty.csv');
    expect(result.stderr).toContain('fix:');
    expect(result.stdout).toBe('');
  });
});
