// The share of a machine that a job's container holds, from its cgroup: on a shared node (a Kubernetes pod, a
// container with --cpus or --memory), /proc describes the whole node, and an estimate from it would count the
// other tenants' CPUs and memory as the job's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CgroupShare } from './types.js';

export const DEFAULT_CGROUP_ROOT = '/sys/fs/cgroup';
const NS_PER_US = 1000;

interface Machine {
  vcpus: number;
  memTotalBytes: number;
}

/** The files of a cgroup, whichever version, and its limits as written (undefined where none). */
interface CgroupFiles {
  cpuUsagePath: string;
  cpuUsageUnit: CgroupShare['cpuUsageUnit'];
  memCurrentPath: string;
  quotaCpus?: number;
  memoryLimitBytes?: number;
}

/** A file's single whole number (`memory.max`, `memory.current`, `cpuacct.usage`), undefined for `max` or anything else. */
function numberOf(text: string): number | undefined {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

function read(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => '');
}

/** The CPU time (µs) in a usage file's text: cgroup v2's `cpu.stat` line `usage_usec`, v1's `cpuacct.usage` (ns). */
export function cpuUsageUs(text: string, unit: CgroupShare['cpuUsageUnit']): number | undefined {
  if (unit === 'usage_usec') {
    const match = /^usage_usec (\d+)$/m.exec(text);
    return match ? Number(match[1]) : undefined;
  }
  const ns = numberOf(text);
  return ns === undefined ? undefined : Math.floor(ns / NS_PER_US);
}

/** cgroup v2 (`0::/path`): the unified tree's folder, with its `cpu.max` quota and `memory.max`. */
async function v2Files(dir: string): Promise<CgroupFiles | undefined> {
  const [cpuStat, cpuMax, memoryMax, memoryCurrent] = await Promise.all(['cpu.stat', 'cpu.max', 'memory.max', 'memory.current'].map((name) => read(join(dir, name))));
  if (cpuUsageUs(cpuStat!, 'usage_usec') === undefined || numberOf(memoryCurrent!) === undefined) return undefined;
  const [quota, period] = cpuMax!.trim().split(/\s+/).map(numberOf);
  const memoryLimitBytes = numberOf(memoryMax!);
  return {
    cpuUsagePath: join(dir, 'cpu.stat'),
    cpuUsageUnit: 'usage_usec',
    memCurrentPath: join(dir, 'memory.current'),
    ...(quota !== undefined && period ? { quotaCpus: quota / period } : {}),
    ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
  };
}

/**
 * cgroup v1: the `cpuacct` hierarchy's folder (CPU time), the `cpu` one's (`cpu.cfs_quota_us`: the same folder where
 * they are mounted together) and the `memory` one's (`memory.limit_in_bytes`).
 */
async function v1Files(cpuacctDir: string, cpuDir: string, memoryDir: string): Promise<CgroupFiles | undefined> {
  const [usage, quotaText, periodText, limitText, current] = await Promise.all([
    read(join(cpuacctDir, 'cpuacct.usage')),
    read(join(cpuDir, 'cpu.cfs_quota_us')),
    read(join(cpuDir, 'cpu.cfs_period_us')),
    read(join(memoryDir, 'memory.limit_in_bytes')),
    read(join(memoryDir, 'memory.usage_in_bytes')),
  ]);
  if (cpuUsageUs(usage, 'ns') === undefined || numberOf(current) === undefined) return undefined;
  // No quota is -1, which numberOf does not take; no memory limit is a number near 2^63, above any machine's memory.
  const [quota, period] = [numberOf(quotaText), numberOf(periodText)];
  const memoryLimitBytes = numberOf(limitText);
  return {
    cpuUsagePath: join(cpuacctDir, 'cpuacct.usage'),
    cpuUsageUnit: 'ns',
    memCurrentPath: join(memoryDir, 'memory.usage_in_bytes'),
    ...(quota !== undefined && period ? { quotaCpus: quota / period } : {}),
    ...(memoryLimitBytes !== undefined ? { memoryLimitBytes } : {}),
  };
}

