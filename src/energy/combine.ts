import type { DeviceRef, EnergyMethod } from '../sdk/records.js';
import { CounterTrack } from './counter-track.js';
import { formatDuration, formatEnergy, formatPercent, listSome, plural } from './format.js';
import { IntervalTrack } from './interval-track.js';
import { MAX_LISTED_GAPS } from './options.js';
import { PointTrack } from './point-track.js';
import { UTILIZATION_UNITS, type PowerTrack } from './power-track.js';
import { sumOfExact } from './exact-sum.js';
import { compareNatural, compareStreams } from './stream.js';
import type { DataWarning, DeviceEnergy, Gap, SourceReported } from './types.js';

export type Track = PowerTrack | CounterTrack | IntervalTrack;

/** Best evidence first. */
export const METHOD_PRECEDENCE: readonly EnergyMethod[] = ['counter', 'power-integral', 'reported', 'estimate'];

/** Two kinds of evidence for a device agree when their mean powers are within this share of each other. */
const EVIDENCE_TOLERANCE = 0.05;

/** A better measurement is used when it covers at least this share of the time the best-covered measurement covers. */
export const PRECEDENCE_COVERAGE_SHARE = 0.95;

const EVIDENCE_NAME: Record<EnergyMethod, string> = {
  counter: 'energy counter',
  'power-integral': 'power samples',
  reported: 'reported energy',
  estimate: 'estimate',
};

export interface DeviceOutcome {
  energy: DeviceEnergy;
  /** The tracks whose energy is the device's (seams included); their series make the chart. */
  used: Track[];
  warnings: DataWarning[];
}

interface Selection {
  kept: Track[];
  ignored: Track[];
}

/**
 * Reduces all tracks of one device (every stream, every kind) to its DeviceEnergy.
 * Returns undefined when no record of the device could be used. Mutates the kept tracks of every kind (seams).
 */
