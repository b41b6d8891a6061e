import { instantiateKernel } from '../sdk/wasm-kernel.js';
import { FINE_STEP_MS, MAX_FINE_PIECES, SERIES_CAPACITY } from './buckets.js';
import { addUnits } from './exact-sum.js';
import { POWER_KERNEL_WASM_BASE64 } from './power-kernel.generated.js';
import type { PowerTrack } from './power-track.js';

interface KernelExports {
  init(fineStepMs: number, maxFinePieces: number, seriesCapacity: number): void;
  addRows(from: number, rows: number, devices: number, hasUtilization: boolean): number;
}

/** The addresses, sizes and state offsets that assembly/power-rows.ts exports. */
const LAYOUT = [
  'SLOT_OF', 'MAX_DEVICE_INDEX', 'STATE', 'MAX_SLOTS', 'STATE_BYTES', 'MAX_ROWS', 'IN_DEVICE', 'IN_TIME_MS', 'IN_POWER_W', 'IN_UTILIZATION',
  'MEMORY_BYTES', 'LAST_MS', 'LAST_VALUE', 'CEILING_W', 'MAX_GAP_MS', 'PEAK_W', 'COVERED_MS', 'SAMPLES', 'UTILIZATION_COUNT',
  'BUCKET_START_MS', 'BUCKET_END_MS', 'ENERGY_UNITS', 'UTILIZATION_UNITS', 'BUCKET_UNITS', 'READY', 'HAS_SERIES', 'ACCEPTED',
  'SERIES_STEP_MS', 'SERIES_FIRST', 'SERIES_COUNT', 'CURRENT_POS', 'LOG', 'LOG_ENTRY_BYTES', 'LOG_COUNT',
] as const;
type Layout = Record<(typeof LAYOUT)[number], number>;

/** The integer columns a device index may come in (their values are whole numbers as they are). */
export type DeviceIndexColumn = Uint32Array | Int32Array | Uint16Array | Uint8Array;

export function isDeviceIndexColumn(column: unknown): column is DeviceIndexColumn {
  return column instanceof Uint32Array || column instanceof Int32Array || column instanceof Uint16Array || column instanceof Uint8Array;
}

/**
 * The power-rows kernel (assembly/power-rows.ts, WebAssembly): adds the common rows of a
 * `power-columns` record to their PowerTracks, the others left to `PowerTrack.addSample`. A track
 * `attach`ed here keeps its state in the kernel until it is `detach`ed (or `end`): the caller
 * detaches a track before it touches it and attaches it again after. One per thread, used within one
 * synchronous call at a time (`begin` to `end`).
 */
export class PowerRowsKernel {
  private readonly addRowsExport: KernelExports['addRows'];
  private readonly at: Layout;
  private readonly slotOf: Int32Array;
  private readonly f64: Float64Array;
  private readonly i32: Int32Array;
  private readonly deviceColumn: Uint32Array;
  private readonly timeColumn: Float64Array;
  private readonly powerColumn: Float64Array;
  private readonly utilizationColumn: Float64Array;
  /** The LOG: per entry, i32 slot and position (logInt32) and f64 units (logFloat64). */
  private readonly logInt32: Int32Array;
  private readonly logFloat64: Float64Array;
  private readonly status: Int32Array;
  /** The tracks whose state is in the kernel, by slot; a detached one stays in its slot, not ready. */
  private readonly tracks: PowerTrack[] = [];
  private readonly slots = new Map<PowerTrack, number>();
  private devices = 0;

