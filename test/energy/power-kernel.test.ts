// The power-rows kernel (WebAssembly) adds the common rows of `power-columns` records held in typed
// arrays; columns in plain arrays are added one row at a time in TypeScript. Both must give the same
// state to the last bit: every sum, count, peak, gap, drop and power-series bucket.
import { describe, expect, it } from 'vitest';
import { prng } from '../../scripts/make-example.mjs';
import { EnergyAccumulator, type EnergyOptions } from '../../src/energy/index.js';
import { SERIES_CAPACITY } from '../../src/energy/buckets.js';
import type { DeviceRef, PowerColumnsRecord } from '../../src/telemetry/records.js';

const T0 = Date.UTC(2024, 5, 3, 9);

interface Columns {
  devices: DeviceRef[];
  deviceIndex: number[];
  timeMs: number[];
  powerW: number[];
  utilization: number[] | undefined;
}

/**
 * Interleaved readings with what sends rows off the kernel's path: each device's first rows and its
 * calibration, repeats, steps back, gaps short and long, bad and implausible power, bad utilisations,
 * fractional milliseconds, intervals too large for the kernel's sums, two refs of one device, a ref
 * with no id, and (with `sparse`) samples far apart, so that the power series coarsens many times.
 */
function readings(seed: number, rows: number, sparse: boolean): Columns {
  const random = prng(seed);
  const devices: DeviceRef[] = [{ id: 'GPU-0', model: 'NVIDIA A100-SXM4-80GB' }, { id: 'GPU-1' }, { id: 'GPU-2', model: 'NVIDIA H100 80GB HBM3' }];
  devices.push({ id: 'GPU-1' }, { id: '' });
  const last = devices.map(() => T0 + Math.floor(random() * 5000));
  const withUtilization = random() < 0.7;
  const out: Columns = { devices, deviceIndex: [], timeMs: [], powerW: [], utilization: withUtilization ? [] : undefined };
  const period = sparse ? 60_000 : 1000;
  for (let i = 0; i < rows; i++) {
    const r = random();
    const device = r < 0.01 ? 4 : r < 0.1 ? 3 : Math.floor(random() * 3);
    const s = random();
    const step =
      s < 0.005 ? 0 : s < 0.01 ? -700 : s < 0.013 ? 45_000 : s < 0.015 ? 4 * 3_600_000 : s < 0.02 ? period + 0.25 : s < 0.025 ? 200 : period + Math.floor(random() * 40);
    last[device]! += step;
    const p = random();
    const powerW =
      p < 0.005 ? -3 : p < 0.01 ? 1e6 : p < 0.012 ? Number.NaN : p < 0.014 ? Number.POSITIVE_INFINITY : p < 0.02 ? 0 : p < 0.2 ? 61.25 : Math.round(random() * 45_000) / 100;
    const u = random();
    out.deviceIndex.push(device);
    out.timeMs.push(last[device]!);
    out.powerW.push(powerW);
    out.utilization?.push(u < 0.2 ? Number.NaN : u < 0.22 ? 1.5 : u < 0.23 ? -0.25 : Math.round(random() * 100) / 100);
  }
  return out;
}

/** The columns cut into records of random sizes (some larger than a load of the kernel), in typed or plain arrays. */
function records(columns: Columns, seed: number, typed: boolean): PowerColumnsRecord[] {
  const random = prng(seed);
  const out: PowerColumnsRecord[] = [];
  for (let from = 0; from < columns.timeMs.length; ) {
    const size = random() < 0.1 ? 9000 + Math.floor(random() * 9000) : 1 + Math.floor(random() * 3000);
    const to = Math.min(columns.timeMs.length, from + size);
    const slice = (column: number[], make: (values: number[]) => ArrayLike<number>) => make(column.slice(from, to));
    const floats = (values: number[]) => (typed ? Float64Array.from(values) : values);
    const record: PowerColumnsRecord = {
      type: 'power-columns',
      devices: columns.devices,
      deviceIndex: slice(columns.deviceIndex, (values) => (typed ? Uint32Array.from(values) : values)),
      timeMs: slice(columns.timeMs, floats),
      powerW: slice(columns.powerW, floats),
    };
    if (columns.utilization) record.utilization = slice(columns.utilization, floats);
    out.push(record);
    from = to;
  }
  return out;
}

