import type { DeviceRef, EnergyRecord, Logger, PowerRecord } from 'carbon-ci';
import { readKeplerLegacy } from './kepler-legacy.js';
import { distinctPer, mergeOverlaps, PodDevices, reduceWorkloads, seriesInWindow, warnResets, type KeplerRead, type KeplerTally, type WorkloadOutcome } from './kepler-workloads.js';
import { readSlices, type SliceSeries } from './raw.js';
import { planSteps, type CounterKey, type StepPlan } from './steps.js';

/** Kepler 0.10+ metrics (docs/prometheus.md, "Kepler"): joule counters per pod (CPU zones) and per container (GPU). */
export const KEPLER_POD_CPU = 'kepler_pod_cpu_joules_total';
const KEPLER_CONTAINER_GPU = 'kepler_container_gpu_joules_total';
const KEPLER_NODE_GPU = 'kepler_node_gpu_watts';
const KEPLER_POD_GPU_WATTS = 'kepler_pod_gpu_watts';
/** RAPL zones read: `package` is the CPU sockets, `dram` the memory; the others overlap them (core, uncore ⊂ package; psys ⊇ both). */
const ZONES: Record<string, 'cpu' | 'ram'> = { package: 'cpu', dram: 'ram' };
/** Pod UIDs (36 characters) per GPU query: about 4 KB of URL, under common proxies' limits. */
const UIDS_PER_QUERY = 100;
/** Raw GPU power is read an hour of samples at a time (split where the server finds that too large). */
const RAW_CHUNK_MS = 3_600_000;
/**
 * The energy of the selected pods from Kepler 0.10+ counters, reduced on the server as for DCGM
 * (reduce.ts): per pod a CPU device (zone `package`), a memory device (zone `dram`, where RAPL has it)
 * and, with Kepler's GPU joules, a GPU device summing the pod's containers' GPU counters (the pod's own
 * GPU counter drops when a container restarts). Series of one workload in either `state` are merged,
 * never added. A workload born in the window counts from zero; Kepler restarts are counter resets. A pod of a
 * Kepler without GPU joules (before Feb 2026) has its GPU power, `kepler_pod_gpu_watts`, read raw and integrated.
 */
export async function* readKepler(read: KeplerRead, context: { base: string; log: Logger }, tally: KeplerTally): AsyncGenerator<(EnergyRecord | PowerRecord)[]> {
  const plan = planSteps(read.startMs, read.endMs);
  const cpuSelector = `${KEPLER_POD_CPU}{${[read.matchers, 'zone=~"package|dram"'].filter((m) => m !== '').join(',')}}`;
  const pods = new PodDevices();
  const cpuKey = (labels: Record<string, string>): CounterKey | undefined => {
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
  const uids = pods.uids().filter((uid) => /^[\w-]+$/.test(uid));
  const gpu: WorkloadOutcome = { records: [], resets: 0 };
  const known = new Set(uids);
  const withGpuCounter = new Set<string>();
  const gpuCount = distinctPer(await seriesInWindow(read, plan, KEPLER_NODE_GPU), (labels) => labels.node_name, 'gpu_uuid');
  // Pods named by UID in a regular expression, in groups that keep each request's URL short (proxies refuse long ones).
  const gpuDevice = (uid: string) => pods.device(uid, uid, undefined, 'gpu', gpuCount.get(pods.host(uid) ?? '') ?? 1);
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
          return gpuDevice(uid);
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
  for (let i = 0; i < wattsOnly.length; i += UIDS_PER_QUERY) {
    for await (const power of readPodGpuWatts(read, wattsOnly.slice(i, i + UIDS_PER_QUERY), gpuDevice)) {
      tally.records += power.length;
      yield power;
    }
  }
  warnResets(context, cpu.resets + gpu.resets);
  context.log.warn(
    `${context.base}: Kepler 0.10+ attributes to pods the active share of CPU, memory and GPU energy only; idle energy stays at node level ` +
      '(kepler_node_cpu_idle_joules_total, kepler_node_gpu_idle_joules_total) and is not in this report',
  );
}

/** Pods (UIDs) with Kepler GPU power (`kepler_pod_gpu_watts`) in the window but no GPU energy counter: older Kepler has watts only. */
async function podsWithGpuWattsOnly(read: KeplerRead, plan: StepPlan, uids: string[], withCounter: Set<string>): Promise<string[]> {
  const found = new Set<string>();
  for (const labels of await seriesInWindow(read, plan, `${KEPLER_POD_GPU_WATTS}{pod_id=~"${uids.join('|')}"}`)) {
    if (labels.pod_id !== undefined && !withCounter.has(labels.pod_id)) found.add(labels.pod_id);
  }
  return [...found].sort();
}

/**
 * The GPU power samples of pods without GPU joules, as scraped (raw.ts's slices), as power records that the
 * energy stage integrates like any power log. A terminated pod's series keeps its last value for a while: only
 * the running ones are read.
 */
function readPodGpuWatts(read: KeplerRead, uids: string[], device: (uid: string) => DeviceRef): AsyncGenerator<PowerRecord[]> {
  const selector = `${KEPLER_POD_GPU_WATTS}{pod_id=~"${uids.join('|')}",state!="terminated"}`;
  return readSlices({ signal: read.signal, startMs: read.startMs, endMs: read.endMs, chunkMs: RAW_CHUNK_MS }, async (sliceStart, sliceEnd) => {
    const byPod = new Map<string, SliceSeries<PowerRecord>>();
    for (const { metric: labels, values } of await read.api.instant(`${selector}[${sliceEnd - sliceStart}ms]`, sliceEnd / 1000)) {
      const uid = labels.pod_id;
      if (uid === undefined) continue;
      let entry = byPod.get(uid);
      if (!entry) {
        const ref = device(uid);
        byPod.set(uid, (entry = { times: [], values: [], record: (timeMs, powerW) => ({ type: 'power', timeMs, device: ref, powerW }) }));
      }
      for (const [timeS, text] of values) {
        const powerW = Number(text);
        if (!Number.isFinite(powerW) || powerW < 0) continue;
        entry.times.push(Math.round(timeS * 1000));
        entry.values.push(powerW);
      }
    }
    return byPod;
  });
}
