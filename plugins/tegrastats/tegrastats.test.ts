import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { EXAMPLE } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
async function run(name: string, options: Record<string, unknown> = {}, timeZone = 'UTC') {
  const result = await runPlugin(plugin, fixture(name), { options, timeZone });
  return { ...result, power: result.records as PowerRecord[] };
}
const report = (name: string, options: Record<string, unknown> = {}) =>
  runReport({ inputs: [fixture(name)], timeZone: 'UTC', location: 'FR', pue: 1, pluginOptions: { tegrastats: options } });

describe('tegrastats plugin', () => {
  it("counts the board's input rail alone as the node, never adding its parts", async () => {
    const { power, infos, confidence } = await run('orin-nano-jp6.log', {}, 'Europe/Berlin');
    expect(confidence).toBe(0.95);
    expect(power).toHaveLength(11);
    expect(power[0]).toMatchObject({ timeMs: Date.UTC(2024, 3, 18, 8, 26, 51), powerW: 7, device: { id: 'node0', component: 'node' } });
    expect(infos.join('\n')).toMatch(/counted VDD_IN \(node\); not counted: VDD_CPU_GPU_CV, VDD_SOC/);
    const { totals, devices } = await report('orin-nano-jp6.log');
    expect(devices.map((d) => d.component)).toEqual(['node']);
    expect(totals.energyJ).toBeCloseTo(7 * 10, 6);
  });

  it('counts the parts instead when asked', async () => {
    const { power } = await run('orin-nano-jp6.log', { parts: true });
    expect([...new Set(power.map((r) => r.device.id))]).toEqual(['gpu0']);
    expect(power[10]!.powerW).toBeCloseTo(2.5, 9);
  });

  it('counts the GPU and CPU rails of a board without an input rail: 2 rails × 1 W × 10 s = 20 J', async () => {
    const { power, infos } = await run('agx-orin-jp5-no-input-rail.log');
    expect([...new Set(power.map((r) => r.device.id))]).toEqual(['gpu0', 'cpu0']);
    expect(infos.join('\n')).toMatch(/counted VDD_GPU_SOC \(gpu\), VDD_CPU_CV \(cpu\); not counted: VIN_SYS_5V0, NC, VDDQ_VDD2_1V8AO/);
    const { totals } = await report('agx-orin-jp5-no-input-rail.log');
    expect(totals.energyJ).toBeCloseTo(20, 6);
  });

  it('reads rail names and units that change mid-file (JetPack 4 then 5 on a Xavier)', async () => {
    const { power } = await run('agx-xavier-jp4-then-jp5.log');
    expect(power.map((r) => [r.device.id, r.powerW])).toEqual(Array.from({ length: 6 }, () => [['gpu0', 2], ['cpu0', 1]]).flat());
    expect(power[11]!.timeMs).toBe(Date.UTC(2024, 0, 9, 8, 0, 5));
  });

  it('times a log without timestamps from the start and interval given, and refuses it without', async () => {
    const { power } = await run('nano-jp4-no-time.log', { start: '2021-06-01T12:00:00Z', intervalMs: 500 });
    expect(power.map((r) => [r.timeMs - Date.UTC(2021, 5, 1, 12), r.powerW])).toEqual([
      [0, 2.4], [500, 4.8], [1000, 6], [1500, 6], [2000, 6], [2500, 2.4],
    ]);
    const { totals } = await report('nano-jp4-no-time.log', { start: '2021-06-01T12:00:00Z', intervalMs: 500 });
    expect(totals.energyJ).toBeCloseTo(0.5 * ((2.4 + 4.8) / 2 + (4.8 + 6) / 2 + 6 + 6 + (6 + 2.4) / 2), 6);
    await expectInputError(runPlugin(plugin, fixture('nano-jp4-no-time.log')), { line: 1, message: /no timestamp/, hint: /tegrastats\.start=/ });
  });

  it('refuses a log without any power rail', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/no-rails.log'), { options: { start: '2021-06-01T12:00:00Z' } }), { message: /no power rail/ });
  });

  it('detects its example, and not other text logs', async () => {
    expect(plugin.example).toBe(EXAMPLE);
    expect(plugin.detect({ path: 't.log', head: EXAMPLE })).toBeGreaterThan(0);
    expect(plugin.detect({ path: 'd.log', head: '# gpu   pwr  gtemp\n# Idx     W      C\n' })).toBe(0);
    const { power } = await runPlugin(plugin, textSource(`${EXAMPLE}\n`, 'e.log'), { timeZone: 'UTC' }).then((r) => ({ power: r.records as PowerRecord[] }));
    expect(power).toEqual([expect.objectContaining({ powerW: 7.15 })]);
  });
});