  constructor() {
    const { exports, at } = instantiateKernel<KernelExports, (typeof LAYOUT)[number]>(POWER_KERNEL_WASM_BASE64, LAYOUT, 'MEMORY_BYTES');
    exports.init(FINE_STEP_MS, MAX_FINE_PIECES, SERIES_CAPACITY);
    this.addRowsExport = exports.addRows;
    this.at = at;
    const buffer = exports.memory.buffer;
    this.slotOf = new Int32Array(buffer, at.SLOT_OF, at.MAX_DEVICE_INDEX);
    const stateBytes = at.MAX_SLOTS * at.STATE_BYTES;
    this.f64 = new Float64Array(buffer, at.STATE, stateBytes / 8);
    this.i32 = new Int32Array(buffer, at.STATE, stateBytes / 4);
    this.deviceColumn = new Uint32Array(buffer, at.IN_DEVICE, at.MAX_ROWS);
    this.timeColumn = new Float64Array(buffer, at.IN_TIME_MS, at.MAX_ROWS);
    this.powerColumn = new Float64Array(buffer, at.IN_POWER_W, at.MAX_ROWS);
    this.utilizationColumn = new Float64Array(buffer, at.IN_UTILIZATION, at.MAX_ROWS);
    this.logInt32 = new Int32Array(buffer, at.LOG, (at.MEMORY_BYTES - at.LOG) / 4);
    this.logFloat64 = new Float64Array(buffer, at.LOG, (at.MEMORY_BYTES - at.LOG) / 8);
    this.status = new Int32Array(buffer, 0, 4);
  }

  /** The most rows one `load` takes. */
  get maxRows(): number {
    return this.at.MAX_ROWS;
  }

  /** Start a record of `devices` devices, none of them attached yet. */
  begin(devices: number): void {
    this.devices = Math.min(devices, this.at.MAX_DEVICE_INDEX);
    this.slotOf.fill(-1, 0, this.devices);
  }

  /** Copy in rows [from, from + rows) of the columns (at most `maxRows`); `add` reads them as rows 0 to rows - 1. */
  load(deviceIndex: DeviceIndexColumn, timeMs: Float64Array, powerW: Float64Array, utilization: Float64Array | undefined, from: number, rows: number): void {
    this.deviceColumn.set(deviceIndex.subarray(from, from + rows));
    this.timeColumn.set(timeMs.subarray(from, from + rows));
    this.powerColumn.set(powerW.subarray(from, from + rows));
    if (utilization) this.utilizationColumn.set(utilization.subarray(from, from + rows));
  }

  /** Add the loaded rows from `from` while the kernel takes them; returns the first it did not take (`rows` when it took them all). */
  add(from: number, rows: number, hasUtilization: boolean): number {
    return this.addRowsExport(from, rows, this.devices, hasUtilization);
  }

  /** The rows of device index `d` go to `track` (whose state is copied in) from now on; false when the kernel has no room for it. */
  attach(d: number, track: PowerTrack): boolean {
    let slot = this.slots.get(track);
    if (slot === undefined) {
      if (this.tracks.length >= this.at.MAX_SLOTS) return false;
      slot = this.tracks.length;
      this.tracks.push(track);
      this.slots.set(track, slot);
    }
    if (d < this.devices) this.slotOf[d] = slot;
    this.copyIn(slot, track);
    return true;
  }

  /** Copy `track`'s state out, for the caller to change it; the kernel leaves its rows alone until it is attached again. */
  detach(track: PowerTrack): void {
    const slot = this.slots.get(track);
    if (slot === undefined) return;
    this.applyLog();
    this.copyOut(slot, track);
    this.i32[(slot * this.at.STATE_BYTES + this.at.READY) / 4] = 0;
  }

  /** Copy every attached track's state out (the kernel's sums then start again from zero): after each load of rows. */
  flush(): void {
    this.applyLog();
    for (let slot = 0; slot < this.tracks.length; slot++) this.copyOut(slot, this.tracks[slot]!);
  }

  /** Copy every track's state out and forget them: the record is done. */
  end(): void {
    this.flush();
    this.tracks.length = 0;
    this.slots.clear();
    this.devices = 0;
  }

  /** Add the energy that the kernel logged for buckets to the tracks' series. */
  private applyLog(): void {
    const entries = this.status[this.at.LOG_COUNT / 4]!;
    const ints = this.at.LOG_ENTRY_BYTES / 4;
    const floats = this.at.LOG_ENTRY_BYTES / 8;
    for (let e = 0; e < entries; e++) {
      this.tracks[this.logInt32[e * ints]!]!.series!.addAt(this.logInt32[e * ints + 1]!, this.logFloat64[e * floats + 1]!);
    }
    this.status[this.at.LOG_COUNT / 4] = 0;
  }