export function combineDevice(id: string, all: Track[]): DeviceOutcome | undefined {
  for (const track of all) track.settle();
  const tracks = [...all].sort((a, b) => compareStreams(a.stream, b.stream) || compareNatural(a.method, b.method));
  const warnings: DataWarning[] = [];
  const selections = new Map<EnergyMethod, Selection>();
  for (const method of METHOD_PRECEDENCE) {
    const selection = selectTracks(tracks.filter((t) => t.method === method));
    if (selection.kept.length > 0) selections.set(method, selection);
  }
  const present = METHOD_PRECEDENCE.filter((m) => selections.has(m));
  if (present.length === 0) return undefined;
  // Seams first, for every kind of evidence: a file read in parts (or split into files) then weighs
  // each kind as it would whole, before one is chosen.
  for (const { kept: sequence } of selections.values()) {
    for (let i = 1; i < sequence.length; i++) joinTracks(sequence[i - 1]!, sequence[i]!);
  }
  const method = chooseMethod(present, selections);
  const { kept, ignored } = selections.get(method)!;

  const energyJ = sumOfExact(kept.map((t) => t.energy));
  let coveredMs = 0;
  let samples = 0;
  let gapCount = 0;
  let gapMs = 0;
  let startMs = Infinity;
  let endMs = -Infinity;
  const gaps: Gap[] = [];
  let setBackMs = 0;
  for (const t of kept) {
    coveredMs += t.coveredMs;
    samples += t.samples;
    gapCount += t.gapCount;
    gapMs += t.gapMs;
    if (t instanceof PointTrack) setBackMs += t.setBackMs;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
    gaps.push(...t.gaps);
  }
  // The window is that of all the device's evidence: time that only ignored streams (duplicates, or
  // other kinds of evidence) saw, outside the kept streams, is not counted and shows as a gap.
  const keptStartMs = startMs;
  const keptEndMs = endMs;
  for (const t of tracks) {
    if (t.samples === 0) continue;
    startMs = Math.min(startMs, t.startMs);
    endMs = Math.max(endMs, t.endMs);
  }
  for (const [from, to] of [[startMs, keptStartMs], [keptEndMs, endMs]] as const) {
    if (to > from) {
      gaps.push({ startMs: from, endMs: to });
      gapCount += 1;
      gapMs += to - from;
    }
  }
  gaps.sort((a, b) => a.startMs - b.startMs);
  // Time that samples going back in time stood for happened, though the timeline shows none of it.
  const windowMs = endMs - startMs + setBackMs;
  const coverage = windowMs > 0 ? Math.min(1, coveredMs / windowMs) : 0;
  const maxGapMs = Math.min(...kept.map((t) => t.maxGapMs));

  const energy: DeviceEnergy = {
    device: mergeDevice(kept, tracks, warnings, id),
    startMs,
    endMs,
    energyJ,
    method,
    samples,
    coverage,
    gaps: gaps.slice(0, MAX_LISTED_GAPS),
    plugins: unique(kept.map((t) => t.stream.plugin)),
    files: unique(kept.flatMap((t) => (t.stream.file === undefined ? [] : [t.stream.file]))),
    maxGapS: maxGapMs / 1000,
    gapCount,
    gapS: gapMs / 1000,
  };
  const power = selections.get('power-integral')?.kept as PowerTrack[] | undefined;
  const utilization = meanUtilization(method, kept, power);
  if (utilization !== undefined) energy.meanUtilization = utilization;
  if (power) {
    const peakW = Math.max(...power.map((t) => t.peakW));
    if (peakW >= 0) energy.peakPowerW = peakW;
  }

  const reported = method === 'reported' ? sourceReportedOf(kept as IntervalTrack[]) : undefined;
  if (reported) energy.sourceReported = reported;

  const label = describeDevice(energy.device);
  if (ignored.length > 0) {
    warnings.push({
      code: 'duplicate-device',
      deviceId: id,
      count: ignored.length + kept.length,
      message:
        `${label} was seen in ${kept.length + ignored.length} files with overlapping time, counted once: ` +
        `used ${listSome(kept.map(streamName))}, ignored ${listSome(ignored.map(streamName))}` +
        ` (the stream with the best coverage wins; time that only the others saw is not counted and lowers coverage). ` +
        `If these are different GPUs, make their ids distinct (UUID, or host and index).`,
    });
  }
  // Other kinds of evidence for the same device are worth a warning only when they tell another story:
  // a mean power more than EVIDENCE_TOLERANCE apart, or more time seen than the evidence used.
  const meanPowerW = coveredMs > 0 ? (energyJ * 1000) / coveredMs : 0;
  const others = present.filter((m) => m !== method).filter((m) => {
    const alt = selections.get(m)!.kept;
    const altCoveredMs = alt.reduce((sum, t) => sum + t.coveredMs, 0);
    const altMeanW = altCoveredMs > 0 ? (sumOfExact(alt.map((t) => t.energy)) * 1000) / altCoveredMs : 0;
    return altCoveredMs > coveredMs * 1.01 || Math.abs(altMeanW - meanPowerW) > EVIDENCE_TOLERANCE * Math.max(meanPowerW, altMeanW);
  });
  if (others.length > 0) {
    const described = others.map((m) => {
      const alt = selections.get(m)!.kept;
      const altCoveredMs = alt.reduce((sum, t) => sum + t.coveredMs, 0);
      const altCoverage = windowMs > 0 ? Math.min(1, altCoveredMs / windowMs) : 0;
      return `${EVIDENCE_NAME[m]} (${formatEnergy(sumOfExact(alt.map((t) => t.energy)))}, coverage ${formatPercent(altCoverage)})`;
    });
    warnings.push({
      code: 'evidence-ignored',
      deviceId: id,
      message:
        `${label}: energy from the ${EVIDENCE_NAME[method]} (${formatEnergy(energyJ)}, coverage ${formatPercent(coverage)}); ` +
        `also had ${described.join(' and ')}, not used: best evidence first (energy counter > power samples > reported energy > estimate), unless it covers under 95% of the time another measurement covers; an estimate only without a usable measurement.`,
    });
  }
  if (samples === 1 && kept.every((t) => t instanceof PointTrack)) {
    warnings.push({
      code: 'single-sample',
      deviceId: id,
      count: 1,
      message: `${label} has a single ${method === 'counter' ? 'counter reading' : 'power sample'}: energy 0 and coverage 0 (an interval needs two).`,
    });
  }
  if (gapCount > 0) {
    warnings.push({
      code: 'gaps',
      deviceId: id,
      count: gapCount,
      message:
        `${label}: ${plural(gapCount, 'span')} not bridged (${formatDuration(gapMs)} in all; maximum gap ${formatDuration(maxGapMs)}): ` +
        `no energy is counted there and coverage is ${formatPercent(coverage)}.`,
    });
  }
  const conflicting = tracks.reduce((n, t) => n + ('conflictingDuplicates' in t ? t.conflictingDuplicates : 0), 0);
  if (conflicting > 0) {
    warnings.push({
      code: 'conflicting-duplicates',
      deviceId: id,
      count: conflicting,
      message:
        `${label}: ${plural(conflicting, 'sample')} repeat a timestamp with a different value; the first of each was kept. ` +
        `If several GPUs were logged without an index or uuid column, their rows are mixed into this one device and its energy is undercounted: ` +
        `log index or uuid too. Coverage is unaffected, which is why this needs checking.`,
    });
  }
  warnings.push(...methodWarnings(method, kept, label, id));
  return { energy, used: kept, warnings };
}

