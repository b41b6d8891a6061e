import type { DeviceRef, EnergyRecord, Logger } from 'carbon-ci';
import type { PrometheusApi } from './api.js';
import { counterEnergy, rawStepSamples } from './counter.js';
import { mergeByDevice, stepQuery, type CounterKey, type StepPlan } from './steps.js';

// What Kepler 0.10+ (kepler.ts) and 0.7 (kepler-legacy.ts) share: per-workload counters reduced on the
// server, pods as devices, and several containers' records of one pod combined without overlaps.

/** A series with a sample this long before the window existed before it: its first value is a baseline, not energy. */
const LOOKBACK_MS = 5 * 60_000;

export interface KeplerRead {
  api: PrometheusApi;
  signal: AbortSignal;
  /** The user's pod-level matchers, normalised (`a="b",c=~"d"`), or ''. */
  matchers: string;
  startMs: number;
  endMs: number;
}

export interface KeplerTally {
  /** Records yielded: none is an error naming the selector. */
  records: number;
}

/** Readable, stable DeviceRefs per pod: `ml/bert-0 cpu`, host = the node; a re-created pod of the same name gets its UID's start added. */
export class PodDevices {
  private readonly pods = new Map<string, { name: string; host: string | undefined; devices: Map<string, DeviceRef> }>();
  private readonly names = new Set<string>();

  get count(): number {
    return this.pods.size;
  }

  uids(): string[] {
    return [...this.pods.keys()];
  }

  host(uid: string): string | undefined {
    return this.pods.get(uid)?.host;
  }

  /**
   * The pod's device of one component; `uid` identifies the pod (Kepler 0.10+: its Kubernetes UID), `name`
   * is `namespace/pod`. A GPU share may spread over all the node's GPUs, so it stands for `gpus` of them
   * (the power ceiling scales with them).
   */
  device(uid: string, name: string, host: string | undefined, component: 'cpu' | 'ram' | 'gpu', gpus = 1): DeviceRef {
    let pod = this.pods.get(uid);
    if (!pod) {
      const unique = this.names.has(name) ? `${name} (${uid.slice(0, 8)})` : name;
      this.names.add(unique);
      this.pods.set(uid, (pod = { name: unique, host, devices: new Map() }));
    }
    let ref = pod.devices.get(component);
    if (!ref) {
      ref = { id: `${pod.name} ${component}`, component, ...(pod.host !== undefined ? { host: pod.host } : {}), ...(component === 'gpu' ? { vendor: 'nvidia' as const } : {}) };
      if (gpus > 1) ref.count = gpus;
      pod.devices.set(component, ref);
    }
    return ref;
  }
}

/** The label sets of the series that have data in the plan's window, from the series index (no sample is read). */
export function seriesInWindow(read: KeplerRead, plan: StepPlan, selector: string): Promise<Record<string, string>[]> {
  return read.api.series(selector, plan.boundariesMs[0]! / 1000, plan.boundariesMs.at(-1)! / 1000);
}

/** Distinct values of `item` per value of `group` among label sets (GPUs per node). */
export function distinctPer(labelSets: Record<string, string>[], group: (labels: Record<string, string>) => string | undefined, item: string): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const labels of labelSets) {
    const key = group(labels);
    const value = labels[item];
    if (key === undefined || value === undefined) continue;
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Set()));
    set.add(value);
  }
  return new Map([...sets].map(([key, set]) => [key, set.size]));
}

/** Says how often Kepler's counters went down: Kepler restarted (0.7 and 0.10+ count from zero again). */
export function warnResets(context: { base: string; log: Logger }, resets: number): void {
  if (resets === 0) return;
  context.log.warn(
    `${context.base}: Kepler's energy counters went down ${resets} ${resets === 1 ? 'time' : 'times'} (Kepler restarted and counts from zero again); ` +
      'the energy of the interval around each restart is not in Kepler\'s counters',
  );
}

export interface WorkloadOutcome {
  records: EnergyRecord[];
  resets: number;
}

/**
 * Per workload: step functions on the server, raw samples for the steps that need them, then counterEnergy (J, from
 * zero when born in the window). `keyOf` names a series' workload (a pod's zone, or one container's GPU energy) and
 * the pod's device it adds to (made only for series in the window).
 */
export async function reduceWorkloads(read: KeplerRead, plan: StepPlan, selector: string, keyOf: (labels: Record<string, string>) => CounterKey | undefined): Promise<WorkloadOutcome> {
  const steps = plan.boundariesMs.length;
  const [last, resets, before] = await Promise.all([
    stepQuery(read.api, 'last_over_time', selector, plan),
    stepQuery(read.api, 'resets', selector, plan),
    read.api.instant(`count_over_time(${selector}[${LOOKBACK_MS}ms])`, read.startMs / 1000),
  ]);
  const existed = new Set(before.map((s) => keyOf(s.metric)?.key).filter((k): k is string => k !== undefined));
  const merged = mergeByDevice(keyOf, steps, { last, resets }, new Set());
  for (const [key, device] of merged) if (!device.last.some((v) => v === v)) merged.delete(key);
  const { samples: raw } = await rawStepSamples(
    {
      api: read.api,
      signal: read.signal,
      selector,
      startMs: read.startMs,
      keyOf: (labels) => keyOf(labels)?.key,
      valueOf: (text) => {
        const value = Number(text);
        return Number.isFinite(value) ? value : undefined;
      },
    },
    plan,
    merged,
  );
  const out: WorkloadOutcome = { records: [], resets: 0 };
  for (const [key, workload] of merged) {
    const outcome = counterEnergy(workload, plan, raw.get(key) ?? new Map(), { unitsPerJ: 1, fromZero: !existed.has(key) });
    out.records.push(...outcome.records);
    out.resets += outcome.resets;
  }
  return out;
}


/**
 * One device's records from several counters (a pod's containers) as records that do not overlap: each
 * elementary interval gets each record's energy in proportion to the time it shares with it. The sum is kept.
 */
export function mergeOverlaps(records: EnergyRecord[]): EnergyRecord[] {
  const byDevice = new Map<DeviceRef, EnergyRecord[]>();
  for (const r of records) {
    let list = byDevice.get(r.device);
    if (!list) byDevice.set(r.device, (list = []));
    list.push(r);
  }
  const out: EnergyRecord[] = [];
  for (const [device, list] of byDevice) {
    list.sort((x, y) => x.startMs - y.startMs);
    if (list.every((r, i) => i === 0 || r.startMs >= list[i - 1]!.endMs)) {
      out.push(...list);
      continue;
    }
    const cuts = [...new Set(list.flatMap((r) => [r.startMs, r.endMs]))].sort((x, y) => x - y);
    for (let i = 1; i < cuts.length; i++) {
      const from = cuts[i - 1]!;
      const to = cuts[i]!;
      let energyJ = 0;
      let covered = false;
      for (const r of list) {
        if (r.startMs >= to || r.endMs <= from) continue;
        covered = true;
        energyJ += (r.energyJ * (to - from)) / (r.endMs - r.startMs);
      }
      if (covered) out.push({ type: 'energy', basis: 'counter', startMs: from, endMs: to, device, energyJ });
    }
  }
  return out;
}
