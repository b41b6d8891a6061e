import type { PowerSeries } from '../report/types.js';
import { columnsOf, isColumn } from '../telemetry/power-columns.js';
import type { ColumnsRecord, DeviceRef, EnergyCounterColumnsRecord, PluginRecord, PowerColumnsRecord, RecordOrigin } from '../telemetry/records.js';
import { combineDevice, describeDevice, type Track } from './combine.js';
import { CounterTrack } from './counter-track.js';
import { dropWarnings } from './drop-warnings.js';
import { plural } from './format.js';
import { IntervalTrack } from './interval-track.js';
import { AUTO_GAP_FLOOR_MS, powerCeilingW, resolveEnergyOptions, type ResolvedEnergyOptions } from './options.js';
import { isDeviceIndexColumn, powerRowsKernel, type DeviceIndexColumn } from './power-kernel.js';
import { PowerTrack } from './power-track.js';
import { buildPowerSeries } from './series.js';
import { compareNatural, compareStreams, streamKey, type StreamId } from './stream.js';
import type { DataWarning, DeviceEnergy, EnergyOptions, EnergyResult } from './types.js';
import { exportTracks, importTracks, type EnergyAccumulatorState } from './state.js';

/** One device in one stream: its tracks, one per kind of record, made on first use. */
class Slot {
  /** The slot of the record that followed this one last time: interleaved devices repeat in order. */
  next: Slot | undefined;
  power: PowerTrack | undefined;
  counter: CounterTrack | undefined;
  energy: IntervalTrack | undefined;
  usage: IntervalTrack | undefined;
  constructor(readonly ref: DeviceRef) {}
}

class Stream {
  readonly byRef = new Map<DeviceRef, Slot>();
  readonly byId = new Map<string, Slot>();
  /** Tracks brought in by importState. */
  readonly imported: Track[] = [];
  lastRef: unknown = NO_DEVICE;
  lastSlot: Slot | undefined;
  invalid = 0;
  invalidOrigin: RecordOrigin | undefined;
  /** The power tracks that the last `power-columns` record in typed arrays found, by device index, and the refs they were found for. */
  lastColumnTracks: { devices: readonly unknown[]; refs: unknown[]; tracks: (PowerTrack | undefined)[] } | undefined;
  constructor(readonly id: StreamId) {}
}

const NO_DEVICE = Symbol('no device');

/** Devices remembered by object identity per stream; past this, lookups go by id only. */
const MAX_REFS_PER_STREAM = 4096;

export type EnergyOutcome = EnergyResult & { powerSeries?: PowerSeries };

/**
 * Reduces telemetry records to per-device energy as they stream in, in bounded memory.
 * Records of one stream (a plugin reading a file) must be given in file order; streams may be
 * interleaved in any way, and the result does not depend on the order of streams.
 */
export class EnergyAccumulator {
  private readonly options: ResolvedEnergyOptions;
  private readonly streams = new Map<string, Stream>();
  private lastFrom: StreamId | undefined;
  private lastStream: Stream | undefined;
  private outcome: EnergyOutcome | undefined;

  constructor(options?: Partial<EnergyOptions>) {
    this.options = resolveEnergyOptions(options);
  }

  add(record: PluginRecord, from: StreamId): void {
    this.addBatch([record], from);
  }

  addBatch(records: readonly PluginRecord[], from: StreamId): void {
    if (this.outcome) throw new Error('EnergyAccumulator: records added after finish()');
    const stream = this.streamFor(from);
    let ref: unknown = stream.lastRef;
    let slot = stream.lastSlot;
    for (let i = 0, n = records.length; i < n; i++) {
      const record = records[i]!;
      if (record?.type === 'power-columns') {
        this.addColumns(stream, record);
        continue;
      }
      if (record?.type === 'energy-counter-columns') {
        this.addCounterColumns(stream, record);
        continue;
      }
      const device = record?.device;
      if (device !== ref) {
        const predicted = slot?.next;
        let found: Slot | undefined;
        if (predicted !== undefined && predicted.ref === device) {
          found = predicted;
        } else {
          found = this.slotFor(stream, device);
          if (slot !== undefined && found !== undefined) slot.next = found;
        }
        if (found === undefined) {
          this.invalidRecord(stream, record);
          continue;
        }
        slot = found;
        ref = device;
      }
      const s = slot!;
      switch (record.type) {
        case 'power':
          (s.power ?? this.openPower(stream, s)).add(record);
          break;
        case 'energy-counter':
          (s.counter ?? this.openCounter(stream, s)).add(record);
          break;
        case 'energy':
          (s.energy ?? this.openInterval(stream, s, 'reported')).addEnergy(record);
          break;
        case 'usage':
          (s.usage ?? this.openInterval(stream, s, 'estimate')).addUsage(record, this.options.boardPowerW(record.device.model));
          break;
        default:
          this.invalidRecord(stream, record);
      }
    }
    stream.lastRef = ref;
    stream.lastSlot = slot;
  }

