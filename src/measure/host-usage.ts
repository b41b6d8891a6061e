import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOST_USAGE_LOG_HEADER } from '../../plugins/host-usage/index.js';
import type { DataWarning } from '../energy/types.js';
import { LogFile, csvField } from './log-file.js';
import { samplerWarning, type Sampler, type SamplerOptions, type SamplerSkipped } from './types.js';

export const DEFAULT_PROC_ROOT = '/proc';
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

function cpuModel(cpuinfo: string): string {
  return /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? '';
}

/** Starts logging CPU utilisation and memory every interval into `host-usage.csv`, or says why it cannot. */
export async function startHostUsage(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const root = options.env.CARBON_CI_PROC_ROOT || DEFAULT_PROC_ROOT;
  const first = await readTimes(root);
  if (first === undefined) return { name: 'host-usage', reason: `${join(root, 'stat')} is not readable (not Linux?)` };
  const model = cpuModel(await readFile(join(root, 'cpuinfo'), 'utf8').catch(() => ''));
  return new HostUsageSampler(root, first, model, options);
}

async function readTimes(root: string): Promise<CpuTimes | undefined> {
  return parseProcStat(await readFile(join(root, 'stat'), 'utf8').catch(() => ''));
}

class HostUsageSampler implements Sampler {
  readonly name = 'host-usage';
  readonly warnings: DataWarning[] = [];
  private readonly log: LogFile;
  private readonly timer: NodeJS.Timeout;
  private reading: Promise<void> = Promise.resolve();
  private lastMs: number;
  private failures = 0;
  private readonly nowMs: () => number;

  constructor(private readonly root: string, private last: CpuTimes, private readonly model: string, options: SamplerOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.lastMs = this.nowMs();
    this.log = new LogFile(join(options.logDir, HOST_USAGE_LOG_NAME), HOST_USAGE_LOG_HEADER);
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    // The command's child process keeps the event loop alive; a stray timer must not.
    this.timer.unref();
  }

  private tick(): void {
    this.reading = this.reading.then(() => this.sample());
  }

  /** One row: the interval since the last sample, its utilisation, and the memory now. */
  private async sample(): Promise<void> {
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

  async stop(): Promise<void> {
    clearInterval(this.timer);
    // A last row up to the command's end.
    this.tick();
    await this.reading;
    await this.log.close();
    if (this.failures > 0) this.warnings.push(samplerWarning(this.name, `${this.failures} reading(s) of ${this.root}/stat or meminfo failed; the time around them counts as a gap`));
    if (this.log.error) this.warnings.push(samplerWarning(this.name, `cannot write ${this.log.path} (${this.log.error.message}); the CPU estimate is incomplete`));
  }

  files(): Promise<string[]> {
    return Promise.resolve(this.log.lines > 0 ? [this.log.path] : []);
  }

  pids(): number[] {
    return [];
  }
}
