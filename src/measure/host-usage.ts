import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_USAGE_LOG_HEADER } from '../../plugins/host-usage/index.js';
import { csvField } from './log-file.js';
import { PolledSampler, type PollWarnings } from './polled-sampler.js';
import type { HostPlan, Sampler, SamplerOptions, SamplerSkipped } from './types.js';
import { DEFAULT_CGROUP_ROOT, findCgroupShare, readCgroupUsage } from './cgroup.js';

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

/** What the host-usage sampler's warnings say, whichever process reads /proc or the cgroup. */
export function hostUsageWarnings(plan: Pick<HostPlan, 'root' | 'cgroup'>): PollWarnings {
  const files = plan.cgroup ? `${plan.cgroup.cpuUsagePath} or ${plan.cgroup.memCurrentPath}` : `${plan.root}/stat or meminfo`;
  return {
    failedReadings: (count) => `${count} reading(s) of ${files} failed; the time around them counts as a gap`,
    incomplete: 'the CPU estimate is incomplete',
  };
}

/** Where CPU utilisation and memory can be read (/proc, and the job's cgroup where it is limited), or why they cannot. */
export async function planHostUsage(options: Pick<SamplerOptions, 'env'>): Promise<HostPlan | SamplerSkipped> {
  const root = options.env.CARBON_CI_PROC_ROOT || DEFAULT_PROC_ROOT;
  const first = await readTimes(root);
  if (first === undefined) return { name: 'host-usage', reason: `${join(root, 'stat')} is not readable (not Linux?)` };
  const model = cpuModel(await readFile(join(root, 'cpuinfo'), 'utf8').catch(() => ''));
  const memTotalBytes = parseMeminfo(await readFile(join(root, 'meminfo'), 'utf8').catch(() => ''))?.totalBytes ?? Infinity;
  const cgroup = await findCgroupShare(root, options.env.CARBON_CI_CGROUP_ROOT || DEFAULT_CGROUP_ROOT, { vcpus: first.vcpus, memTotalBytes });
  return { root, vcpus: cgroup?.vcpus ?? first.vcpus, model, ...(cgroup ? { cgroup } : {}) };
}

/** Starts logging CPU utilisation and memory every interval into `host-usage.csv`, or says why it cannot. */
export async function startHostUsage(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const plan = await planHostUsage(options);
  return 'reason' in plan ? plan : startHostUsageFrom(plan, options);
}

/** Starts logging what `plan` says; the first reading is the start of the first row (a failed one is counted, and the next begins the rows). */
export async function startHostUsageFrom(plan: HostPlan, options: SamplerOptions): Promise<Sampler> {
  const nowMs = (options.nowMs ?? Date.now)();
  return new HostUsageSampler(plan, await readHost(plan, nowMs), nowMs, options);
}

async function readTimes(root: string): Promise<CpuTimes | undefined> {
  return parseProcStat(await readFile(join(root, 'stat'), 'utf8').catch(() => ''));
}

/**
 * One reading: CPU time busy and in all (utilisation is the ratio of their increases) and memory. In a limited
 * cgroup, busy is its CPU time (µs) and all is the wall time (µs) times its CPUs; its memory is its limit, else
 * what it holds. Elsewhere, /proc/stat's ticks and /proc/meminfo.
 */
async function readHost(plan: HostPlan, nowMs: number): Promise<{ busy: number; total: number; memTotalBytes: number; memAvailableBytes: number } | undefined> {
  if (plan.cgroup) {
    const usage = await readCgroupUsage(plan.cgroup);
    if (usage === undefined) return undefined;
    const memTotalBytes = plan.cgroup.memLimitBytes ?? usage.memCurrentBytes;
    return { busy: usage.cpuUs, total: nowMs * 1000 * plan.cgroup.vcpus, memTotalBytes, memAvailableBytes: Math.max(0, memTotalBytes - usage.memCurrentBytes) };
  }
  const [times, meminfo] = await Promise.all([readTimes(plan.root), readFile(join(plan.root, 'meminfo'), 'utf8').catch(() => '')]);
  const memory = parseMeminfo(meminfo);
  if (times === undefined || memory === undefined) return undefined;
  return { busy: times.busy, total: times.total, memTotalBytes: memory.totalBytes, memAvailableBytes: memory.availableBytes };
}

class HostUsageSampler extends PolledSampler {
  readonly name = 'host-usage';

  constructor(private readonly plan: HostPlan, private last: { busy: number; total: number } | undefined, private lastMs: number, options: SamplerOptions) {
    super(join(options.logDir, HOST_USAGE_LOG_NAME), HOST_USAGE_LOG_HEADER, options, hostUsageWarnings(plan));
    if (last === undefined) this.failures += 1;
  }

  /** One row: the interval since the last sample, its utilisation, the memory now, and what the figures cover. */
  protected async sample(): Promise<void> {
    const nowMs = this.nowMs();
    const reading = await readHost(this.plan, nowMs);
    if (reading === undefined) {
      this.failures += 1;
      return;
    }
    if (this.last === undefined) {
      this.last = reading;
      this.lastMs = nowMs;
      return;
    }
    const totalDelta = reading.total - this.last.total;
    // No tick since the last row (intervals shorter than the kernel's 10 ms tick): the next row covers both.
    if (!(nowMs > this.lastMs && totalDelta > 0)) return;
    const utilization = Math.min(1, Math.max(0, (reading.busy - this.last.busy) / totalDelta));
    const row = [this.lastMs, nowMs, this.plan.vcpus, utilization.toFixed(4), reading.memTotalBytes, reading.memAvailableBytes, csvField(this.plan.model), this.plan.cgroup ? 'cgroup' : 'host'];
    this.log.write(row.join(','));
    this.last = reading;
    this.lastMs = nowMs;
  }
}
