import { BucketSeries } from './buckets.js';
import type { Track } from './combine.js';
import { CounterTrack } from './counter-track.js';
import { Drops } from './drops.js';
import { IntervalTrack } from './interval-track.js';
import { PowerTrack } from './power-track.js';
import type { RecordOrigin } from '../telemetry/records.js';
import type { StreamId } from './stream.js';

const STATE_VERSION = 2;

type TrackKind = 'power' | 'counter' | 'interval';

/** Plain data (structured-clone safe) of the streams an accumulator has read. */
export interface EnergyAccumulatorState {
  version: number;
  streams: ExportedStream[];
}

interface ExportedStream {
  stream: StreamId;
  tracks: { kind: TrackKind; data: Record<string, unknown> }[];
  /** Records the stream dropped as invalid (no device, unknown type), and where the first was. */
  invalid?: { count: number; origin?: RecordOrigin };
}

/** A stream as the accumulator holds it, for export. */
export interface StreamTracks {
  stream: StreamId;
  tracks: Track[];
  invalid?: { count: number; origin?: RecordOrigin };
}

const PROTOTYPES: Record<TrackKind, object> = {
  power: PowerTrack.prototype,
  counter: CounterTrack.prototype,
  interval: IntervalTrack.prototype,
};

export function exportTracks(streams: StreamTracks[]): EnergyAccumulatorState {
  return {
    version: STATE_VERSION,
    streams: streams.map(({ stream, tracks, invalid }) => ({
      stream: { ...stream },
      tracks: tracks.map((track) => ({ kind: kindOf(track), data: plain(track) })),
      ...(invalid && invalid.count > 0 ? { invalid: structuredClone(invalid) } : {}),
    })),
  };
}

/** Tracks made from a state; the state is copied, never shared, so that importing it twice is safe. */
export function importTracks(state: EnergyAccumulatorState): StreamTracks[] {
  if (state.version !== STATE_VERSION) throw new Error(`EnergyAccumulator: state version ${state.version} is not ${STATE_VERSION}`);
  return structuredClone(state).streams.map(({ stream, tracks, invalid }) => ({
    stream,
    tracks: tracks.map(({ kind, data }) => revive(kind, data)),
    ...(invalid ? { invalid } : {}),
  }));
}

function kindOf(track: Track): TrackKind {
  if (track instanceof PowerTrack) return 'power';
  if (track instanceof CounterTrack) return 'counter';
  return 'interval';
}

/** A deep copy made of plain objects, arrays, Maps and typed arrays. */
function plain(track: Track): Record<string, unknown> {
  const data: Record<string, unknown> = { ...track };
  data.drops = { tallies: new Map(track.drops.tallies), pending: track.drops.pending, lostMs: track.drops.lostMs };
  data.gaps = track.gaps.map((g) => ({ ...g }));
  if (track.series) {
    const s = track.series;
    data.series = { level: s.level, stepMs: s.stepMs, firstIdx: s.firstIdx, count: s.count, energyUnits: s.energyUnits.slice(), touched: s.touched.slice() };
  }
  return structuredClone(data);
}

function revive(kind: TrackKind, data: Record<string, unknown>): Track {
  const track = Object.assign(Object.create(PROTOTYPES[kind]) as Track, data);
  const drops = Object.assign(new Drops(), data.drops as object);
  const series = data.series ? Object.assign(new BucketSeries(), data.series as object) : undefined;
  Object.assign(track, { drops, series });
  return track;
}
