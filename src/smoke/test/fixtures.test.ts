import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ONNXRUNTIME_NODE_VERSION } from '../runtime-loader.js';
import { FIXTURES, REPO_ROOT } from './helpers.js';

describe('ONNX fixtures', () => {
  const out = mkdtempSync(join(tmpdir(), 'carbon-ci-fixtures-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('scripts/make-onnx-fixtures.mjs regenerates the committed files byte for byte', () => {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts/make-onnx-fixtures.mjs'), out], { stdio: 'pipe' });
    const generated = readdirSync(out).sort();
    expect(generated).toEqual(readdirSync(FIXTURES).sort());
    expect(generated.length).toBeGreaterThanOrEqual(11);
    for (const name of generated) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(FIXTURES, name))), name).toBe(true);
    }
  });
});

describe('onnxruntime-node lock slice', () => {
  it('src/smoke/onnxruntime-lock.json matches package-lock.json (else run scripts/vendor-onnxruntime-lock.mjs)', () => {
    const check = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/vendor-onnxruntime-lock.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('pins the version in package-lock.json, with an integrity hash for every package', () => {
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages['node_modules/onnxruntime-node']?.version).toBe(ONNXRUNTIME_NODE_VERSION);
    const slice = JSON.parse(readFileSync(join(REPO_ROOT, 'src/smoke/onnxruntime-lock.json'), 'utf8')) as {
      packages: Record<string, { integrity?: string }>;
    };
    expect(Object.keys(slice.packages)).toContain('node_modules/onnxruntime-common');
    expect(Object.values(slice.packages).every((p) => p.integrity?.startsWith('sha512-'))).toBe(true);
  });
});
