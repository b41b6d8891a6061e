import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { RAPL_LOG_HEADER } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const T0 = 1765000000000;

describe('rapl plugin', () => {
  it('reads package and dram zones as cpu and ram counters, leaving out subzones and psys', async () => {
    const { records, confidence, infos } = await runPlugin(plugin, fixture('two-packages-wrap.csv'));
    expect(confidence).toBe(0.95);
    expect(new Set(records.map((r) => (r as { device: { id: string } }).device.id))).toEqual(new Set(['cpu0', 'ram0', 'cpu1']));
    expectRecords(records.slice(0, 3), [
      { type: 'energy-counter', device: { id: 'cpu0', component: 'cpu', index: 0 }, timeMs: T0, counterJ: 262043 },
      { type: 'energy-counter', device: { id: 'ram0', component: 'ram', index: 0 }, timeMs: T0, counterJ: 5 },
      { type: 'energy-counter', device: { id: 'cpu1', component: 'cpu', index: 1 }, timeMs: T0, counterJ: 1 },
    ]);
    expect(infos).toContainEqual(expect.stringMatching(/wrapped 1 time/));
  });

  it('reads a wrap at max_energy_range_uj as a wrap: the counter stays monotone', async () => {
    const { records } = await runPlugin(plugin, fixture('two-packages-wrap.csv'));
    const cpu0 = records.filter((r) => (r as { device: { id: string } }).device.id === 'cpu0') as { counterJ: number }[];
    expect(cpu0.map((r) => r.counterJ)).toEqual([262043, 262143, 262243]);
  });

  it('gives the energy the counters rose by, the wrap included, through the energy stage', async () => {
    const report = await runReport({ inputs: [fixture('two-packages-wrap.csv')], location: 'FR' });
    const byId = Object.fromEntries(report.devices.map((d) => [d.id, d]));
    expect(byId.cpu0!.energyJ).toBeCloseTo(200, 3);
    expect(byId.cpu1!.energyJ).toBeCloseTo(100, 6);
    expect(byId.ram0!.energyJ).toBeCloseTo(20, 6);
    expect(byId.cpu0!.component).toBe('cpu');
    expect(byId.ram0!.component).toBe('ram');
  });

  it('reads amd_energy sockets as cpu counters, and a drop of their 64-bit counter as a reset, not a wrap', async () => {
    const range = '18446744073709551615';
    const rows = [[T0, 9_000_000], [T0 + 1000, 9_100_000], [T0 + 2000, 50_000], [T0 + 3000, 150_000]].map(([t, uj]) => `${t},amd_energy:1,Esocket1,${uj},${range}`);
    const { records, infos } = await runPlugin(plugin, textSource(`${RAPL_LOG_HEADER}\n${rows.join('\n')}\n`, 'rapl.csv'));
    expectRecords(records.slice(0, 1), [{ type: 'energy-counter', device: { id: 'cpu1', component: 'cpu', index: 1, model: 'amd_energy Esocket1' }, timeMs: T0, counterJ: 9 }]);
    expect(records.map((r) => (r as { counterJ: number }).counterJ)).toEqual([9, 9.1, 0.05, 0.15]);
    expect(infos).not.toContainEqual(expect.stringMatching(/wrapped/));
  });

  it('drops a row cut short, with a warning', async () => {
    const text = `${RAPL_LOG_HEADER}\n${T0},intel-rapl:0,package-0,100,1000\n${T0 + 1000},intel-rapl:0,pack\n`;
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'cut.csv'));
    expect(records).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 row: a row with the wrong number of fields \(first at line 3\)/)]);
  });

  it('refuses a file that is not its log, with the header it expects', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/wrong-header.csv'), { validate: true }), { line: 1, hint: /timestamp_ms,zone,name/ });
  });
});
