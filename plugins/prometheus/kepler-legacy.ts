import type { EnergyRecord, Logger } from 'carbon-ci';
import { distinctPer, mergeOverlaps, PodDevices, reduceWorkloads, seriesInWindow, warnResets, type KeplerRead, type KeplerTally } from './kepler-workloads.js';
import type { StepPlan } from './steps.js';

/**
 * Kepler 0.7's per-container counters (docs/research/kepler.md, section 2): RAPL package and DRAM shares
 * and the GPU share, one series per `mode` (`dynamic`, and `idle` where Kepler attributes idle power).
 * `kepler_container_joules_total` already sums them, so it is not read.
 */
const KEPLER_LEGACY: Record<'cpu' | 'ram' | 'gpu', string> = {
  cpu: 'kepler_container_package_joules_total',
  ram: 'kepler_container_dram_joules_total',
  gpu: 'kepler_container_gpu_joules_total',
};
/** Kepler 0.7's pseudo-containers for host work outside any pod. */
const NOT_PODS = new Set(['system_processes', 'kernel_processes']);

/**
 * The selected pods' energy from Kepler 0.7: per pod (`container_namespace`/`pod_name` on its node) a CPU,
 * a memory and a GPU device, each the sum of its containers' counters over both modes. 0.7 has no pod UID:
 * a pod re-created under the same name on the same node is the same device. The node is `instance` (the
 * 0.7 ServiceMonitor relabels it to the node's name), or `exported_instance` where the scrape renamed it.
 */
export async function* readKeplerLegacy(read: KeplerRead, plan: StepPlan, context: { base: string; log: Logger }, tally: KeplerTally): AsyncGenerator<EnergyRecord[]> {
  const pods = new PodDevices();
  // GPUs per node: distinct `package` (the device) of Kepler 0.7's node GPU counter.
  const nodeGpus = await seriesInWindow(read, plan, 'kepler_node_gpu_joules_total{mode="dynamic"}');
  const gpuCount = distinctPer(nodeGpus, (labels) => labels.exported_instance ?? labels.instance, 'package');
  const records: EnergyRecord[] = [];
  let resets = 0;
  let idle = false;
  for (const component of ['cpu', 'ram', 'gpu'] as const) {
    const selector = `${KEPLER_LEGACY[component]}{${read.matchers}}`;
    const outcome = await reduceWorkloads(read, plan, selector, (labels) => {
      const { container_id: id, pod_name: pod, mode } = labels;
      if (id === undefined || pod === undefined || NOT_PODS.has(id)) return undefined;
      const host = labels.exported_instance ?? labels.instance;
      const name = `${labels.container_namespace ?? '?'}/${pod}`;
      return {
        key: `${id}\u0000${mode ?? ''}`,
        device: () => {
          if (mode === 'idle') idle = true;
          return pods.device(`${name}\u0000${host ?? ''}`, name, host, component, component === 'gpu' ? (gpuCount.get(host ?? '') ?? 1) : 1);
        },
      };
    });
    records.push(...outcome.records);
    resets += outcome.resets;
  }
  // 0.7 exports a GPU counter for every container, 0 without a GPU: such a pod has no GPU device.
  const gpuJ = new Map<string, number>();
  for (const r of records) if (r.device.component === 'gpu') gpuJ.set(r.device.id, (gpuJ.get(r.device.id) ?? 0) + r.energyJ);
  // Containers and modes of one pod overlap in time: one device's records are combined.
  const merged = mergeOverlaps(records.filter((r) => r.device.component !== 'gpu' || gpuJ.get(r.device.id)! > 0)).sort((a, b) => a.startMs - b.startMs);
  tally.records += merged.length;
  if (merged.length > 0) yield merged;
  warnResets(context, resets);
  if (pods.count > 0) {
    context.log.warn(
      `${context.base}: Kepler 0.7 (legacy metric names): each pod's dynamic share of CPU, memory and GPU energy is counted` +
        (idle ? ', and the idle share Kepler attributed to it (mode="idle"; how idle is shared depends on Kepler\'s version and configuration)' : '; Kepler attributed no idle share (mode="idle"), so idle energy is not in this report'),
    );
  }
}