function reduce(batches: PowerColumnsRecord[], options: Partial<EnergyOptions>) {
  const accumulator = new EnergyAccumulator(options);
  for (const record of batches) accumulator.addBatch([record], { plugin: 'test', file: 'gpu.csv' });
  return { state: accumulator.exportState(), outcome: accumulator.finish() };
}

describe('power-columns in typed arrays (the power-rows kernel)', () => {
  const cases: [string, Partial<EnergyOptions>, boolean][] = [
    ['auto maximum gap, power series', { maxGapS: 'auto' }, false],
    ['fixed 30 s maximum gap, power series', { maxGapS: 30 }, false],
    ['no power series', { maxGapS: 'auto', powerSeries: false }, false],
    ['a maximum gap of 2 h (intervals beyond the kernel sums)', { maxGapS: 7200 }, false],
    ['samples a minute apart (the series coarsens)', { maxGapS: 'auto' }, true],
  ];
  for (const [name, options, sparse] of cases) {
    it(`gives the state and result of the row-by-row path, to the bit: ${name}`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const columns = readings(seed, 40_000, sparse);
        const typed = reduce(records(columns, seed + 100, true), options);
        const plain = reduce(records(columns, seed + 100, false), options);
        expect(typed.state).toStrictEqual(plain.state);
        expect(typed.outcome).toStrictEqual(plain.outcome);
        expect(plain.outcome.devices.length).toBeGreaterThan(0);
      }
    });
  }

  it('follows a devices array that the plugin changes in place between records', () => {
    const run = (typed: boolean) => {
      const devices: DeviceRef[] = [{ id: 'GPU-0' }, { id: 'GPU-1' }];
      const accumulator = new EnergyAccumulator({ maxGapS: 30 });
      for (let r = 0; r < 4; r++) {
        if (r === 2) devices[0] = { id: 'GPU-9' };
        const rows = Array.from({ length: 200 }, (_, i) => i);
        const floats = (values: number[]) => (typed ? Float64Array.from(values) : values);
        const record: PowerColumnsRecord = {
          type: 'power-columns',
          devices,
          deviceIndex: typed ? Uint32Array.from(rows, (i) => i % 2) : rows.map((i) => i % 2),
          timeMs: floats(rows.map((i) => T0 + (r * 100 + Math.floor(i / 2)) * 1000)),
          powerW: floats(rows.map((i) => 100 + (i % 7))),
        };
        accumulator.addBatch([record], { plugin: 'test', file: 'gpu.csv' });
      }
      return accumulator.finish();
    };
    const typed = run(true);
    expect(typed).toStrictEqual(run(false));
    expect(typed.devices.map((d) => [d.device.id, d.samples])).toEqual([
      ['GPU-0', 200],
      ['GPU-1', 400],
      ['GPU-9', 200],
    ]);
  });

  it('covers what it is meant to: drops, gaps, an invalid device and a coarsened series', () => {
    const columns = readings(3, 40_000, true);
    const { state, outcome } = reduce(records(columns, 7, true), { maxGapS: 'auto' });
    const codes = new Set(outcome.warnings.map((w) => w.code));
    expect(codes).toContain('invalid-record');
    expect(outcome.devices.some((d) => d.gaps.length > 0)).toBe(true);
    const series = state.streams.flatMap((s) => s.tracks).map((t) => t.data.series as { level: number; count: number });
    expect(series.some((s) => s.level >= 3)).toBe(true);
    expect(series.every((s) => s.count <= SERIES_CAPACITY)).toBe(true);
  });
});
