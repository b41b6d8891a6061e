// A shared node as a container sees it: /proc of the whole node (64 CPUs, 512 GiB, busy at a quarter) and the
// container's own cgroup, v2 or v1 (a quota of 2.5 CPUs, 8 GiB at most, 2 GiB held) whose CPU time a timer
// advances at 1.5 CPUs.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFile } from '../cli/run-stand-ins.js';

export const NODE_VCPUS = 64;
export const NODE_MEMORY_BYTES = 512 * 2 ** 30;
export const CONTAINER_CPUS_USED = 1.5;
export const CONTAINER_QUOTA_CPUS = 2.5;
export const CONTAINER_MEMORY_LIMIT_BYTES = 8 * 2 ** 30;
export const CONTAINER_MEMORY_HELD_BYTES = 2 * 2 ** 30;


/** Where the stand-in put the cgroup's files, as the share should name them. */
export interface FakeCgroupFiles {
  cpuUsagePath: string;
  cpuUsageUnit: 'usage_usec' | 'ns';
  memCurrentPath: string;
}

const NO_LIMIT_V1 = '9223372036854771712';

/** The node; `version` 1 lays the container's cgroup out as cgroup v1 does (cpu,cpuacct and memory hierarchies, CPU time in ns). */
export function fakeSharedNode(options: { memoryLimit?: boolean; cpuQuota?: boolean; version?: 1 | 2 } = {}): { proc: string; cgroupRoot: string; dir: string; files: FakeCgroupFiles; stop: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'carbon-ci-fake-node-'));
  const proc = join(base, 'proc');
  const cgroupRoot = join(base, 'cgroup');
  const path = 'kubepods.slice/pod-1234/cri-containerd-abcd.scope';
  const v1 = options.version === 1;
  const dir = join(cgroupRoot, v1 ? 'cpu,cpuacct' : '', path);
  const memoryDir = v1 ? join(cgroupRoot, 'memory', path) : dir;
  mkdirSync(join(proc, 'self'), { recursive: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(memoryDir, { recursive: true });
  writeFileSync(join(proc, 'self/cgroup'), v1 ? `12:memory:/${path}\n4:cpu,cpuacct:/${path}\n1:name=systemd:/${path}\n` : `0::/${path}\n`);
  writeFileSync(join(proc, 'cpuinfo'), 'processor\t: 0\nmodel name\t: AMD EPYC 7763 64-Core Processor\n');
  writeFileSync(join(proc, 'meminfo'), `MemTotal:       ${NODE_MEMORY_BYTES / 1024} kB\nMemFree:        1 kB\nMemAvailable:   ${NODE_MEMORY_BYTES / 2048} kB\n`);
  const quota = options.cpuQuota === false ? undefined : CONTAINER_QUOTA_CPUS * 100000;
  const limit = options.memoryLimit === false ? undefined : CONTAINER_MEMORY_LIMIT_BYTES;
  if (v1) {
    writeFileSync(join(dir, 'cpu.cfs_quota_us'), `${quota ?? -1}\n`);
    writeFileSync(join(dir, 'cpu.cfs_period_us'), '100000\n');
    writeFileSync(join(memoryDir, 'memory.limit_in_bytes'), `${limit ?? NO_LIMIT_V1}\n`);
    writeFileSync(join(memoryDir, 'memory.usage_in_bytes'), `${CONTAINER_MEMORY_HELD_BYTES}\n`);
  } else {
    writeFileSync(join(dir, 'cpu.max'), quota === undefined ? 'max 100000\n' : `${quota} 100000\n`);
    writeFileSync(join(dir, 'memory.max'), limit === undefined ? 'max\n' : `${limit}\n`);
    writeFileSync(join(dir, 'memory.current'), `${CONTAINER_MEMORY_HELD_BYTES}\n`);
  }
  const files: FakeCgroupFiles = v1
    ? { cpuUsagePath: join(dir, 'cpuacct.usage'), cpuUsageUnit: 'ns', memCurrentPath: join(memoryDir, 'memory.usage_in_bytes') }
    : { cpuUsagePath: join(dir, 'cpu.stat'), cpuUsageUnit: 'usage_usec', memCurrentPath: join(dir, 'memory.current') };
  const startMs = Date.now();
  const advance = () => {
    const elapsedMs = Date.now() - startMs;
    const usageUs = 1_000_000 + Math.floor(elapsedMs * 1000 * CONTAINER_CPUS_USED);
    replaceFile(files.cpuUsagePath, v1 ? `${usageUs * 1000}\n` : `usage_usec ${usageUs}\nuser_usec 1\nsystem_usec 1\n`);
    const ticks = 1000 + Math.floor(elapsedMs / 10) * NODE_VCPUS;
    const cpuLines = Array.from({ length: NODE_VCPUS }, (_, i) => `cpu${i} 1 0 0 1 0 0 0 0 0 0`).join('\n');
    replaceFile(join(proc, 'stat'), `cpu  ${ticks / 4} 0 0 ${(ticks * 3) / 4} 0 0 0 0 0 0\n${cpuLines}\n`);
  };
  advance();
  const timer = setInterval(advance, 10);
  return { proc, cgroupRoot, dir, files, stop: () => clearInterval(timer) };
}
