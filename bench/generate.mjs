// Deterministic generators of the benchmark's inputs, other than the nvidia-smi CSV log (that one is
// `nvidiaSmiLogChunks` of scripts/make-example.mjs):
//
// - `codecarbonChunks`: CodeCarbon 3.3.0 `emissions.csv`, one row per 15 s measurement of each run,
//   with cumulative totals (as `flush()` and live output write them), a 1xA100 host;
// - `dcgmExporterChunks`: DCGM exporter scrapes of the default counters (`etc/default-counters.csv`),
//   saved every 30 s with the `awk` recipe of plugins/dcgm/README.md (a ms timestamp on every sample);
// - `dcgmiDmonChunks`: `dcgmi dmon -e 155,156 -d 1000` with a `date +%s.%3N` prefix on every line.
//
// Each yields strings of about `chunkChars` characters and stops after the first whole unit (a row, a
// scrape, a second of all GPUs) that reaches `targetBytes`. Output is pure ASCII (characters = bytes).
// Only integer PRNG arithmetic, + - * /, Math.floor/round, toFixed and the shortest round-trip number
// formatting of ECMAScript are used, so the same options give the same bytes on every machine.

import { hex, noise, prng } from '../scripts/make-example.mjs';

/** Bump when a generator's output changes: it is part of the cached file names. */
export const GENERATOR_VERSIONS = Object.freeze({ codecarbon: 'v1', 'dcgm-exporter': 'v1', 'dcgmi-dmon': 'v1' });

export { prng };

/** A random (version 4) UUID, as Python's uuid.uuid4() prints it. */
function uuid4(random) {
  return `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[Math.floor(random() * 4)]}${hex(random, 3)}-${hex(random, 12)}`;
}

