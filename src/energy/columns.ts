import { columnsOf, isColumn } from '../sdk/power-columns.js';
import type { ColumnsRecord, EnergyCounterColumnsRecord, PowerColumnsRecord } from '../sdk/records.js';
import type { CounterTrack } from './counter-track.js';
import type { PowerTrack } from './power-track.js';

/** What the accumulator gives the columns readers for one record of one stream. */
export interface ColumnsTarget {
  /** The track of `devices[d]` (opened on first use); undefined when `d` names no device of the record. */
  powerTrack(d: number): PowerTrack | undefined;
  counterTrack(d: number): CounterTrack | undefined;
  /** Counts a row, or the whole record, as an invalid record. */
  invalid(): void;
}

/** The rows of a columns record, each as its own record (a PowerRecord or an EnergyCounterRecord) would be added; a row that names no device of the record is an invalid record. */
export function addColumns(record: ColumnsRecord, target: ColumnsTarget): void {
  if (!readableColumns(record)) {
    target.invalid();
    return;
  }
  if (record.type === 'energy-counter-columns') addCounterColumns(record, target);
  else addPowerColumns(record, target);
}

/** Whether a columns record has its columns (all but the optional `utilization`), all of one length. */
function readableColumns(record: ColumnsRecord): boolean {
  if (!Array.isArray(record.devices)) return false;
  const rows = isColumn(record.timeMs) ? record.timeMs.length : -1;
  return Object.entries(columnsOf(record)).every(([name, column]) => (name === 'utilization' && column === undefined) || (isColumn(column) && column.length === rows));
}

/** A track per device index, found once per record. */
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
