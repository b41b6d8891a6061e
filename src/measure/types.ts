import type { DataWarning } from '../energy/types.js';
import { isValidTimeZone } from '../sdk/time.js';

/** One sample a second: nvidia-smi's and RAPL's cost stays under a percent of a core. */
export const DEFAULT_INTERVAL_MS = 1000;
/** Faster than this, the tools and the file writes cost more than a percent of a core. */
export const MIN_INTERVAL_MS = 100;
export const MAX_INTERVAL_MS = 60_000;

/** What every sampler is started with. */
export interface SamplerOptions {
  /** Where the sampler writes its log (created by the caller). */
  logDir: string;
  /** How often to sample (ms). */
  intervalMs: number;
  /** The environment: PATH, CUDA_VISIBLE_DEVICES, ROCR_VISIBLE_DEVICES, ZE_AFFINITY_MASK, TZ, CARBON_CI_POWERCAP_ROOT, CARBON_CI_HWMON_ROOT, CARBON_CI_PROC_ROOT. */
  env: Record<string, string | undefined>;
  /** `--gpus`: the GPUs to sample (indexes or UUIDs, comma-separated); default CUDA_VISIBLE_DEVICES, else all. */
  gpus?: string;
  /** The clock (UTC epoch ms); tests may pin it. */
  nowMs?: () => number;
}

/** What finding the samplers needs: no log folder yet, nothing runs. */
export type PlanOptions = Pick<SamplerOptions, 'env' | 'gpus' | 'intervalMs'>;

/** A sampler that runs until `stop`: a child process or a timer, writing one log file or more. */
export interface Sampler {
  /** What it measures, as warnings and the output name it ("nvidia-smi", "rapl", "host-usage"). */
  readonly name: string;
  /** Stops sampling (a last sample first, where it can) and closes its files; never throws. */
  stop(): Promise<void>;
  /** The log files it wrote that hold samples (empty ones left out), for `carbon-ci report`. */
  files(): Promise<string[]>;
  /** What went wrong while it ran, for the report. */
  readonly warnings: DataWarning[];
  /** The pids of the processes it started, so that tests can check none is left. */
  pids(): number[];
}

/** A sampling tool to run (nvidia-smi, amd-smi, xpu-smi): found on PATH, with its arguments for the GPUs chosen. */
export interface ToolPlan {
  name: string;
  /** `<logBase>.csv`, then `<logBase>-2.csv` after a restart. */
  logBase: string;
  executable: string;
  args: string[];
  /** Its rows carry the time of day only (xpu-smi): they are dated before the log is handed on. */
  datesRows?: true;
}

/** A counter the RAPL sampler reads: its zone id and name in the log, its file, where it wraps (µJ, as written). */
export interface EnergyZone {
  id: string;
  name: string;
  energyPath: string;
  maxEnergyRangeUj: string;
}

/**
 * A limited cgroup that the job runs in: the file of its CPU time (v2's `cpu.stat`, whose `usage_usec` is µs, or
 * v1's `cpuacct.usage`, in ns) and of the memory it holds, the CPUs it may use, its memory limit if it has one.
 */
export interface CgroupShare {
  cpuUsagePath: string;
  cpuUsageUnit: 'usage_usec' | 'ns';
  memCurrentPath: string;
  vcpus: number;
  memLimitBytes?: number;
}

/** Where the host-usage estimate reads /proc, the CPUs it counts, the CPU model for its power figure, and the job's cgroup where it is limited. */
export interface HostPlan {
  root: string;
  vcpus: number;
  model: string;
  cgroup?: CgroupShare;
}

/**
 * What can be sampled here and how, found before anything starts: the tools, the RAPL zones, or else the
 * /proc estimate (never both: they would count the CPU twice), and why the others cannot run.
 */
export interface SamplerPlan {
  tools: ToolPlan[];
  zones: EnergyZone[];
  host?: HostPlan;
  skipped: SamplerSkipped[];
}

/** Why a sampler did not start, for the output (not a warning: a missing tool is the normal case). */
export interface SamplerSkipped {
  name: string;
  reason: string;
}

export function samplerWarning(sampler: string, message: string): DataWarning {
  return { code: 'sampler', message: `${sampler}: ${message}` };
}

/** The zone the tools started with `env` write local times in (nvidia-smi, xpu-smi): TZ when it names a zone, else this machine's, else UTC. */
export function toolTimeZone(env: SamplerOptions['env']): string {
  const tz = env.TZ;
  if (tz !== undefined && tz !== '' && isValidTimeZone(tz)) return tz;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}
