import { describe, expect, it } from 'vitest';
import { EnergyAccumulator, partsJoinUp } from '../../src/energy/index.js';
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

  it('gives the same result when the streams are split over accumulators (workers)', () => {
    const devs = [gpu('g0'), gpu('g1')];
    const files = ['f0', 'f1', 'f2'].map((file, k) => ({
      file,
      records: devs.flatMap((d) => power(d, range(k * 100, k * 100 + 90), (s) => 50 + (s % 7), file)),
    }));
    const single = run(files);
    const w1 = new EnergyAccumulator();
    w1.addBatch(files[0]!.records, { plugin: 'test', file: 'f0' });
    const w2 = new EnergyAccumulator();
    w2.addBatch(files[2]!.records, { plugin: 'test', file: 'f2' });
    const main = new EnergyAccumulator();
    main.addBatch(files[1]!.records, { plugin: 'test', file: 'f1' });
    main.importState(structuredClone(w2.exportState()));
    main.importState(structuredClone(w1.exportState()));
    expect(main.finish()).toEqual(single);
  });

  it('does not share a state with the tracks made from it: a state looked at before it is imported counts once', () => {
    // Few samples: the tracks are still calibrating their maximum gap when the state is exported.
    const records = [...power(dev, range(0, 20, 2), () => 300, 'p.0'), ...counter(dev, range(0, 20, 2), range(0, 20, 2).map((s) => s * 1000), 'p.0')];
    const reader = new EnergyAccumulator();
    reader.addBatch(records, { plugin: 'test', file: 'p.0' });
    const state = reader.exportState();
    expect(partsJoinUp([state])).toBe(true);
    const main = new EnergyAccumulator();
    main.importState(state);
    expect(main.finish()).toEqual(run([{ file: 'p.0', records }]));
  });
});
