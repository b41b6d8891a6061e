import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnergyCounterRecord, PowerRecord } from 'carbon-ci';
import { expectInputError, runPlugin } from 'carbon-ci/testing';
import plugin from './index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
async function run(name: string, options: Record<string, unknown> = {}, timeZone = 'UTC') {
  const { records, warnings, infos } = await runPlugin(plugin, fixture(name), { options, timeZone });
  const power = records.filter((r): r is PowerRecord => r.type === 'power');
  const counters = records.filter((r): r is EnergyCounterRecord => r.type === 'energy-counter');
  return { records, power, counters, warnings, infos };
}

const failure = (name: string) => expectInputError(run(name));

const head = (name: string) => ({ path: fixture(name), head: readFileSync(fixture(name), 'utf8') });

describe('dcgm plugin: Prometheus text', () => {
  it('reads timestamped exporter scrapes: W as power, mJ counter as J, UUID as device id', async () => {
    const { power, counters, records, warnings } = await run('exporter-scrapes-ms.prom');
    expect(records).toHaveLength(6);
    expect(power.map((r) => [r.timeMs, r.powerW])).toEqual([
      [1715250000000, 409.692],
      [1715250030004, 411.2],
      [1715250060002, 398.5],
    ]);
    expect(counters.map((r) => r.counterJ)).toEqual([319159.391, 331473.751, 343606.501]);
    expect(power[0]!.device).toEqual({
      id: 'GPU-34319582-d595-d1c7-d1d2-179bcfa61660',
      vendor: 'nvidia',
      host: 'ub20-a100-k8s',
      index: 0,
      uuid: 'GPU-34319582-d595-d1c7-d1d2-179bcfa61660',
    });
    expect(new Set(records.map((r) => r.device)).size).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('reads the 2.x format with spaces after commas', async () => {
    const { power, counters } = await run('exporter-2x-spaces.prom');
    expect(power.map((r) => r.powerW)).toEqual([23.528, 24.101]);
    expect(counters[1]!.counterJ - counters[0]!.counterJ).toBeCloseTo(714.396, 6);
  });

  it('reads real promtool tsdb dump output (name in braces, ms timestamps) for two GPUs', async () => {
    const { power, counters } = await run('promtool-tsdb-dump.txt');
    expect(power).toHaveLength(14);
    expect(counters).toHaveLength(14);
    const gpu1 = power.filter((r) => r.device.index === 1);
    expect(gpu1[0]).toMatchObject({ timeMs: 1715250000000, powerW: 395.1 });
    expect(gpu1[0]!.device).toMatchObject({ id: 'GPU-8c16e996-bd76-aa91-17e7-b48bcd0208ba', model: 'NVIDIA A100-SXM4-80GB' });
  });

  it('sorts a GPU whose series changed labels (pod attached) back into time order', async () => {
    const { power, counters, infos, warnings } = await run('promtool-dump-k8s-relabel.txt');
    const times = power.map((r) => r.timeMs);
    expect(times).toEqual(Array.from({ length: 9 }, (_, i) => 1747000000000 + 30000 * i));
    expect(power.map((r) => r.powerW)).toEqual([71.2, 70.9, 71.5, 512.3, 655.8, 649.1, 72.4, 71.8, 71.1]);
    expect(counters.map((r) => r.timeMs)).toEqual(times);
    expect(counters[3]!.counterJ).toBeCloseTo(5136481.289, 3);
    expect(new Set([...power, ...counters].map((r) => r.device)).size).toBe(1);
    expect(infos.join('\n')).toMatch(/GPU-5f2d1a7e-0c1b-4b8e-9d3f-2a6c7e9b1d04 came in several label sets out of time order; they were sorted/);
    expect(warnings).toEqual([]);
  });

  it('reads OpenMetrics with timestamps in seconds', async () => {
    const { power } = await run('openmetrics-2gpu.om');
    expect(power[1]!.timeMs).toBe(1715250030000);
  });

  it('counts a GPU once when pods repeat it, and drops DCGM blank values with a warning', async () => {
    const { power, counters, infos, warnings } = await run('k8s-b200-repeats.prom');
    expect(power.map((r) => r.powerW)).toEqual([77, 412]);
    expect(counters.map((r) => r.counterJ)).toEqual([196764.132, 203552.382]);
    expect(power[0]!.device).toMatchObject({ id: 'GPU-0', host: 'node-a', model: 'NVIDIA B200' });
    expect(infos.join('\n')).toMatch(/4 samples repeated/);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/dropped 2 rows: DCGM_FI_DEV_POWER_USAGE holds a DCGM blank value.*line 5/);
  });

  it('refuses scrapes without timestamps and explains how to add them', async () => {
    const error = await failure('bad/exporter-scrape-no-timestamps.prom');
    expect(error.line).toBe(2);
    expect(error.hint).toMatch(/date \+%s%3N/);
    expect(error.hint).toMatch(/promtool tsdb dump/);
  });

  it('refuses broken lines and files without power fields', async () => {
    const broken = await failure('bad/broken-labels.prom');
    expect(broken.line).toBe(2);
    expect((await failure('bad/no-power-fields.prom')).message).toMatch(/no DCGM_FI_DEV_POWER_USAGE/);
  });
});

describe('dcgm plugin: dcgmi dmon', () => {
  it('reads rows with an epoch prefix, skips the repeated header, N/A values and MIG instance rows', async () => {
    const { power, counters, warnings } = await run('dcgmi-dmon-epoch.log', { host: 'node-b' });
    expect(power.filter((r) => r.device.index === 0).map((r) => r.powerW)).toEqual([16.609, 312.44, 318.02, 320.1]);
    expect(power.filter((r) => r.device.index === 1)).toHaveLength(3);
    expect(counters).toHaveLength(8);
    expect(counters[0]).toMatchObject({ timeMs: 1777708107136, counterJ: 256017.342 });
    expect(power[0]!.device).toEqual({ id: 'node-b:gpu0', vendor: 'nvidia', host: 'node-b', index: 0 });
    expect(warnings.join('\n')).toMatch(/dropped 1 row: POWER is N\/A/);
    expect(warnings.join('\n')).toMatch(/dropped 1 row: GPU-I entities/);
  });

  it('reads rows with an ISO prefix that carries its own offset', async () => {
    const { power } = await run('dcgmi-dmon-ts-iso.log', {}, 'America/New_York');
    expect(power.map((r) => r.timeMs)).toEqual([Date.UTC(2026, 4, 2, 8, 0, 0, 5), Date.UTC(2026, 4, 2, 8, 0, 1, 6)]);
  });

  it('refuses dcgmi dmon output without times, with a way to add them', async () => {
    const error = await failure('bad/dcgmi-dmon-no-time.log');
    expect(error.line).toBe(3);
    expect(error.hint).toMatch(/date \+%s\.%3N/);
  });
});

describe('dcgm plugin: detect', () => {
  it('claims its own formats', () => {
    for (const name of ['exporter-scrapes-ms.prom', 'exporter-2x-spaces.prom', 'promtool-tsdb-dump.txt', 'promtool-dump-k8s-relabel.txt', 'openmetrics-2gpu.om', 'k8s-b200-repeats.prom', 'dcgmi-dmon-epoch.log', 'dcgmi-dmon-ts-iso.log', 'bad/dcgmi-dmon-no-time.log']) {
      expect(plugin.detect(head(name)), name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('does not claim nvidia-smi, dmon or other Prometheus metrics', () => {
    expect(plugin.detect({ path: 'a.log', head: '# gpu   pwr  gtemp\n# Idx     W      C\n    0    62     41\n' })).toBe(0);
    expect(plugin.detect({ path: 'a.prom', head: '# TYPE codecarbon_energy_consumed gauge\ncodecarbon_energy_consumed{project_name="x"} 0.1\n' })).toBe(0);
    expect(plugin.detect({ path: 'a.csv', head: 'timestamp, power.draw [W]\n2024/01/15 10:23:45.000, 300.00 W\n' })).toBe(0);
  });
});
