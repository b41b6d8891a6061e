import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { EXAMPLE } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
async function run(name: string, timeZone = 'UTC') {
  const result = await runPlugin(plugin, fixture(name), { timeZone });
  return { ...result, energy: result.records as EnergyRecord[] };
}
const report = (name: string) => runReport({ inputs: [fixture(name)], timeZone: 'UTC', location: 'FR', pue: 1 });

describe('powermetrics plugin', () => {
  it('reads CPU, GPU and ANE power over each window, GPU Power counted once and Combined never', async () => {
    const { energy, infos, confidence } = await run('m2-max-cpu-gpu-1s.txt');
    expect(confidence).toBe(0.95);
    expect(energy).toHaveLength(15);
    expect(energy.slice(0, 3).map((r) => [r.device.id, r.startMs, r.endMs, r.energyJ])).toEqual([
      ['cpu0', Date.UTC(2024, 2, 5, 13, 2, 10), Date.UTC(2024, 2, 5, 13, 2, 11), 1],
      ['gpu0', Date.UTC(2024, 2, 5, 13, 2, 10), Date.UTC(2024, 2, 5, 13, 2, 11), 1],
      ['ane0', Date.UTC(2024, 2, 5, 13, 2, 10), Date.UTC(2024, 2, 5, 13, 2, 11), 0],
    ]);
    expect(infos.join('\n')).toMatch(/Combined Power is their sum and is not added/);
    // 2 parts × 1 W × 5 s; ANE 0 W.
    const { totals } = await report('m2-max-cpu-gpu-1s.txt');
    expect(totals.energyJ).toBeCloseTo(10, 9);
  });

  it("chains each sample's own elapsed window, and starts anew after a pause", async () => {
    const { energy, infos } = await run('m1-5s-ane-two-runs.txt');
    const cpu = energy.filter((r) => r.device.id === 'cpu0');
    const t0 = Date.UTC(2023, 10, 6, 15, 0, 5);
    const near = (ms: number) => expect.closeTo(ms, 3);
    expect(cpu.map((r) => [r.startMs - t0, r.endMs - t0])).toEqual([
      [near(-5003.2), near(0)],
      [near(0), near(5004.85)],
      [near(5004.85), near(5004.85 + 5002.11)],
      [near(145_000 - 5001), near(145_000)],
    ]);
    expect(cpu.map((r) => r.energyJ)).toEqual([2.345 * 5.0032, 2.4 * 5.00485, 2.21 * 5.00211, 3 * 5.001].map((j) => expect.closeTo(j, 9)));
    expect(energy.find((r) => r.device.id === 'ane0')!.device).toMatchObject({ component: 'gpu', model: 'Apple Neural Engine' });
    expect(infos.join('\n')).toMatch(/1 sample\(s\) started a new run/);
    const parts = [
      [2345 + 410 + 1250, 5003.2],
      [2400 + 395 + 1302, 5004.85],
      [2210 + 380 + 1190, 5002.11],
      [3000 + 500, 5001],
    ];
    const { totals } = await report('m1-5s-ane-two-runs.txt');
    expect(totals.energyJ).toBeCloseTo(parts.reduce((sum, [mW, ms]) => sum + (mW! * ms!) / 1e6, 0), 5);
  });

  it('reads a header without an offset in the given zone', async () => {
    const text = '*** Sampled system activity (Tue Mar  5 14:02:11 2024) (1000.00ms elapsed) ***\nCPU Power: 2 W\n';
    const { records } = await runPlugin(plugin, textSource(text, 'p.txt'), { timeZone: 'Asia/Tokyo' });
    expect(records).toEqual([expect.objectContaining({ endMs: Date.UTC(2024, 2, 5, 5, 2, 11), energyJ: 2 })]);
  });

  it('refuses a log without power samplers, and a broken header', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/no-power-samplers.txt')), { message: /none of the 1 samples/, hint: /--samplers cpu_power,gpu_power/ });
    await expectInputError(runPlugin(plugin, textSource('*** Sampled system activity (yesterday) ***\n', 'b.txt')), { line: 1, hint: /1003\.41ms elapsed/ });
    // A month that is not C's English name was once read as December of the year before.
    const localized = '*** Sampled system activity (Die Mai  7 14:02:11 2024 +0100) (1000.00ms elapsed) ***\nCPU Power: 2 W\n';
    await expectInputError(runPlugin(plugin, textSource(localized, 'de.txt')), { line: 1, message: /not a powermetrics sample header/ });
  });

  it('detects its example and not other text', () => {
    expect(plugin.example).toBe(EXAMPLE);
    expect(plugin.detect({ path: 'p.txt', head: EXAMPLE })).toBeGreaterThan(0);
    expect(plugin.detect({ path: 't.log', head: 'RAM 2476/7620MB GR3D_FREQ 0% VDD_IN 1mW/1mW\n' })).toBe(0);
  });
});
