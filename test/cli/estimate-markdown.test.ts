import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const ESTIMATE = ['estimate', '--gpu', 'V100', '--power-w', '300', '--hours', '100', '--intensity', '437', '--pue', '1.1'];

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'carbon-ci-estimate-md-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('carbon-ci estimate --markdown', () => {
  it('writes the PR-comment Markdown to a file, with no clock window and no evidence claim', async () => {
    const mdPath = join(out, 'nested', 'estimate.md');
    const result = await cli([...ESTIMATE, '--markdown', mdPath]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Markdown report written to ${mdPath}`);
    const markdown = await readFile(mdPath, 'utf8');
    expect(markdown).toMatch(/^### carbon-ci: 14\.4 kg CO2e/);
    expect(markdown).toContain('| 30.0 kWh | 33.0 kWh | 14.4 kg | estimated | 100 h |');
    expect(markdown).toContain('estimated from a configuration, 100 h per device.');
    expect(markdown).not.toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(markdown).not.toMatch(/\d\.\d{7,}/);
    for (const text of [markdown, result.stdout]) expect(text).not.toContain('backed by evidence');
    expect(result.stdout).not.toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    expect(result.stdout).toMatch(/CO2e\s+14\.4 kg\s+operational 14\.4 kg \+ embodied 0 kg/);
  });

  it('claims no clock window in the JSON either: an estimate has hours, not times', async () => {
    const result = await cli([...ESTIMATE, '--json', '-']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { window: unknown; totals: { durationS: number } };
    expect(report.window).toBeNull();
    expect(report.totals.durationS).toBe(100 * 3600);
  });

  it('sends the Markdown alone to standard output with "-"', async () => {
    const result = await cli([...ESTIMATE, '--markdown', '-']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^### carbon-ci: /);
    expect(result.stderr).toContain('carbon-ci estimate');
  });
});
