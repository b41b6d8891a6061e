import type { DeviceRef, PluginRecord, PowerColumnsRecord, PowerRecord, TelemetryRecord } from './records.js';

/** Rows per slab: the columns of several records share one set of typed arrays, so that a record costs no allocation of its own. */
const SLAB_ROWS = 1 << 13;

/**
 * Builds `power-columns` records for a plugin: add readings one by one, then `take` them as one
 * record (once per chunk of input, say). The columns are views into typed arrays shared by many
 * records; a record stays valid after the next is taken.
 */
export class PowerColumnsBuilder {
  private timeMs!: Float64Array;
  private powerW!: Float64Array;
  private utilization!: Float64Array;
  private deviceIndex!: Uint32Array;
  /** Rows [start, end) of the slab are the record being built. */
  private start = 0;
  private end = 0;
  private withUtilization = false;
  private devices: DeviceRef[] = [];

  constructor() {
    this.newSlab();
  }

  /** Rows added since the last `take`. */
  get length(): number {
    return this.end - this.start;
  }

  /** A reading of `devices[deviceIndex]` (the array given to `take`); `utilization` 0..1, or NaN for none. */
  add(deviceIndex: number, timeMs: number, powerW: number, utilization = Number.NaN): void {
    if (this.end === SLAB_ROWS) this.newSlab();
    const row = this.end++;
    this.deviceIndex[row] = deviceIndex;
    this.timeMs[row] = timeMs;
    this.powerW[row] = powerW;
    this.utilization[row] = utilization;
    if (utilization === utilization) this.withUtilization = true;
  }

  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices: readonly DeviceRef[]): PowerColumnsRecord | undefined {
    const { start, end } = this;
    if (end === start) return undefined;
    // Devices are only ever appended: the snapshot is new only when there are more.
    if (devices.length !== this.devices.length) this.devices = devices.slice();
    const record: PowerColumnsRecord = {
      type: 'power-columns',
      devices: this.devices,
      deviceIndex: this.deviceIndex.subarray(start, end),
      timeMs: this.timeMs.subarray(start, end),
      powerW: this.powerW.subarray(start, end),
    };
    if (this.withUtilization) record.utilization = this.utilization.subarray(start, end);
    this.start = end;
    this.withUtilization = false;
    return record;
  }

  /**
   * Fresh arrays, the rows not yet taken copied to their start (the records already taken keep the
   * old ones). One uninitialised allocation for all four columns: each slab is written before it is
   * read, and zeroing it, or allocating four, cost more than the rest of a row (measured with bench/).
   */
  private newSlab(): void {
    const memory = Buffer.allocUnsafeSlow(SLAB_ROWS * 28).buffer;
    const timeMs = new Float64Array(memory, 0, SLAB_ROWS);
    const powerW = new Float64Array(memory, SLAB_ROWS * 8, SLAB_ROWS);
    const utilization = new Float64Array(memory, SLAB_ROWS * 16, SLAB_ROWS);
    const deviceIndex = new Uint32Array(memory, SLAB_ROWS * 24, SLAB_ROWS);
    const pending = this.end - this.start;
    if (pending > 0) {
      timeMs.set(this.timeMs.subarray(this.start, this.end));
      powerW.set(this.powerW.subarray(this.start, this.end));
      utilization.set(this.utilization.subarray(this.start, this.end));
      deviceIndex.set(this.deviceIndex.subarray(this.start, this.end));
    }
    this.timeMs = timeMs;
    this.powerW = powerW;
    this.utilization = utilization;
    this.deviceIndex = deviceIndex;
    this.start = 0;
    this.end = pending;
  }
}

/** What a plugin yielded, one reading per record: `power-columns` records expanded, the others as they are. */
export function expandRecords(records: readonly PluginRecord[]): TelemetryRecord[] {
  const out: TelemetryRecord[] = [];
  for (const record of records) {
    if (record?.type === 'power-columns') out.push(...expandPowerColumns(record));
    else out.push(record);
  }
  return out;
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

/** Why a `power-columns` record cannot be read row by row (columns missing or of different lengths, an index out of range); empty when it can. */
export function powerColumnsProblems(record: PowerColumnsRecord): string[] {
  const problems: string[] = [];
  if (!Array.isArray(record.devices)) return ['devices must be an array'];
  const columns = { deviceIndex: record.deviceIndex, timeMs: record.timeMs, powerW: record.powerW };
  for (const [name, column] of Object.entries(columns)) {
    if (!isColumn(column)) problems.push(`${name} must be an array of numbers`);
  }
  if (record.utilization !== undefined && !isColumn(record.utilization)) problems.push('utilization must be an array of numbers');
  if (problems.length > 0) return problems;
  const rows = record.timeMs.length;
  for (const [name, column] of Object.entries({ ...columns, utilization: record.utilization })) {
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

function isColumn(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
}