function selectTracks(tracks: Track[]): Selection {
  const candidates = tracks.filter((t) => t.samples > 0).sort(byQuality);
  const kept: Track[] = [];
  const ignored: Track[] = [];
  for (const candidate of candidates) {
    if (kept.some((k) => k.startMs < candidate.endMs && candidate.startMs < k.endMs)) ignored.push(candidate);
    else kept.push(candidate);
  }
  kept.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || compareStreams(a.stream, b.stream));
  return { kept, ignored };
}

function byQuality(a: Track, b: Track): number {
  return b.coveredMs - a.coveredMs || b.samples - a.samples || compareStreams(a.stream, b.stream);
}

/**
 * Best evidence first. Among measurements (counter, power samples, reported energy) that have energy
 * or covered time, the first in METHOD_PRECEDENCE that covers at least PRECEDENCE_COVERAGE_SHARE of
 * the time the best-covered measurement covers: missing time costs more than a less direct method.
 * An estimate is used only when no measurement is usable.
 */
function chooseMethod(present: EnergyMethod[], selections: Map<EnergyMethod, Selection>): EnergyMethod {
  const coveredMs = (m: EnergyMethod) => selections.get(m)!.kept.reduce((s, t) => s + t.coveredMs, 0);
  const usable = present.filter((m) => selections.get(m)!.kept.some((t) => t.coveredMs > 0 || t.energyJ > 0));
  const measured = usable.filter((m) => m !== 'estimate');
  if (measured.length === 0) return usable[0] ?? present[0]!;
  const bestMs = Math.max(...measured.map(coveredMs));
  return measured.find((m) => coveredMs(m) >= PRECEDENCE_COVERAGE_SHARE * bestMs)!;
}

/** Counter evidence comes as readings (CounterTrack) or as differences a server computed (IntervalTrack): seams between the two bridge nothing. */
function joinTracks(previous: Track, next: Track): void {
  if (next instanceof IntervalTrack) next.joinAfter(previous);
  else if (previous instanceof PointTrack) next.joinAfter(previous);
  else next.joinAfterInterval(previous);
}

function meanUtilization(method: EnergyMethod, kept: Track[], power: PowerTrack[] | undefined): number | undefined {
  if (method === 'estimate') {
    const usage = kept as IntervalTrack[];
    const weightMs = usage.reduce((s, t) => s + t.utilizationWeightMs, 0);
    if (weightMs > 0) return usage.reduce((s, t) => s + t.utilizationMs, 0) / weightMs;
  }
  if (!power) return undefined;
  const count = power.reduce((s, t) => s + t.utilizationCount, 0);
  return count > 0 ? sumOfExact(power.map((t) => t.utilization), UTILIZATION_UNITS) / count : undefined;
}

