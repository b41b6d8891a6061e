import type { DeviceRef, EnergyRecord, Logger } from 'carbon-ci';
import type { PrometheusApi } from './api.js';
import { counterEnergy, stepsNeedingRaw, type Sample } from './counter.js';
import { mergeByDevice, planSteps, stepQuery, type DeviceSteps, type StepPlan } from './steps.js';

/** Kepler 0.10+ metrics (docs/prometheus.md, "Kepler"): joule counters per pod (CPU zones) and per container (GPU). */
export const KEPLER_POD_CPU = 'kepler_pod_cpu_joules_total';
export const KEPLER_CONTAINER_GPU = 'kepler_container_gpu_joules_total';
const KEPLER_NODE_GPU = 'kepler_node_gpu_watts';
const KEPLER_POD_GPU_WATTS = 'kepler_pod_gpu_watts';
/** RAPL zones read: `package` is the CPU sockets, `dram` the memory; the others overlap them (core, uncore ⊂ package; psys ⊇ both). */
const ZONES: Record<string, 'cpu' | 'ram'> = { package: 'cpu', dram: 'ram' };
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
  records: number;
  /** Pods found by the selector. */
  pods: number;
}

/** One counter of a workload: a pod's zone, or one container's GPU energy; DeviceRef is the pod's device it adds to. */
interface Workload {
  key: string;
  device: DeviceRef;
}

/**
 * The energy of the selected pods from Kepler 0.10+ counters, reduced on the server as for DCGM
 * (reduce.ts): per pod a CPU device (zone `package`), a memory device (zone `dram`, where RAPL has it)
 * and, with Kepler's GPU joules, a GPU device summing the pod's containers' GPU counters (the pod's own
 * GPU counter drops when a container restarts). Series of one workload in either `state` are merged,
 * never added. A workload born in the window counts from zero; Kepler restarts are counter resets.
 */
export async function* readKepler(read: KeplerRead, context: { base: string; log: Logger }, tally: KeplerTally): AsyncGenerator<EnergyRecord[]> {
  const plan = planSteps(read.startMs, read.endMs);
  const cpuSelector = `${KEPLER_POD_CPU}{${[read.matchers, 'zone=~"package|dram"'].filter((m) => m !== '').join(',')}}`;
  const pods = new PodDevices();
  const cpuKey = (labels: Record<string, string>): Workload | undefined => {
    const component = ZONES[labels.zone ?? ''];
    if (labels.pod_id === undefined || component === undefined) return undefined;
    return { key: `${labels.pod_id}\u0000${labels.zone}`, device: pods.device(labels, component) };
  };
  const cpu = await reduceWorkloads(read, plan, cpuSelector, cpuKey);
  tally.pods = pods.count;
  const uids = pods.uids();
  let gpu: WorkloadOutcome = { records: [], resets: 0 };
  if (uids.length > 0 && uids.every((uid) => /^[\w-]+$/.test(uid))) {
    const gpuSelector = `${KEPLER_CONTAINER_GPU}{pod_id=~"${uids.join('|')}"}`;
    const gpuCount = await nodeGpuCounts(read);
    gpu = await reduceWorkloads(read, plan, gpuSelector, (labels) => {
      const pod = pods.byUid(labels.pod_id);
      if (!pod || labels.container_id === undefined) return undefined;
      return { key: labels.container_id, device: pods.gpuDevice(pod, gpuCount.get(pod.host ?? '') ?? 1) };
    });
  }
  const wattsOnly = uids.length > 0 ? await podsWithGpuWattsOnly(read, uids, new Set(gpu.records.map((r) => r.device.id))) : [];
  const records = [...cpu.records, ...mergeOverlaps(gpu.records)].sort((a, b) => a.startMs - b.startMs);
  tally.records += records.length;
  if (records.length > 0) yield records;
  const resets = cpu.resets + gpu.resets;
  if (resets > 0) {
    context.log.warn(
      `${context.base}: Kepler's energy counters went down ${resets} ${resets === 1 ? 'time' : 'times'} (Kepler restarted and counts from zero again); ` +
        'the energy of the interval around each restart is not in Kepler\'s counters',
    );
  }
  if (tally.pods > 0) {
    context.log.warn(
      `${context.base}: Kepler 0.10+ attributes to pods the active share of CPU, memory and GPU energy only; idle energy stays at node level ` +
        '(kepler_node_cpu_idle_joules_total, kepler_node_gpu_idle_joules_total) and is not in this report',
    );
  }
  if (wattsOnly.length > 0) {
    context.log.warn(
      `${context.base}: Kepler exports GPU power but no GPU energy counter (kepler_container_gpu_joules_total, from Kepler 0.11 after Feb 2026) for ${wattsOnly.length} ${wattsOnly.length === 1 ? 'pod' : 'pods'} ` +
        `(${wattsOnly.slice(0, 3).join(', ')}${wattsOnly.length > 3 ? ', …' : ''}): their GPU energy is missing from this report`,
    );
  }
}

