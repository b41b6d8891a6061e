import { describe, expect, it } from 'vitest';
import type { TelemetryRecord } from '../../sdk/records.js';
import { EnergyAccumulator } from '../index.js';
import { T0, gpu, power, range, one } from './helpers.js';

describe('power series', () => {
  it('sums back to the total energy, with at most 240 points and null in gaps', () => {
    const dev = [gpu('a'), gpu('b')];
    const records = [
      ...power(dev[0]!, range(0, 3 * 3600, 1), (s) => 200 + 100 * Math.sin(s / 500)),
      ...power(dev[1]!, [...range(0, 3600, 1), ...range(7200, 3 * 3600, 1)], () => 300),
    ];
    const r = one(records);
    const series = r.powerSeries!;
    expect(series.stepS).toBe(60);
    expect(series.powerW.length).toBeLessThanOrEqual(240);
    const total = r.devices.reduce((s, d) => s + d.energyJ, 0);
    const sum = series.powerW.reduce<number>((s, w) => s + (w ?? 0), 0) * series.stepS;
    expect(sum / total).toBeCloseTo(1, 9);
    expect(series.start).toBe(new Date(T0).toISOString());
    expect(series.powerW.every((w) => w !== null)).toBe(true);
  });

  it('has null where no device had data', () => {
    const r = one(power(gpu(), [...range(0, 600), ...range(3000, 3600)], () => 100));
    const series = r.powerSeries!;
    expect(series.stepS).toBe(30);
    expect(series.powerW[0]).toBe(100);
    expect(series.powerW.filter((w) => w === null).length).toBeGreaterThan(70);
    expect(series.powerW.reduce<number>((s, w) => s + (w ?? 0), 0) * 30).toBeCloseTo(r.devices[0]!.energyJ, 6);
  });

  it('stays bounded for a two-week log at 1 s', () => {
    const dev = gpu();
    const acc = new EnergyAccumulator();
    const batch: TelemetryRecord[] = [];
    const n = 14 * 86_400;
    for (let s = 0; s <= n; s++) {
      batch.push({ type: 'power', timeMs: T0 + s * 1000, device: dev, powerW: 250 });
      if (batch.length === 8192 || s === n) acc.addBatch(batch.splice(0), { plugin: 'test' });
    }
    const r = acc.finish();
    expect(r.devices[0]!.energyJ).toBe(250 * n);
    expect(r.powerSeries!.stepS).toBe(3 * 3600);
    expect(r.powerSeries!.powerW.length).toBeLessThanOrEqual(240);
    expect(r.powerSeries!.powerW.slice(0, -1).every((w) => w === 250)).toBe(true);
  });

  it('can be turned off', () => {
    expect(one(power(gpu(), [0, 1], [1, 1]), { powerSeries: false }).powerSeries).toBeUndefined();
  });
});
