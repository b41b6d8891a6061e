import type { ColumnsRecord, DeviceRef, EnergyCounterColumnsRecord, EnergyCounterRecord, PluginRecord, PowerColumnsRecord, PowerRecord, TelemetryRecord } from './records.js';

/**
 * Builds `power-columns` records for a plugin: add readings one by one, then `take` them as one
 * record (once per chunk of input, say). One record of thousands of rows costs the energy stage far
 * less than thousands of records.
 */
export class PowerColumnsBuilder {
  private deviceIndex: number[] = [];
  private timeMs: number[] = [];
  private powerW: number[] = [];
  private utilization: number[] = [];
  private withUtilization = false;
  private devices: DeviceRef[] = [];

  /** Rows added since the last `take`. */
  get length(): number {
    return this.timeMs.length;
  }

  /** A reading of `devices[deviceIndex]` (the array given to `take`); `utilization` 0..1, or NaN for none. */
  add(deviceIndex: number, timeMs: number, powerW: number, utilization = Number.NaN): void {
    this.deviceIndex.push(deviceIndex);
    this.timeMs.push(timeMs);
    this.powerW.push(powerW);
    this.utilization.push(utilization);
    if (!Number.isNaN(utilization)) this.withUtilization = true;
  }

  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices: readonly DeviceRef[]): PowerColumnsRecord | undefined {
    if (this.timeMs.length === 0) return undefined;
    // Devices are only ever appended: the snapshot is new only when there are more.
    if (devices.length !== this.devices.length) this.devices = devices.slice();
    const record: PowerColumnsRecord = { type: 'power-columns', devices: this.devices, deviceIndex: this.deviceIndex, timeMs: this.timeMs, powerW: this.powerW };
    if (this.withUtilization) record.utilization = this.utilization;
    this.deviceIndex = [];
    this.timeMs = [];
    this.powerW = [];
    this.utilization = [];
    this.withUtilization = false;
    return record;
  }
}

/** Builds `energy-counter-columns` records as PowerColumnsBuilder builds `power-columns` ones, each reading a counter value in joules. */
export class EnergyCounterColumnsBuilder {
  private readonly rows = new PowerColumnsBuilder();

  /** Rows added since the last `take`. */
  get length(): number {
    return this.rows.length;
  }

  /** A reading of `devices[deviceIndex]` (the array given to `take`). */
  add(deviceIndex: number, timeMs: number, counterJ: number): void {
    this.rows.add(deviceIndex, timeMs, counterJ);
  }

  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices: readonly DeviceRef[]): EnergyCounterColumnsRecord | undefined {
    const rows = this.rows.take(devices);
    return rows && { type: 'energy-counter-columns', devices: rows.devices, deviceIndex: rows.deviceIndex, timeMs: rows.timeMs, counterJ: rows.powerW };
  }
}

/** What a plugin yielded, one reading per record: columns records expanded, the others as they are. */
export function expandRecords(records: readonly PluginRecord[]): TelemetryRecord[] {
  const out: TelemetryRecord[] = [];
  for (const record of records) {
    if (record?.type === 'power-columns') out.push(...expandPowerColumns(record));
    else if (record?.type === 'energy-counter-columns') out.push(...expandEnergyCounterColumns(record));
    else out.push(record);
  }
  return out;
}

/** Whether a record holds readings in columns (and so has no origin). */
export function isColumnsRecord(record: PluginRecord): record is ColumnsRecord {
  return record.type === 'power-columns' || record.type === 'energy-counter-columns';
}

/** The rows of a `power-columns` record as PowerRecords (a row without utilisation has none). */
export function expandPowerColumns(record: PowerColumnsRecord): PowerRecord[] {
  const { devices, deviceIndex, timeMs, powerW, utilization } = record;
  const out: PowerRecord[] = [];
  for (let i = 0; i < timeMs.length; i++) {
    const reading: PowerRecord = { type: 'power', timeMs: timeMs[i]!, device: devices[deviceIndex[i]!]!, powerW: powerW[i]! };
    const u: unknown = utilization?.[i];
    if (typeof u === 'number' && !Number.isNaN(u)) reading.utilization = u;
    out.push(reading);
  }
  return out;
}

/** The rows of an `energy-counter-columns` record as EnergyCounterRecords. */
export function expandEnergyCounterColumns(record: EnergyCounterColumnsRecord): EnergyCounterRecord[] {
  const { devices, deviceIndex, timeMs, counterJ } = record;
  const out: EnergyCounterRecord[] = [];
  for (let i = 0; i < timeMs.length; i++) out.push({ type: 'energy-counter', timeMs: timeMs[i]!, device: devices[deviceIndex[i]!]!, counterJ: counterJ[i]! });
  return out;
}

/** A columns record's columns by name (the optional `utilization` undefined when absent). */
export function columnsOf(record: ColumnsRecord): Record<string, ArrayLike<number> | undefined> {
  const { deviceIndex, timeMs } = record;
  return record.type === 'power-columns' ? { deviceIndex, timeMs, powerW: record.powerW, utilization: record.utilization } : { deviceIndex, timeMs, counterJ: record.counterJ };
}

/** Why a columns record cannot be read row by row (columns missing or of different lengths, an index out of range); empty when it can. */
export function columnsProblems(record: ColumnsRecord): string[] {
  const problems: string[] = [];
  if (!Array.isArray(record.devices)) return ['devices must be an array'];
  const columns = columnsOf(record);
  for (const [name, column] of Object.entries(columns)) {
    if (!isColumn(column) && !(name === 'utilization' && column === undefined)) problems.push(`${name} must be an array of numbers`);
  }
  if (problems.length > 0) return problems;
  const rows = record.timeMs.length;
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && column.length !== rows) problems.push(`${name} has ${column.length} rows, timeMs ${rows}`);
  }
  const devices = record.devices.length;
  for (let i = 0; i < record.deviceIndex.length; i++) {
    const index = record.deviceIndex[i]!;
    if (!(Number.isInteger(index) && index >= 0 && index < devices)) {
      problems.push(`deviceIndex[${i}] is ${index}, not an index into devices (${devices})`);
      break;
    }
  }
  return problems;
}

/** An array, or a typed array: what the columns of a columns record may be. */
export function isColumn(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}
