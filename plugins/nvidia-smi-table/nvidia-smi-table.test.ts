import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin, textSource } from 'carbon-ci/testing';
import { runReport } from '../../src/pipeline/index.js';
import plugin, { EXAMPLE } from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const utc = (y: number, mo: number, d: number, h: number, mi: number, s: number) => Date.UTC(y, mo - 1, d, h, mi, s);
async function run(name: string, timeZone = 'UTC', options: Record<string, unknown> = {}) {
  const result = await runPlugin(plugin, fixture(name), { timeZone, options });
  return { ...result, power: result.records.filter((r): r is PowerRecord => r.type === 'power') };
}

describe('nvidia-smi-table plugin', () => {
  it('reads a 470-driver series of two V100s, with the names cut short left out as models', async () => {
    const { power, confidence, warnings } = await run('driver-470-two-v100.log');
    expect(confidence).toBe(0.95);
    expect(power.map((r) => [r.device.id, r.timeMs, r.powerW, r.utilization])).toEqual([
      ['gpu0', utc(2024, 3, 5, 14, 2, 10), 250, 0.97],
      ['gpu1', utc(2024, 3, 5, 14, 2, 10), 240, 0.95],
      ['gpu0', utc(2024, 3, 5, 14, 2, 12), 290, 0.97],
      ['gpu1', utc(2024, 3, 5, 14, 2, 12), 280, 0.95],
      ['gpu0', utc(2024, 3, 5, 14, 2, 14), 270, 0.97],
      ['gpu1', utc(2024, 3, 5, 14, 2, 14), 260, 0.95],
    ]);
    expect(power[0]!.device).toEqual({ id: 'gpu0', index: 0, vendor: 'nvidia' });
    expect(warnings).toEqual([]);
  });

  it('reads the 550 layout with its process table, in the given zone', async () => {
    const { power } = await run('driver-550-h100.log', 'Europe/Berlin', { host: 'dgx1' });
    expect(power.map((r) => r.powerW)).toEqual([612, 688, 701, 655]);
    expect(power[0]).toMatchObject({ timeMs: utc(2024, 6, 12, 7, 30, 0), device: { id: 'dgx1:gpu0', model: 'NVIDIA H100 80GB HBM3' } });
  });

  it('reads the 580 layout, and an N/A power as no reading', async () => {
    const { records, warnings } = await run('driver-580-two-h200-na.log');
    expect(records.map((r) => [r.type, r.device.id])).toEqual([
      ['power', 'gpu0'], ['no-reading', 'gpu1'], ['power', 'gpu0'], ['no-reading', 'gpu1'], ['power', 'gpu0'], ['no-reading', 'gpu1'],
    ]);
    expect(records[4]).toMatchObject({ timeMs: utc(2025, 9, 1, 22, 15, 10), powerW: 410 });
    expect(warnings).toEqual([]);
  });

  it('reads a Windows capture (CRLF, WDDM) and a watch capture whose banner has a date too', async () => {
    const windows = await run('windows-wddm-crlf.log');
    expect(windows.power.map((r) => [r.timeMs, r.powerW])).toEqual([
      [utc(2024, 12, 20, 18, 45, 1), 150],
      [utc(2024, 12, 20, 18, 45, 11), 162],
      [utc(2024, 12, 20, 18, 45, 21), 158],
    ]);
    expect(windows.power[0]!.device.model).toBeUndefined();
    // PowerShell's `nvidia-smi -l 10 > power.log` writes UTF-16LE with a byte-order mark.
    const powershell = await run('windows-powershell-utf16.log');
    expect(powershell.confidence).toBe(0.95);
    expect(powershell.power).toEqual(windows.power);
    const watch = await run('watch-t4.log');
    expect(watch.power.map((r) => [r.timeMs, r.powerW, r.device.model])).toEqual([
      [utc(2025, 1, 16, 8, 0, 0), 70, 'Tesla T4'],
      [utc(2025, 1, 16, 8, 0, 1), 71, 'Tesla T4'],
    ]);
  });

  it('reads TCC mode, skips the MIG table, and counts ERR! as no reading', async () => {
    const table = (date: string, power: string) =>
      [
        date,
        '| GPU  Name                     TCC/WDDM  | Bus-Id          Disp.A | Volatile Uncorr. ECC |',
        '| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |',
        '|=========================================+========================+======================|',
        '|   0  NVIDIA A100 80GB PCIe      TCC    |   00000000:3B:00.0 Off |                    0 |',
        `| N/A   40C    P0            ${power} /  300W |   10000MiB /  81920MiB |     50%      Default |`,
        '+-----------------------------------------+------------------------+----------------------+',
        '| MIG devices:                                                                          |',
        '|   0    1   0   0  |      9MiB /  9984MiB | 14      0 |  1   0    0    0    0 |',
        '',
      ].join('\r\n');
    const text = table('Fri Dec 20 18:45:01 2024', '200W') + table('Fri Dec 20 18:45:02 2024', 'ERR!') + table('Fri Dec 20 18:45:03 2024', '210W');
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'tcc.log'), { timeZone: 'UTC' });
    expect(records.map((r) => [r.type, r.device.id, r.device.model])).toEqual([
      ['power', 'gpu0', 'NVIDIA A100 80GB PCIe'],
      ['no-reading', 'gpu0', 'NVIDIA A100 80GB PCIe'],
      ['power', 'gpu0', 'NVIDIA A100 80GB PCIe'],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 row: power "ERR!" is no reading .*line 15/)]);
  });

  it('hands out one DeviceRef per GPU when its name changes between tables (a driver upgrade mid-log)', async () => {
    // Driver 470 cuts the name short; 550 prints it whole: the same GPU 0, one shared DeviceRef (SDK contract).
    const table470 = (date: string, power: string) =>
      [
        date,
        '| GPU  Name        Persistence-M| Bus-Id        Disp.A | Volatile Uncorr. ECC |',
        '| Fan  Temp  Perf  Pwr:Usage/Cap|         Memory-Usage | GPU-Util  Compute M. |',
        '|===============================+======================+======================|',
        '|   0  NVIDIA A100-SXM...  On   | 00000000:00:1E.0 Off |                    0 |',
        `| N/A   40C    P0   ${power} / 400W |  30914MiB / 40960MiB |     97%      Default |`,
        '',
      ].join('\n');
    const table550 = (date: string, power: string) =>
      [
        date,
        '| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |',
        '| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |',
        '|=========================================+========================+======================|',
        '|   0  NVIDIA A100-SXM4-40GB          On  |   00000000:00:1E.0 Off |                    0 |',
        `| N/A   31C    P0            ${power} /  400W |   30914MiB /  40960MiB |     97%      Default |`,
        '',
      ].join('\n');
    const text = table470('Tue Mar  5 14:02:10 2024', '250W') + table470('Tue Mar  5 14:02:12 2024', '260W') + table550('Tue Mar  5 14:05:00 2024', '270W');
    const { records } = await runPlugin(plugin, textSource(text, 'upgrade.log'), { timeZone: 'UTC' });
    const power = records.filter((r): r is PowerRecord => r.type === 'power');
    expect(power.map((r) => r.powerW)).toEqual([250, 260, 270]);
    expect(new Set(power.map((r) => r.device)).size).toBe(1);
    expect(power[2]!.device).toEqual({ id: 'gpu0', index: 0, vendor: 'nvidia' });
  });

  it('integrates the series: two V100s over 4 s', async () => {
    const report = await runReport({ inputs: [fixture('driver-470-two-v100.log')], timeZone: 'UTC', location: 'FR', pue: 1 });
    // Trapezoids: gpu0 (250+290)/2·2 + (290+270)/2·2 = 1100 J; gpu1 (240+280)/2·2 + (280+260)/2·2 = 1060 J.
    expect(report.totals.energyJ).toBeCloseTo(2160, 6);
  });

  it('refuses one snapshot, saying it has no duration and how to log a series', async () => {
    await expectInputError(runPlugin(plugin, fixture('bad/one-snapshot.log')), { message: /one snapshot has no duration/, line: 6, hint: /nvidia-smi -l 1/ });
  });

  it('refuses a table without its date line, and a file with no table', async () => {
    const noDate = EXAMPLE.split('\n').slice(1).join('\n') + '\n';
    await expectInputError(runPlugin(plugin, textSource(noDate, 'n.log')), { file: 'n.log', line: 2, message: /without the date line/ });
    await expectInputError(runPlugin(plugin, textSource('Tue Mar  5 14:02:11 2024\nNo devices were found\n', 'e.log')), { message: /no nvidia-smi GPU table/ });
  });

  it('detects its example, and not CSV or dmon output', () => {
    expect(plugin.detect({ path: 'x.log', head: EXAMPLE })).toBeGreaterThan(0);
    expect(plugin.example).toBe(EXAMPLE);
    expect(plugin.detect({ path: 'n.csv', head: 'timestamp, index, name, power.draw [W]\n2024/01/15 10:23:45.000, 0, A, 300.00\n' })).toBe(0);
    expect(plugin.detect({ path: 'd.log', head: '# gpu   pwr  gtemp\n# Idx     W      C\n    0    43     30\n' })).toBe(0);
  });
});
