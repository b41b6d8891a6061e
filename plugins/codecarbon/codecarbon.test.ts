import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyRecord } from 'carbon-ci';
import { expectInputError, runPlugin } from 'carbon-ci/testing';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
async function run(name: string, timeZone = 'UTC') {
  const { records, warnings, infos } = await runPlugin(plugin, fixture(name), { timeZone });
  return { records: records as EnergyRecord[], warnings, infos };
}

const failure = (name: string) => expectInputError(run(name));

const sum = (records: EnergyRecord[]) => records.reduce((total, r) => total + r.energyJ, 0);
const of = (records: EnergyRecord[], component: string) => records.filter((r) => r.device.component === component);

describe('codecarbon plugin', () => {
  it('turns the cumulative rows of a flushed v3.3.0 run into consecutive windows (kWh to J), without summing snapshots', async () => {
    const { records, warnings } = await run('v3.3.0-flushed-run.csv', 'Europe/Madrid');
    expect(of(records, 'gpu')).toEqual([]);
    const cpu = of(records, 'cpu');
    expect(cpu).toHaveLength(3);
    expect(sum(cpu)).toBeCloseTo(3.1311891250182006e-5 * 3.6e6, 6);
    expect(sum(of(records, 'ram'))).toBeCloseTo(2.0166844231656195e-5 * 3.6e6, 6);
    const start = Date.UTC(2026, 7, 12, 17, 37, 29) - 6111.706958006835;
    expect(cpu[0]!.startMs).toBeCloseTo(start, 3);
    expect(cpu[0]!.endMs).toBe(cpu[1]!.startMs);
    expect(cpu[2]!.endMs).toBeCloseTo(start + 12128.133875005005, 3);
    expect(cpu[0]!.device).toEqual({
      id: 'codecarbon:3b540626-49b2-49c4-bd31-9adabd153544:cpu',
      component: 'cpu',
      model: 'Apple M5',
      vendor: 'other',
      // Where the run was, as CodeCarbon recorded it: carbon-ci prices the run there unless told otherwise.
      site: { country: 'ESP', region: 'madrid', pue: 1, recordedBy: 'CodeCarbon' },
    });
    // One site object for all of a run's devices.
    expect(of(records, 'ram')[0]!.device.site).toBe(cpu[0]!.device.site);
    const reported = records.reduce((total, r) => total + (r.sourceReported?.co2eG ?? 0), 0);
    expect(reported).toBeCloseTo(1.3327795140966287e-2, 9);
    expect(records.filter((r) => r.sourceReported).length).toBe(3);
    expect(warnings).toEqual([]);
  });

  it('reads the v2.4.3rc1 example row with gpu, cpu and ram components', async () => {
    const { records } = await run('v2.4.3rc1-example.csv');
    expect(records.map((r) => r.device.component)).toEqual(['gpu', 'cpu', 'ram']);
    expect(records[0]!.energyJ).toBeCloseTo(8.236909446627563e-5 * 3.6e6, 6);
    expect(records[0]!.endMs - records[0]!.startMs).toBeCloseTo(355466.38011932373, 3);
    expect(records[0]!.sourceReported!.co2eG).toBeCloseTo(3.435810400385386e-2, 9);
  });

  it('records a cloud region as provider:region, and no PUE where the file has no pue column', async () => {
    const { records } = await run('bigscience-2022-snapshots.csv');
    expect(records[0]!.device.site).toEqual({ country: 'USA', region: 'connecticut', recordedBy: 'CodeCarbon' });
    const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-codecarbon-'));
    try {
      const file = join(dir, 'emissions.csv');
      writeFileSync(
        file,
        'timestamp,project_name,run_id,duration,emissions,cpu_energy,gpu_energy,ram_energy,country_iso_code,region,cloud_provider,cloud_region,on_cloud,pue\n' +
          '2025-01-01T10:00:00,p,r1,60,0.001,0.001,0.002,0.0005,USA,south carolina,gcp,us-east1,Y,1.1\n',
      );
      const { records: cloud } = await runPlugin(plugin, file, { timeZone: 'UTC' });
      expect(cloud[0]!.device.site).toEqual({ country: 'USA', region: 'south carolina', cloudRegion: 'gcp:us-east1', pue: 1.1, recordedBy: 'CodeCarbon' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the 2022 BigScience file (no codecarbon_version or pue), an 8-GPU aggregate device', async () => {
    const { records } = await run('bigscience-2022-snapshots.csv');
    const gpu = of(records, 'gpu');
    expect(gpu).toHaveLength(5);
    expect(sum(gpu)).toBeCloseTo(0.0001190370025177 * 3.6e6, 6);
    // All eight GPUs in one reading: one device that stands for 8 (its power ceiling and embodied share scale).
    expect(gpu[0]!.device).toMatchObject({ model: 'NVIDIA GeForce RTX 3090', count: 8, vendor: 'nvidia' });
    expect(new Set(gpu.map((r) => r.device)).size).toBe(1);
    expect(of(records, 'cpu')).toEqual([]);
  });

  it('reads v1 files (experiment_id per run, energy_consumed only) as one node device per run', async () => {
    const { records } = await run('v1-experiment-id.csv');
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.device.component === 'node')).toBe(true);
    expect(records[1]!.device.id).toBe('codecarbon:dbbc4d9a-48df-45a1-939f-ead92dad8a4e:node');
    expect(records[2]!.energyJ).toBeCloseTo(0.002348766135588053 * 3.6e6, 6);
  });

  it("divides out CodeCarbon's PUE and reads quoted fields", async () => {
    const { records, infos } = await run('v3-two-runs-pue-1.5.csv');
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => r.energyJ)).toEqual([360000, 180000]);
    expect(gpu[0]!.device).toMatchObject({ model: 'NVIDIA A100-SXM4-80GB', vendor: 'nvidia' });
    expect(gpu[0]!.device.count).toBeUndefined();
    expect(of(records, 'cpu')[0]!.device).toMatchObject({ model: 'AMD EPYC 7763 64-Core Processor', vendor: 'amd' });
    expect(gpu[0]!.sourceReported!.note).toMatch(/PUE 1.5/);
    expect(infos.join('\n')).toMatch(/divided it out/);
  });

  it('warns about rows that do not line up with the header', async () => {
    const { records, warnings } = await run('bad/misaligned-row.csv');
    expect(records).toHaveLength(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dropped 1 row: .*append mode.*line 3.*missing/);
  });

  it('refuses decreasing totals and bad timestamps with line and fix', async () => {
    const down = await failure('bad/energy-goes-down.csv');
    expect(down.line).toBe(3);
    expect(down.message).toMatch(/gpu energy .* went down/);
    const time = await failure('bad/bad-timestamp.csv');
    expect(time.line).toBe(2);
    expect(time.message).toMatch(/31\/05\/2024/);
  });

  it('detects emissions.csv of every version and nothing else', () => {
    for (const name of ['v3.3.0-flushed-run.csv', 'v2.4.3rc1-example.csv', 'bigscience-2022-snapshots.csv', 'v1-experiment-id.csv', 'v3-two-runs-pue-1.5.csv']) {
      expect(plugin.detect({ path: fixture(name), head: readFileSync(fixture(name), 'utf8') }), name).toBeGreaterThanOrEqual(0.9);
    }
    expect(plugin.detect({ path: 'z.csv', head: 'start_time,window_name,elapsed_time,gpu0_energy\n' })).toBe(0);
    expect(plugin.detect({ path: 'n.csv', head: 'timestamp, index, power.draw [W]\n' })).toBe(0);
    expect(plugin.detect({ path: 'w.csv', head: '_timestamp,_runtime,system.gpu.0.powerWatts\n' })).toBe(0);
  });
});
