import { createReadStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { expandRecords, expectInputError } from 'carbon-ci/testing';
import type { EnergyRecord, TelemetryRecord } from 'carbon-ci';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const validate = new Ajv({ strict: false }).compile(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../schemas/telemetry-record.schema.json', import.meta.url)), 'utf8')),
);

async function run(name: string, options: Record<string, unknown> = {}) {
  const warnings: string[] = [];
  const infos: string[] = [];
  const path = fixture(name);
  const context = {
    options,
    localTimeZone: () => 'UTC',
    signal: new AbortController().signal,
    log: { debug() {}, info: (m: string) => infos.push(m), warn: (m: string) => warnings.push(m) },
  };
  const records: TelemetryRecord[] = [];
  for await (const item of plugin.read({ kind: 'file', path, open: () => createReadStream(path) }, context)) {
    records.push(...expandRecords(Array.isArray(item) ? item : [item]));
  }
  for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  return { records: records as EnergyRecord[], warnings, infos };
}

const failure = (name: string) => expectInputError(run(name));

const energies = (records: EnergyRecord[], id: string) => records.filter((r) => r.device.id === id).map((r) => r.energyJ);

describe('zeus plugin', () => {
  it('counts only the outermost window when windows nest, per GPU', async () => {
    const { records, infos, warnings } = await run('epochs-steps-2gpu.csv');
    expect(energies(records, 'gpu0')).toEqual([1601.2507]);
    expect(energies(records, 'gpu1')).toEqual([1586.5532]);
    expect(records[0]!.startMs).toBeCloseTo(1717400000123.457, 2);
    expect(records[0]!.endMs - records[0]!.startMs).toBeCloseTo(5200, 6);
    expect(records[0]!.device).toEqual({ id: 'gpu0', index: 0, component: 'gpu' });
    expect(records[0]!.device).toBe(records.find((r) => r.device.id === 'gpu0')!.device);
    expect(infos.join('\n')).toMatch(/counted 1 outermost .* 7 windows inside them/);
    expect(warnings).toEqual([]);
  });

  it('counts the windows the user names', async () => {
    const { records } = await run('epochs-steps-2gpu.csv', { windows: ['epoch'], host: 'node-3' });
    expect(energies(records, 'node-3:gpu0')).toEqual([925.3301, 640.1104]);
    expect(records[0]!.device.host).toBe('node-3');
  });

  it('warns instead of double counting when the chosen windows overlap', async () => {
    const { records, warnings } = await run('epochs-steps-2gpu.csv', { windows: ['epoch', 'step'] });
    expect(energies(records, 'gpu0')).toEqual([291.8832, 305.20001, 298.4421, 301.2, 300.75]);
    expect(warnings[0]).toMatch(/dropped 2 rows: window overlaps/);
  });

  it('keeps every window of a log of disjoint windows', async () => {
    const { records } = await run('disjoint-1gpu.csv');
    expect(energies(records, 'gpu0')).toEqual([2851.25, 2852.25, 2853.25, 2854.25]);
  });

  it('reads window names that contain commas', async () => {
    const { records } = await run('window-name-with-commas.csv');
    expect(energies(records, 'gpu0')).toEqual([1200.5, 1180.25]);
  });

  it('drops a window that partly overlaps a counted one, with a warning', async () => {
    const { records, warnings } = await run('partial-overlap.csv');
    expect(energies(records, 'gpu0')).toEqual([1800, 600]);
    expect(warnings[0]).toMatch(/dropped 1 row: window overlaps .* line 3/);
  });

  it('drops missing energy values with a warning and refuses broken rows', async () => {
    const { records, warnings } = await run('bad/nan-energy.csv');
    expect(records).toHaveLength(1);
    expect(warnings[0]).toMatch(/no energy value \("nan"\) for gpu0/);
    expect((await failure('bad/missing-field.csv')).line).toBe(2);
    const start = await failure('bad/datetime-start.csv');
    expect(start.message).toMatch(/not a Unix time/);
    await expect(run('disjoint-1gpu.csv', { windows: 'step' })).rejects.toThrow(/windows must be/);
  });

  it('detects Zeus logs only', () => {
    for (const name of ['epochs-steps-2gpu.csv', 'disjoint-1gpu.csv', 'window-name-with-commas.csv', 'partial-overlap.csv']) {
      expect(plugin.detect({ path: fixture(name), head: readFileSync(fixture(name), 'utf8') })).toBeGreaterThanOrEqual(0.9);
    }
    expect(plugin.detect({ path: 'e.csv', head: 'timestamp,project_name,run_id,duration,emissions\n' })).toBe(0);
    expect(plugin.detect({ path: 'p.csv', head: 'timestamp,gpu,socket_power\n' })).toBe(0);
  });
});
