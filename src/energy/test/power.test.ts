import { describe, expect, it } from 'vitest';
import { isInputError } from '../../shared/errors.js';
import type { TelemetryRecord } from '../../sdk/records.js';
import { EnergyAccumulator } from '../index.js';
import { T0, gpu, power, range, one, codes, warning } from './helpers.js';

describe('power integration', () => {
  it('constant 300 W for 100 h at 1 s gives 1.08e8 J with full coverage', () => {
    const r = one(power(gpu(), range(0, 360_000), () => 300));
    expect(r.devices).toHaveLength(1);
    const d = r.devices[0]!;
    expect(d.energyJ).toBe(1.08e8);
    expect(d.coverage).toBe(1);
    expect(d.method).toBe('power-integral');
    expect(d.samples).toBe(360_001);
    expect(d.gaps).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(d.endMs - d.startMs).toBe(360_000_000);
  });

  it('a linear ramp is integrated exactly by trapezoids, whatever the sampling', () => {
    // 0 -> 1000 W over 1000 s: 500 kJ.
    for (const step of [1, 7, 10, 25]) {
      const seconds = range(0, 1000, step);
      const r = one(power(gpu(), seconds, (s) => s));
      const last = seconds[seconds.length - 1]!;
      expect(r.devices[0]!.energyJ).toBeCloseTo((last * last) / 2, 6);
    }
  });

  it('two samples make one trapezoid', () => {
    const r = one(power(gpu(), [0, 10], [100, 300]), { maxGapS: 60 });
    expect(r.devices[0]!.energyJ).toBe(2000);
    expect(r.devices[0]!.coverage).toBe(1);
    expect(r.devices[0]!.peakPowerW).toBe(300);
  });

  it('records the mean utilisation and the peak power', () => {
    const records = power(gpu(), [0, 1, 2, 3], [100, 400, 200, 100]).map((r, i) => ({ ...r, utilization: [0.5, 1, 0.5, 1][i] }));
    const d = one(records as TelemetryRecord[]).devices[0]!;
    expect(d.meanUtilization).toBe(0.75);
    expect(d.peakPowerW).toBe(400);
  });
});

describe('gaps and coverage', () => {
  it('does not bridge an interval longer than the adaptive maximum gap (30 s floor for 1 s logs)', () => {
    const seconds = [...range(0, 60), ...range(200, 260)];
    const r = one(power(gpu(), seconds, () => 100));
    const d = r.devices[0]!;
    expect(d.maxGapS).toBe(30);
    expect(d.energyJ).toBe(120 * 100);
    expect(d.coverage).toBeCloseTo(120 / 260, 12);
    expect(d.gaps).toEqual([{ startMs: T0 + 60_000, endMs: T0 + 200_000 }]);
    expect(d.gapCount).toBe(1);
    expect(d.gapS).toBe(140);
    const w = warning(r, 'gaps')!;
    expect(w.deviceId).toBe('GPU-0');
    expect(w.message).toMatch(/46\.2%/);
  });

  it('adapts to the logger: 30 s samples tolerate 150 s, not more', () => {
    const seconds = [...range(0, 30 * 70, 30), 30 * 70 + 150, 30 * 70 + 150 + 151];
    const d = one(power(gpu(), seconds, () => 100)).devices[0]!;
    expect(d.maxGapS).toBe(150);
    expect(d.gaps).toHaveLength(1);
    expect(d.gaps[0]!.endMs - d.gaps[0]!.startMs).toBe(151_000);
  });

  it('uses an explicit maximum gap as given: 5 s bridged, 6 s not', () => {
    const d = one(power(gpu(), [0, 5, 11], [10, 10, 10]), { maxGapS: 5 }).devices[0]!;
    expect(d.energyJ).toBe(50);
    expect(d.coverage).toBeCloseTo(5 / 11, 12);
    expect(d.maxGapS).toBe(5);
  });

  it('a single sample gives energy 0, coverage 0 and a warning', () => {
    const r = one(power(gpu(), [0], [300]));
    expect(r.devices[0]).toMatchObject({ energyJ: 0, coverage: 0, samples: 1 });
    expect(codes(r)).toContain('single-sample');
  });

  it('refuses a maximum gap that is not a positive number', () => {
    for (const maxGapS of [0, -5, Number.NaN, Infinity]) {
      let caught: unknown;
      try {
        new EnergyAccumulator({ maxGapS });
      } catch (error) {
        caught = error;
      }
      expect(isInputError(caught)).toBe(true);
    }
  });
});

