import type { EnergyRecord } from 'carbon-ci';
import type { PrometheusApi } from './api.js';
import type { DeviceSteps, StepPlan } from './steps.js';

/** A counter sample: time (ms) and value (in the counter's unit: mJ for DCGM, J for Kepler). */
export interface Sample {
  t: number;
  c: number;
}

/**
 * Which steps of a GPU need its raw samples: its first and last (exact ends), and those with a reset
 * inside, a blank at the end, or a last value below the previous step's (a reset across the boundary).
 */
function stepsNeedingRaw(steps: DeviceSteps): number[] {
  const present = presentSteps(steps);
  if (present.length === 0) return [];
  const need = new Set([present[0]!, present.at(-1)!]);
  let previous = NaN;
  for (const k of present) {
    const last = steps.last[k]!;
    if (steps.resets[k]! > 0 || last === Number.POSITIVE_INFINITY || last < previous) need.add(k);
    if (last !== Number.POSITIVE_INFINITY) previous = last;
  }
  return [...need].sort((a, b) => a - b);
}

/** The steps in which the GPU's counter has samples. */
function presentSteps(steps: DeviceSteps): number[] {
  const present: number[] = [];
  for (let k = 1; k < steps.last.length; k++) if (steps.last[k] === steps.last[k]) present.push(k);
  return present;
}

/** What a counter's values are: their unit in J, and whether the series counts from zero (born in the window). */
export interface CounterKind {
  /** Counter units per joule: 1000 for DCGM's mJ, 1 for Kepler's J (a division keeps whole millijoules exact). */
  unitsPerJ: number;
  /** The series started inside the window at zero (a Kepler workload): its first value is energy, not a baseline. */
  fromZero?: boolean;
}

const DCGM_COUNTER: CounterKind = { unitsPerJ: 1000 };

export interface CounterOutcome {
  records: EnergyRecord[];
  /** Counter decreases (driver reloads): the new value counted as energy since zero. */
  resets: number;
  /** Steps inside the GPU's span without a sample, and their length (ms): the counter kept counting. */
  silentSteps: number;
  silentMs: number;
  /** Spans not bridged because the counter reset while no sample was taken (ms). */
  unbridgedMs: number;
}

/**
 * A GPU's energy per step from its counter: the difference of the last counter values of consecutive
 * steps, reset-aware, from its first sample in the window to its last (no extrapolation). Steps given
 * raw samples are walked sample by sample. Steps without samples inside the span are bridged: the
 * counter kept counting while the exporter was silent. But a reset seen after silent steps leaves
 * those steps unbridged, since the energy before the reset is unknown.
 */
