import { columnsOf, isColumn } from '../telemetry/power-columns.js';
import type { ColumnsRecord, EnergyCounterColumnsRecord, PowerColumnsRecord } from '../telemetry/records.js';
import type { CounterTrack } from './counter-track.js';
import { isDeviceIndexColumn, powerRowsKernel, type DeviceIndexColumn } from './power-kernel.js';
import type { PowerTrack } from './power-track.js';

/** The power tracks a stream's last typed `power-columns` record found, by device index, and the refs they were found for. */
export interface LastPowerTracks {
  devices: readonly unknown[];
  refs: unknown[];
  tracks: (PowerTrack | undefined)[];
}

/** What the accumulator gives the columns readers for one record of one stream. */
export interface ColumnsTarget {
  /** The track of `devices[d]` (opened on first use); undefined when `d` names no device of the record. */
  powerTrack(d: number): PowerTrack | undefined;
  counterTrack(d: number): CounterTrack | undefined;
  /** Counts a row, or the whole record, as an invalid record. */
  invalid(): void;
  /** The stream's power tracks of its last typed record, kept from record to record. */
  lastPowerTracks: LastPowerTracks | undefined;
}

/** The rows of a columns record, each as its own record (a PowerRecord or an EnergyCounterRecord) would be added; a row that names no device of the record is an invalid record. */
export function addColumns(record: ColumnsRecord, target: ColumnsTarget): void {
  if (!readableColumns(record)) {
    target.invalid();
    return;
  }
  if (record.type === 'energy-counter-columns') addCounterColumns(record, target);
  else if (isTyped(record)) addTypedPowerColumns(record, target);
  else addPowerColumns(record, target);
}

/** Whether a columns record has its columns (all but the optional `utilization`), all of one length. */
function readableColumns(record: ColumnsRecord): boolean {
  if (!Array.isArray(record.devices)) return false;
  const rows = isColumn(record.timeMs) ? record.timeMs.length : -1;
  return Object.entries(columnsOf(record)).every(([name, column]) => (name === 'utilization' && column === undefined) || (isColumn(column) && column.length === rows));
}

type TypedPowerColumns = PowerColumnsRecord & { deviceIndex: DeviceIndexColumn; timeMs: Float64Array; powerW: Float64Array; utilization?: Float64Array };

/** Columns in typed arrays, as PowerColumnsBuilder makes them: their values are all numbers. */
function isTyped(record: PowerColumnsRecord): record is TypedPowerColumns {
  const { deviceIndex, timeMs, powerW, utilization } = record;
  return isDeviceIndexColumn(deviceIndex) && timeMs instanceof Float64Array && powerW instanceof Float64Array && (utilization === undefined || utilization instanceof Float64Array);
}

/** A track per device index, found once per record (and kept in `tracks`). */
function tracksOf<T>(find: (d: number) => T | undefined, tracks: (T | undefined)[] = []): (d: number) => T | undefined {
  return (d) => {
    let track = tracks[d];
    if (track === undefined && (track = find(d)) !== undefined) tracks[d] = track;
    return track;
  };
}

function addPowerColumns(record: PowerColumnsRecord, target: ColumnsTarget): void {
  const { deviceIndex, timeMs, powerW, utilization } = record;
  const trackOf = tracksOf((d) => target.powerTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]!);
    if (track === undefined) {
      target.invalid();
      continue;
    }
    const t = timeMs[i]!;
    const w = powerW[i]!;
    const u = utilization === undefined ? Number.NaN : utilization[i]!;
    if (typeof t === 'number' && typeof w === 'number') track.addSample(t, w, typeof u === 'number' ? u : u === null ? Number.NaN : -1, undefined);
    else track.add({ type: 'power', timeMs: t, powerW: w, device: track.device });
  }
}

function addCounterColumns(record: EnergyCounterColumnsRecord, target: ColumnsTarget): void {
  const { deviceIndex, timeMs, counterJ } = record;
  const trackOf = tracksOf((d) => target.counterTrack(d));
  for (let i = 0; i < timeMs.length; i++) {
    const track = trackOf(deviceIndex[i]!);
    if (track === undefined) {
      target.invalid();
      continue;
    }
    track.addReading(timeMs[i], counterJ[i], undefined);
  }
}

/**
 * Power columns in typed arrays: the power-rows kernel adds the rows that PowerTrack.addSample would
 * add by its short path, the rest are added one by one, as addPowerColumns does.
 */
function addTypedPowerColumns(record: TypedPowerColumns, target: ColumnsTarget): void {
  const { devices, deviceIndex, timeMs, powerW, utilization } = record;
  const kernel = powerRowsKernel();
  const hasUtilization = utilization !== undefined;
  const tracks = lastPowerTracks(record, target.lastPowerTracks);
  const trackOf = tracksOf((d) => target.powerTrack(d), tracks);
  kernel.begin(devices.length);
  // A plugin's records mostly share their devices: their tracks start in the kernel.
  tracks.forEach((track, d) => kernel.attach(d, track!));
  try {
    for (let from = 0; from < timeMs.length; from += kernel.maxRows) {
      const rows = Math.min(kernel.maxRows, timeMs.length - from);
      kernel.load(deviceIndex, timeMs, powerW, utilization, from, rows);
      for (let i = kernel.add(0, rows, hasUtilization); i < rows; i = kernel.add(i + 1, rows, hasUtilization)) {
        const row = from + i;
        const d = deviceIndex[row]!;
        const track = trackOf(d);
        if (track === undefined) {
          target.invalid();
          continue;
        }
        kernel.detach(track);
        track.addSample(timeMs[row]!, powerW[row]!, hasUtilization ? utilization[row]! : Number.NaN, undefined);
        kernel.attach(d, track);
      }
      // The kernel's sums are bounded for one load of rows.
      kernel.flush();
    }
  } finally {
    kernel.end();
  }
  target.lastPowerTracks = { devices, refs: tracks.map((_, d) => devices[d]), tracks };
}

/** The tracks of the stream's last typed record, where this record has the same devices. */
function lastPowerTracks(record: PowerColumnsRecord, last: LastPowerTracks | undefined): (PowerTrack | undefined)[] {
  const tracks: (PowerTrack | undefined)[] = [];
  if (last?.devices === record.devices) {
    last.tracks.forEach((track, d) => {
      if (last.refs[d] === record.devices[d]) tracks[d] = track;
    });
  }
  return tracks;
}
