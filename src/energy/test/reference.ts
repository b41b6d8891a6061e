import { expandRecords } from '../../sdk/power-columns.js';
import type { DeviceRef, EnergyMethod, PluginRecord, TelemetryRecord } from '../../sdk/records.js';
import { AUTO_GAP_FLOOR_MS, AUTO_GAP_FACTOR, AUTO_GAP_INTERVALS, powerCeilingW, resolveEnergyOptions } from '../options.js';
import { compareNatural as naturalOrder } from '../stream.js';
import type { DataWarning, DeviceEnergy, EnergyOptions, EnergyResult, Gap } from '../types.js';

/**
 * The slow, plain reference for the energy stage, used by the tests to check EnergyAccumulator.
 * It keeps every record in memory, cleans each stream with a plain loop, then joins the kept
 * streams into one time-sorted list and integrates it in one pass. Streams are told apart by
 * `origin.file` (records have no plugin here). Warnings carry codes and counts, no prose.
 */
export function integrateReference(records: PluginRecord[], options?: Partial<EnergyOptions>): EnergyResult {
  const o = resolveEnergyOptions(options);
  const byDevice = new Map<string, Map<string, TelemetryRecord[]>>();
  for (const r of expandRecords(records)) {
    const id = r?.device?.id;
    if (typeof id !== 'string' || id === '') continue;
    const file = r.origin?.file ?? '';
    if (!byDevice.has(id)) byDevice.set(id, new Map());
    const streams = byDevice.get(id)!;
    if (!streams.has(file)) streams.set(file, []);
    streams.get(file)!.push(r);
  }

  const devices: DeviceEnergy[] = [];
  const warnings: DataWarning[] = [];
  for (const id of [...byDevice.keys()].sort(naturalOrder)) {
    const evidence: Evidence[] = [];
    for (const [file, list] of byDevice.get(id)!) {
      const ceilingW = powerCeilingW(o, list[0]!.device);
      const warn = (code: string, count: number) => {
        if (count > 0) warnings.push({ code, count, deviceId: id, file, message: '' });
      };
      const power = cleanPoints(list.filter((r) => r.type === 'power'), 'power', ceilingW, warn);
      const counter = cleanPoints(list.filter((r) => r.type === 'energy-counter'), 'counter', ceilingW, warn);
      const maxGap = (samples: Point[]) => o.maxGapMs ?? autoGap(samples);
      if (power.length > 0) evidence.push(pointEvidence('power-integral', file, list[0]!.device, power, maxGap(power), ceilingW));
      if (counter.length > 0) evidence.push(pointEvidence('counter', file, list[0]!.device, counter, maxGap(counter), ceilingW));
      const gapMs = o.maxGapMs ?? AUTO_GAP_FLOOR_MS;
      const isCounted = (r: TelemetryRecord) => r.type === 'energy' && r.basis === 'counter';
      const energy = cleanIntervals(list.filter((r) => !isCounted(r)), 'energy', ceilingW, (model) => o.boardPowerW(model), warn);
      const counted = cleanIntervals(list.filter(isCounted), 'energy', ceilingW, (model) => o.boardPowerW(model), warn);
      const usage = cleanIntervals(list, 'usage', ceilingW, (model) => o.boardPowerW(model), warn);
      if (energy.length > 0) evidence.push(intervalEvidence('reported', file, list[0]!.device, energy, gapMs, ceilingW));
      if (counted.length > 0) evidence.push(intervalEvidence('counter', file, list[0]!.device, counted, gapMs, ceilingW));
      if (usage.length > 0) evidence.push(intervalEvidence('estimate', file, list[0]!.device, usage, gapMs, ceilingW));
    }
    const device = reduceDevice(id, evidence, warnings);
    if (device) devices.push(device);
  }
  return { devices, warnings };
}

interface Point {
  t: number;
  v: number;
  u: number | undefined;
  /** Real time that the backwards samples just before this point stood for: from the first of them to this point. */
  setBackMs?: number;
}

interface Interval {
  start: number;
  end: number;
  joules: number;
  coverable: boolean;
  u: number | undefined;
}

interface Evidence {
  method: EnergyMethod;
  file: string;
  device: DeviceRef;
  maxGapMs: number;
  ceilingW: number;
  points: Point[];
  intervals: Interval[];
  startMs: number;
  endMs: number;
  coveredMs: number;
  samples: number;
}

type Warn = (code: string, count: number) => void;

