// SCI per functional unit, the cleaner-grid alternatives and the model card, from the command line.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../../src/report/types.js';
import { cli } from './run-cli.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/nvidia-smi-8xA100.csv');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'carbon-ci-levers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('report levers', () => {
  it('adds SCI and the cleanest regions of the same provider to the JSON, the terminal and the Markdown, and writes the model card', async () => {
    const card = join(dir, 'README.md');
    await writeFile(card, '---\nlicense: mit\n---\n# A model\n');
    const json = join(dir, 'report.json');
    const md = join(dir, 'comment.md');
    const result = await cli(['report', EXAMPLE, '--location', 'aws:us-east-2', '--timezone', 'UTC', '--functional-unit', 'tokens=1e9', '--model-card', card, '--training-type', 'fine-tuning', '--json', json, '--markdown', md]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(json, 'utf8')) as Report;
    expect(report.sci).toEqual({ unit: 'tokens', count: 1e9, gPerUnit: report.totals.co2eG / 1e9 });
    expect(report.alternatives).toHaveLength(3);
    expect(report.alternatives!.every((a) => a.location.startsWith('aws:') && a.savingPercent > 0)).toBe(true);
    const first = report.alternatives![0]!;
    expect(first.co2eG).toBeCloseTo((report.totals.facilityEnergyJ / 3.6e6) * first.gPerKWh + report.totals.embodiedCo2eG, 6);
    for (const text of [result.stdout, await readFile(md, 'utf8')]) {
      expect(text).toMatch(/SCI: [\d.]+ [µm]?g CO2e per unit of tokens \(1,000,000,000 tokens; operational \+ embodied, ISO\/IEC 21031\)/);
      expect(text).toContain(`Cleaner grids: in ${first.location} the same job would have emitted`);
    }
    const written = await readFile(card, 'utf8');
    expect(written.endsWith('---\n# A model\n')).toBe(true);
    const front = parse(written.split('---')[1]!) as { license: string; co2_eq_emissions: Record<string, unknown> };
    expect(front.license).toBe('mit');
    expect(front.co2_eq_emissions).toMatchObject({ emissions: Number(report.totals.co2eG.toPrecision(6)), training_type: 'fine-tuning', geographical_location: 'aws:us-east-2', hardware_used: '8 x NVIDIA A100-SXM4-80GB' });
    // The grid factor that priced it: source, year and scope, as in the report.
    const grid = report.factors.intensity;
    expect(front.co2_eq_emissions.source).toContain(`grid intensity: ${grid.source}, ${grid.year}, ${grid.scope})`);
    expect(grid).toMatchObject({ source: expect.stringMatching(/Electricity Maps/), year: 2024, scope: 'life-cycle' });
    expect(result.stderr).toContain(`Model card updated: ${card}`);
  });

  it('refuses a functional unit without a count, as a usage error', async () => {
    const result = await cli(['report', EXAMPLE, '--functional-unit', 'tokens']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/functional unit "tokens" is not NAME=COUNT[\s\S]*fix: write NAME=COUNT/);
  });
});
