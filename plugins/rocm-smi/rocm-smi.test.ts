import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { createContext, expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
async function run(name: string, options: Record<string, unknown> = {}, timeZone = 'UTC') {
  const { records, warnings, infos } = await runPlugin(plugin, fixture(name), { options, timeZone });
  return { records: records as PowerRecord[], warnings, infos };
}

const failure = (name: string) => expectInputError(run(name));

describe('rocm-smi plugin', () => {
  it('does not ask for the time zone when every time is an epoch (amd-smi) or has its offset', async () => {
    const text = 'timestamp,gpu,socket_power\n1700000000,0,400\n2023-11-14T22:13:21+00:00,0,410\n';
    const context = createContext({ timeZone: 'Asia/Tokyo' });
    const times: number[] = [];
    for await (const batch of plugin.read(textSource(text, 'amd.csv'), context)) for (const r of [batch].flat()) if (r.type === 'power') times.push(r.timeMs);
    expect(times).toEqual([1_700_000_000_000, 1_700_000_001_000]);
    expect(context.usedLocalTimeZone).toBe(false);
  });

  it('reads a log through the night clocks go back, with zone-less times, as the hour twice over', async () => {
    // Europe/Paris, 2025-10-26: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice (`date '+%F %T'` markers, or a timestamp column).
    const times = ['02:00:00', '02:30:00', '02:59:00', '02:00:00', '02:30:00'];
    const expected = [0, 30, 59, 60, 90].map((minutes) => Date.UTC(2025, 9, 26, 0, minutes));
    const markers = times.map((t) => `2025-10-26 ${t}\ndevice,Current Socket Graphics Package Power (W)\ncard0,100\n`).join('');
    const column = 'timestamp,gpu,socket_power\n' + times.map((t) => `2025-10-26T${t},0,100\n`).join('');
    for (const text of [markers, column]) {
      const { records } = await runPlugin(plugin, textSource(text, 'amd.csv'), { timeZone: 'Europe/Paris' });
      expect(records.map((r) => (r as { timeMs: number }).timeMs)).toEqual(expected);
    }
  });

  it('reads the power block of blank-line-separated rocm-smi output, timed by marker lines', async () => {
    const { records, warnings } = await run('rocm-smi-blocks-time-markers.csv');
    expect(records.map((r) => [r.device.id, r.timeMs, r.powerW])).toEqual([
      ['gpu0', Date.UTC(2024, 9, 21, 14, 5, 0), 210],
      ['gpu1', Date.UTC(2024, 9, 21, 14, 5, 0), 198.5],
      ['gpu0', Date.UTC(2024, 9, 21, 14, 5, 1), 214],
      ['gpu1', Date.UTC(2024, 9, 21, 14, 5, 1), 197],
    ]);
    expect(records[0]!.device).toEqual({ id: 'gpu0', vendor: 'amd', index: 0 });
    expect(records[0]!.device).toBe(records[2]!.device);
    expect(warnings).toEqual([]);
  });

  it('reads the combined one-block form with utilisation, and knows the secondary die of an MI250X', async () => {
    const { records, warnings, infos } = await run('rocm-smi-combined-mi250x.csv', { host: 'mi250-node' });
    expect(records.map((r) => [r.device.id, r.timeMs, r.powerW, r.utilization])).toEqual([
      ['mi250-node:gpu0', 1729519500000, 498, 0.97],
      ['mi250-node:gpu0', 1729519502000, 502, 0.98],
    ]);
    expect(warnings).toEqual([]);
    expect(infos.join('\n')).toMatch(/2 rows of secondary dies/);
  });

  it('reads the MI300 Current Socket label with a timestamp column in the given zone', async () => {
    const { records } = await run('rocm-smi-current-socket-mi300x.csv', {}, 'Asia/Tokyo');
    expect(records).toHaveLength(4);
    expect(records[2]).toMatchObject({ timeMs: Date.UTC(2024, 9, 21, 5, 5, 1), powerW: 615 });
  });

  it('reads amd-smi metric watch output with its banner and repeated headers', async () => {
    const { records, warnings } = await run('amd-smi-metric-watch.csv');
    expect(records.map((r) => [r.device.index, r.timeMs, r.powerW])).toEqual([
      [0, 1729519500000, 400],
      [1, 1729519500000, 395],
      [0, 1729519503000, 410],
    ]);
    expect(warnings[0]).toMatch(/dropped 1 row: no power value \("N\/A"\) .* line 7/);
  });

  it('reads amd-smi monitor output (power_usage)', async () => {
    const { records } = await run('amd-smi-monitor-rocm72.csv');
    expect(records.map((r) => r.powerW)).toEqual([742, 745, 739]);
  });

  it('reads amd-smi metric with several GPUs side by side and their energy counters', async () => {
    const { records, warnings } = await run('amd-smi-metric-4gpu-energy-file.csv');
    const counters = records.filter((r) => (r.type as string) === 'energy-counter') as unknown as EnergyCounterRecord[];
    expect([...new Set(counters.map((r) => r.device.id))]).toEqual(['gpu0', 'gpu1', 'gpu2', 'gpu3']);
    expect(counters).toHaveLength(20);
    expect(counters[4]).toMatchObject({ timeMs: 1734000001000, counterJ: 1822514.219 + 640 });
    expect(records.filter((r) => r.type === 'power')).toHaveLength(19);
    expect(warnings[0]).toMatch(/dropped 1 row: no power value \("N\/A"\)/);
    const report = await runReport({ inputs: [fixture('amd-smi-metric-4gpu-energy-file.csv')], timeZone: 'UTC', location: 'FR', pue: 1 });
    // Each counter advances by its GPU's power × 1 s: the sums of samples 2..5.
    expect(report.totals.energyJ).toBeCloseTo(2508 + 2572 + 2564 + 2393, 3);
    expect(report.devices.map((d) => d.method)).toEqual(['counter', 'counter', 'counter', 'counter']);
  });

  it('reads an energy-only amd-smi watch on stdout (CRLF, a header per block)', async () => {
    const { records } = await run('amd-smi-metric-energy-stdout-crlf.csv');
    expect(records.map((r) => [r.type, r.device.id, (r as unknown as EnergyCounterRecord).counterJ])).toEqual([
      ['energy-counter', 'gpu0', 50000], ['energy-counter', 'gpu1', 60000],
      ['energy-counter', 'gpu0', 50600], ['energy-counter', 'gpu1', 60560],
      ['energy-counter', 'gpu0', 51200], ['energy-counter', 'gpu1', 61120],
    ]);
  });

  it('uses energy_accumulator only with its counter_resolution', async () => {
    const text = 'timestamp,gpu,socket_power,energy_accumulator,counter_resolution\n1734000000,0,500,1000000,15.259\n1734000002,0,500,1065536,15.259\n';
    const withResolution = await runPlugin(plugin, textSource(text, 'acc.csv'), { timeZone: 'UTC' });
    expect(withResolution.records.find((r) => r.type === 'energy-counter')).toMatchObject({ counterJ: expect.closeTo(15.259, 9) });
    const without = await runPlugin(plugin, textSource(text.replaceAll(',counter_resolution', '').replaceAll(',15.259', ''), 'raw.csv'), { timeZone: 'UTC' });
    expect(without.records.every((r) => r.type === 'power')).toBe(true);
    expect(without.infos.join('\n')).toMatch(/energy_accumulator is in counts of counter_resolution, which the file lacks/);
  });

  it('refuses rocm-smi output without times, with a way to add them, and broken rows', async () => {
    const error = await failure('bad/rocm-smi-no-time.csv');
    expect(error.line).toBe(6);
    expect(error.hint).toMatch(/date -Is/);
    const garbage = await failure('bad/garbage-power.csv');
    expect(garbage.line).toBe(3);
    expect(garbage.message).toMatch(/"4O0"/);
    expect((await failure('bad/row-before-header.csv')).line).toBe(2);
  });

  it('detects rocm-smi and amd-smi CSV, and not other CSV', () => {
    for (const name of ['amd-smi-metric-4gpu-energy-file.csv', 'amd-smi-metric-energy-stdout-crlf.csv', 'rocm-smi-blocks-time-markers.csv', 'rocm-smi-combined-mi250x.csv', 'rocm-smi-current-socket-mi300x.csv', 'amd-smi-metric-watch.csv', 'amd-smi-monitor-rocm72.csv', 'bad/rocm-smi-no-time.csv']) {
      expect(plugin.detect({ path: fixture(name), head: readFileSync(fixture(name), 'utf8') }), name).toBeGreaterThanOrEqual(0.85);
    }
    expect(plugin.detect({ path: 'n.csv', head: 'timestamp, index, name, power.draw [W]\n2024/01/15 10:23:45.000, 0, A, 300.00\n' })).toBe(0);
    expect(plugin.detect({ path: 'c.csv', head: 'timestamp,project_name,run_id,duration,emissions,gpu_energy\n' })).toBe(0);
    expect(plugin.detect({ path: 'z.csv', head: 'start_time,window_name,elapsed_time,gpu0_energy\n' })).toBe(0);
    expect(plugin.detect({ path: 's.txt', head: 'JobID|Start|End|NodeList|AllocTRES|ConsumedEnergyRaw\n' })).toBe(0);
  });
});
