import { describe, expect, it } from 'vitest';
import { EnergyAccumulator, MAX_LISTED_GAPS, type DeviceEnergy, type EnergyOutcome } from '../index.js';
import { integrateReference } from './reference.js';
import type { TelemetryRecord } from '../../sdk/records.js';
import { generate, rng, type Generated } from './generate.js';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

/** Feeds the files in the given order, cut into batches of random sizes, streams interleaved batch by batch. */
function accumulate(g: Generated, order: number[], seed: number): EnergyOutcome {
  const r = rng(seed);
  const acc = new EnergyAccumulator(g.options);
  const cursors = order.map(() => 0);
  let open = order.length;
  while (open > 0) {
    const k = Math.floor(r() * order.length);
    const { file, records } = g.files[order[k]!]!;
    if (cursors[k]! >= records.length) continue;
    const size = 1 + Math.floor(r() * 50);
    const batch = records.slice(cursors[k]!, cursors[k]! + size);
    cursors[k]! += batch.length;
    if (batch.length === 1 && r() < 0.5) acc.add(batch[0]!, { plugin: 'gen', file });
    else acc.addBatch(batch, { plugin: 'gen', file });
    if (cursors[k]! >= records.length) open -= 1;
  }
  return acc.finish();
}

function relClose(a: number, b: number, rel = 1e-9): boolean {
  return a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

function countsBy(warnings: { code: string; count?: number }[], codes: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const w of warnings) if (codes.includes(w.code)) out[w.code] = (out[w.code] ?? 0) + (w.count ?? 1);
  return out;
}

const DROP_CODES = [
  'invalid-value',
  'negative-power',
  'implausible-power',
  'time-backwards',
  'duplicate-sample',
  'negative-counter',
  'negative-energy',
  'invalid-interval',
  'invalid-utilization',
  'counter-reset',
  'energy-overlap',
];

function compareDevice(fast: DeviceEnergy, slow: DeviceEnergy, context: string): void {
  const where = `${context} device ${fast.device.id}`;
  expect(fast.method, where).toBe(slow.method);
  expect(fast.samples, where).toBe(slow.samples);
  expect([fast.startMs, fast.endMs], where).toEqual([slow.startMs, slow.endMs]);
  // The accumulator counts each interval in whole microjoules (exact-sum.ts): at most 0.5 µJ off per interval.
  const bound = 0.5e-6 * Math.max(1, slow.samples) + 1e-9 * Math.abs(slow.energyJ);
  expect(Math.abs(fast.energyJ - slow.energyJ), `${where}: ${fast.energyJ} J vs ${slow.energyJ} J`).toBeLessThanOrEqual(bound);
  expect(Math.abs(fast.energyJ - slow.energyJ), where).toBeLessThan(1e-3);
  expect(relClose(fast.coverage, slow.coverage, 1e-12), `${where}: coverage ${fast.coverage} vs ${slow.coverage}`).toBe(true);
  expect(fast.gaps, where).toEqual(slow.gaps.slice(0, MAX_LISTED_GAPS));
  expect(fast.gapCount, where).toBe(slow.gapCount);
  expect(fast.files, where).toEqual(slow.files);
  expect(fast.maxGapS, where).toBe(slow.maxGapS);
  expect(fast.peakPowerW, where).toBe(slow.peakPowerW);
  if (slow.meanUtilization === undefined) expect(fast.meanUtilization, where).toBeUndefined();
  else expect(relClose(fast.meanUtilization!, slow.meanUtilization, 1e-12), where).toBe(true);
}

describe('EnergyAccumulator against integrateReference on generated streams', () => {
  it.each(SEEDS)('seed %i: same devices, energy to 0.5 µJ an interval, same coverage, gaps and warning counts', (seed) => {
    const g = generate(seed);
    const all: TelemetryRecord[] = g.files.flatMap((f) => f.records);
    const fast = accumulate(g, g.files.map((_, i) => i), seed);
    const slow = integrateReference(all, g.options);
    expect(fast.devices.map((d) => d.device.id)).toEqual(slow.devices.map((d) => d.device.id));
    fast.devices.forEach((d, i) => compareDevice(d, slow.devices[i]!, `seed ${seed}`));
    expect(countsBy(fast.warnings, DROP_CODES)).toEqual(countsBy(slow.warnings, DROP_CODES));
    const fastGaps = fast.warnings.filter((w) => w.code === 'gaps').map((w) => [w.deviceId, w.count]);
    const slowGaps = slow.warnings.filter((w) => w.code === 'gaps').map((w) => [w.deviceId, w.count]);
    expect(fastGaps).toEqual(slowGaps);
    for (const d of fast.devices) {
      const slowDup = slow.warnings.some((w) => w.code === `duplicate-device:${d.method}` && w.deviceId === d.device.id);
      const fastDup = fast.warnings.some((w) => w.code === 'duplicate-device' && w.deviceId === d.device.id);
      expect(fastDup, `seed ${seed} duplicate-device ${d.device.id}`).toBe(slowDup);
    }
  });

  it.each(SEEDS.slice(0, 100))('seed %i: the result does not depend on the order of files or batches', (seed) => {
    const g = generate(seed);
    const forward = accumulate(g, g.files.map((_, i) => i), seed);
    const backward = accumulate(g, g.files.map((_, i) => g.files.length - 1 - i), seed + 1000);
    expect(backward).toEqual(forward);
  });

  it.each(SEEDS.slice(0, 100))('seed %i: the power series sums back to the total energy', (seed) => {
    const g = generate(seed);
    const r = accumulate(g, g.files.map((_, i) => i), seed);
    const total = r.devices.reduce((s, d) => s + d.energyJ, 0);
    if (r.devices.length === 0) return expect(r.powerSeries).toBeUndefined();
    const series = r.powerSeries!;
    expect(series.powerW.length).toBeLessThanOrEqual(240);
    expect(series.powerW.length).toBeGreaterThan(0);
    const sum = series.powerW.reduce<number>((s, w) => s + (w ?? 0), 0) * series.stepS;
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
    expect(series.powerW.every((w) => w === null || w >= 0)).toBe(true);
  });

  it('agrees to the last joule on a large stream with gaps, resets and bad samples', () => {
    const g = generate(424242, 400);
    const all = g.files.flatMap((f) => f.records);
    expect(all.length).toBeGreaterThan(100_000);
    const fast = accumulate(g, g.files.map((_, i) => i), 7);
    const slow = integrateReference(all, g.options);
    expect(fast.devices.length).toBe(slow.devices.length);
    fast.devices.forEach((d, i) => {
      compareDevice(d, slow.devices[i]!, 'large');
      expect(Math.abs(d.energyJ - slow.devices[i]!.energyJ)).toBeLessThan(0.001);
    });
  });
});
