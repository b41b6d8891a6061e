// The DCGM generators of the benchmark's inputs (see generate.mjs for the rules all generators keep):
// DCGM exporter scrapes and `dcgmi dmon` logs of an 8xA100 node running generate.mjs's workload.

import { Chunker, Workload, gpuUuid, pad3, prng } from './generate.mjs';

/** The default counters of NVIDIA/dcgm-exporter (`etc/default-counters.csv`), in its order. */
const DCGM_COUNTERS = [
  ['DCGM_FI_DEV_SM_CLOCK', 'gauge', 'SM clock frequency (in MHz).'],
  ['DCGM_FI_DEV_MEM_CLOCK', 'gauge', 'Memory clock frequency (in MHz).'],
  ['DCGM_FI_DEV_MEMORY_TEMP', 'gauge', 'Memory temperature (in C).'],
  ['DCGM_FI_DEV_GPU_TEMP', 'gauge', 'GPU temperature (in C).'],
  ['DCGM_FI_DEV_POWER_USAGE', 'gauge', 'Power draw (in W).'],
  ['DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION', 'counter', 'Total energy consumption since boot (in mJ).'],
  ['DCGM_FI_DEV_PCIE_REPLAY_COUNTER', 'counter', 'Total number of PCIe retries.'],
  ['DCGM_FI_DEV_GPU_UTIL', 'gauge', 'GPU utilization (in %).'],
  ['DCGM_FI_DEV_MEM_COPY_UTIL', 'gauge', 'Memory utilization (in %).'],
  ['DCGM_FI_DEV_ENC_UTIL', 'gauge', 'Encoder utilization (in %).'],
  ['DCGM_FI_DEV_DEC_UTIL', 'gauge', 'Decoder utilization (in %).'],
  ['DCGM_FI_DEV_XID_ERRORS', 'gauge', 'Value of the last XID error encountered.'],
  ['DCGM_FI_DEV_FB_FREE', 'gauge', 'Framebuffer memory free (in MiB).'],
  ['DCGM_FI_DEV_FB_USED', 'gauge', 'Framebuffer memory used (in MiB).'],
  ['DCGM_FI_DEV_NVLINK_BANDWIDTH_TOTAL', 'counter', 'Total number of NVLink bandwidth counters for all lanes'],
  ['DCGM_FI_DEV_VGPU_LICENSE_STATUS', 'gauge', 'vGPU License status'],
  ['DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS', 'counter', 'Number of remapped rows for uncorrectable errors'],
  ['DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS', 'counter', 'Number of remapped rows for correctable errors'],
  ['DCGM_FI_DEV_ROW_REMAP_FAILURE', 'gauge', 'Whether remapping of rows has failed'],
];

/** PCI bus ids of the 8 GPUs of a DGX A100. */
const DGX_BUS = ['07', '0F', '47', '4E', '87', '90', 'B7', 'BD'];

/** A node's GPUs as DCGM sees them: uuids and energy counters (mJ since the driver loaded). */
function dcgmNode(random, gpus) {
  const uuids = Array.from({ length: gpus }, () => gpuUuid(random));
  const energyMJ = Array.from({ length: gpus }, () => 2.5e11 + Math.floor(random() * 1e11));
  const nvlink = Array.from({ length: gpus }, () => Math.floor(random() * 1e9));
  return { uuids, energyMJ, nvlink };
}

/**
 * DCGM exporter scrapes of an 8xA100 node in Kubernetes (exporter 3.x labels: gpu, UUID, pci_bus_id,
 * device, modelName, Hostname, and the pod labels while a job's pod holds the GPUs), one scrape every
 * 30 s (the exporter's default collect interval) saved with the plugin README's recipe
 * `awk -v t="$(date +%s%3N)" '/^[^#]/ {print $0, t; next} {print}'`: # HELP / # TYPE lines as served,
 * every sample with the scrape's ms timestamp.
 * @param {{targetBytes: number, seed?: number, chunkChars?: number, intervalS?: number}} options
 */
