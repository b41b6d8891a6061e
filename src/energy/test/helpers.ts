import type { DeviceRef, TelemetryRecord } from '../../sdk/records.js';
import { EnergyAccumulator, type EnergyOutcome } from '../index.js';

/** Hand-made telemetry for the energy tests: seconds from T0, watts or joules, one file per stream. */
export const T0 = Date.UTC(2024, 0, 1);
export const gpu = (id = 'GPU-0', model?: string): DeviceRef => (model ? { id, model } : { id });

export function power(device: DeviceRef, seconds: number[], watts: number[] | ((s: number) => number), file = 'a.csv'): TelemetryRecord[] {
  return seconds.map((s, i) => ({
    type: 'power',
    timeMs: T0 + s * 1000,
    device,
    powerW: typeof watts === 'function' ? watts(s) : watts[i]!,
    origin: { file, line: i + 2 },
  }));
}

export function counter(device: DeviceRef, seconds: number[], joules: number[], file = 'c.csv'): TelemetryRecord[] {
  return seconds.map((s, i) => ({ type: 'energy-counter', timeMs: T0 + s * 1000, device, counterJ: joules[i]!, origin: { file, line: i + 2 } }));
}

export function range(from: number, to: number, step = 1): number[] {
  const out: number[] = [];
  for (let s = from; s <= to + 1e-9; s += step) out.push(s);
  return out;
}

export function run(streams: { file: string; records: TelemetryRecord[] }[], options = {}): EnergyOutcome {
  const acc = new EnergyAccumulator(options);
  for (const { file, records } of streams) acc.addBatch(records, { plugin: 'test', file });
  return acc.finish();
}

export const one = (records: TelemetryRecord[], options = {}, file = 'a.csv') => run([{ file, records }], options);
export const codes = (r: EnergyOutcome) => r.warnings.map((w) => w.code);
export const warning = (r: EnergyOutcome, code: string) => r.warnings.find((w) => w.code === code);