function cleanPoints(list: TelemetryRecord[], kind: 'power' | 'counter', ceilingW: number, warn: Warn): Point[] {
  const kept: Point[] = [];
  const counts: Record<string, number> = {};
  const count = (code: string) => (counts[code] = (counts[code] ?? 0) + 1);
  let backFrom: number | undefined;
  for (const r of list) {
    const t = r.type === 'power' || r.type === 'energy-counter' ? r.timeMs : NaN;
    const v = r.type === 'power' ? r.powerW : r.type === 'energy-counter' ? r.counterJ : NaN;
    if (typeof v !== 'number' || !Number.isFinite(v) || typeof t !== 'number' || !Number.isFinite(t)) count('invalid-value');
    else if (v < 0) count(kind === 'power' ? 'negative-power' : 'negative-counter');
    else if (kind === 'power' && v > ceilingW) count('implausible-power');
    else if (kept.length > 0 && t === kept[kept.length - 1]!.t) count('duplicate-sample');
    else if (kept.length > 0 && t < kept[kept.length - 1]!.t) {
      count('time-backwards');
      backFrom ??= t;
    } else {
      let u = r.type === 'power' ? r.utilization : undefined;
      if (u !== undefined && !(u >= 0 && u <= 1)) {
        count('invalid-utilization');
        u = undefined;
      }
      kept.push(backFrom === undefined ? { t, v, u } : { t, v, u, setBackMs: t - backFrom });
      backFrom = undefined;
    }
  }
  for (const [code, n] of Object.entries(counts)) warn(code, n);
  return kept;
}

function cleanIntervals(
  list: TelemetryRecord[],
  type: 'energy' | 'usage',
  ceilingW: number,
  boardPowerW: (model: string | undefined) => number | undefined,
  warn: Warn,
): Interval[] {
  const kept: Interval[] = [];
  const counts: Record<string, number> = {};
  const count = (code: string) => (counts[code] = (counts[code] ?? 0) + 1);
  const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  for (const r of list) {
    let candidate: Interval | undefined;
    if (r.type === 'energy' && type === 'energy') {
      if (!finite(r.startMs) || !finite(r.endMs) || !finite(r.energyJ)) count('invalid-value');
      else if (r.endMs < r.startMs) count('invalid-interval');
      else if (r.energyJ < 0) count('negative-energy');
      else if (r.endMs > r.startMs && r.energyJ / ((r.endMs - r.startMs) / 1000) > ceilingW) count('implausible-power');
      else candidate = { start: r.startMs, end: r.endMs, joules: r.energyJ, coverable: true, u: undefined };
    } else if (r.type === 'usage' && type === 'usage') {
      if (!finite(r.startMs) || !finite(r.endMs)) count('invalid-value');
      else if (r.endMs < r.startMs) count('invalid-interval');
      else if (r.powerW !== undefined && !finite(r.powerW)) count('invalid-value');
      else if (r.powerW !== undefined && r.powerW < 0) count('negative-power');
      else if (r.powerW !== undefined && r.powerW > ceilingW) count('implausible-power');
      else if (r.utilization !== undefined && !(finite(r.utilization) && r.utilization >= 0 && r.utilization <= 1)) count('invalid-utilization');
      else {
        const w = r.powerW ?? boardPowerW(r.device.model);
        const hours = (r.endMs - r.startMs) / 3_600_000;
        const joules = w === undefined ? 0 : w * (r.utilization ?? 1) * hours * 3600;
        candidate = { start: r.startMs, end: r.endMs, joules, coverable: w !== undefined, u: r.utilization };
      }
    }
    if (!candidate) continue;
    const previous = kept[kept.length - 1];
    if (previous && candidate.start < previous.start) count('time-backwards');
    else if (previous && candidate.start === previous.start && candidate.end === previous.end) count('duplicate-sample');
    else kept.push(candidate);
  }
  for (const [code, n] of Object.entries(counts)) warn(code, n);
  return kept;
}

function autoGap(samples: Point[]): number {
  const intervals: number[] = [];
  for (let i = 1; i < samples.length && intervals.length < AUTO_GAP_INTERVALS; i++) intervals.push(samples[i]!.t - samples[i - 1]!.t);
  if (intervals.length === 0) return AUTO_GAP_FLOOR_MS;
  intervals.sort((a, b) => a - b);
  const n = intervals.length;
  const median = n % 2 === 1 ? intervals[(n - 1) / 2]! : (intervals[n / 2 - 1]! + intervals[n / 2]!) / 2;
  return Math.max(AUTO_GAP_FLOOR_MS, Math.round((AUTO_GAP_FACTOR * median) / 1000) * 1000);
}

