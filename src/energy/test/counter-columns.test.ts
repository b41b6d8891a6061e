// `energy-counter-columns` records are energy-counter readings in columns: the energy stage must reduce
// them exactly as it reduces the same readings one record each, resets, drops, warnings and all.
import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/make-example.mjs';
import { EnergyAccumulator } from '../index.js';
import { EnergyCounterColumnsBuilder, expandRecords } from '../../sdk/power-columns.js';
import type { DeviceRef, EnergyCounterColumnsRecord, EnergyCounterRecord, PluginRecord } from '../../sdk/records.js';
import { isValidRecord, validateRecord } from '../../sdk/testing/validate-record.js';

const T0 = Date.UTC(2025, 5, 1);
const devices: DeviceRef[] = [{ id: 'GPU-a', model: 'NVIDIA A100-SXM4-80GB' }, { id: 'GPU-b' }, { id: 'GPU-c', model: 'NVIDIA H100 80GB HBM3' }];

/** Counters of three interleaved GPUs with what the energy stage drops or treats apart: repeats, steps back, gaps, resets, jumps, bad values. */
function readings(seed: number, count: number): { device: number; timeMs: number; counterJ: number }[] {
  const random = prng(seed);
  const time = [T0, T0, T0];
  const counter = [5e6, 7e6, 9e6];
  const out = [];
  for (let i = 0; i < count; i++) {
    const device = Math.floor(random() * 3);
    const r = random();
    time[device]! += r < 0.02 ? 0 : r < 0.04 ? -500 : r < 0.05 ? 120_000 : 1000 + Math.floor(random() * 10);
    const c = random();
    counter[device] = c < 0.01 ? 150 : c < 0.015 ? counter[device]! + 1e7 : counter[device]! + Math.round(random() * 400_000) / 1000;
    const counterJ = c > 0.995 ? Number.NaN : c > 0.99 ? -1 : counter[device]!;
    out.push({ device, timeMs: time[device]!, counterJ });
  }
  return out;
}

function asRecords(rows: ReturnType<typeof readings>): EnergyCounterRecord[] {
  return rows.map(({ device, timeMs, counterJ }) => ({ type: 'energy-counter', timeMs, device: devices[device]!, counterJ }));
}

function asColumns(rows: ReturnType<typeof readings>, perRecord: number): EnergyCounterColumnsRecord[] {
  const builder = new EnergyCounterColumnsBuilder();
  const out: EnergyCounterColumnsRecord[] = [];
  for (const [i, row] of rows.entries()) {
    builder.add(row.device, row.timeMs, row.counterJ);
    if ((i + 1) % perRecord === 0) out.push(builder.take(devices)!);
  }
  const rest = builder.take(devices);
  if (rest) out.push(rest);
  return out;
}

function reduce(batches: PluginRecord[][]) {
  const accumulator = new EnergyAccumulator({ maxGapS: 'auto' });
  for (const batch of batches) accumulator.addBatch(batch, { plugin: 'test', file: 'dmon.log' });
  return { outcome: accumulator.finish() };
}

describe('energy-counter-columns records', () => {
  it('reduce to what the same readings give one record each: energy, resets, gaps, drops and warnings', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rows = readings(seed, 3000);
      const one = reduce([asRecords(rows)]);
      expect(one.outcome.warnings.length > 0 && one.outcome.devices.some((d) => d.gaps.length > 0)).toBe(true);
      for (const perRecord of [1, 7, 500, 100_000]) {
        const columns = asColumns(rows, perRecord);
        expect(expandRecords(columns)).toEqual(asRecords(rows));
        const byColumns = reduce(columns.map((record) => [record]));
        expect(byColumns.outcome, `seed ${seed}, ${perRecord} a record`).toEqual(one.outcome);
      }
    }
  });

  it('count rows that name no device, or a whole record that is no table, as invalid records', () => {
    const accumulator = new EnergyAccumulator({ maxGapS: 'auto' });
    const good: EnergyCounterColumnsRecord = { type: 'energy-counter-columns', devices: [devices[0]!], deviceIndex: [0, 0, 3, 0.5], timeMs: [T0, T0 + 1000, T0 + 2000, T0 + 3000], counterJ: [0, 100, 200, 300] };
    const ragged = { type: 'energy-counter-columns', devices: [devices[0]!], deviceIndex: [0], timeMs: [T0, T0 + 1000], counterJ: [1, 2] } as EnergyCounterColumnsRecord;
    const noCounter = { type: 'energy-counter-columns', devices: [devices[0]!], deviceIndex: [0], timeMs: [T0] } as unknown as EnergyCounterColumnsRecord;
    accumulator.addBatch([good, ragged, noCounter], { plugin: 'test', file: 'dmon.log' });
    const outcome = accumulator.finish();
    expect(outcome.devices[0]).toMatchObject({ samples: 2, energyJ: 100, method: 'counter' });
    expect(outcome.warnings.find((w) => w.code === 'invalid-record')).toMatchObject({ count: 4 });
  });
});

describe('validateRecord on energy-counter-columns', () => {
  const valid: EnergyCounterColumnsRecord = {
    type: 'energy-counter-columns',
    devices: [devices[0]!, devices[1]!],
    deviceIndex: Uint32Array.from([0, 1]),
    timeMs: Float64Array.from([T0, T0]),
    counterJ: Float64Array.from([5e6, 7.25e6]),
  };

  it('accepts typed arrays and plain arrays', () => {
    expect(validateRecord(valid)).toEqual([]);
    expect(isValidRecord(valid)).toBe(true);
    expect(validateRecord({ ...valid, deviceIndex: [0, 1], timeMs: [T0, T0], counterJ: [5e6, 7.25e6] })).toEqual([]);
  });

  it('names what is wrong: columns of other lengths, an index past the devices, a value that is not finite, a column of power', () => {
    expect(validateRecord({ ...valid, counterJ: Float64Array.from([1]) })).toEqual(['counterJ has 1 rows, timeMs 2']);
    expect(validateRecord({ ...valid, deviceIndex: Uint32Array.from([0, 2]) })).toEqual(['deviceIndex[1] is 2, not an index into devices (2)']);
    expect(validateRecord({ ...valid, counterJ: Float64Array.from([1, Number.POSITIVE_INFINITY]) })).toContain('counterJ[1] must be a finite number, got Infinity');
    expect(isValidRecord({ ...valid, counterJ: Float64Array.from([1, Number.NaN]) })).toBe(false);
    expect(validateRecord({ ...valid, powerW: [1, 2] })).toEqual(['record has unknown property "powerW"']);
  });
});
