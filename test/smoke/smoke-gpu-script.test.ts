import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, writeFakeNvidiaSmi } from '../../src/smoke/test/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-smoke-gpu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runScript(path: string) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/smoke-gpu.mjs'), '--iterations', '3'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, PATH: path },
    timeout: 60_000,
  });
}

// There is no GPU here: these prove the script refuses to call a CPU run a GPU proof.
describe('npm run smoke:gpu without a GPU', () => {
  it('exits 2 when nvidia-smi is missing', () => {
    const run = runScript(dirname(process.execPath));
    expect(run.stderr).toMatch(/nvidia-smi is not available/);
    expect(run.status).toBe(2);
  });

  it('exits 1 when the CUDA execution provider cannot run, saying so', { timeout: 60_000 }, () => {
    writeFakeNvidiaSmi(dir);
    const run = runScript([dir, dirname(process.execPath)].join(delimiter));
    expect(run.stdout).toMatch(/Fake GPU 16GB/);
    expect(run.stdout).toMatch(/Execution provider that ran the model: none/);
    expect(run.stderr).toMatch(/the CUDA execution provider did not run the model/);
    expect(run.status).toBe(1);
  });
});
