import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from './inputs.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-inputs-'));
  await mkdir(join(dir, 'logs', 'node1'), { recursive: true });
  await mkdir(join(dir, 'logs', 'node2'), { recursive: true });
  for (const file of ['logs/node1/power.csv', 'logs/node2/power.csv', 'logs/node2/notes.txt', 'logs/power[1].csv', 'single.csv']) {
    await writeFile(join(dir, file), 'x\n');
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('expands globs, de-duplicates and sorts', async () => {
    const files = await expandInputs(['logs/**/*.csv', join(dir, 'single.csv'), 'logs/node1/power.csv', './single.csv'], dir);
    const names = files.map((f) => f.slice(f.indexOf('carbon-ci-inputs-')).replace(/^[^/\\]+[/\\]/, ''));
    expect(names).toEqual(['logs/node1/power.csv', 'logs/node2/power.csv', 'logs/power[1].csv', 'single.csv']);
    expect(files).toEqual([...files].sort());
  });

  it('reads a literal name with glob characters as the file it names', async () => {
    const files = await expandInputs(['logs/power[1].csv'], dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/power\[1\]\.csv$/);
  });

  it('drops matches of ! patterns', async () => {
    const files = await expandInputs(['logs/**/*', '!**/*.txt', '!logs/node2/**'], dir);
    expect(files.map((f) => f.replace(/\\/g, '/')).filter((f) => f.includes('logs/'))).toHaveLength(2);
    expect(files.some((f) => f.endsWith('notes.txt'))).toBe(false);
  });

  it('refuses a directory with a glob hint', async () => {
    await expect(expandInputs(['logs'], dir)).rejects.toThrow(/logs is a directory[\s\S]*fix: name the files, e\.g\. "logs\/\*\.csv"/);
  });

  it('refuses a missing file and a glob that matches nothing, naming them', async () => {
    await expect(expandInputs(['nope.csv'], dir)).rejects.toThrow(/nope\.csv: no such file/);
    await expect(expandInputs(['logs/*.json'], dir)).rejects.toThrow(/the pattern "logs\/\*\.json" matched no files/);
  });

  it('refuses an empty list and an empty entry', async () => {
    await expect(expandInputs([], dir)).rejects.toThrow(/no telemetry files given/);
    await expect(expandInputs([' '], dir)).rejects.toThrow(/empty telemetry path/);
  });
});
