import { describe, expect, it } from 'vitest';
import type { DeviceRef, EnergyRecord, TelemetryRecord } from '../../sdk/records.js';
import { integrateReference } from './reference.js';
import { T0, counter, gpu, one, power, range, run, warning } from './helpers.js';

/** Counter differences a server computed (`energy` records with `basis: 'counter'`), `[from, to]` s each. */
function counted(device: DeviceRef, spans: [number, number, number][]): EnergyRecord[] {
  return spans.map(([from, to, energyJ]) => ({ type: 'energy', basis: 'counter', startMs: T0 + from * 1000, endMs: T0 + to * 1000, device, energyJ }));
}

describe("energy records with basis 'counter'", () => {
  it('count as counter evidence: above power samples, with their union as coverage and a chart', () => {
    const dev = gpu();
    const records: TelemetryRecord[] = [...counted(dev, [[0, 600, 60_000], [600, 1200, 120_000]]), ...power(dev, range(0, 1200, 10), () => 140)];
    const r = one(records, { powerSeries: true });
    expect(r.devices[0]).toMatchObject({ method: 'counter', energyJ: 180_000, coverage: 1, samples: 2 });
    // 150 W mean against 140 W in the samples: more than 5 % apart, so the other evidence is named.
    expect(warning(r, 'evidence-ignored')!.message).toMatch(/energy from the energy counter \(180000 J/);
    const chart = r.powerSeries!.powerW.filter((w): w is number => w !== null);
    expect(Math.min(...chart)).toBeCloseTo(100, 6);
    expect(Math.max(...chart)).toBeCloseTo(200, 6);
    // Plain reported energy stays below power samples.
    const reported = one([...records.map((x) => (x.type === 'energy' ? { ...x, basis: undefined } : x))]);
    expect(reported.devices[0]!.method).toBe('power-integral');
  });

  it('leave a hole between records uncovered, as the reference does, and never warn of a single counter reading', () => {
    const dev = gpu();
    const records = counted(dev, [[0, 600, 60_000], [900, 1200, 30_000]]);
    const r = one(records);
    const expected = integrateReference(records.map((x) => ({ ...x, origin: { file: 'a.csv' } })));
    expect(r.devices[0]).toMatchObject({ method: 'counter', energyJ: expected.devices[0]!.energyJ, coverage: expected.devices[0]!.coverage, gapCount: 1 });
    expect(r.devices[0]!.coverage).toBeCloseTo(900 / 1200, 12);
    expect(warning(one(counted(dev, [[0, 600, 60_000]])), 'single-sample')).toBeUndefined();
  });

  it('join a file of counter readings that follows them: the time between is a gap, nothing is integrated across', () => {
    const dev = gpu();
    const r = run([
      { file: 'server', records: counted(dev, [[0, 600, 60_000]]) },
      { file: 'later.csv', records: counter(dev, [700, 800], [5_000_000, 5_010_000]) },
    ]);
    expect(r.devices[0]).toMatchObject({ method: 'counter', energyJ: 70_000, gapCount: 1 });
    expect(r.devices[0]!.gaps[0]).toEqual({ startMs: T0 + 600_000, endMs: T0 + 700_000 });
    const before = run([
      { file: 'earlier.csv', records: counter(dev, [0, 100], [5_000_000, 5_010_000]) },
      { file: 'server', records: counted(dev, [[200, 800, 60_000]]) },
    ]);
    expect(before.devices[0]).toMatchObject({ method: 'counter', energyJ: 70_000, gapCount: 1 });
  });
});