  /** The rows of a `power-columns` record, each as its PowerRecord would be added; a row that names no device of the record is an invalid record. */
  private addColumns(stream: Stream, record: PowerColumnsRecord): void {
    if (!this.readableColumns(stream, record)) return;
    const { deviceIndex, timeMs, powerW, utilization } = record;
    const rows = timeMs.length;
    if (isDeviceIndexColumn(deviceIndex) && timeMs instanceof Float64Array && powerW instanceof Float64Array && (utilization === undefined || utilization instanceof Float64Array)) {
      this.addTypedColumns(stream, record, deviceIndex, timeMs, powerW, utilization);
      return;
    }
    const tracks: (PowerTrack | undefined)[] = [];
    for (let i = 0; i < rows; i++) {
      const d = deviceIndex[i]!;
      const track = this.columnTrack(stream, record, tracks, d);
      if (track === undefined) {
        this.invalidRecord(stream, record);
        continue;
      }
      const t = timeMs[i]!;
      const w = powerW[i]!;
      const u = utilization === undefined ? Number.NaN : utilization[i]!;
      if (typeof t === 'number' && typeof w === 'number') track.addSample(t, w, typeof u === 'number' ? u : u === null ? Number.NaN : -1, undefined);
      else track.add({ type: 'power', timeMs: t, powerW: w, device: track.device });
    }
  }

  /** The rows of an `energy-counter-columns` record, each as its EnergyCounterRecord would be added; a row that names no device of the record is an invalid record. */
  private addCounterColumns(stream: Stream, record: EnergyCounterColumnsRecord): void {
    if (!this.readableColumns(stream, record)) return;
    const { devices, deviceIndex, timeMs, counterJ } = record;
    const tracks: (CounterTrack | undefined)[] = [];
    for (let i = 0; i < timeMs.length; i++) {
      const d = deviceIndex[i]!;
      let track = tracks[d];
      if (track === undefined) {
        const slot = Number.isInteger(d) && d >= 0 && d < devices.length ? this.slotFor(stream, devices[d]) : undefined;
        if (slot === undefined) {
          this.invalidRecord(stream, record);
          continue;
        }
        track = tracks[d] = slot.counter ?? this.openCounter(stream, slot);
      }
      track.addReading(timeMs[i], counterJ[i], undefined);
    }
  }

  /** Whether a columns record has its columns, all of one length; if not, it is an invalid record. */
  private readableColumns(stream: Stream, record: ColumnsRecord): boolean {
    // All columns but the optional `utilization` must be there.
    const columns = Array.isArray(record.devices) ? Object.entries(columnsOf(record)).flatMap(([name, column]) => (name === 'utilization' && column === undefined ? [] : [column])) : [];
    const rows = isColumn(record.timeMs) ? record.timeMs.length : -1;
    if (columns.length > 0 && columns.every((column) => isColumn(column) && column.length === rows)) return true;
    this.invalidRecord(stream, record);
    return false;
  }

