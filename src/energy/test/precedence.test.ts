import { describe, expect, it } from 'vitest';
import type { TelemetryRecord } from '../../sdk/records.js';
import { T0, gpu, power, counter, range, one, warning } from './helpers.js';

describe('precedence of evidence', () => {
  it('counter > power > reported > estimate, the others named in a warning', () => {
    const dev = gpu();
    const records: TelemetryRecord[] = [
      ...counter(dev, [0, 10], [0, 1234], 'x.csv'),
      ...power(dev, [0, 10], [100, 100], 'x.csv'),
      { type: 'energy', startMs: T0, endMs: T0 + 10_000, device: dev, energyJ: 999 },
      { type: 'usage', startMs: T0, endMs: T0 + 10_000, device: dev, powerW: 400 },
    ];
    const r = one(records, {}, 'x.csv');
    expect(r.devices[0]).toMatchObject({ method: 'counter', energyJ: 1234 });
    const w = warning(r, 'evidence-ignored')!;
    expect(w.message).toMatch(/power samples \(1000 J/);
    expect(w.message).toMatch(/reported energy \(999 J/);
    expect(w.message).toMatch(/estimate \(4000 J/);

    const noCounter = one(records.filter((x) => x.type !== 'energy-counter'), {}, 'x.csv');
    expect(noCounter.devices[0]).toMatchObject({ method: 'power-integral', energyJ: 1000 });
    const onlyLow = one(records.filter((x) => x.type === 'energy' || x.type === 'usage'), {}, 'x.csv');
    expect(onlyLow.devices[0]).toMatchObject({ method: 'reported', energyJ: 999 });
  });

  it('prefers a lesser kind that covers clearly more time (the better one under 95% of it)', () => {
    const dev = gpu();
    const records = [...counter(dev, range(0, 60, 10), range(0, 60, 10).map((s) => s * 100)), ...power(dev, range(0, 600, 10), () => 100)];
    const r = one(records);
    expect(r.devices[0]).toMatchObject({ method: 'power-integral', energyJ: 60_000, coverage: 1 });
    // The counter agrees with the power samples where both ran (100 W): nothing to warn about.
    expect(warning(r, 'evidence-ignored')).toBeUndefined();
    // A counter that tells another story (200 W where the samples say 100 W) is named.
    const disagree = one([...counter(dev, range(0, 60, 10), range(0, 60, 10).map((s) => s * 200)), ...power(dev, range(0, 600, 10), () => 100)]);
    expect(warning(disagree, 'evidence-ignored')!.message).toMatch(/energy counter \(12000 J, coverage 10%\)/);
    const close = one([...counter(dev, range(0, 580, 10), range(0, 580, 10).map((s) => s * 100)), ...power(dev, range(0, 600, 10), () => 100)]);
    expect(close.devices[0]).toMatchObject({ method: 'counter', energyJ: 58_000 });
    // The power samples saw 20 s that the counter did not: that time lowers coverage.
    expect(close.devices[0]!.coverage).toBeCloseTo(580 / 600, 12);
    expect(close.devices[0]!.gaps).toEqual([{ startMs: T0 + 580_000, endMs: T0 + 600_000 }]);
  });

  it('never prefers an estimate to a usable measurement, whatever its coverage', () => {
    const dev = gpu();
    const usage: TelemetryRecord = { type: 'usage', startMs: T0, endMs: T0 + 1000_000, device: dev, powerW: 300 };
    const r = one([usage, ...power(dev, range(0, 100), () => 100)]);
    expect(r.devices[0]).toMatchObject({ method: 'power-integral', energyJ: 10_000, coverage: 0.1 });
  });

  it('falls back to the next kind when the better one has no usable interval', () => {
    const dev = gpu();
    const r = one([...counter(dev, [0], [5]), ...power(dev, [0, 10], [100, 100])]);
    expect(r.devices[0]).toMatchObject({ method: 'power-integral', energyJ: 1000 });
  });
});
