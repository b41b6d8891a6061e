import type { ColumnsRecord, DeviceRef, PluginRecord, RecordOrigin } from '../sdk/records.js';
import { addColumns, type ColumnsTarget } from './columns.js';
import { combineDevice, describeDevice, type Track } from './combine.js';
import { deviceWithoutReadings } from './no-reading.js';
import { CounterTrack } from './counter-track.js';
import { dropWarnings } from './drop-warnings.js';
import { plural } from './format.js';
import { IntervalTrack } from './interval-track.js';
import { AUTO_GAP_FLOOR_MS, powerCeilingW, resolveEnergyOptions, type ResolvedEnergyOptions } from './options.js';
import { PowerTrack } from './power-track.js';
import { buildHourlyEnergy, buildPowerSeries } from './series.js';
import { compareNatural, compareStreams, streamKey, type StreamId } from './stream.js';
import type { DataWarning, DeviceEnergy, EnergyOptions, EnergyResult, PowerSeries } from './types.js';

/** One device in one stream: its tracks, one per kind of record, made on first use. */
class Slot {
  /** The slot of the record that followed this one last time: interleaved devices repeat in order. */
  next: Slot | undefined;
  power: PowerTrack | undefined;
  counter: CounterTrack | undefined;
  energy: IntervalTrack | undefined;
  /** `energy` records with `basis: 'counter'`: counter differences a server computed, counter evidence. */
  counted: IntervalTrack | undefined;
  usage: IntervalTrack | undefined;
  constructor(readonly ref: DeviceRef) {}
}

class Stream {
  readonly byRef = new Map<DeviceRef, Slot>();
  readonly byId = new Map<string, Slot>();
  lastRef: unknown = NO_DEVICE;
  lastSlot: Slot | undefined;
  invalid = 0;
  invalidOrigin: RecordOrigin | undefined;
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
      if (record?.type === 'power-columns' || record?.type === 'energy-counter-columns') {
        addColumns(record, this.columnsTarget(stream, record));
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
          if (record.basis === 'counter') (s.counted ?? this.openInterval(stream, s, 'counter')).addEnergy(record);
          else (s.energy ?? this.openInterval(stream, s, 'reported')).addEnergy(record);
          break;
        case 'usage':
          (s.usage ?? this.openInterval(stream, s, 'estimate')).addUsage(record, this.options.boardPowerW(record.device.model));
          break;
        case 'no-reading':
          (s.power ?? this.openPower(stream, s)).addNoReading(record.timeMs, record.origin);
          break;
        default:
          this.invalidRecord(stream, record);
      }
    }
    stream.lastRef = ref;
    stream.lastSlot = slot;
  }

  /** What the columns readers (columns.ts) need for a record of a stream. */
  private columnsTarget(stream: Stream, record: ColumnsRecord): ColumnsTarget {
    const slotOf = (d: number) => (Number.isInteger(d) && d >= 0 && d < record.devices.length ? this.slotFor(stream, record.devices[d]) : undefined);
    return {
      powerTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.power ?? this.openPower(stream, slot));
      },
      counterTrack: (d) => {
        const slot = slotOf(d);
        return slot && (slot.counter ?? this.openCounter(stream, slot));
      },
      invalid: () => this.invalidRecord(stream, record),
    };
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
      const unread = outcome ? undefined : deviceWithoutReadings(id, tracks);
      if (unread) {
        devices.push(unread.energy);
        deviceWarnings.push(unread.warning);
        continue;
      }
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
      if (this.options.powerSeries && this.options.hourlyEnergy) {
        const hourly = buildHourlyEnergy(outcome.used);
        if (hourly) outcome.energy.hourly = hourly;
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
    if (last !== undefined && from.plugin === last.plugin && from.file === last.file) return this.lastStream!;
    const id: StreamId = { plugin: from.plugin };
    if (from.file !== undefined) id.file = from.file;
    const key = streamKey(id);
    let stream = this.streams.get(key);
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

  private openInterval(stream: Stream, slot: Slot, method: IntervalTrack['method']): IntervalTrack {
    const o = this.options;
    const track = new IntervalTrack(method, stream.id, slot.ref, powerCeilingW(o, slot.ref), o.maxGapMs ?? AUTO_GAP_FLOOR_MS, o.powerSeries);
    if (method === 'reported') slot.energy = track;
    else if (method === 'counter') slot.counted = track;
    else slot.usage = track;
    return track;
  }

  private tracksOf(stream: Stream): Track[] {
    const tracks: Track[] = [];
    for (const slot of stream.byId.values()) {
      for (const track of [slot.counter, slot.counted, slot.power, slot.energy, slot.usage]) if (track) tracks.push(track);
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
