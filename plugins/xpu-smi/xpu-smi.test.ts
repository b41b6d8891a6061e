import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { EXAMPLE } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
async function run(name: string, options: Record<string, unknown> = { date: '2025-03-05' }, timeZone = 'UTC') {
  const result = await runPlugin(plugin, fixture(name), { options, timeZone });
  return {
    ...result,
    power: result.records.filter((r): r is PowerRecord => r.type === 'power'),
    counters: result.records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter'),
  };
}
const report = (name: string, date = '2025-03-05') =>
  runReport({ inputs: [fixture(name)], timeZone: 'UTC', location: 'FR', pue: 1, pluginOptions: { 'xpu-smi': { date } } });

describe('xpu-smi plugin', () => {
  it('reads the energy counter and the power of one GPU, on the date given', async () => {
    const { power, counters, confidence } = await run('dump-one-gpu-util-power-energy.csv');
    expect(confidence).toBe(0.95);
    expect(counters).toHaveLength(10);
    expect(counters[0]).toMatchObject({ timeMs: utc(2025, 3, 5, 6, 14, 46), counterJ: 1480233.62, device: { id: 'xpu0', vendor: 'intel', index: 0 } });
    expect(power[3]).toMatchObject({ timeMs: utc(2025, 3, 5, 6, 14, 49), powerW: 281.35, utilization: 0.985 });
  });

  it('counts the counter, not the power, in the report: 1481999.33 J - 1480233.62 J', async () => {
    const { totals, devices } = await report('dump-one-gpu-util-power-energy.csv');
    expect(totals.energyJ).toBeCloseTo(1765.71, 6);
    expect(devices[0]).toMatchObject({ method: 'counter' });
  });

  it('reads every GPU of `-d -1`, across midnight, an empty power as none', async () => {
    const { power, counters, warnings } = await run('dump-two-gpus-midnight.csv', { date: '2025-03-05', host: 'pvc1' });
    expect([...new Set(counters.map((r) => r.device.id))]).toEqual(['pvc1:xpu0', 'pvc1:xpu1']);
    expect(counters.at(-1)).toMatchObject({ timeMs: utc(2025, 3, 6, 0, 0, 7, 3), counterJ: 48807.25 + 5 * 840 });
    expect(power).toHaveLength(11);
    expect(warnings).toEqual([]);
    const { totals } = await report('dump-two-gpus-midnight.csv');
    // 5 intervals of 2 s: 400 W and 420 W by their counters.
    expect(totals.energyJ).toBeCloseTo(5 * 2 * 400 + 5 * 2 * 420, 6);
  });

  it('integrates power when the dump has no energy counter, and says so', async () => {
    const { infos } = await run('dump-power-only.csv');
    expect(infos.join('\n')).toMatch(/no GPU Energy Consumed \(J\) column/);
    const { totals } = await report('dump-power-only.csv');
    expect(totals.energyJ).toBeCloseTo((30.5 + 150.25) / 2 + (150.25 + 300) / 2 + 300 + (300 + 30.5) / 2, 6);
  });

  it('refuses times of day without the date option, and a dump of neither power nor energy', async () => {
    await expectInputError(runPlugin(plugin, fixture('dump-power-only.csv')), { line: 2, message: /has no date/, hint: /xpu-smi\.date=/ });
    await expectInputError(runPlugin(plugin, fixture('bad/no-power-or-energy.csv'), { options: { date: '2025-03-05' } }), {
      line: 1,
      hint: /-m 0,1,8/,
    });
  });

  it('refuses a time of day whose fields are out of range, as it refuses any time it cannot read', async () => {
    const text = 'Timestamp, DeviceId, GPU Power (W)\n23:59:59.000, 0, 100\n25:00:00.000, 0, 100\n';
    await expectInputError(runPlugin(plugin, textSource(text, 'x.csv'), { options: { date: '2025-03-05' } }), { line: 3, message: /"25:00:00.000" is not a time/ });
  });

  it('detects its example and not other CSVs', () => {
    expect(plugin.example).toBe(EXAMPLE);
    expect(plugin.detect({ path: 'x.csv', head: EXAMPLE })).toBeGreaterThan(0);
    expect(plugin.detect({ path: 'n.csv', head: 'timestamp, index, name, power.draw [W]\n' })).toBe(0);
    expect(plugin.detect({ path: 'a.csv', head: 'timestamp,gpu,socket_power\n' })).toBe(0);
  });
});