  private copyIn(slot: number, track: PowerTrack): void {
    const at = this.at;
    const f = (slot * at.STATE_BYTES) / 8;
    const i = (slot * at.STATE_BYTES) / 4;
    const f64 = this.f64;
    f64[f + at.LAST_MS / 8] = track.lastMs;
    f64[f + at.LAST_VALUE / 8] = track.lastValue;
    f64[f + at.CEILING_W / 8] = track.ceilingW;
    f64[f + at.MAX_GAP_MS / 8] = track.maxGapMs;
    f64[f + at.PEAK_W / 8] = track.peakW;
    f64[f + at.COVERED_MS / 8] = track.coveredMs;
    f64[f + at.SAMPLES / 8] = track.samples;
    f64[f + at.UTILIZATION_COUNT / 8] = track.utilizationCount;
    const series = track.series;
    if (series) {
      f64[f + at.BUCKET_START_MS / 8] = series.currentStartMs;
      f64[f + at.BUCKET_END_MS / 8] = series.currentEndMs;
      f64[f + at.SERIES_STEP_MS / 8] = series.stepMs;
      f64[f + at.SERIES_FIRST / 8] = series.firstIdx;
      f64[f + at.SERIES_COUNT / 8] = series.count;
      f64[f + at.CURRENT_POS / 8] = series.currentPos;
    }
    f64[f + at.ENERGY_UNITS / 8] = 0;
    f64[f + at.UTILIZATION_UNITS / 8] = 0;
    f64[f + at.BUCKET_UNITS / 8] = 0;
    this.i32[i + at.READY / 4] = track.calibrating ? 0 : 1;
    this.i32[i + at.HAS_SERIES / 4] = series ? 1 : 0;
    this.i32[i + at.ACCEPTED / 4] = 0;
  }

  private copyOut(slot: number, track: PowerTrack): void {
    const at = this.at;
    const f = (slot * at.STATE_BYTES) / 8;
    const i = (slot * at.STATE_BYTES) / 4;
    if (this.i32[i + at.ACCEPTED / 4] === 0) return;
    const f64 = this.f64;
    track.lastMs = f64[f + at.LAST_MS / 8]!;
    track.lastValue = f64[f + at.LAST_VALUE / 8]!;
    track.peakW = f64[f + at.PEAK_W / 8]!;
    track.coveredMs = f64[f + at.COVERED_MS / 8]!;
    track.samples = f64[f + at.SAMPLES / 8]!;
    track.utilizationCount = f64[f + at.UTILIZATION_COUNT / 8]!;
    addUnits(track.energy, f64[f + at.ENERGY_UNITS / 8]!);
    addUnits(track.utilization, f64[f + at.UTILIZATION_UNITS / 8]!);
    const series = track.series;
    if (series) {
      series.count = f64[f + at.SERIES_COUNT / 8]!;
      const pos = f64[f + at.CURRENT_POS / 8]!;
      if (pos !== series.currentPos || f64[f + at.BUCKET_START_MS / 8] !== series.currentStartMs) series.moveCurrentTo(pos);
      const units = f64[f + at.BUCKET_UNITS / 8]!;
      if (units !== 0) series.addAt(pos, units);
    }
    f64[f + at.ENERGY_UNITS / 8] = 0;
    f64[f + at.UTILIZATION_UNITS / 8] = 0;
    f64[f + at.BUCKET_UNITS / 8] = 0;
    track.drops.pending = false;
    this.i32[i + at.ACCEPTED / 4] = 0;
  }
}

let shared: PowerRowsKernel | undefined;

/** This thread's power-rows kernel (made on first use). */
export function powerRowsKernel(): PowerRowsKernel {
  return (shared ??= new PowerRowsKernel());
}
