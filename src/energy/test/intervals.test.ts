import { describe, expect, it } from 'vitest';
import type { TelemetryRecord } from '../../sdk/records.js';
import { T0, gpu, one, codes, warning } from './helpers.js';

describe('reported energy and estimates', () => {
  const dev = gpu('GPU-0', 'A100');
  const energy = (s0: number, s1: number, j: number, line = 2): TelemetryRecord => ({
    type: 'energy', startMs: T0 + s0 * 1000, endMs: T0 + s1 * 1000, device: dev, energyJ: j, origin: { file: 'e.csv', line },
  });

  it('sums reported energy; coverage is the union of the intervals', () => {
    const d = one([energy(0, 10, 1000), energy(10, 20, 2000), energy(50, 60, 500), energy(91, 100, 100)]).devices[0]!;
    expect(d).toMatchObject({ method: 'reported', energyJ: 3600, samples: 4 });
    expect(d.coverage).toBeCloseTo(39 / 100, 12);
    // 30 s uncovered is within the 30 s maximum gap: not listed; 31 s is.
    expect(d.gaps).toEqual([{ startMs: T0 + 60_000, endMs: T0 + 91_000 }]);
  });

  it('warns on overlapping reported intervals and still sums them', () => {
    const r = one([energy(0, 10, 1000), energy(5, 15, 1000)]);
    expect(r.devices[0]!.energyJ).toBe(2000);
    expect(r.devices[0]!.coverage).toBe(1);
    expect(warning(r, 'energy-overlap')).toMatchObject({ count: 1 });
  });

  it('drops negative, reversed and implausible intervals', () => {
    const r = one([energy(0, 10, -1), energy(10, 5, 1), energy(0, 1, 1e6), energy(0, 10, 100)]);
    expect(r.devices[0]!.energyJ).toBe(100);
    expect(codes(r)).toEqual(expect.arrayContaining(['negative-energy', 'invalid-interval', 'implausible-power']));
  });

  const usage = (extra: object): TelemetryRecord =>
    ({ type: 'usage', startMs: T0, endMs: T0 + 100 * 3600 * 1000, device: dev, ...extra }) as TelemetryRecord;

  it('estimates stated power x utilisation x time', () => {
    const d = one([usage({ powerW: 300, utilization: 0.5 })]).devices[0]!;
    expect(d).toMatchObject({ method: 'estimate', energyJ: 5.4e7, coverage: 1, meanUtilization: 0.5 });
  });

  it('uses the board power when none is stated, at full utilisation when none is given, and says so', () => {
    const r = one([usage({})], { boardPowerW: (m: string | undefined) => (m === 'A100' ? 300 : undefined) });
    expect(r.devices[0]!.energyJ).toBe(1.08e8);
    expect(codes(r)).toContain('utilization-assumed');
  });

  it('gives energy 0 and coverage 0 with an unknown-gpu warning when no power is known', () => {
    const r = one([usage({ utilization: 1 })]);
    expect(r.devices[0]).toMatchObject({ energyJ: 0, coverage: 0, method: 'estimate' });
    expect(warning(r, 'unknown-gpu')!.message).toMatch(/"A100"/);
  });
});