describe('validation of power samples', () => {
  it('drops negative power with a counted warning; neighbours bridge it', () => {
    const r = one(power(gpu(), [0, 1, 2, 3], [100, -5, 100, 100]));
    expect(r.devices[0]!.energyJ).toBe(300);
    expect(r.devices[0]!.samples).toBe(3);
    expect(r.devices[0]!.coverage).toBe(1);
    const w = warning(r, 'negative-power')!;
    expect(w).toMatchObject({ count: 1, file: 'a.csv', line: 3, deviceId: 'GPU-0' });
    expect(w.message).toMatch(/coverage unchanged/);
  });

  it('drops absurd power above 3000 W by default, or above 2x board power when the model is known', () => {
    const r = one(power(gpu(), [0, 1, 2], [100, 5000, 100]));
    expect(r.devices[0]!.energyJ).toBe(200);
    expect(warning(r, 'implausible-power')).toMatchObject({ count: 1, line: 3 });

    const a100 = gpu('GPU-1', 'A100');
    const known = one(power(a100, [0, 1, 2], [100, 900, 100]), { boardPowerW: (m: string | undefined) => (m === 'A100' ? 400 : undefined) });
    expect(known.devices[0]!.energyJ).toBe(200);
    expect(warning(known, 'implausible-power')!.message).toMatch(/800 W/);

    const explicit = one(power(a100, [0, 1, 2], [100, 900, 100]), { maxPlausiblePowerW: 1000, boardPowerW: () => 400 });
    expect(explicit.devices[0]!.energyJ).toBe(1000);
  });

  it('drops NaN and Infinity in power or time', () => {
    const records = power(gpu(), [0, 1, 2, 3, 4], [100, Number.NaN, Infinity, 100, 100]);
    (records[3] as { timeMs: number }).timeMs = Number.NaN;
    const r = one(records);
    expect(r.devices[0]!.samples).toBe(2);
    expect(r.devices[0]!.energyJ).toBe(400);
    expect(warning(r, 'invalid-value')).toMatchObject({ count: 3 });
  });

  it('keeps the first of duplicate timestamps', () => {
    const r = one(power(gpu(), [0, 1, 1, 1, 2], [100, 200, 900, 900, 200]));
    expect(r.devices[0]!.energyJ).toBe(150 + 200);
    expect(warning(r, 'duplicate-sample')).toMatchObject({ count: 2, line: 4 });
    expect(warning(r, 'conflicting-duplicates')).toMatchObject({ count: 2, deviceId: 'GPU-0' });
    expect(codes(one(power(gpu(), [0, 1, 1], [100, 200, 200])))).not.toContain('conflicting-duplicates');
  });

  it('drops samples whose time goes backwards, naming the first one', () => {
    const r = one(power(gpu(), [0, 1, 2, 1.5, 0.5, 3], [100, 100, 100, 100, 100, 100]));
    expect(r.devices[0]!.samples).toBe(4);
    expect(r.devices[0]!.energyJ).toBe(300);
    const w = warning(r, 'time-backwards')!;
    expect(w).toMatchObject({ count: 2, file: 'a.csv', line: 5 });
    expect(w.message).toMatch(/a\.csv \(first at line 5\)/);
  });

  it('says how much coverage the dropped samples cost when their neighbours are too far apart', () => {
    const seconds = range(0, 100);
    const r = one(power(gpu(), seconds, (s) => (s > 10 && s < 60 ? -1 : 100)));
    const d = r.devices[0]!;
    expect(d.gaps).toEqual([{ startMs: T0 + 10_000, endMs: T0 + 60_000 }]);
    expect(warning(r, 'negative-power')!.message).toMatch(/50 s/);
  });

  it('ignores an out-of-range utilisation but keeps the sample', () => {
    const records = power(gpu(), [0, 1], [100, 100]).map((r) => ({ ...r, utilization: 3 }));
    const r = one(records as TelemetryRecord[]);
    expect(r.devices[0]!.energyJ).toBe(100);
    expect(r.devices[0]!.meanUtilization).toBeUndefined();
    expect(warning(r, 'invalid-utilization')!.message).toMatch(/unchanged/);
  });

  it('drops records without a device id and says so', () => {
    const bad = [{ type: 'power', timeMs: T0, device: { id: '' }, powerW: 1 }, { type: 'bogus', timeMs: T0, device: gpu(), powerW: 1 }] as unknown as TelemetryRecord[];
    const r = one([...bad, ...power(gpu(), [0, 1], [1, 1])]);
    expect(warning(r, 'invalid-record')).toMatchObject({ count: 2, file: 'a.csv' });
    expect(r.devices).toHaveLength(1);
  });

  it('reports a device whose every record was dropped, and leaves it out', () => {
    const r = one(power(gpu(), [0, 1], [-1, -2]));
    expect(r.devices).toEqual([]);
    expect(warning(r, 'no-valid-data')).toMatchObject({ deviceId: 'GPU-0', count: 2 });
  });
});