  /**
   * `addColumns` for columns in typed arrays (what PowerColumnsBuilder makes), whose values are all
   * numbers: the power-rows kernel adds the rows that PowerTrack.addSample would add by its short
   * path, the rest are added here one by one, as above.
   */
  private addTypedColumns(stream: Stream, record: PowerColumnsRecord, deviceIndex: DeviceIndexColumn, timeMs: Float64Array, powerW: Float64Array, utilization: Float64Array | undefined): void {
    const kernel = powerRowsKernel();
    const hasUtilization = utilization !== undefined;
    const tracks = this.lastColumnTracks(stream, record);
    kernel.begin(record.devices.length);
    // A plugin's records mostly share their devices: their tracks start in the kernel.
    tracks.forEach((track, d) => kernel.attach(d, track!));
    try {
      for (let from = 0; from < timeMs.length; from += kernel.maxRows) {
        const rows = Math.min(kernel.maxRows, timeMs.length - from);
        kernel.load(deviceIndex, timeMs, powerW, utilization, from, rows);
        for (let i = kernel.add(0, rows, hasUtilization); i < rows; i = kernel.add(i + 1, rows, hasUtilization)) {
          const row = from + i;
          const d = deviceIndex[row]!;
          const track = this.columnTrack(stream, record, tracks, d);
          if (track === undefined) {
            this.invalidRecord(stream, record);
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
    stream.lastColumnTracks = { devices: record.devices, refs: tracks.map((_, d) => record.devices[d]), tracks };
  }

  /** The tracks of the stream's last typed `power-columns` record, where this record has the same devices. */
  private lastColumnTracks(stream: Stream, record: PowerColumnsRecord): (PowerTrack | undefined)[] {
    const tracks: (PowerTrack | undefined)[] = [];
    const last = stream.lastColumnTracks;
    if (last?.devices === record.devices) {
      last.tracks.forEach((track, d) => {
        if (last.refs[d] === record.devices[d]) tracks[d] = track;
      });
    }
    return tracks;
  }

  /** The power track of a `power-columns` record's device index `d`, found once per record (`tracks`); undefined when it names no device. */
  private columnTrack(stream: Stream, record: PowerColumnsRecord, tracks: (PowerTrack | undefined)[], d: number): PowerTrack | undefined {
    const known = tracks[d];
    if (known !== undefined) return known;
    const slot = Number.isInteger(d) && d >= 0 && d < record.devices.length ? this.slotFor(stream, record.devices[d]) : undefined;
    if (slot === undefined) return undefined;
    return (tracks[d] = slot.power ?? this.openPower(stream, slot));
  }

  /**
   * The state of every stream so far, for a worker that read some files to hand to the main thread
   * (structured-clone safe). Call it when the worker is done; each stream must be read by one accumulator.
   */
  exportState(): EnergyAccumulatorState {
    return exportTracks(
      [...this.streams.values()].map((s) => ({
        stream: s.id,
        tracks: this.tracksOf(s),
        ...(s.invalid > 0 ? { invalid: { count: s.invalid, ...(s.invalidOrigin ? { origin: s.invalidOrigin } : {}) } } : {}),
      })),
    );
  }

  /** Adds the streams of another accumulator (see exportState); the result is as if this one had read them. */
  importState(state: EnergyAccumulatorState): void {
    if (this.outcome) throw new Error('EnergyAccumulator: state imported after finish()');
    for (const { stream: id, tracks, invalid } of importTracks(state)) {
      const key = streamKey(id);
      if (this.streams.has(key)) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ''} was read twice`);
      const stream = new Stream(id);
      stream.imported.push(...tracks);
      if (invalid) {
        stream.invalid = invalid.count;
        stream.invalidOrigin = invalid.origin;
      }
      this.streams.set(key, stream);
    }
  }

  finish(): EnergyOutcome {
    if (this.outcome) return this.outcome;
    const byDevice = new Map<string, Track[]>();
    const allTracks: Track[] = [];
    for (const stream of this.streams.values()) {
      for (const track of this.tracksOf(stream)) {
        allTracks.push(track);
        const list = byDevice.get(track.device.id);
        if (list) list.push(track);
        else byDevice.set(track.device.id, [track]);
      }
    }
    const devices: DeviceEnergy[] = [];
    const used: Track[] = [];
    const deviceWarnings: DataWarning[] = [];
    for (const id of [...byDevice.keys()].sort(compareNatural)) {
      const tracks = byDevice.get(id)!;
      const outcome = combineDevice(id, tracks);
      if (!outcome) {
        const dropped = tracks.reduce((s, t) => s + [...t.drops.tallies.values()].reduce((a, d) => a + d.count, 0), 0);
        deviceWarnings.push({
          code: 'no-valid-data',
          deviceId: id,
          count: dropped,
          message: `${describeDevice(tracks[0]!.device)}: none of its ${plural(dropped, 'record')} could be used (see the warnings on dropped records); it is left out of the totals.`,
        });
        continue;
      }
      devices.push(outcome.energy);
      used.push(...outcome.used);
      deviceWarnings.push(...outcome.warnings);
    }
    const warnings = [...this.streamWarnings(), ...dropWarnings(allTracks), ...deviceWarnings];
    const result: EnergyOutcome = { devices, warnings };
    if (this.options.powerSeries && devices.length > 0) {
      const startMs = Math.min(...devices.map((d) => d.startMs));
      const endMs = Math.max(...devices.map((d) => d.endMs));
      const series = buildPowerSeries(used, startMs, endMs);
      if (series) result.powerSeries = series;
    }
    this.outcome = result;
    return result;
  }

  private streamFor(from: StreamId): Stream {
    const last = this.lastFrom;
    if (last !== undefined && from.plugin === last.plugin && from.file === last.file && from.part === last.part) return this.lastStream!;
    const id: StreamId = { plugin: from.plugin };
    if (from.file !== undefined) id.file = from.file;
    if (from.part !== undefined) id.part = from.part;
    const key = streamKey(id);
    let stream = this.streams.get(key);
    if (stream && stream.imported.length > 0) throw new Error(`EnergyAccumulator: stream ${id.plugin} ${id.file ?? ''} was imported; it cannot take more records`);
    if (!stream) {
      stream = new Stream(id);
      this.streams.set(key, stream);
    }
    this.lastFrom = id;
    this.lastStream = stream;
    return stream;
  }

  private slotFor(stream: Stream, device: unknown): Slot | undefined {
    if (typeof device !== 'object' || device === null) return undefined;
    const ref = device as DeviceRef;
    const known = stream.byRef.get(ref);
    if (known) return known;
    if (typeof ref.id !== 'string' || ref.id === '') return undefined;
    let slot = stream.byId.get(ref.id);
    if (!slot) {
      slot = new Slot(ref);
      stream.byId.set(ref.id, slot);
    }
    if (stream.byRef.size < MAX_REFS_PER_STREAM) stream.byRef.set(ref, slot);
    return slot;
  }

  private invalidRecord(stream: Stream, record: unknown): void {
    stream.invalid += 1;
    if (stream.invalidOrigin === undefined) {
      const origin = (record as { origin?: RecordOrigin } | null)?.origin;
      stream.invalidOrigin = typeof origin === 'object' && origin !== null ? origin : {};
    }
  }

  private openPower(stream: Stream, slot: Slot): PowerTrack {
    const o = this.options;
    return (slot.power = new PowerTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries));
  }

  private openCounter(stream: Stream, slot: Slot): CounterTrack {
    const o = this.options;
    return (slot.counter = new CounterTrack(stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs, o.powerSeries));
  }

  private openInterval(stream: Stream, slot: Slot, method: 'reported' | 'estimate'): IntervalTrack {
    const o = this.options;
    const track = new IntervalTrack(method, stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs ?? AUTO_GAP_FLOOR_MS, o.powerSeries);
    if (method === 'reported') slot.energy = track;
    else slot.usage = track;
    return track;
  }

  private tracksOf(stream: Stream): Track[] {
    const tracks: Track[] = [...stream.imported];
    for (const slot of stream.byId.values()) {
      for (const track of [slot.counter, slot.power, slot.energy, slot.usage]) if (track) tracks.push(track);
    }
    return tracks;
  }

  private streamWarnings(): DataWarning[] {
    const streams = [...this.streams.values()].filter((s) => s.invalid > 0).sort((a, b) => compareStreams(a.id, b.id));
    return streams.map((s) => {
      const file = s.id.file ?? s.invalidOrigin?.file;
      const warning: DataWarning = {
        code: 'invalid-record',
        count: s.invalid,
        message:
          `${plural(s.invalid, 'record')} from plugin ${s.id.plugin}${file ? ` reading ${file}` : ''} had no device id or an unknown type and ` +
          `${s.invalid === 1 ? 'was' : 'were'} dropped: their time is not covered (a bug in the plugin).`,
      };
      if (file !== undefined) warning.file = file;
      if (s.invalidOrigin?.line !== undefined) warning.line = s.invalidOrigin.line;
      return warning;
    });
  }
}