function pointEvidence(method: EnergyMethod, file: string, device: DeviceRef, points: Point[], maxGapMs: number, ceilingW: number): Evidence {
  const e: Evidence = { method, file, device, maxGapMs, ceilingW, points, intervals: [], startMs: points[0]!.t, endMs: points[points.length - 1]!.t, coveredMs: 0, samples: points.length };
  e.coveredMs = integratePoints(method, points.map((p) => ({ ...p, e })), ).coveredMs;
  return e;
}

function intervalEvidence(method: EnergyMethod, file: string, device: DeviceRef, intervals: Interval[], maxGapMs: number, ceilingW: number): Evidence {
  const startMs = intervals.reduce((m, i) => Math.min(m, i.start), Infinity);
  const endMs = intervals.reduce((m, i) => Math.max(m, i.end), -Infinity);
  const e: Evidence = { method, file, device, maxGapMs, ceilingW, points: [], intervals, startMs, endMs, coveredMs: 0, samples: intervals.length };
  e.coveredMs = integrateIntervals(intervals, maxGapMs).coveredMs;
  return e;
}

interface Integral {
  terms: number[];
  coveredMs: number;
  gaps: Gap[];
  resets: number;
  overlaps: number;
}

/** One pass over time-sorted samples; each interval uses its stream's limits, a seam between streams the stricter of both. */
function integratePoints(method: EnergyMethod, points: (Point & { e: Evidence })[]): Integral {
  const out: Integral = { terms: [], coveredMs: 0, gaps: [], resets: 0, overlaps: 0 };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const dt = b.t - a.t;
    const maxGapMs = Math.min(a.e.maxGapMs, b.e.maxGapMs);
    const ceilingW = Math.min(a.e.ceilingW, b.e.ceilingW);
    if (dt > maxGapMs) {
      out.gaps.push({ startMs: a.t, endMs: b.t });
      continue;
    }
    let joules: number;
    if (method === 'power-integral') {
      joules = ((a.v + b.v) / 2) * (dt / 1000);
    } else {
      if (b.v < a.v) out.resets += 1;
      joules = b.v >= a.v ? b.v - a.v : b.v;
      if (joules > ceilingW * (dt / 1000)) {
        out.gaps.push({ startMs: a.t, endMs: b.t });
        continue;
      }
    }
    out.terms.push(joules);
    out.coveredMs += dt;
  }
  return out;
}

function integrateIntervals(intervals: Interval[], maxGapMs: number): Integral {
  const out: Integral = { terms: [], coveredMs: 0, gaps: [], resets: 0, overlaps: 0 };
  let endSoFar = -Infinity;
  let coveredEnd = -Infinity;
  for (const iv of intervals) {
    if (endSoFar !== -Infinity && iv.start < endSoFar) out.overlaps += 1;
    if (endSoFar !== -Infinity && iv.start - endSoFar > maxGapMs) out.gaps.push({ startMs: endSoFar, endMs: iv.start });
    endSoFar = Math.max(endSoFar, iv.end);
    if (iv.coverable && iv.end > Math.max(iv.start, coveredEnd)) {
      out.coveredMs += iv.end - Math.max(iv.start, coveredEnd);
      coveredEnd = iv.end;
    }
    out.terms.push(iv.joules);
  }
  return out;
}

const PRECEDENCE: EnergyMethod[] = ['counter', 'power-integral', 'reported', 'estimate'];

