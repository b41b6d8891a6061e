import type { ColumnsRecord, DeviceRef, EnergyCounterColumnsRecord, EnergyCounterRecord, PluginRecord, PowerColumnsRecord, PowerRecord, TelemetryRecord } from './records.js';

/** Rows the builder holds before `take` (more are added to a larger scratch). */
const SCRATCH_ROWS = 4096;

/**
 * Builds `power-columns` records for a plugin: add readings one by one, then `take` them as one
 * record (once per chunk of input, say). Rows go to scratch arrays; `take` copies them out, exactly
 * sized. With `reuse` (when the context says `batchesReadAtOnce`), `take` hands out views of the
 * scratch arrays instead, valid until `newBatch`, which the plugin calls before it makes the records
 * of its next batch: no copy, and no garbage.
 */
export class PowerColumnsBuilder {
  private readonly reuse: boolean;
  /** With `reuse`: rows [0, taken) belong to records already taken in this batch. */
  private taken = 0;

  constructor(options: { reuse?: boolean } = {}) {
    this.reuse = options.reuse === true;
  }

  private deviceIndex = new Uint32Array(SCRATCH_ROWS);
  private timeMs = new Float64Array(SCRATCH_ROWS);
  private powerW = new Float64Array(SCRATCH_ROWS);
  private utilization = new Float64Array(SCRATCH_ROWS);
  private rows = 0;
  private withUtilization = false;
  private devices: DeviceRef[] = [];

  /** Rows added since the last `take`. */
  get length(): number {
    return this.rows - this.taken;
  }

  /** With `reuse`: the records taken so far were read; their rows may be written over. */
  newBatch(): void {
    if (this.rows === this.taken) this.rows = this.taken = 0;
  }

  /** A reading of `devices[deviceIndex]` (the array given to `take`); `utilization` 0..1, or NaN for none. */
  add(deviceIndex: number, timeMs: number, powerW: number, utilization = Number.NaN): void {
    if (this.rows === this.timeMs.length) this.grow();
    const row = this.rows++;
    this.deviceIndex[row] = deviceIndex;
    this.timeMs[row] = timeMs;
    this.powerW[row] = powerW;
    this.utilization[row] = utilization;
    if (utilization === utilization) this.withUtilization = true;
  }

  /**
   * The first `rows` readings of four columns at once (`utilization` NaN where a row has none;
   * `withUtilization`: whether any has one), as `add` would take them one by one.
   */
  addRows(deviceIndex: ArrayLike<number>, timeMs: ArrayLike<number>, powerW: ArrayLike<number>, utilization: ArrayLike<number>, rows: number, withUtilization: boolean): void {
    while (this.rows + rows > this.timeMs.length) this.grow();
    const at = this.rows;
    copyInto(this.deviceIndex, deviceIndex, rows, at);
    copyInto(this.timeMs, timeMs, rows, at);
    copyInto(this.powerW, powerW, rows, at);
    copyInto(this.utilization, utilization, rows, at);
    this.rows += rows;
    if (withUtilization) this.withUtilization = true;
  }

  /** The rows added since the last call, as one record whose `deviceIndex` refers to `devices`; undefined when there are none. */
  take(devices: readonly DeviceRef[]): PowerColumnsRecord | undefined {
    const from = this.taken;
    const to = this.rows;
    if (to === from) return undefined;
    // Devices are only ever appended: the snapshot is new only when there are more.
    if (devices.length !== this.devices.length) this.devices = devices.slice();
    const column = <T extends Uint32Array | Float64Array>(scratch: T) => (this.reuse ? scratch.subarray(from, to) : copyOut(scratch, from, to));
    const record: PowerColumnsRecord = {
      type: 'power-columns',
      devices: this.devices,
      deviceIndex: column(this.deviceIndex),
      timeMs: column(this.timeMs),
      powerW: column(this.powerW),
    };
    if (this.withUtilization) record.utilization = column(this.utilization);
    if (this.reuse) this.taken = to;
    else this.rows = 0;
    this.withUtilization = false;
    return record;
  }

  /** Larger scratch arrays, the rows kept (records already taken keep the old ones). */
  private grow(): void {
    const size = this.timeMs.length * 2;
    const larger = <T extends Uint32Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.deviceIndex = larger(this.deviceIndex, new Uint32Array(size));
    this.timeMs = larger(this.timeMs, new Float64Array(size));
    this.powerW = larger(this.powerW, new Float64Array(size));
    this.utilization = larger(this.utilization, new Float64Array(size));
  }
}

/**
 * Builds `energy-counter-columns` records as PowerColumnsBuilder builds `power-columns` ones: the
 * same options and calls, each reading a counter value in joules.
 */
export class EnergyCounterColumnsBuilder {
  private readonly rows: PowerColumnsBuilder;

  constructor(options: { reuse?: boolean } = {}) {
    this.rows = new PowerColumnsBuilder(options);
  }

  /** Rows added since the last `take`. */
  get length(): number {
    return this.rows.length;
  }

  /** With `reuse`: the records taken so far were read; their rows may be written over. */
  newBatch(): void {
    this.rows.newBatch();
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

/** The first `rows` of `from` into `to` at `at`: typed arrays by one copy, anything else element by element. */
function copyInto(to: Uint32Array | Float64Array, from: ArrayLike<number>, rows: number, at: number): void {
  if (ArrayBuffer.isView(from)) to.set((from as Float64Array).subarray(0, rows), at);
  else for (let i = 0; i < rows; i++) to[at + i] = from[i]!;
}

/**
 * Rows [from, to) of a scratch column as a plain array: in the JavaScript heap, where the garbage
 * collector frees it with the rest of a batch (a typed array's memory is outside it, freed late:
 * 40 MB more at peak, measured with bench/).
 */
function copyOut(scratch: Uint32Array | Float64Array, from: number, to: number): number[] {
  const column = new Array<number>(to - from);
  for (let i = from; i < to; i++) column[i - from] = scratch[i]!;
  return column;
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