function methodWarnings(method: EnergyMethod, kept: Track[], label: string, id: string): DataWarning[] {
  const out: DataWarning[] = [];
  if (method === 'counter') {
    const counters = kept.filter((t): t is CounterTrack => t instanceof CounterTrack);
    const resets = counters.reduce((s, t) => s + t.resets, 0);
    const unaccounted = counters.reduce((s, t) => s + t.unaccountedResets, 0);
    const jumps = counters.reduce((s, t) => s + t.implausibleJumps, 0);
    if (resets > 0) {
      out.push({
        code: 'counter-reset',
        deviceId: id,
        count: resets,
        message:
          `${label}: the energy counter went down ${plural(resets, 'time')} (a reset, e.g. a driver reload); ` +
          `after each, the new value counts as energy since zero` +
          (unaccounted > 0
            ? `, except ${unaccounted} whose value was too large for the interval: those intervals are not counted and lower coverage.`
            : ': coverage unchanged.'),
      });
    }
    if (jumps > 0) {
      out.push({
        code: 'counter-jump',
        deviceId: id,
        count: jumps,
        message: `${label}: the energy counter rose faster than the power ceiling allows ${plural(jumps, 'time')}: those intervals are not counted and lower coverage.`,
      });
    }
  }
  if (method === 'reported' || method === 'estimate') {
    const intervals = kept.filter((t): t is IntervalTrack => t instanceof IntervalTrack);
    const overlaps = intervals.reduce((s, t) => s + t.overlaps, 0);
    if (overlaps > 0) {
      out.push({
        code: 'energy-overlap',
        deviceId: id,
        count: overlaps,
        message:
          `${label}: ${plural(overlaps, 'record')} of ${method === 'reported' ? 'reported energy' : 'usage'} overlap an earlier one in the same file; ` +
          `all are summed, so if they repeat the same time the energy is counted twice. Coverage counts the time once.`,
      });
    }
  }
  if (method === 'estimate') {
    const usage = kept as IntervalTrack[];
    const unknown = usage.reduce((s, t) => s + t.unknownPower, 0);
    const assumed = usage.reduce((s, t) => s + t.assumedUtilization, 0);
    if (unknown > 0) {
      out.push({
        code: 'unknown-gpu',
        deviceId: id,
        count: unknown,
        message:
          `${label}: no power is known for model ${JSON.stringify(usage[0]?.device.model ?? 'unknown')} and the input states none: ` +
          `${plural(unknown, 'interval')} get no energy and no coverage. Give the power (e.g. --power-w) or a model from the GPU table.`,
      });
    }
    if (assumed > 0) {
      out.push({
        code: 'utilization-assumed',
        deviceId: id,
        count: assumed,
        message: `${label}: no utilisation given for ${plural(assumed, 'interval')}; estimated at 100% of the power (an upper bound); coverage unaffected.`,
      });
    }
  }
  return out;
}

/** What the kept tracks' sources said of their own records, when they said anything. */
function sourceReportedOf(kept: IntervalTrack[]): SourceReported | undefined {
  let co2eG = 0;
  let withCo2e = 0;
  const notes = new Set<string>();
  for (const track of kept) {
    co2eG += track.sourceReported.co2eG;
    withCo2e += track.sourceReported.withCo2e;
    for (const note of track.sourceReported.notes) notes.add(note);
  }
  if (withCo2e === 0 && notes.size === 0) return undefined;
  return withCo2e > 0 ? { co2eG, notes: [...notes] } : { notes: [...notes] };
}

/** The device as the kept tracks name it, with fields they lack filled from the other tracks. */
function mergeDevice(kept: Track[], all: Track[], warnings: DataWarning[], id: string): DeviceRef {
  const merged: DeviceRef = { ...kept[0]!.device };
  const models = new Set<string>();
  for (const track of [...kept, ...all]) {
    const d = track.device;
    if (d.model !== undefined) models.add(d.model);
    for (const key of ['model', 'vendor', 'host', 'index', 'uuid', 'component', 'site'] as const) {
      if (merged[key] === undefined && d[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = d[key];
    }
  }
  if (models.size > 1) {
    warnings.push({
      code: 'device-conflict',
      deviceId: id,
      message: `device ${id} is named ${[...models].map((m) => JSON.stringify(m)).join(' and ')} by different inputs; using ${JSON.stringify(merged.model)}.`,
    });
  }
  return merged;
}

export function describeDevice(device: DeviceRef): string {
  return device.model ? `device ${device.id} (${device.model})` : `device ${device.id}`;
}

function streamName(track: Track): string {
  return track.stream.file ?? track.stream.plugin;
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort(compareNatural);
}