export function* dcgmExporterChunks({ targetBytes, seed = 20250512, chunkChars = 1 << 16, intervalS = 30 }) {
  const random = prng(seed);
  const gpus = 8;
  const work = new Workload(prng(seed ^ 0xdc6e), gpus);
  const node = dcgmNode(random, gpus);
  const startMs = Date.UTC(2025, 4, 12, 6, 0, 0);
  const out = new Chunker(chunkChars);
  const host = 'dgx-a100-017';
  const base = node.uuids.map(
    (uuid, g) => `gpu="${g}",UUID="${uuid}",pci_bus_id="00000000:${DGX_BUS[g % DGX_BUS.length]}:00.0",device="nvidia${g}",modelName="NVIDIA A100-SXM4-80GB",Hostname="${host}"`,
  );
  let labelsJob = -2;
  let labels = base;
  const temp = new Array(gpus).fill(34);
  while (out.bytes < targetBytes) {
    for (let s = 0; s < intervalS; s++) {
      work.step();
      for (let g = 0; g < gpus; g++) {
        node.energyMJ[g] += Math.round(work.power[g] * 1000);
        node.nvlink[g] += work.phase === 'train' ? 2_000_000 + Math.floor(random() * 1000) : Math.floor(random() * 100);
        temp[g] += ((work.power[g] - 62) / 8 + 32 - temp[g]) * 0.05;
      }
    }
    const job = work.inJob ? work.job : -1;
    if (job !== labelsJob) {
      labelsJob = job;
      labels =
        job < 0
          ? base
          : base.map((b) => `${b},container="pytorch",namespace="ml-training",pod="llm-pretrain-${pad3(job)}-worker-0"`);
    }
    const timeMs = startMs + work.t * 1000 + 2 + Math.floor(random() * 40);
    let scrape = '';
    for (const [name, type, help] of DCGM_COUNTERS) {
      scrape += `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
      for (let g = 0; g < gpus; g++) {
        const busy = work.util[g] > 0;
        let value;
        switch (name) {
          case 'DCGM_FI_DEV_SM_CLOCK':
            value = busy ? 1410 : 210;
            break;
          case 'DCGM_FI_DEV_MEM_CLOCK':
            value = busy ? 1593 : 1215;
            break;
          case 'DCGM_FI_DEV_MEMORY_TEMP':
            value = Math.round(temp[g] + 3);
            break;
          case 'DCGM_FI_DEV_GPU_TEMP':
            value = Math.round(temp[g]);
            break;
          case 'DCGM_FI_DEV_POWER_USAGE':
            value = work.power[g].toFixed(6);
            break;
          case 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION':
            value = node.energyMJ[g];
            break;
          case 'DCGM_FI_DEV_GPU_UTIL':
            value = work.util[g];
            break;
          case 'DCGM_FI_DEV_MEM_COPY_UTIL':
            value = busy ? Math.floor(work.util[g] * 0.35 + random() * 6) : 0;
            break;
          case 'DCGM_FI_DEV_FB_FREE':
            value = 81920 - 1004 - work.memUsed[g];
            break;
          case 'DCGM_FI_DEV_FB_USED':
            value = work.memUsed[g];
            break;
          case 'DCGM_FI_DEV_NVLINK_BANDWIDTH_TOTAL':
            value = node.nvlink[g];
            break;
          default:
            value = 0;
        }
        scrape += `${name}{${labels[g]}} ${value} ${timeMs}\n`;
      }
    }
    const chunk = out.add(scrape);
    if (chunk) yield chunk;
  }
  if (out.text.length > 0) yield out.text;
}

/**
 * `dcgmi dmon -e 155,156 -d 1000` (POWER in W, TOTEC in mJ) of an 8xA100 node, each line prefixed with
 * the Unix time in ms as the README's `while read` loop with `date +%s.%3N` writes it; the two header
 * lines come again every 25 samples, as dcgmi prints them.
 * @param {{targetBytes: number, seed?: number, chunkChars?: number}} options
 */
export function* dcgmiDmonChunks({ targetBytes, seed = 20250601, chunkChars = 1 << 16 }) {
  const random = prng(seed);
  const gpus = 8;
  const work = new Workload(prng(seed ^ 0xd4a0), gpus);
  const node = dcgmNode(random, gpus);
  const startMs = Date.UTC(2025, 5, 1, 0, 0, 0);
  const out = new Chunker(chunkChars);
  const stamp = (ms) => `${Math.floor(ms / 1000)}.${pad3(ms % 1000)}`;
  let sample = 0;
  while (out.bytes < targetBytes) {
    work.step();
    let lines = '';
    let ms = startMs + work.t * 1000 + 100 + Math.floor(random() * 30);
    if (sample % 25 === 0) {
      lines += `${stamp(ms)} #Entity   POWER     TOTEC\n`;
      lines += `${stamp(ms)} ID        W         mJ\n`;
    }
    for (let g = 0; g < gpus; g++) {
      node.energyMJ[g] += Math.round(work.power[g] * 1000);
      ms += Math.floor(random() * 2);
      lines += `${stamp(ms)} GPU ${g}     ${work.power[g].toFixed(3).padEnd(10)}${node.energyMJ[g]}\n`;
    }
    sample++;
    const chunk = out.add(lines);
    if (chunk) yield chunk;
  }
  if (out.text.length > 0) yield out.text;
}
