import type { EnergyRecord, Logger } from 'carbon-ci';
import { readKeplerLegacy } from './kepler-legacy.js';
import { distinctPer, mergeOverlaps, PodDevices, reduceWorkloads, seriesInWindow, warnResets, type KeplerRead, type KeplerTally, type Workload, type WorkloadOutcome } from './kepler-workloads.js';
import { planSteps, type StepPlan } from './steps.js';

/** Kepler 0.10+ metrics (docs/prometheus.md, "Kepler"): joule counters per pod (CPU zones) and per container (GPU). */
export const KEPLER_POD_CPU = 'kepler_pod_cpu_joules_total';
export const KEPLER_CONTAINER_GPU = 'kepler_container_gpu_joules_total';
const KEPLER_NODE_GPU = 'kepler_node_gpu_watts';
const KEPLER_POD_GPU_WATTS = 'kepler_pod_gpu_watts';
/** RAPL zones read: `package` is the CPU sockets, `dram` the memory; the others overlap them (core, uncore ⊂ package; psys ⊇ both). */
const ZONES: Record<string, 'cpu' | 'ram'> = { package: 'cpu', dram: 'ram' };
/** Pod UIDs (36 characters) per GPU query: about 4 KB of URL, under common proxies' limits. */
const UIDS_PER_QUERY = 100;
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
    const uid = labels.pod_id;
    if (uid === undefined || component === undefined) return undefined;
    return { key: `${uid}\u0000${labels.zone}`, device: () => pods.device(uid, `${labels.pod_namespace ?? '?'}/${labels.pod_name ?? uid}`, labels.node_name, component) };
  };
  const cpu = await reduceWorkloads(read, plan, cpuSelector, cpuKey);
  if (pods.count === 0) {
    // No Kepler 0.10+ pod series: Kepler 0.7 names its metrics differently.
    yield* readKeplerLegacy(read, plan, context, tally);
    return;
  }
  tally.pods = pods.count;
  const uids = pods.uids().filter((uid) => /^[\w-]+$/.test(uid));
  const gpu: WorkloadOutcome = { records: [], resets: 0 };
  const known = new Set(uids);
  const withGpuCounter = new Set<string>();
  const gpuCount = distinctPer(await seriesInWindow(read, plan, KEPLER_NODE_GPU), (labels) => labels.node_name, 'gpu_uuid');
  // Pods named by UID in a regular expression, in groups that keep each request's URL short (proxies refuse long ones).
  const wattsOnly: string[] = [];
  for (let i = 0; i < uids.length; i += UIDS_PER_QUERY) {
    const group = uids.slice(i, i + UIDS_PER_QUERY);
    const outcome = await reduceWorkloads(read, plan, `${KEPLER_CONTAINER_GPU}{pod_id=~"${group.join('|')}"}`, (labels) => {
      const uid = labels.pod_id;
      if (uid === undefined || !known.has(uid) || labels.container_id === undefined) return undefined;
      return {
        key: labels.container_id,
        device: () => {
          withGpuCounter.add(uid);
          return pods.device(uid, uid, undefined, 'gpu', gpuCount.get(pods.host(uid) ?? '') ?? 1);
        },
      };
    });
    gpu.records.push(...outcome.records);
    gpu.resets += outcome.resets;
    wattsOnly.push(...(await podsWithGpuWattsOnly(read, plan, group, withGpuCounter)));
  }
  const records = [...cpu.records, ...mergeOverlaps(gpu.records)].sort((a, b) => a.startMs - b.startMs);
  tally.records += records.length;
  if (records.length > 0) yield records;
  warnResets(context, cpu.resets + gpu.resets);
  context.log.warn(
    `${context.base}: Kepler 0.10+ attributes to pods the active share of CPU, memory and GPU energy only; idle energy stays at node level ` +
      '(kepler_node_cpu_idle_joules_total, kepler_node_gpu_idle_joules_total) and is not in this report',
  );
  wattsOnly.sort();
  if (wattsOnly.length > 0) {
    context.log.warn(
      `${context.base}: Kepler exports GPU power but no GPU energy counter (kepler_container_gpu_joules_total, added to Kepler in Feb 2026, PR #2405) for ${wattsOnly.length} ${wattsOnly.length === 1 ? 'pod' : 'pods'} ` +
        `(${wattsOnly.slice(0, 3).join(', ')}${wattsOnly.length > 3 ? ', …' : ''}): their GPU energy is missing from this report`,
    );
  }
}

/** Pods with Kepler GPU power (`kepler_pod_gpu_watts`) in the window but no GPU energy counter: older Kepler has watts only. */
async function podsWithGpuWattsOnly(read: KeplerRead, plan: StepPlan, uids: string[], withCounter: Set<string>): Promise<string[]> {
  const names = new Set<string>();
  for (const labels of await seriesInWindow(read, plan, `${KEPLER_POD_GPU_WATTS}{pod_id=~"${uids.join('|')}"}`)) {
    if (labels.pod_id !== undefined && !withCounter.has(labels.pod_id)) names.add(`${labels.pod_namespace ?? '?'}/${labels.pod_name ?? labels.pod_id}`);
  }
  return [...names];
}
