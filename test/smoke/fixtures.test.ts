import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ONNXRUNTIME_NODE_VERSION } from '../../src/smoke/onnxruntime-version.js';
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

describe('onnxruntime-node version', () => {
  it('equals the version locked in package-lock.json, which the Action installs', () => {
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    expect(lock.packages['node_modules/onnxruntime-node']?.version).toBe(ONNXRUNTIME_NODE_VERSION);
  });
});
