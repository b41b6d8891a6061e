import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Report } from '../report/types.js';
import { isInputError } from '../shared/errors.js';
import { co2EqEmissionsOf, updateModelCard, withCo2EqEmissions } from './index.js';

const FR_GRID = { gPerKWh: 33.44, location: 'FR', zone: 'FR', scope: 'life-cycle', source: 'Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0)', year: 2024 };
const report = {
  tool: { version: '0.1.0', datasetVersion: '2026.12.3' },
  inputs: { mode: 'telemetry', location: 'FR' },
  factors: { pue: { value: 1.56, source: 'Uptime', year: 2024 }, intensity: FR_GRID },
  totals: { co2eG: 1234.5678912 },
  devices: [
    { model: 'NVIDIA A100-SXM4-80GB', count: 8 },
    { model: 'NVIDIA A100-SXM4-80GB' },
    { model: 'AMD EPYC 7763' },
    { model: 'unknown' },
  ],
} as unknown as Report;

const entry = co2EqEmissionsOf(report, 'fine-tuning');
const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-card-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model card co2_eq_emissions', () => {
  it('records grams of CO2e, the source, the training type, the location and the hardware', () => {
    expect(entry).toEqual({
      emissions: 1234.57,
      source:
        'carbon-ci 0.1.0 (measured from telemetry, dataset 2026.12.3; operational and embodied CO2e; ' +
        'grid intensity: Electricity Maps, 2024 yearly carbon intensity (ODbL 1.0), 2024, life-cycle)',
      training_type: 'fine-tuning',
      geographical_location: 'FR',
      hardware_used: '9 x NVIDIA A100-SXM4-80GB, 1 x AMD EPYC 7763',
    });
  });

  it('names the grid factor of each distinct source once, with its year and scope', () => {
    const ua = { gPerKWh: 250.47, location: 'UA', scope: 'life-cycle', source: 'Ember yearly electricity data (via co2.js)', year: 2022 };
    const de = { ...FR_GRID, gPerKWh: 344.1, location: 'DE', zone: 'DE' };
    const sites = {
      ...report,
      devices: [
        { model: 'NVIDIA A100-SXM4-80GB', factors: { intensity: FR_GRID } },
        { model: 'NVIDIA A100-SXM4-80GB', factors: { intensity: de } },
        { model: 'NVIDIA A100-SXM4-80GB', factors: { intensity: ua } },
      ],
    } as unknown as Report;
    const { source } = co2EqEmissionsOf(sites);
    expect(source).toMatch(/grid intensity: Electricity Maps, 2024 yearly carbon intensity \(ODbL 1\.0\), 2024, life-cycle; Ember yearly electricity data \(via co2\.js\), 2022, life-cycle\)$/);
    expect(source.match(/Electricity Maps/g)).toHaveLength(1);
    const stated = { ...report, factors: { ...report.factors, intensity: { gPerKWh: 100, location: 'FR', source: 'stated by the user', year: 2026, scope: 'user-stated' } } } as unknown as Report;
    expect(co2EqEmissionsOf(stated).source).toMatch(/grid intensity: stated by the user, 2026, user-stated\)$/);
    // A baseline written before scopes and years were recorded: only what it has.
    const old = { ...report, devices: [], factors: { ...report.factors, intensity: { gPerKWh: 50, location: 'FR', source: 'an old source' } } } as unknown as Report;
    expect(co2EqEmissionsOf(old).source).toMatch(/grid intensity: an old source\)$/);
  });

  it('sets the key in existing front matter, keeping every other key, comment and the body byte for byte', () => {
    const body = '\n# My model\n\nSome text with --- inside.\n';
    const card = `---\nlicense: apache-2.0 # the licence\ntags:\n  - text\nco2_eq_emissions:\n  emissions: 1\n---${body}`;
    const out = withCo2EqEmissions(card, entry, 'README.md');
    expect(out.endsWith(`---${body}`)).toBe(true);
    expect(out).toContain('license: apache-2.0 # the licence\ntags:\n  - text\n');
    const front = parse(out.split('---')[1]!) as Record<string, unknown>;
    expect(front.co2_eq_emissions).toEqual(entry);
    expect(front.license).toBe('apache-2.0');
    // Updating again changes nothing more.
    expect(withCo2EqEmissions(out, entry, 'README.md')).toBe(out);
  });

  it('adds front matter to a card without one, and to an empty front matter', () => {
    const out = withCo2EqEmissions('# Model\n', entry, 'README.md');
    expect(out.startsWith('---\nco2_eq_emissions:\n')).toBe(true);
    expect(out.endsWith('---\n\n# Model\n')).toBe(true);
    expect(parse(withCo2EqEmissions('---\n---\nbody\n', entry, 'README.md').split('---')[1]!)).toEqual({ co2_eq_emissions: entry });
  });

  it('refuses front matter that is not a YAML mapping, naming the file', () => {
    try {
      withCo2EqEmissions('---\n- a list\n---\n', entry, 'model/README.md');
      expect.unreachable();
    } catch (error) {
      expect(isInputError(error)).toBe(true);
      expect((error as { file?: string }).file).toBe('model/README.md');
    }
  });

  it('writes a new card file, and updates it in place', async () => {
    const path = join(dir, 'README.md');
    await updateModelCard(path, report);
    writeFileSync(path, `${readFileSync(path, 'utf8')}# Body\n`);
    await updateModelCard(path, { ...report, totals: { ...report.totals, co2eG: 10 } } as Report);
    const text = readFileSync(path, 'utf8');
    expect((parse(text.split('---')[1]!) as { co2_eq_emissions: { emissions: number } }).co2_eq_emissions.emissions).toBe(10);
    expect(text.endsWith('# Body\n')).toBe(true);
  });
});
