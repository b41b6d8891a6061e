// The share of a machine that a job's container holds, from its cgroup (v2): on a shared node (a Kubernetes
// pod, a container with --cpus or --memory), /proc describes the whole node, and an estimate from it would
// count the other tenants' CPUs and memory as the job's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CgroupShare } from './types.js';

export const DEFAULT_CGROUP_ROOT = '/sys/fs/cgroup';

/** `cpu.stat`'s `usage_usec`: the CPU time (µs) of every process in the cgroup, or undefined. */
export function parseCpuUsageUs(text: string): number | undefined {
  const match = /^usage_usec (\d+)$/m.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** A cgroup v2 file's single number (`memory.max`, `memory.current`), undefined for `max` or anything else. */
function limitOf(text: string): number | undefined {
  const value = text.trim();
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * The cgroup v2 of this process (`0::/path` in /proc/self/cgroup) when it is limited, in CPU (`cpu.max` sets a
 * quota) or in memory (`memory.max` is a number below the machine's): the job's CPU time is then read from its
 * `cpu.stat`, its CPUs are the quota's (rounded up, at most the machine's), its memory the limit, else what it
 * holds (`memory.current`: without a limit on a shared node, the node's memory is not the job's). Undefined for an
 * unlimited cgroup (a dedicated VM or runner: the job holds the machine), for cgroup v1, and where nothing can be read.
 */
export async function findCgroupShare(procRoot: string, cgroupRoot: string, machine: { vcpus: number; memTotalBytes: number }): Promise<CgroupShare | undefined> {
  const own = /^0::(\/.*)$/m.exec(await readFile(join(procRoot, 'self/cgroup'), 'utf8').catch(() => ''))?.[1];
  if (own === undefined) return undefined;
  // A container without its own cgroup namespace sees its cgroup's path, with its cgroup mounted as the root.
  for (const dir of [...new Set([join(cgroupRoot, own), cgroupRoot])]) {
    const share = await limitedShare(dir, machine);
    if (share !== 'unreadable') return share;
  }
  return undefined;
}

async function limitedShare(dir: string, machine: { vcpus: number; memTotalBytes: number }): Promise<CgroupShare | undefined | 'unreadable'> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');
  const [cpuStat, cpuMax, memoryMax, memoryCurrent] = await Promise.all([read('cpu.stat'), read('cpu.max'), read('memory.max'), read('memory.current')]);
  if (parseCpuUsageUs(cpuStat) === undefined || limitOf(memoryCurrent) === undefined) return 'unreadable';
  const [quota, period] = cpuMax.trim().split(/\s+/).map((s) => (/^\d+$/.test(s) ? Number(s) : undefined));
  const cpus = quota !== undefined && period !== undefined && period > 0 ? quota / period : undefined;
  const memory = limitOf(memoryMax);
  const memLimitBytes = memory !== undefined && memory < machine.memTotalBytes ? memory : undefined;
  const vcpus = cpus !== undefined && cpus < machine.vcpus ? Math.max(1, Math.ceil(cpus)) : undefined;
  if (vcpus === undefined && memLimitBytes === undefined) return undefined;
  return { dir, vcpus: vcpus ?? machine.vcpus, ...(memLimitBytes !== undefined ? { memLimitBytes } : {}) };
}

/** The cgroup's CPU time so far (µs) and the memory it holds now (bytes): one reading, or undefined where either cannot be read. */
export async function readCgroupUsage(share: CgroupShare): Promise<{ cpuUs: number; memCurrentBytes: number } | undefined> {
  const [cpuStat, current] = await Promise.all([readFile(join(share.dir, 'cpu.stat'), 'utf8').catch(() => ''), readFile(join(share.dir, 'memory.current'), 'utf8').catch(() => '')]);
  const cpuUs = parseCpuUsageUs(cpuStat);
  const memCurrentBytes = limitOf(current);
  return cpuUs === undefined || memCurrentBytes === undefined ? undefined : { cpuUs, memCurrentBytes };
}
