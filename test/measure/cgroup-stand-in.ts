// A shared node as a container sees it: /proc of the whole node (64 CPUs, 512 GiB, busy at a quarter) and the
// container's own cgroup v2 (a quota of 2.5 CPUs, 8 GiB at most, 2 GiB held) whose CPU time a timer advances at
// 1.5 CPUs.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NODE_VCPUS = 64;
export const NODE_MEMORY_BYTES = 512 * 2 ** 30;
export const CONTAINER_CPUS_USED = 1.5;
export const CONTAINER_QUOTA_CPUS = 2.5;
export const CONTAINER_MEMORY_LIMIT_BYTES = 8 * 2 ** 30;
export const CONTAINER_MEMORY_HELD_BYTES = 2 * 2 ** 30;

/** Writes `text` to `path` by a rename, so that a reader never sees half a file. */
function replace(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function fakeSharedNode(options: { memoryLimit?: boolean; cpuQuota?: boolean } = {}): { proc: string; cgroupRoot: string; dir: string; stop: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'carbon-ci-fake-node-'));
  const proc = join(base, 'proc');
  const cgroupRoot = join(base, 'cgroup');
  const dir = join(cgroupRoot, 'kubepods.slice/pod-1234/cri-containerd-abcd.scope');
  mkdirSync(join(proc, 'self'), { recursive: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(proc, 'self/cgroup'), '0::/kubepods.slice/pod-1234/cri-containerd-abcd.scope\n');
  writeFileSync(join(proc, 'cpuinfo'), 'processor\t: 0\nmodel name\t: AMD EPYC 7763 64-Core Processor\n');
  writeFileSync(join(proc, 'meminfo'), `MemTotal:       ${NODE_MEMORY_BYTES / 1024} kB\nMemFree:        1 kB\nMemAvailable:   ${NODE_MEMORY_BYTES / 2048} kB\n`);
  writeFileSync(join(dir, 'cpu.max'), options.cpuQuota === false ? 'max 100000\n' : `${CONTAINER_QUOTA_CPUS * 100000} 100000\n`);
  writeFileSync(join(dir, 'memory.max'), options.memoryLimit === false ? 'max\n' : `${CONTAINER_MEMORY_LIMIT_BYTES}\n`);
  writeFileSync(join(dir, 'memory.current'), `${CONTAINER_MEMORY_HELD_BYTES}\n`);
  const startMs = Date.now();
  const advance = () => {
    const elapsedMs = Date.now() - startMs;
    replace(join(dir, 'cpu.stat'), `usage_usec ${1_000_000 + Math.floor(elapsedMs * 1000 * CONTAINER_CPUS_USED)}\nuser_usec 1\nsystem_usec 1\n`);
    const ticks = 1000 + Math.floor(elapsedMs / 10) * NODE_VCPUS;
    const cpuLines = Array.from({ length: NODE_VCPUS }, (_, i) => `cpu${i} 1 0 0 1 0 0 0 0 0 0`).join('\n');
    replace(join(proc, 'stat'), `cpu  ${ticks / 4} 0 0 ${(ticks * 3) / 4} 0 0 0 0 0 0\n${cpuLines}\n`);
  };
  advance();
  const timer = setInterval(advance, 10);
  return { proc, cgroupRoot, dir, stop: () => clearInterval(timer) };
}