function reduceDevice(id: string, evidence: Evidence[], warnings: DataWarning[]): DeviceEnergy | undefined {
  const kept = new Map<EnergyMethod, Evidence[]>();
  for (const method of PRECEDENCE) {
    const candidates = evidence
      .filter((e) => e.method === method)
      .sort((a, b) => b.coveredMs - a.coveredMs || b.samples - a.samples || naturalOrder(a.file, b.file));
    const chosen: Evidence[] = [];
    let ignored = 0;
    for (const c of candidates) {
      if (chosen.some((k) => k.startMs < c.endMs && c.startMs < k.endMs)) ignored += 1;
      else chosen.push(c);
    }
    if (chosen.length > 0) kept.set(method, chosen);
    if (ignored > 0) warnings.push({ code: `duplicate-device:${method}`, count: ignored, deviceId: id, message: '' });
  }
  const present = PRECEDENCE.filter((m) => kept.has(m));
  if (present.length === 0) return undefined;
  const usable = (m: EnergyMethod) => {
    const list = kept.get(m)!;
    const total = sum(list.flatMap((e) => (e.points.length > 0 ? joinedPoints(m, [e]).terms : e.intervals.map((i) => i.joules))));
    return list.some((e) => e.coveredMs > 0) || total > 0;
  };
  const covered = (m: EnergyMethod) => kept.get(m)!.reduce((s, e) => s + e.coveredMs, 0);
  const measured = present.filter((m) => m !== 'estimate' && usable(m));
  const best = Math.max(...measured.map(covered));
  const method = measured.find((m) => covered(m) >= 0.95 * best) ?? present.find(usable) ?? present[0]!;
  const streams = [...kept.get(method)!].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || naturalOrder(a.file, b.file));

  const integral =
    (method === 'power-integral' || method === 'counter') && streams.every((e) => e.points.length > 0)
      ? joinedPoints(method, streams)
      : integrateIntervals(
          streams.flatMap((e) => e.intervals),
          Math.min(...streams.map((e) => e.maxGapMs)),
        );
  const keptStart = Math.min(...streams.map((e) => e.startMs));
  const keptEnd = Math.max(...streams.map((e) => e.endMs));
  const startMs = Math.min(...evidence.map((e) => e.startMs));
  const endMs = Math.max(...evidence.map((e) => e.endMs));
  const outside: Gap[] = [];
  if (startMs < keptStart) outside.push({ startMs, endMs: keptStart });
  if (endMs > keptEnd) outside.push({ startMs: keptEnd, endMs });
  const gaps = [...integral.gaps, ...outside].sort((a, b) => a.startMs - b.startMs);
  const samples = streams.reduce((s, e) => s + e.samples, 0);
  const setBackMs = sum(streams.flatMap((e) => e.points.flatMap((p) => (p.setBackMs === undefined ? [] : [p.setBackMs]))));
  if (integral.resets > 0) warnings.push({ code: 'counter-reset', count: integral.resets, deviceId: id, message: '' });
  if (integral.overlaps > 0) warnings.push({ code: 'energy-overlap', count: integral.overlaps, deviceId: id, message: '' });
  if (gaps.length > 0) warnings.push({ code: 'gaps', count: gaps.length, deviceId: id, message: '' });

  const device: DeviceRef = { ...streams[0]!.device };
  const result: DeviceEnergy = {
    device,
    startMs,
    endMs,
    energyJ: sum(integral.terms),
    method,
    samples,
    coverage: endMs - startMs + setBackMs > 0 ? Math.min(1, integral.coveredMs / (endMs - startMs + setBackMs)) : 0,
    gaps,
    plugins: ['reference'],
    files: [...new Set(streams.map((e) => e.file))].filter((f) => f !== '').sort(naturalOrder),
    maxGapS: Math.min(...streams.map((e) => e.maxGapMs)) / 1000,
    gapCount: gaps.length,
    gapS: gaps.reduce((s, g) => s + (g.endMs - g.startMs), 0) / 1000,
  };
  const power = kept.get('power-integral');
  const utilizations = (power ?? []).flatMap((e) => e.points.flatMap((p) => (p.u === undefined ? [] : [p.u])));
  if (method === 'estimate' && streams.some((e) => e.intervals.some((i) => i.u !== undefined))) {
    const stated = streams.flatMap((e) => e.intervals.filter((i) => i.u !== undefined));
    const weight = stated.reduce((s, i) => s + (i.end - i.start), 0);
    if (weight > 0) result.meanUtilization = stated.reduce((s, i) => s + i.u! * (i.end - i.start), 0) / weight;
  }
  if (result.meanUtilization === undefined && utilizations.length > 0) result.meanUtilization = utilizations.reduce((a, b) => a + b, 0) / utilizations.length;
  if (power) result.peakPowerW = power.flatMap((e) => e.points.map((p) => p.v)).reduce((a, b) => Math.max(a, b), -Infinity);
  return result;
}

function joinedPoints(method: EnergyMethod, streams: Evidence[]): Integral {
  const all = streams.flatMap((e) => e.points.map((p) => ({ ...p, e })));
  all.sort((a, b) => a.t - b.t);
  return integratePoints(method, all);
}

/** Compensated (Neumaier) sum, so that the order of the terms does not matter beyond a rounding. */
function sum(values: number[]): number {
  let s = 0;
  let c = 0;
  for (const x of values) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