/** The first of `candidates` that reads, in order. */
async function firstOf<T>(candidates: (() => Promise<T | undefined>)[]): Promise<T | undefined> {
  for (const candidate of candidates) {
    const found = await candidate();
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The cgroup of this process (/proc/self/cgroup: v2's `0::/path`, else v1's `cpuacct`, `cpu` and `memory` lines) when it
 * is limited, in CPU (a quota) or in memory (a limit below the machine's): the job's CPU time is then read from it,
 * its CPUs are the quota's (rounded up, at most the machine's), its memory the limit, else what it holds (without a
 * limit on a shared node, the node's memory is not the job's). Undefined for an unlimited cgroup (a dedicated VM or
 * runner: the job holds the machine) and where nothing can be read. A container without a cgroup namespace of its
 * own sees its cgroup's path with its cgroup mounted as the hierarchy's root: both are tried.
 */
export async function findCgroupShare(procRoot: string, cgroupRoot: string, machine: Machine): Promise<CgroupShare | undefined> {
  const lines = (await read(join(procRoot, 'self/cgroup'))).split('\n').map((line) => /^\d+:([^:]*):(\/.*)$/.exec(line)).filter((m) => m !== null);
  const pathOf = (controller: string) => lines.find((m) => m[1]!.split(',').includes(controller))?.[2];
  const unified = lines.find((m) => m[1] === '')?.[2];
  const cpuacctPath = pathOf('cpuacct');
  const cpuPath = pathOf('cpu') ?? cpuacctPath;
  const memoryPath = pathOf('memory');
  const files = await firstOf<CgroupFiles>([
    ...(unified !== undefined ? [() => v2Files(join(cgroupRoot, unified)), () => v2Files(cgroupRoot)] : []),
    // `cpuacct` and `cpu` are links to `cpu,cpuacct` where mounted together (systemd), folders of their own where not.
    ...(cpuacctPath !== undefined && cpuPath !== undefined && memoryPath !== undefined
      ? ([['cpuacct', 'cpu'], ['cpu,cpuacct', 'cpu,cpuacct']] as const).flatMap(([cpuacct, cpu]) => [
          () => v1Files(join(cgroupRoot, cpuacct, cpuacctPath), join(cgroupRoot, cpu, cpuPath), join(cgroupRoot, 'memory', memoryPath)),
          () => v1Files(join(cgroupRoot, cpuacct), join(cgroupRoot, cpu), join(cgroupRoot, 'memory')),
        ])
      : []),
  ]);
  if (files === undefined) return undefined;
  const vcpus = files.quotaCpus !== undefined && files.quotaCpus < machine.vcpus ? Math.max(1, Math.ceil(files.quotaCpus)) : undefined;
  const memLimitBytes = files.memoryLimitBytes !== undefined && files.memoryLimitBytes < machine.memTotalBytes ? files.memoryLimitBytes : undefined;
  if (vcpus === undefined && memLimitBytes === undefined) return undefined;
  const { cpuUsagePath, cpuUsageUnit, memCurrentPath } = files;
  return { cpuUsagePath, cpuUsageUnit, memCurrentPath, vcpus: vcpus ?? machine.vcpus, ...(memLimitBytes !== undefined ? { memLimitBytes } : {}) };
}

/** The cgroup's CPU time so far (µs) and the memory it holds now (bytes): one reading, or undefined where either cannot be read. */
export async function readCgroupUsage(share: CgroupShare): Promise<{ cpuUs: number; memCurrentBytes: number } | undefined> {
  const [usage, current] = await Promise.all([read(share.cpuUsagePath), read(share.memCurrentPath)]);
  const cpuUs = cpuUsageUs(usage, share.cpuUsageUnit);
  const memCurrentBytes = numberOf(current);
  return cpuUs === undefined || memCurrentBytes === undefined ? undefined : { cpuUs, memCurrentBytes };
}
