import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_USAGE_LOG_HEADER } from '../../plugins/host-usage/index.js';
import { csvField } from './log-file.js';
import { PolledSampler, type PollWarnings } from './polled-sampler.js';
import type { HostPlan, Sampler, SamplerOptions, SamplerSkipped } from './types.js';

const DEFAULT_PROC_ROOT = '/proc';
export const HOST_USAGE_LOG_NAME = 'host-usage.csv';
const BYTES_PER_KIB = 1024;

/** CPU time counters from /proc/stat's aggregate `cpu` line (USER_HZ ticks), and the number of CPUs. */
export interface CpuTimes {
  busy: number;
  total: number;
  vcpus: number;
}

/** `cpu user nice system idle iowait irq softirq steal ...`: idle and iowait are idle; guest time is already in user. */
export function parseProcStat(text: string): CpuTimes | undefined {
  const lines = text.split('\n');
  const aggregate = lines.find((line) => /^cpu\s/.test(line));
  if (aggregate === undefined) return undefined;
  const ticks = aggregate.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 4 || ticks.some((n) => !Number.isFinite(n))) return undefined;
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = ticks[3]! + (ticks[4] ?? 0);
  const vcpus = lines.filter((line) => /^cpu\d+\s/.test(line)).length;
  return vcpus > 0 ? { busy: total - idle, total, vcpus } : undefined;
}

/** `MemTotal` and `MemAvailable` of /proc/meminfo, in bytes (the file says kB and means KiB). */
export function parseMeminfo(text: string): { totalBytes: number; availableBytes: number } | undefined {
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+)\\s*kB`, 'm').exec(text);
    return match ? Number(match[1]) * BYTES_PER_KIB : undefined;
  };
  const totalBytes = kib('MemTotal');
  if (totalBytes === undefined) return undefined;
  return { totalBytes, availableBytes: kib('MemAvailable') ?? 0 };
}

/** The CPU model, its runs of spaces made one (older Intel CPUs pad theirs), as both the in-process and the detached sampler log it. */
function cpuModel(cpuinfo: string): string {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim().replace(/\s+/g, ' ') ?? '';
}

/** What the host-usage sampler's warnings say, whichever process reads /proc. */
export function hostUsageWarnings(root: string): PollWarnings {
  return {
    failedReadings: (count) => `${count} reading(s) of ${root}/stat or meminfo failed; the time around them counts as a gap`,
    incomplete: 'the CPU estimate is incomplete',
  };
}

/** Where CPU utilisation and memory can be read, or why they cannot. */
export async function planHostUsage(options: Pick<SamplerOptions, 'env'>): Promise<HostPlan | SamplerSkipped> {
  const root = options.env.CARBON_CI_PROC_ROOT || DEFAULT_PROC_ROOT;
  const first = await readTimes(root);
  if (first === undefined) return { name: 'host-usage', reason: `${join(root, 'stat')} is not readable (not Linux?)` };
  const model = cpuModel(await readFile(join(root, 'cpuinfo'), 'utf8').catch(() => ''));
  return { root, vcpus: first.vcpus, model };
}

/** Starts logging CPU utilisation and memory every interval into `host-usage.csv`, or says why it cannot. */
export async function startHostUsage(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const plan = await planHostUsage(options);
  return 'reason' in plan ? plan : startHostUsageFrom(plan, options);
}

/** Starts logging what `plan` says; the first reading is the start of the first row. */
export async function startHostUsageFrom(plan: HostPlan, options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const first = await readTimes(plan.root);
  if (first === undefined) return { name: 'host-usage', reason: `${join(plan.root, 'stat')} is not readable (not Linux?)` };
  return new HostUsageSampler(plan.root, first, plan.model, options);
}

async function readTimes(root: string): Promise<CpuTimes | undefined> {
  return parseProcStat(await readFile(join(root, 'stat'), 'utf8').catch(() => ''));
}

class HostUsageSampler extends PolledSampler {
  readonly name = 'host-usage';
  private lastMs = this.nowMs();

  constructor(private readonly root: string, private last: CpuTimes, private readonly model: string, options: SamplerOptions) {
    super(join(options.logDir, HOST_USAGE_LOG_NAME), HOST_USAGE_LOG_HEADER, options, hostUsageWarnings(root));
  }

  /** One row: the interval since the last sample, its utilisation, and the memory now. */
  protected async sample(): Promise<void> {
    const nowMs = this.nowMs();
    const [times, meminfo] = await Promise.all([readTimes(this.root), readFile(join(this.root, 'meminfo'), 'utf8').catch(() => '')]);
    const memory = parseMeminfo(meminfo);
    if (times === undefined || memory === undefined) {
      this.failures += 1;
      return;
    }
    const totalTicks = times.total - this.last.total;
    // No tick since the last row (intervals shorter than the kernel's 10 ms tick): the next row covers both.
    if (!(nowMs > this.lastMs && totalTicks > 0)) return;
    const utilization = Math.min(1, Math.max(0, (times.busy - this.last.busy) / totalTicks));
    this.log.write([this.lastMs, nowMs, times.vcpus, utilization.toFixed(4), memory.totalBytes, memory.availableBytes, csvField(this.model)].join(','));
    this.last = times;
    this.lastMs = nowMs;
  }
}