function gpuUuid(random) {
  return `GPU-${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`;
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:MM:SS` of a ms count read as UTC (the generators' wall clock), as CodeCarbon writes it. */
function isoSeconds(ms) {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

/**
 * A float as Python's repr() writes it (what pandas' to_csv writes for a float column): the shortest
 * digits that read back to the same double, in exponent form below 1e-4 and from 1e16 (`1.5e-05`),
 * else positional with at least one decimal (`62.0`).
 * @param {number} x
 * @returns {string}
 */
export function pyFloat(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = x.toExponential().split('e');
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exponent < 0 ? '-' : '+'}${pad2(Math.abs(exponent))}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/**
 * A node of 8 A100s running training jobs one after another, second by second: idle gaps of 5 to 60
 * minutes between jobs of 6 to 30 hours; in a job a warm-up ramp, steady training at each GPU's own
 * level, an evaluation dip every 30 minutes and a checkpoint stall every 4 hours. Power follows its
 * target with a lag, as the board's 1 s averaging does.
 */
class Workload {
  /** @param {() => number} random @param {number} gpus */
  constructor(random, gpus) {
    this.random = random;
    this.gpus = gpus;
    /** Seconds since the start of the log. */
    this.t = 0;
    this.job = -1;
    this.jobStart = 0;
    this.jobEnd = 0;
    this.nextJobStart = 420;
    this.level = new Array(gpus).fill(360);
    this.power = new Array(gpus).fill(62);
    this.util = new Array(gpus).fill(0);
    this.memUsed = new Array(gpus).fill(4);
    this.memTarget = new Array(gpus).fill(61000);
    this.inJob = false;
    this.jobElapsed = 0;
    /** True on the last second of a job. */
    this.jobEnding = false;
    this.phase = 'idle';
  }

  /** Advance one second; afterwards `power`, `util`, `memUsed`, `inJob`, `jobElapsed`, `phase` describe it. */
  step() {
    const random = this.random;
    const t = this.t;
    if (!this.inJob && t >= this.nextJobStart) {
      this.inJob = true;
      this.job++;
      this.jobStart = t;
      this.jobEnd = t + 6 * 3600 + Math.floor(random() * 24 * 3600);
      for (let g = 0; g < this.gpus; g++) {
        this.level[g] = 358 + noise(random, 8);
        this.memTarget[g] = 61000 + Math.floor(random() * 14000);
      }
    }
    this.jobElapsed = this.inJob ? t - this.jobStart : 0;
    this.jobEnding = this.inJob && t === this.jobEnd - 1;
    let phase = 'idle';
    if (this.inJob) {
      const e = this.jobElapsed;
      if (e < 240) phase = 'warm';
      else if (e % (4 * 3600) < 60 && e >= 4 * 3600) phase = 'stall';
      else if (e % 1800 < 120 && e >= 1800) phase = 'eval';
      else phase = 'train';
    }
    this.phase = phase;
    for (let g = 0; g < this.gpus; g++) {
      let target;
      if (phase === 'idle') {
        target = 62 + noise(random, 1.5);
        this.util[g] = 0;
        this.memUsed[g] = 4;
      } else if (phase === 'warm') {
        const f = this.jobElapsed / 240;
        target = 120 + (this.level[g] - 120) * f + noise(random, 10);
        this.util[g] = Math.min(100, Math.floor(30 + 67 * f + random() * 4));
        this.memUsed[g] = Math.floor(this.memTarget[g] * f) + 4;
      } else if (phase === 'stall') {
        target = 60 + 30 * random();
        this.util[g] = Math.floor(random() * 4);
      } else if (phase === 'eval') {
        target = 210 + noise(random, 14);
        this.util[g] = 45 + Math.floor(random() * 16);
        this.memUsed[g] = this.memTarget[g] - 4000;
      } else {
        target = this.level[g] + noise(random, 10);
        this.util[g] = 96 + Math.floor(random() * 5);
        this.memUsed[g] = this.memTarget[g] + Math.floor(random() * 64);
      }
      // Whole mW, as NVML reports it.
      this.power[g] = Math.round((this.power[g] + (target - this.power[g]) * 0.7) * 1000) / 1000;
    }
    if (this.inJob && this.jobEnding) {
      this.inJob = false;
      this.nextJobStart = this.jobEnd + 300 + Math.floor(random() * 3300);
    }
    this.t++;
  }
}

/** Collects strings into chunks of about `chunkChars` characters. */
class Chunker {
  constructor(chunkChars) {
    this.chunkChars = chunkChars;
    this.text = '';
    this.bytes = 0;
  }
  /** Adds `s`; returns a chunk to yield when one is full, else undefined. */
  add(s) {
    this.text += s;
    this.bytes += s.length;
    if (this.text.length < this.chunkChars) return undefined;
    const out = this.text;
    this.text = '';
    return out;
  }
}

// ---------------------------------------------------------------------------------------------- CodeCarbon

export const CODECARBON_HEADER =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,' +
  'cpu_energy,gpu_energy,ram_energy,energy_consumed,water_consumed,country_name,country_iso_code,region,cloud_provider,' +
  'cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,' +
  'ram_total_size,tracking_mode,cpu_utilization_percent,gpu_utilization_percent,ram_utilization_percent,ram_used_gb,' +
  'on_cloud,pue,wue\n';

/** kg CO2e per kWh that CodeCarbon uses for California (eGRID), for its own `emissions` column. */
const CA_KG_PER_KWH = 0.2052691;

/** The hosts the CodeCarbon generator can describe, by GPU count. */
const CODECARBON_HOSTS = {
  1: { cpuCount: 30, cpuModel: 'AMD EPYC 7J13 64-Core Processor', ramGb: 216.2621955871582, cpuIdleW: 38, cpuBusyW: 24, ramW: 20.25, ramUsedGb: [18, 90] },
  8: { cpuCount: 256, cpuModel: 'AMD EPYC 7742 64-Core Processor', ramGb: 1007.7339515686035, cpuIdleW: 95, cpuBusyW: 60, ramW: 94.5, ramUsedGb: [180, 420] },
};

/**
 * A CodeCarbon 3.3.0 emissions.csv of one project's training runs on an A100 host in California, not on
 * a cloud: one row per 15 s measurement (`measure_power_secs` default) with the run's cumulative totals
 * since `start()`, as `flush()` or live output append them, and a last row at `stop()`. `duration` is the
 * tracker's float seconds; energies are kWh; `gpu_power` is the mean W of all GPUs of the run over the
 * window; wall-clock timestamps with no zone (read with `--timezone UTC`).
 *
 * `gpus` is 1 (a 1xA100 host, the default) or 8 (a DGX A100). With 8, CodeCarbon's all-GPU `gpu_power`
 * (about 2.9 kW) is above carbon-ci's per-device plausibility ceiling (800 W), which drops those rows.
 * @param {{targetBytes: number, seed?: number, chunkChars?: number, gpus?: 1 | 8}} options
 */
export function* codecarbonChunks({ targetBytes, seed = 20250310, chunkChars = 1 << 16, gpus = 1 }) {
  const host = CODECARBON_HOSTS[gpus];
  if (!host) throw new Error(`codecarbonChunks: gpus must be 1 or 8, not ${gpus}`);
  const random = prng(seed);
  const work = new Workload(prng(seed ^ 0x3c0d), gpus);
  const startMs = Date.UTC(2025, 2, 10, 8, 0, 0);
  const out = new Chunker(chunkChars);
  const fixedTail =
    ',0.0,United States,USA,california,,,Linux-5.15.0-1063-nvidia-x86_64-with-glibc2.35,3.11.11,3.3.0,' +
    `${host.cpuCount},${host.cpuModel},${gpus},${gpus} x NVIDIA A100-SXM4-80GB,-121.8863,37.3382,${pyFloat(host.ramGb)},machine,`;
  let chunk = out.add(CODECARBON_HEADER);
  if (chunk) yield chunk;

  /** The run being tracked, if any. */
  let run;
  const flushRow = () => {
    const durationS = run.elapsedS + 0.004 + random() * 0.05;
    const windowS = durationS - run.durationS;
    run.durationS = durationS;
    const gpuPowerW = run.gpuJ / run.windowSeconds;
    const cpuPowerW = run.cpuJ / run.windowSeconds;
    const ramPowerW = run.ramJ / run.windowSeconds;
    // Energy of the window as CodeCarbon computes it: mean power x measured duration.
    run.gpuKWh += (gpuPowerW * windowS) / 3.6e6;
    run.cpuKWh += (cpuPowerW * windowS) / 3.6e6;
    run.ramKWh += (ramPowerW * windowS) / 3.6e6;
    const energyKWh = run.cpuKWh + run.gpuKWh + run.ramKWh;
    const emissionsKg = energyKWh * CA_KG_PER_KWH;
    const ramUsedGb = host.ramUsedGb[0] + run.memFraction * host.ramUsedGb[1] + noise(random, 1);
    const row =
      `${isoSeconds(startMs + run.startS * 1000 + durationS * 1000)},llm-finetune,${run.id},5b0fa12a-3dd7-45bb-9766-cc326314d9f1,` +
      `${pyFloat(durationS)},${pyFloat(emissionsKg)},${pyFloat(emissionsKg / durationS)},${pyFloat(cpuPowerW)},${pyFloat(gpuPowerW)},${pyFloat(ramPowerW)},` +
      `${pyFloat(run.cpuKWh)},${pyFloat(run.gpuKWh)},${pyFloat(run.ramKWh)},${pyFloat(energyKWh)}${fixedTail}` +
      `${pyFloat(run.cpuUtil / run.windowSeconds)},${pyFloat(run.gpuUtil / run.windowSeconds)},` +
      `${pyFloat((ramUsedGb / host.ramGb) * 100)},${pyFloat(ramUsedGb)},N,1.0,0.0\n`;
    run.gpuJ = run.cpuJ = run.ramJ = run.cpuUtil = run.gpuUtil = 0;
    run.windowSeconds = 0;
    return out.add(row);
  };

  while (out.bytes < targetBytes) {
    work.step();
    if (!work.inJob && !work.jobEnding) {
      run = undefined;
      continue;
    }
    if (!run) {
      run = {
        id: uuid4(random),
        startS: work.t - 1,
        elapsedS: 0,
        durationS: 0,
        gpuKWh: 0,
        cpuKWh: 0,
        ramKWh: 0,
        gpuJ: 0,
        cpuJ: 0,
        ramJ: 0,
        cpuUtil: 0,
        gpuUtil: 0,
        windowSeconds: 0,
        memFraction: 0,
      };
    }
    let gpuW = 0;
    let util = 0;
    for (let g = 0; g < gpus; g++) {
      gpuW += work.power[g];
      util += work.util[g];
    }
    const busy = util / (gpus * 100);
    run.gpuJ += gpuW;
    run.cpuJ += host.cpuIdleW + host.cpuBusyW * busy + noise(random, 3);
    run.ramJ += host.ramW;
    run.cpuUtil += 4 + 14 * busy + noise(random, 1.5);
    run.gpuUtil += util / gpus;
    run.windowSeconds++;
    run.elapsedS++;
    run.memFraction = busy;
    if (run.elapsedS % 15 === 0 || work.jobEnding) {
      chunk = flushRow();
      if (chunk) yield chunk;
      if (work.jobEnding) run = undefined;
    }
  }
  if (out.text.length > 0) yield out.text;
}

// ---------------------------------------------------------------------------------------------- DCGM

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
