import { describe, expect, it } from 'vitest';
import { T0, gpu, power, counter, range, run, one, codes, warning } from './helpers.js';

describe('several files', () => {
  const dev = gpu('GPU-abc');
  it('counts a device seen in overlapping files once, whatever the order of the files', () => {
    const a = { file: 'rank0.csv', records: power(dev, range(0, 100), () => 200, 'rank0.csv') };
    const b = { file: 'rank1.csv', records: power(dev, range(0, 100, 2), () => 200, 'rank1.csv') };
    const ab = run([a, b]);
    const ba = run([b, a]);
    expect(ab).toEqual(ba);
    expect(ab.devices[0]).toMatchObject({ energyJ: 20_000, files: ['rank0.csv'] });
    const w = warning(ab, 'duplicate-device')!;
    expect(w.message).toMatch(/seen in 2 files .*counted once/);
    expect(w.message).toMatch(/used rank0\.csv, ignored rank1\.csv/);
  });

  it('counts the time that only an ignored duplicate saw as a gap, lowering coverage', () => {
    const a = { file: 'a.csv', records: power(dev, range(0, 100), () => 100, 'a.csv') };
    const b = { file: 'b.csv', records: power(dev, range(50, 150), () => 100, 'b.csv') };
    const r = run([b, a]);
    expect(r).toEqual(run([a, b]));
    expect(r.devices[0]).toMatchObject({ energyJ: 10_000, files: ['a.csv'], startMs: T0, endMs: T0 + 150_000 });
    expect(r.devices[0]!.coverage).toBeCloseTo(100 / 150, 12);
    expect(r.devices[0]!.gaps).toEqual([{ startMs: T0 + 100_000, endMs: T0 + 150_000 }]);
  });

  it('keeps the file with the better coverage', () => {
    const a = { file: 'a.csv', records: power(dev, [...range(0, 40), ...range(100, 120)], () => 100, 'a.csv') };
    const b = { file: 'b.csv', records: power(dev, range(0, 120), () => 100, 'b.csv') };
    expect(run([a, b]).devices[0]!.files).toEqual(['b.csv']);
    expect(run([b, a]).devices[0]!.files).toEqual(['b.csv']);
  });

  it('joins rotated logs in time order, bridging the seam within the max gap, whatever the order', () => {
    const whole = one(power(dev, range(0, 200), (s) => 100 + s));
    const parts = [
      { file: 'log.1', records: power(dev, range(101, 200), (s) => 100 + s, 'log.1') },
      { file: 'log.0', records: power(dev, range(0, 100), (s) => 100 + s, 'log.0') },
    ];
    const joined = run(parts);
    expect(run([...parts].reverse())).toEqual(joined);
    expect(joined.devices[0]!.energyJ).toBeCloseTo(whole.devices[0]!.energyJ, 9);
    expect(joined.devices[0]).toMatchObject({ coverage: 1, samples: 201, files: ['log.0', 'log.1'] });
    expect(codes(joined)).not.toContain('duplicate-device');
  });

  it('does not bridge the seam between rotated logs beyond the max gap', () => {
    const parts = [
      { file: 'log.0', records: power(dev, range(0, 100), () => 100, 'log.0') },
      { file: 'log.1', records: power(dev, range(200, 300), () => 100, 'log.1') },
    ];
    const d = run(parts).devices[0]!;
    expect(d.energyJ).toBe(20_000);
    expect(d.gaps).toEqual([{ startMs: T0 + 100_000, endMs: T0 + 200_000 }]);
  });

  it('handles a counter reset across rotated files', () => {
    const parts = [
      { file: 'c.0', records: counter(dev, [0, 10], [5000, 6000], 'c.0') },
      { file: 'c.1', records: counter(dev, [20, 30], [100, 1100], 'c.1') },
    ];
    const r = run(parts);
    expect(r.devices[0]!.energyJ).toBe(1000 + 100 + 1000);
    expect(warning(r, 'counter-reset')).toMatchObject({ count: 1 });
  });
});
