// `power-columns` records are power readings in columns: the energy stage must reduce them exactly
// as it reduces the same readings one record each, drops, warnings and all.
import { describe, expect, it } from 'vitest';
import { EnergyAccumulator } from '../index.js';
import { prng } from '../../../scripts/make-example.mjs';
import { PowerColumnsBuilder, expandRecords } from '../../sdk/power-columns.js';
import type { DeviceRef, PluginRecord, PowerColumnsRecord, PowerRecord } from '../../sdk/records.js';
import { validateRecord, isValidRecord } from '../../sdk/testing/validate-record.js';

const T0 = Date.UTC(2024, 5, 3);
const devices: DeviceRef[] = [
  { id: 'GPU-a', model: 'NVIDIA A100-SXM4-80GB' },
  { id: 'GPU-b', model: 'NVIDIA H100 80GB HBM3' },
  { id: 'GPU-c' },
];

/** Readings of three interleaved GPUs with everything the energy stage drops: repeats, steps back, gaps, bad values and utilisations. */
function readings(seed: number, count: number): { device: number; timeMs: number; powerW: number; utilization: number }[] {
  const random = prng(seed);
  const last = [T0, T0, T0];
  const out = [];
  for (let i = 0; i < count; i++) {
    const device = Math.floor(random() * 3);
    const r = random();
    const step = r < 0.02 ? 0 : r < 0.04 ? -500 : r < 0.05 ? 120_000 : 1000 + Math.floor(random() * 10);
    last[device]! += step;
    const p = random();
    const powerW = p < 0.01 ? -5 : p < 0.02 ? 5000 : p < 0.025 ? Number.NaN : p < 0.03 ? Number.POSITIVE_INFINITY : Math.round(random() * 40_000) / 100;
    const u = random();
    const utilization = u < 0.3 ? Number.NaN : u < 0.33 ? 1.5 : Math.round(random() * 100) / 100;
    out.push({ device, timeMs: last[device]!, powerW, utilization });
  }
  return out;
}

function asRecords(rows: ReturnType<typeof readings>): PowerRecord[] {
  return rows.map(({ device, timeMs, powerW, utilization }) => {
    const record: PowerRecord = { type: 'power', timeMs, device: devices[device]!, powerW };
    if (!Number.isNaN(utilization)) record.utilization = utilization;
    return record;
  });
}

function asColumns(rows: ReturnType<typeof readings>, perRecord: number): PowerColumnsRecord[] {
  const builder = new PowerColumnsBuilder();
  const out: PowerColumnsRecord[] = [];
  for (const [i, row] of rows.entries()) {
    builder.add(row.device, row.timeMs, row.powerW, row.utilization);
    if ((i + 1) % perRecord === 0) out.push(builder.take(devices)!);
  }
  const rest = builder.take(devices);
  if (rest) out.push(rest);
  return out;
}

function reduce(batches: PluginRecord[][]) {
  const accumulator = new EnergyAccumulator({ maxGapS: 'auto' });
  for (const batch of batches) accumulator.addBatch(batch, { plugin: 'test', file: 'gpu.csv' });
  return { outcome: accumulator.finish() };
}

