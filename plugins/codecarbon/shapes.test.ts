// CodeCarbon output as people really have it: torn rows from concurrent appends, task files, and JSON.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const J_PER_KWH = 3.6e6;
const at = (wall: string) => Date.parse(`${wall}Z`);
const of = (records: unknown[], component: string) => (records as EnergyRecord[]).filter((r) => r.device.component === component);
const HEADER = 'timestamp,project_name,run_id,duration,emissions,cpu_energy,gpu_energy,ram_energy,gpu_count,pue';
const TASKS = 'tasks/emissions_finetune_7d2c9a8e-6b1f-4c1e-9a55-2f0e7c3b1a90.csv';

describe('codecarbon: what people really have', () => {
  it('detects its own example', () => {
    expect(plugin.example).toBeDefined();
    expect(plugin.detect({ path: 'emissions.csv', head: plugin.example! })).toBeGreaterThan(0);
  });

  it('drops a torn row (0,,,,) in the middle, of any field count; the next row of the run covers its time and energy', async () => {
    const text = [
      HEADER,
      '2025-06-01T00:00:10,llm,run-a,10.0,0.0001,0.0001,0.001,0.00005,1,1.0',
      '0,,,,,,,,,',
      '0,,,,',
      '2025-06-01T00:00:30,llm,run-a,30.0,0.0004,0.0003,0.004,0.00015,1,1.0',
    ].join('\n');
    const { records, warnings } = await runPlugin(plugin, textSource(`${text}\n`, 'emissions.csv'), { timeZone: 'UTC' });
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => [r.startMs, r.endMs, r.origin!.line])).toEqual([
      [at('2025-06-01T00:00:00'), at('2025-06-01T00:00:10'), 2],
      [at('2025-06-01T00:00:10'), at('2025-06-01T00:00:30'), 5],
    ]);
    expect(gpu[0]!.energyJ).toBeCloseTo(0.001 * J_PER_KWH, 6);
    expect(gpu[1]!.energyJ).toBeCloseTo(0.003 * J_PER_KWH, 6);
    expect(gpu[0]!.energyJ + gpu[1]!.energyJ).toBeCloseTo(0.004 * J_PER_KWH, 6);
    expect(warnings).toEqual([expect.stringMatching(/dropped 2 rows: the row is empty or torn \(such as 0,,,,: two processes appended .*\(first at line 3\)/)]);
  });

  it('reads a task file passed alone, each task a window of the run devices, and warns that tasks may overlap', async () => {
    const { records, warnings } = await runPlugin(plugin, fixture(TASKS), { timeZone: 'UTC' });
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => [r.device.id, r.startMs, r.endMs])).toEqual([
      ['codecarbon:7d2c9a8e-6b1f-4c1e-9a55-2f0e7c3b1a90:gpu', at('2025-06-02T09:00:00'), at('2025-06-02T09:01:00')],
      ['codecarbon:7d2c9a8e-6b1f-4c1e-9a55-2f0e7c3b1a90:gpu', at('2025-06-02T09:01:00'), at('2025-06-02T09:31:00')],
    ]);
    expect(gpu[0]!.device).toBe(gpu[1]!.device);
    expect(gpu[1]!.energyJ).toBeCloseTo(0.195 * J_PER_KWH, 6);
    expect(gpu[0]!.device.site).toEqual({ recordedBy: 'CodeCarbon', country: 'DEU', region: 'hesse', pue: 1 });
    expect(warnings).toEqual([expect.stringMatching(/a CodeCarbon task file: .*tasks may overlap/)]);
    const report = await runReport({ inputs: [fixture(TASKS)], timeZone: 'UTC' });
    expect(report.totals.energyJ).toBeCloseTo((0.00275 + 0.245) * J_PER_KWH, 3);
  });

  it("refuses a task file whose run's emissions.csv lies beside it (a plugin cannot see the other inputs)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-tasks-'));
    try {
      const task = join(dir, 'emissions_finetune_7d2c9a8e-6b1f-4c1e-9a55-2f0e7c3b1a90.csv');
      copyFileSync(fixture(TASKS), task);
      writeFileSync(join(dir, 'emissions.csv'), `${HEADER}\n`);
      await expectInputError(runPlugin(plugin, task, { timeZone: 'UTC' }), {
        message: /task file has its run's emissions\.csv beside it; reading both would count the tasks' energy twice/,
        line: 1,
        hint: /pass .*emissions\.csv \(the run's totals\) instead/,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads JSONOutput lines (cumulative per run), dropping a torn line that the next one covers, priced where recorded', async () => {
    const { records, warnings, confidence } = await runPlugin(plugin, fixture('json/emissions.jsonl'), { timeZone: 'UTC' });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => [r.startMs, r.endMs, r.origin!.line])).toEqual([
      [at('2025-06-03T14:00:00'), at('2025-06-03T14:10:00'), 1],
      [at('2025-06-03T14:10:00'), at('2025-06-03T14:30:00'), 3],
    ]);
    // PUE 1.2 divided out: device energy.
    expect(gpu[1]!.energyJ).toBeCloseTo(((0.135 - 0.045) * J_PER_KWH) / 1.2, 6);
    expect(gpu[0]!.device).toMatchObject({ id: 'codecarbon:3e0a5c1d-8f7b-4d2a-b6c4-91e2f0a7d835:gpu', model: 'NVIDIA A10G', site: { country: 'USA', region: 'virginia', cloudRegion: 'aws:us-east-1', pue: 1.2 } });
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 row: the line is not a whole JSON object .*\(first at line 2\)/)]);
  });

  it('reads an emissions.json array (one object per run) with the line of each object', async () => {
    const { records } = await runPlugin(plugin, fixture('json/emissions.json'), { timeZone: 'UTC' });
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => [r.device.id, r.startMs, r.endMs, r.origin!.line])).toEqual([
      ['codecarbon:3e0a5c1d-8f7b-4d2a-b6c4-91e2f0a7d835:gpu', at('2025-06-03T14:00:00'), at('2025-06-03T14:30:00'), 2],
      ['codecarbon:a41c7e02-5d3b-4f68-9e1a-0c8b7d6f5e43:gpu', at('2025-06-03T15:00:00'), at('2025-06-03T16:00:00'), 38],
    ]);
    expect(gpu[1]!.energyJ).toBeCloseTo(0.27 * J_PER_KWH, 6);
    expect(gpu[1]!.device.site).toEqual({ recordedBy: 'CodeCarbon', country: 'CAN', region: 'quebec', pue: 1 });
    const report = await runReport({ inputs: [fixture('json/emissions.json')], timeZone: 'UTC' });
    expect(report.factors.recorded).toEqual({ devices: 6, by: ['CodeCarbon'] });
    expect(report.totals.energyJ).toBeCloseTo(((0.02556 + 0.135 + 0.01188) * J_PER_KWH) / 1.2 + 0.34 * J_PER_KWH, 3);
  });

  it("reads LoggerOutput's objects after a log prefix, skipping the log's other lines", async () => {
    const { records, warnings, confidence } = await runPlugin(plugin, fixture('json/codecarbon.log'), { timeZone: 'UTC' });
    expect(confidence).toBeGreaterThanOrEqual(0.9);
    expect(of(records, 'gpu').map((r) => [r.origin!.line, r.energyJ])).toEqual([
      [2, expect.closeTo((0.045 * J_PER_KWH) / 1.2, 6)],
      [3, expect.closeTo(((0.09 - 0.045) * J_PER_KWH) / 1.2, 6)],
    ]);
    expect(warnings).toEqual([]);
  });

  it('refuses JSON that holds no CodeCarbon object, with the fix', async () => {
    await expectInputError(runPlugin(plugin, textSource('[1, 2]\n', 'emissions.json')), { message: /holds no CodeCarbon object/, hint: /JSONOutput/ });
    await expectInputError(runPlugin(plugin, textSource('{"timestamp": \n', 'emissions.json')), { message: /not valid JSON/, hint: /JSONOutput/ });
  });
});

describe('codecarbon: API objects', () => {
  it('reads emission objects without project_name or emissions (the API shape), and refuses objects without timestamp', async () => {
    const api = JSON.stringify([
      { timestamp: '2025-06-04T10:10:00', run_id: 'r-1', duration: 600, cpu_energy: 0.01, gpu_energy: 0.05, ram_energy: 0.002, energy_consumed: 0.062, cpu_power: 60, gpu_power: 300, ram_power: 12 },
    ]);
    expect(plugin.detect({ path: 'emissions.json', head: api })).toBeGreaterThanOrEqual(0.9);
    const { records } = await runPlugin(plugin, textSource(api, 'api.json'), { timeZone: 'UTC' });
    const gpu = of(records, 'gpu');
    expect(gpu.map((r) => [r.device.id, r.startMs, r.endMs])).toEqual([['codecarbon:r-1:gpu', at('2025-06-04T10:00:00'), at('2025-06-04T10:10:00')]]);
    expect(gpu[0]!.energyJ).toBeCloseTo(0.05 * J_PER_KWH, 6);
    await expectInputError(runPlugin(plugin, textSource('[{"duration": 3, "gpu_energy": 0.1}]', 'x.json')), { message: /no "timestamp" or "duration"/, line: 1 });
  });
});
