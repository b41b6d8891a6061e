import type { RecordOrigin } from '../sdk/records.js';
import type { Track } from './combine.js';
import type { DropCode } from './drops.js';
import { formatDuration, listSome, plural } from './format.js';
import { IntervalTrack } from './interval-track.js';
import { compareNatural, compareStreams, streamKey, type StreamId } from './stream.js';
import type { DataWarning } from './types.js';

const WHAT: Record<DropCode, (n: number) => string> = {
  'invalid-value': (n) => `${plural(n, 'record')} with a missing or non-finite value (NaN, Infinity) dropped`,
  'negative-power': (n) => `${plural(n, 'negative power reading')} dropped`,
  'implausible-power': (n) => `${plural(n, 'reading')} above the plausible power ceiling dropped (a unit mix-up such as mW or kW in a W column, several devices summed as one, or a corrupt value)`,
  'time-backwards': (n) => `${plural(n, 'record')} whose time went backwards dropped (the clock was set back, or times were read in the wrong zone)`,
  'duplicate-sample': (n) => `${plural(n, 'record')} repeating the previous timestamp dropped (the first one was kept)`,
  'negative-counter': (n) => `${plural(n, 'negative energy-counter reading')} dropped`,
  'negative-energy': (n) => `${plural(n, 'record')} with negative energy dropped`,
  'invalid-interval': (n) => `${plural(n, 'record')} ending before they start dropped`,
  'invalid-utilization': (n) => `${plural(n, 'utilisation value')} outside 0..1 ignored`,
  'no-reading': (n) => `${plural(n, 'sample')} without a reading ([N/A], [Not Supported]: the device gave none)`,
};

interface Group {
  stream: StreamId;
  code: DropCode;
  count: number;
  origin: RecordOrigin | undefined;
  devices: Set<string>;
  lostMs: number;
  /** Real time that the backwards samples stood for (see PointTrack.setBackMs). */
  setBackMs: number;
  ceilings: Set<number>;
  /** Whether the dropped records were readings at instants (power, counter) or intervals (energy, usage). */
  kinds: Set<'points' | 'intervals'>;
}

/** One warning per file and reason, over all devices, saying what was dropped and what it did to coverage. */
export function dropWarnings(tracks: Track[]): DataWarning[] {
  const groups = new Map<string, Group>();
  for (const track of tracks) {
    for (const [code, tally] of track.drops.tallies) {
      // A device with no reading at all gets a warning of its own (no-reading.ts).
      if (code === 'no-reading' && track.samples === 0) continue;
      const key = `${streamKey(track.stream)}\u0000${code}`;
      let group = groups.get(key);
      if (!group) {
        group = { stream: track.stream, code, count: 0, origin: undefined, devices: new Set(), lostMs: 0, setBackMs: 0, ceilings: new Set(), kinds: new Set() };
        groups.set(key, group);
      }
      group.count += tally.count;
      group.devices.add(track.device.id);
      group.lostMs += track.drops.lostMs;
      if (code === 'time-backwards' && 'setBackMs' in track) group.setBackMs += track.setBackMs;
      group.ceilings.add(track.ceilingW);
      group.kinds.add(track instanceof IntervalTrack ? 'intervals' : 'points');
      if (tally.origin && (group.origin?.line === undefined || (tally.origin.line ?? Infinity) < group.origin.line)) group.origin = tally.origin;
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.code, b.code));
  return sorted.map((g) => {
    const devices = [...g.devices].sort(compareNatural);
    const file = g.stream.file ?? g.origin?.file;
    const where = file ? ` in ${file}${g.origin?.line !== undefined ? ` (first at line ${g.origin.line})` : ''}` : '';
    const ceiling = g.code === 'implausible-power' ? ` (${[...g.ceilings].sort((a, b) => a - b).map((w) => `${w} W`).join(', ')})` : '';
    const warning: DataWarning = {
      code: g.code,
      count: g.count,
      message: `${WHAT[g.code](g.count)}${ceiling}${where}, ${devices.length === 1 ? 'device' : 'devices'} ${listSome(devices)}; ${effect(g)}`,
    };
    if (file !== undefined) warning.file = file;
    if (g.origin?.line !== undefined) warning.line = g.origin.line;
    if (devices.length === 1) warning.deviceId = devices[0]!;
    return warning;
  });
}

function effect(g: Group): string {
  if (g.code === 'duplicate-sample') return 'no effect on coverage (see any conflicting-duplicates warning for repeats with a different value).';
  const intervals = g.kinds.has('intervals');
  const points = g.kinds.has('points');
  if (g.code === 'invalid-utilization' && !intervals) return 'energy and coverage unchanged.';
  const parts: string[] = [];
  if (intervals) parts.push('a dropped interval record leaves its time uncovered: no energy counted there, coverage lowered accordingly.');
  if (g.code === 'time-backwards' && g.setBackMs > 0) {
    parts.push(`the time those samples stood for, about ${formatDuration(g.setBackMs)} in all, is not counted: coverage lowered accordingly.`);
  } else if (points) {
    parts.push(
      g.lostMs > 0
        ? `the intervals around dropped samples that are not bridged total ${formatDuration(g.lostMs)}: no energy counted there, coverage lowered accordingly.`
        : 'the samples around them bridge the time (within the maximum gap): coverage unchanged.',
    );
  }
  return parts.join(' ');
}
