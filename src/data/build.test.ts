import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = join(repoRoot, 'src/data');
const rawDir = resolve(repoRoot, process.env.CARBON_CI_RAW_DATA ?? 'data/raw');

const committedFiles = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function buildInto(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'carbon-ci-data-'));
  tempDirs.push(outDir);
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-data.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, CARBON_CI_RAW_DATA: rawDir, CARBON_CI_DATA_OUT: outDir },
    stdio: 'pipe',
  });
  return outDir;
}

describe('scripts/build-data.mjs', () => {
  it('commits the six datasets', () => {
    expect(committedFiles).toEqual(['cloud-regions.json', 'gpus.json', 'grid-countries.json', 'grid-subdivisions.json', 'grid-zones.json', 'pue.json']);
  });

  it('regenerates byte-identical JSON, equal to the committed files', () => {
    const first = buildInto();
    const second = buildInto();
    expect(readdirSync(first).sort()).toEqual(committedFiles);
    for (const name of committedFiles) {
      const bytes = readFileSync(join(first, name));
      expect(readFileSync(join(second, name)).equals(bytes), `${name} differs between two runs`).toBe(true);
      expect(readFileSync(join(dataDir, name), 'utf8'), `${name} is stale: run npm run build:data`).toBe(bytes.toString('utf8'));
    }
  });
});