/** Pods with Kepler GPU power (`kepler_pod_gpu_watts`) in the window but no GPU energy read: older Kepler has watts only. */
async function podsWithGpuWattsOnly(read: KeplerRead, uids: string[], withEnergy: Set<string>): Promise<string[]> {
  if (!uids.every((uid) => /^[\w-]+$/.test(uid))) return [];
  const query = `count by (pod_id, pod_namespace, pod_name) (last_over_time(${KEPLER_POD_GPU_WATTS}{pod_id=~"${uids.join('|')}"}[${read.endMs - read.startMs}ms]))`;
  const names = new Set<string>();
  for (const { metric } of await read.api.instant(query, read.endMs / 1000)) {
    const name = `${metric.pod_namespace ?? '?'}/${metric.pod_name ?? metric.pod_id}`;
    if (![...withEnergy].some((id) => id.startsWith(`${name} `))) names.add(name);
  }
  return [...names].sort();
}

/** Readable, stable DeviceRefs per pod: `ml/bert-0 cpu`, host = the node; a re-created pod of the same name gets its UID's start added. */
class PodDevices {
  private readonly pods = new Map<string, { name: string; host: string | undefined; devices: Map<string, DeviceRef> }>();
  private readonly names = new Set<string>();

  get count(): number {
    return this.pods.size;
  }

  uids(): string[] {
    return [...this.pods.keys()];
  }

  byUid(uid: string | undefined) {
    return uid === undefined ? undefined : this.pods.get(uid);
  }

  device(labels: Record<string, string>, component: 'cpu' | 'ram'): DeviceRef {
    const uid = labels.pod_id!;
    let pod = this.pods.get(uid);
    if (!pod) {
      let name = `${labels.pod_namespace ?? '?'}/${labels.pod_name ?? uid}`;
      if (this.names.has(name)) name = `${name} (${uid.slice(0, 8)})`;
      this.names.add(name);
      this.pods.set(uid, (pod = { name, host: labels.node_name, devices: new Map() }));
    }
    return this.ref(pod, component, 1);
  }

  /** The pod's GPU share: it may spread over all the node's GPUs, so it stands for that many (the power ceiling scales with them). */
  gpuDevice(pod: { name: string; host: string | undefined; devices: Map<string, DeviceRef> }, gpus: number): DeviceRef {
    return this.ref(pod, 'gpu', gpus);
  }

  private ref(pod: { name: string; host: string | undefined; devices: Map<string, DeviceRef> }, component: 'cpu' | 'ram' | 'gpu', count: number): DeviceRef {
    let ref = pod.devices.get(component);
    if (!ref) {
      ref = { id: `${pod.name} ${component}`, component, ...(pod.host !== undefined ? { host: pod.host } : {}), ...(component === 'gpu' ? { vendor: 'nvidia' as const } : {}) };
      if (count > 1) ref.count = count;
      pod.devices.set(component, ref);
    }
    return ref;
  }
}

/** GPUs per node (distinct `gpu_uuid` of Kepler's node GPU series in the window). */
async function nodeGpuCounts(read: KeplerRead): Promise<Map<string, number>> {
  const windowMs = read.endMs - read.startMs;
  const series = await read.api.instant(`count by (node_name) (group by (node_name, gpu_uuid) (last_over_time(${KEPLER_NODE_GPU}[${windowMs}ms])))`, read.endMs / 1000);
  const out = new Map<string, number>();
  for (const { metric, values } of series) {
    const n = Number(values.at(-1)?.[1]);
    if (metric.node_name !== undefined && Number.isInteger(n) && n > 0) out.set(metric.node_name, n);
  }
  return out;
}