describe('power-columns records', () => {
  it('reduce to what the same readings give one record each: energy, coverage, gaps, drops and warnings', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rows = readings(seed, 3000);
      const one = reduce([asRecords(rows)]);
      // Columns of many sizes, one batch or several: the builder's slabs fill up and are replaced on the way.
      for (const perRecord of [1, 7, 500, 100_000]) {
        const columns = asColumns(rows, perRecord);
        expect(expandRecords(columns)).toEqual(asRecords(rows));
        const byColumns = reduce([columns.slice(0, 2), columns.slice(2)]);
        expect(byColumns.outcome, `seed ${seed}, ${perRecord} a record`).toEqual(one.outcome);
      }
    }
  });

  it('keep their rows after the builder moved on to new arrays', () => {
    const builder = new PowerColumnsBuilder();
    const taken: PowerColumnsRecord[] = [];
    for (let i = 0; i < 50_000; i++) {
      builder.add(i % 2, T0 + i * 1000, i % 700, i % 3 === 0 ? Number.NaN : 0.5);
      if (i % 997 === 0) taken.push(builder.take(devices.slice(0, 2))!);
    }
    taken.push(builder.take(devices.slice(0, 2))!);
    expect(builder.take(devices)).toBeUndefined();
    const rows = expandRecords(taken);
    expect(rows).toHaveLength(50_000);
    expect(rows.every((r, i) => r.type === 'power' && r.timeMs === T0 + i * 1000 && r.powerW === i % 700 && r.device === devices[i % 2])).toBe(true);
    expect(rows.filter((r) => r.type === 'power' && r.utilization === undefined)).toHaveLength(Math.ceil(50_000 / 3));
  });

  it('are arrays of their own, untouched by later rows', () => {
    const builder = new PowerColumnsBuilder();
    builder.add(0, T0, 100);
    const first = builder.take(devices)!;
    builder.add(0, T0 + 1000, 999);
    builder.take(devices);
    expect(first.powerW).toEqual([100]);
  });

  it('leave out the utilisation column when no row has one', () => {
    const builder = new PowerColumnsBuilder();
    builder.add(0, T0, 100);
    expect(builder.take(devices)!.utilization).toBeUndefined();
  });

  it('count rows that name no device, or a whole record that is no table, as invalid records', () => {
    const accumulator = new EnergyAccumulator({ maxGapS: 'auto' });
    const good: PowerColumnsRecord = { type: 'power-columns', devices: [devices[0]!], deviceIndex: [0, 0, 3, 0.5], timeMs: [T0, T0 + 1000, T0 + 2000, T0 + 3000], powerW: [100, 100, 100, 100] };
    const ragged = { type: 'power-columns', devices: [devices[0]!], deviceIndex: [0], timeMs: [T0, T0 + 1000], powerW: [1, 2] } as PowerColumnsRecord;
    const notArrays = { type: 'power-columns', devices: [devices[0]!], deviceIndex: 0, timeMs: T0, powerW: 100 } as unknown as PowerColumnsRecord;
    accumulator.addBatch([good, ragged, notArrays], { plugin: 'test', file: 'gpu.csv' });
    const outcome = accumulator.finish();
    expect(outcome.devices[0]).toMatchObject({ samples: 2, energyJ: 100 });
    expect(outcome.warnings.find((w) => w.code === 'invalid-record')).toMatchObject({ count: 4 });
  });
});

describe('validateRecord on power-columns', () => {
  const valid: PowerColumnsRecord = {
    type: 'power-columns',
    devices: [devices[0]!, devices[1]!],
    deviceIndex: Uint32Array.from([0, 1]),
    timeMs: Float64Array.from([T0, T0]),
    powerW: Float64Array.from([61.5, 70]),
    utilization: Float64Array.from([Number.NaN, 0.25]),
  };

  it('accepts typed arrays and plain arrays, NaN or null for no utilisation', () => {
    expect(validateRecord(valid)).toEqual([]);
    expect(isValidRecord(valid)).toBe(true);
    const plain = { ...valid, deviceIndex: [0, 1], timeMs: [T0, T0], powerW: [61.5, 70], utilization: [null, 0.25] };
    expect(validateRecord(plain)).toEqual([]);
  });

  it('names what is wrong: columns of other lengths, an index past the devices, a time that is not finite, a utilisation out of range', () => {
    expect(validateRecord({ ...valid, powerW: Float64Array.from([1]) })).toEqual(['powerW has 1 rows, timeMs 2']);
    expect(validateRecord({ ...valid, deviceIndex: Uint32Array.from([0, 2]) })).toEqual(['deviceIndex[1] is 2, not an index into devices (2)']);
    expect(validateRecord({ ...valid, timeMs: Float64Array.from([T0, Number.NaN]) })).toContain('timeMs[1] must be a finite number, got NaN');
    expect(validateRecord({ ...valid, utilization: Float64Array.from([0, 1.5]) })).toEqual(['utilization.1 must be <= 1']);
    expect(isValidRecord({ ...valid, deviceIndex: Uint32Array.from([0, 2]) })).toBe(false);
    expect(validateRecord({ ...valid, extra: 1 })).toEqual(['record has unknown property "extra"']);
  });
});
