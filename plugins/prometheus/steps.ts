import type { DeviceRef } from 'carbon-ci';
import { QueryTooLargeError, type PrometheusApi, type Series } from './api.js';
import { dcgmValue } from './raw.js';

/** About this many steps per window, whatever its length: the report's cost does not grow with the samples. */
const TARGET_STEPS = 360;
/** Step lengths (s) that divide an hour, so that steps end on UTC hours (hourly intensity prices by hour). */
const STEPS_S = [60, 120, 300, 600, 900, 1200, 1800, 3600];
/** Prometheus refuses range queries of more than 11,000 points per series. */
const MAX_POINTS_PER_QUERY = 10_000;

/**
 * The window cut into steps: `boundariesMs[0]` is the start, `boundariesMs[k]` the end of step k (k ≥ 1).
 * Inner boundaries are multiples of the step (UTC-aligned); the first and last steps may be shorter.
 */
export interface StepPlan {
  stepMs: number;
  boundariesMs: number[];
}

export function planSteps(startMs: number, endMs: number): StepPlan {
  const spanS = (endMs - startMs) / 1000;
  const stepS = STEPS_S.find((s) => spanS / s <= TARGET_STEPS) ?? STEPS_S.at(-1)!;
  const stepMs = stepS * 1000;
  const boundariesMs = [startMs];
  for (let t = Math.floor(startMs / stepMs) * stepMs + stepMs; t < endMs; t += stepMs) boundariesMs.push(t);
  boundariesMs.push(endMs);
  return { stepMs, boundariesMs };
}

/** One function of a metric per step and series: `values[k]` for step k (NaN where the series has none). */
interface StepSeries {
  labels: Record<string, string>;
  values: Float64Array;
}

/**
 * `fn(METRIC{…}[step])` for every step of the plan, each over its own step only (no lookback, no
 * extrapolation): the first and last steps by instant queries over their own length, the inner
 * (whole) steps by range queries whose step is the plan's.
 */
export async function stepQuery(api: PrometheusApi, fn: string, selector: string, plan: StepPlan): Promise<StepSeries[]> {
  const b = plan.boundariesMs;
  const last = b.length - 1;
  const indexOfMs = new Map<number, number>(b.map((t, k) => [t, k]));
  const answers: Promise<Series[]>[] = [api.instant(`${fn}(${selector}[${b[1]! - b[0]!}ms])`, b[1]! / 1000)];
  if (last >= 3) {
    const stepS = plan.stepMs / 1000;
    // Steps 2 .. last-1, in parts the server accepts: halved while it finds them too large.
    const ask = async (from: number, to: number): Promise<Series[]> => {
      try {
        return await api.range(`${fn}(${selector}[${stepS}s])`, b[from]! / 1000, b[to]! / 1000, stepS);
      } catch (error) {
        if (!(error instanceof QueryTooLargeError) || to === from) throw error;
        const middle = Math.floor((from + to) / 2);
        return [...(await ask(from, middle)), ...(await ask(middle + 1, to))];
      }
    };
    for (let from = 2; from <= last - 1; from += MAX_POINTS_PER_QUERY) answers.push(ask(from, Math.min(last - 1, from + MAX_POINTS_PER_QUERY - 1)));
  }
  if (last >= 2) answers.push(api.instant(`${fn}(${selector}[${b[last]! - b[last - 1]!}ms])`, b[last]! / 1000));
  const byLabels = new Map<string, StepSeries>();
  for (const series of (await Promise.all(answers)).flat()) {
    const key = JSON.stringify(series.metric);
    let entry = byLabels.get(key);
    if (!entry) byLabels.set(key, (entry = { labels: series.metric, values: new Float64Array(b.length).fill(NaN) }));
    for (const [timeS, text] of series.values) {
      const k = indexOfMs.get(Math.round(timeS * 1000));
      if (k !== undefined && k > 0) entry.values[k] = dcgmValue(text) ?? Number.POSITIVE_INFINITY;
    }
  }
  return [...byLabels.values()];
}

/** Per GPU (or Kepler workload): the step functions of all its series (a pod attaching relabels a GPU's series; Kepler's running and terminated states), merged. */
export interface DeviceSteps {
  device: DeviceRef;
  /** The counter's last value per step, the largest of the GPU's series; NaN: no sample in the step; Infinity: a DCGM blank. */
  last: Float64Array;
  /** Counter decreases within each step, summed over the GPU's series. */
  resets: Float64Array;
}

/** Which counter a series belongs to (a GPU's id; a Kepler workload), and the device its energy goes to, made once per counter. */
export interface CounterKey {
  key: string;
  device: () => DeviceRef;
}

export function mergeByDevice(
  keyOf: (labels: Record<string, string>) => CounterKey | undefined,
  steps: number,
  parts: { last: StepSeries[]; resets: StepSeries[] },
  unlabelled: Set<string>,
): Map<string, DeviceSteps> {
  const out = new Map<string, DeviceSteps>();
  const slot = (labels: Record<string, string>): DeviceSteps | undefined => {
    const counter = keyOf(labels);
    if (!counter) {
      unlabelled.add(JSON.stringify(labels));
      return undefined;
    }
    let entry = out.get(counter.key);
    if (!entry) out.set(counter.key, (entry = { device: counter.device(), last: new Float64Array(steps).fill(NaN), resets: new Float64Array(steps).fill(NaN) }));
    return entry;
  };
  const merge = (list: StepSeries[], field: 'last' | 'resets', combine: (a: number, b: number) => number) => {
    for (const { labels, values } of list) {
      const entry = slot(labels);
      if (!entry) continue;
      const target = entry[field];
      for (let k = 1; k < steps; k++) {
        const v = values[k]!;
        if (v !== v) continue;
        target[k] = target[k] !== target[k] ? v : combine(target[k]!, v);
      }
    }
  };
  merge(parts.last, 'last', Math.max);
  merge(parts.resets, 'resets', (a, b) => a + b);
  return out;
}