interface WorkloadOutcome {
  records: EnergyRecord[];
  resets: number;
}

/** Per workload: step functions on the server, raw samples for the steps that need them, then counterEnergy (J, from zero when born in the window). */
async function reduceWorkloads(read: KeplerRead, plan: StepPlan, selector: string, keyOf: (labels: Record<string, string>) => Workload | undefined): Promise<WorkloadOutcome> {
  const steps = plan.boundariesMs.length;
  const [count, last, min, resets, before] = await Promise.all([
    stepQuery(read.api, 'count_over_time', selector, plan),
    stepQuery(read.api, 'last_over_time', selector, plan),
    stepQuery(read.api, 'min_over_time', selector, plan),
    stepQuery(read.api, 'resets', selector, plan),
    read.api.instant(`count_over_time(${selector}[${LOOKBACK_MS}ms])`, read.startMs / 1000),
  ]);
  // mergeByDevice keys by DeviceRef id: each workload gets its own internal ref, mapped back to its pod's device.
  const podDevice = new Map<string, DeviceRef>();
  const internal = new Map<string, DeviceRef>();
  const refOf = (labels: Record<string, string>): DeviceRef | undefined => {
    const workload = keyOf(labels);
    if (!workload) return undefined;
    let ref = internal.get(workload.key);
    if (!ref) internal.set(workload.key, (ref = { id: workload.key }));
    podDevice.set(workload.key, workload.device);
    return ref;
  };
  const existed = new Set(before.map((s) => keyOf(s.metric)?.key).filter((k): k is string => k !== undefined));
  const merged = mergeByDevice(refOf, steps, { count, last, min, resets }, new Set());
  for (const [key, device] of merged) if (!device.count.some((n) => n > 0)) merged.delete(key);
  const raw = await rawSamples(read, plan, selector, merged, (labels) => keyOf(labels)?.key);
  const out: WorkloadOutcome = { records: [], resets: 0 };
  for (const [key, workload] of merged) {
    const outcome = counterEnergy(podDevice.get(key)!, workload, plan, raw.get(key) ?? new Map(), { unitJ: 1, fromZero: !existed.has(key) });
    out.records.push(...outcome.records);
    out.resets += outcome.resets;
  }
  return out;
}

/** The raw samples of the steps that need them, per workload and step, in time order, once each (as reduce.ts does for DCGM). */
async function rawSamples(read: KeplerRead, plan: StepPlan, selector: string, workloads: Map<string, DeviceSteps>, keyOf: (labels: Record<string, string>) => string | undefined) {
  const wanted = new Map<number, Set<string>>();
  for (const [key, steps] of workloads) {
    for (const k of stepsNeedingRaw(steps)) {
      let keys = wanted.get(k);
      if (!keys) wanted.set(k, (keys = new Set()));
      keys.add(key);
    }
  }
  const out = new Map<string, Map<number, Sample[]>>();
  const b = plan.boundariesMs;
  for (const k of [...wanted.keys()].sort((x, y) => x - y)) {
    read.signal.throwIfAborted();
    const keys = wanted.get(k)!;
    for (const { metric, values } of await read.api.instant(`${selector}[${b[k]! - b[k - 1]!}ms]`, b[k]! / 1000)) {
      const key = keyOf(metric);
      if (key === undefined || !keys.has(key)) continue;
      let perStep = out.get(key);
      if (!perStep) out.set(key, (perStep = new Map()));
      let samples = perStep.get(k);
      if (!samples) perStep.set(k, (samples = []));
      for (const [timeS, text] of values) {
        const c = Number(text);
        const t = Math.round(timeS * 1000);
        if (Number.isFinite(c) && t >= read.startMs) samples.push({ t, c });
      }
    }
  }
  for (const perStep of out.values()) {
    for (const [k, samples] of perStep) {
      // Running and terminated series of one workload carry the same value at the same time: once each.
      samples.sort((x, y) => x.t - y.t || x.c - y.c);
      perStep.set(k, samples.filter((s, i) => i === 0 || s.t !== samples[i - 1]!.t));
    }
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
