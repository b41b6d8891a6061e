// Deterministic generators of the benchmark's inputs, other than the nvidia-smi CSV log (that one is
// `nvidiaSmiLogChunks` of scripts/make-example.mjs); the two DCGM ones are in generate-dcgm.mjs, which
// shares this file's workload model:
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

export function gpuUuid(random) {
  return `GPU-${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`;
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
export const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

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
export class Workload {
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
export class Chunker {
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