export function counterEnergy(steps: DeviceSteps, plan: StepPlan, raw: Map<number, Sample[]>, counter: CounterKind = DCGM_COUNTER): CounterOutcome {
  const out: CounterOutcome = { records: [], resets: 0, silentSteps: 0, silentMs: 0, unbridgedMs: 0 };
  const device = steps.device;
  const b = plan.boundariesMs;
  const present = presentSteps(steps);
  let startMs = NaN;
  let lastC = NaN;
  let previousK = NaN;
  // Counter deltas are in the counter's own unit (mJ for DCGM, J for Kepler) until emitted.
  const emit = (fromMs: number, toMs: number, counterDelta: number) => {
    if (toMs > fromMs) out.records.push({ type: 'energy', basis: 'counter', startMs: fromMs, endMs: toMs, device, energyJ: counterDelta / counter.unitsPerJ });
  };
  const first = present[0];
  const firstSamples = first === undefined ? undefined : raw.get(first);
  if (counter.fromZero && first !== undefined && firstSamples !== undefined && firstSamples.length > 0) {
    // A series born in the window: its first value is the energy of about one scrape interval before its first sample
    // (the gap to its second sample), within the step; with a single sample, from the step's start.
    lastC = 0;
    const [s0, s1] = firstSamples;
    startMs = Math.min(Math.max(b[first - 1]!, s1 ? 2 * s0!.t - s1.t : -Infinity), s0!.t - 1);
    previousK = first - 1;
  }
  const walk = (from: number, samples: Sample[]) => {
    let c0 = from;
    let counterDelta = 0;
    for (const { c } of samples) {
      if (c >= c0) counterDelta += c - c0;
      else {
        counterDelta += c;
        out.resets += 1;
      }
      c0 = c;
    }
    return { counterDelta, lastC: c0 };
  };
  for (const k of present) {
    const samples = raw.get(k);
    const endMs = k === present.at(-1) && samples && samples.length > 0 ? samples.at(-1)!.t : b[k]!;
    if (previousK === previousK && k - previousK > 1) {
      out.silentSteps += k - previousK - 1;
      out.silentMs += b[k - 1]! - b[previousK]!;
    }
    if (samples === undefined) {
      const last = steps.last[k]!;
      // Without a previous value (the first step's raw samples were all blanks) the counter starts at this step's end.
      if (lastC === lastC) emit(startMs, endMs, last >= lastC ? last - lastC : last);
      lastC = last;
    } else if (samples.length > 0) {
      const resetAfterSilence = lastC === lastC && k - previousK > 1 && (steps.resets[k]! > 0 || samples[0]!.c < lastC || steps.last[k]! < lastC);
      if (lastC !== lastC || resetAfterSilence) {
        if (resetAfterSilence) out.unbridgedMs += samples[0]!.t - startMs;
        const walked = walk(samples[0]!.c, samples.slice(1));
        emit(samples[0]!.t, endMs, walked.counterDelta);
        lastC = walked.lastC;
      } else {
        const walked = walk(lastC, samples);
        emit(startMs, endMs, walked.counterDelta);
        lastC = walked.lastC;
      }
    } else {
      continue;
    }
    startMs = endMs;
    previousK = k;
  }
  return out;
}

/** How rawStepSamples reads a step's series: which counter (by key) a series belongs to, and its values. */
export interface RawStepRead {
  api: PrometheusApi;
  signal: AbortSignal;
  /** `METRIC{…}`: the raw samples of step k are `selector[<step>ms]` at the step's end. */
  selector: string;
  /** Samples before this (ms) are outside the window. */
  startMs: number;
  keyOf(labels: Record<string, string>): string | undefined;
  /** A value as a number, or undefined for a blank (counted in `blanks`). */
  valueOf(text: string): number | undefined;
}

/** The raw samples of the steps that need them (stepsNeedingRaw), per counter and step, in time order, once each; and how many blanks were dropped. */
export async function rawStepSamples(read: RawStepRead, plan: StepPlan, counters: Map<string, DeviceSteps>): Promise<{ samples: Map<string, Map<number, Sample[]>>; blanks: number }> {
  const wanted = new Map<number, Set<string>>();
  for (const [key, steps] of counters) {
    for (const k of stepsNeedingRaw(steps)) {
      let keys = wanted.get(k);
      if (!keys) wanted.set(k, (keys = new Set()));
      keys.add(key);
    }
  }
  const out = new Map<string, Map<number, Sample[]>>();
  const b = plan.boundariesMs;
  let blanks = 0;
  for (const k of [...wanted.keys()].sort((x, y) => x - y)) {
    read.signal.throwIfAborted();
    const keys = wanted.get(k)!;
    for (const { metric, values } of await read.api.instant(`${read.selector}[${b[k]! - b[k - 1]!}ms]`, b[k]! / 1000)) {
      const key = read.keyOf(metric);
      if (key === undefined || !keys.has(key)) continue;
      let perStep = out.get(key);
      if (!perStep) out.set(key, (perStep = new Map()));
      let samples = perStep.get(k);
      if (!samples) perStep.set(k, (samples = []));
      for (const [timeS, text] of values) {
        const c = read.valueOf(text);
        const t = Math.round(timeS * 1000);
        if (c === undefined) blanks += 1;
        else if (t >= read.startMs) samples.push({ t, c });
      }
    }
  }
  for (const perStep of out.values()) {
    for (const [k, samples] of perStep) {
      // Several series of one counter (a relabelled GPU; Kepler's running and terminated states) repeat a sample: once each.
      samples.sort((x, y) => x.t - y.t || x.c - y.c);
      perStep.set(k, samples.filter((s, i) => i === 0 || s.t !== samples[i - 1]!.t));
    }
  }
  return { samples: out, blanks };
}
