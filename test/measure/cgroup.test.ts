// The host estimate on a shared node: a container with limits is estimated from its own cgroup (its CPU
// time, its memory limit), by the in-process sampler of `carbon-ci run` and by the Action's bash daemon alike.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CPU_W_PER_VCPU, MEMORY_W_PER_GB } from '../../plugins/host-usage/index.js';
import { findCgroupShare } from '../../src/measure/cgroup.js';
import { stopDetached } from '../../src/measure/detached.js';
import { startDaemon } from './start-daemon.js';
import { startHostUsage } from '../../src/measure/host-usage.js';
import { runReport } from '../../src/pipeline/index.js';
import { CONTAINER_CPUS_USED, CONTAINER_MEMORY_HELD_BYTES, CONTAINER_MEMORY_LIMIT_BYTES, fakeSharedNode, NODE_MEMORY_BYTES, NODE_VCPUS } from './cgroup-stand-in.js';

const SCRIPT = fileURLToPath(new URL('../../src/measure/measure-daemon.sh', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((stop) => stop()));


function node(options?: Parameters<typeof fakeSharedNode>[0]) {
  const fake = fakeSharedNode(options);
  cleanups.push(fake.stop);
  return fake;
}

function logDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'carbon-ci-cgroup-test-')), 'logs');
  mkdirSync(dir);
  return dir;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const machine = { vcpus: NODE_VCPUS, memTotalBytes: NODE_MEMORY_BYTES };

describe('findCgroupShare', () => {
  it("takes a limited cgroup v2's CPUs (the quota rounded up) and memory limit", async () => {
    const fake = node();
    expect(await findCgroupShare(fake.proc, fake.cgroupRoot, machine)).toEqual({ ...fake.files, vcpus: 3, memLimitBytes: CONTAINER_MEMORY_LIMIT_BYTES });
    const memoryOnly = node({ cpuQuota: false });
    expect(await findCgroupShare(memoryOnly.proc, memoryOnly.cgroupRoot, machine)).toEqual({ ...memoryOnly.files, vcpus: NODE_VCPUS, memLimitBytes: CONTAINER_MEMORY_LIMIT_BYTES });
    const cpuOnly = node({ memoryLimit: false });
    expect(await findCgroupShare(cpuOnly.proc, cpuOnly.cgroupRoot, machine)).toEqual({ ...cpuOnly.files, vcpus: 3 });
  });

  it("takes a cgroup v1 container's CPU quota (cpu.cfs_quota_us) and memory limit, its CPU time in ns, and leaves an unlimited one alone", async () => {
    const fake = node({ version: 1 });
    expect(await findCgroupShare(fake.proc, fake.cgroupRoot, machine)).toEqual({ ...fake.files, vcpus: 3, memLimitBytes: CONTAINER_MEMORY_LIMIT_BYTES });
    expect(fake.files.cpuUsageUnit).toBe('ns');
    const unlimited = node({ version: 1, cpuQuota: false, memoryLimit: false });
    expect(await findCgroupShare(unlimited.proc, unlimited.cgroupRoot, machine)).toBeUndefined();
  });

  it('takes the CPU quota from the cpu hierarchy where cpu and cpuacct are mounted apart (some init systems mount each controller on its own)', async () => {
    const fake = node({ version: 1 });
    const path = 'kubepods.slice/pod-1234/cri-containerd-abcd.scope';
    // The stand-in's cpu,cpuacct folder serves as the cpuacct hierarchy; the quota moves to a cpu hierarchy of its own.
    symlinkSync('cpu,cpuacct', join(fake.cgroupRoot, 'cpuacct'));
    mkdirSync(join(fake.cgroupRoot, 'cpu', path), { recursive: true });
    for (const name of ['cpu.cfs_quota_us', 'cpu.cfs_period_us']) renameSync(join(fake.dir, name), join(fake.cgroupRoot, 'cpu', path, name));
    writeFileSync(join(fake.proc, 'self/cgroup'), `12:memory:/${path}\n5:cpuacct:/${path}\n4:cpu:/${path}\n1:name=systemd:/${path}\n`);
    const share = await findCgroupShare(fake.proc, fake.cgroupRoot, machine);
    expect(share).toMatchObject({ cpuUsageUnit: 'ns', vcpus: 3, memLimitBytes: CONTAINER_MEMORY_LIMIT_BYTES });
    expect(realpathSync(share!.cpuUsagePath)).toBe(realpathSync(fake.files.cpuUsagePath));
  });

  it("finds a container's cgroup mounted as the root where it has no cgroup namespace of its own (the path names the host's tree)", async () => {
    const fake = node();
    // The container's cgroup is the root of its /sys/fs/cgroup: the stand-in's cgroup folder, under a path that is not in it.
    writeFileSync(join(fake.proc, 'self/cgroup'), '0::/kubepods.slice/pod-9999/cri-containerd-ffff.scope\n');
    expect(await findCgroupShare(fake.proc, fake.dir, machine)).toEqual({ ...fake.files, vcpus: 3, memLimitBytes: CONTAINER_MEMORY_LIMIT_BYTES });
  });

  it('leaves an unlimited cgroup, a limit above the machine, and a cgroup it cannot read to /proc', async () => {
    const unlimited = node({ cpuQuota: false, memoryLimit: false });
    expect(await findCgroupShare(unlimited.proc, unlimited.cgroupRoot, machine)).toBeUndefined();
    expect(await findCgroupShare(unlimited.proc, unlimited.cgroupRoot, { vcpus: 2, memTotalBytes: 4 * 2 ** 30 })).toBeUndefined();
    const limited = node();
    expect(await findCgroupShare(limited.proc, limited.cgroupRoot, { vcpus: 2, memTotalBytes: 4 * 2 ** 30 })).toBeUndefined();
    writeFileSync(join(limited.proc, 'self/cgroup'), '12:memory:/docker/abcd\n1:cpu,cpuacct:/docker/abcd\n');
    expect(await findCgroupShare(limited.proc, limited.cgroupRoot, machine)).toBeUndefined();
  });
});

/** The rows after the header, as fields. */
function rows(path: string): string[][] {
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
}

function expectContainerRows(path: string): void {
  const found = rows(path);
  expect(found.length).toBeGreaterThanOrEqual(3);
  for (const [, , vcpus, utilization, total, available, model, scope] of found) {
    expect([vcpus, total, available, model, scope]).toEqual(['3', String(CONTAINER_MEMORY_LIMIT_BYTES), String(CONTAINER_MEMORY_LIMIT_BYTES - CONTAINER_MEMORY_HELD_BYTES), 'AMD EPYC 7763 64-Core Processor', 'cgroup']);
    expect(Number(utilization)).toBeGreaterThanOrEqual(0);
    expect(Number(utilization)).toBeLessThanOrEqual(1);
  }
  // 1.5 CPUs busy of the 3 the quota allows (the node's own /proc says a quarter of 64), over the whole run: a single
  // row on a loaded machine shows the stand-in's timer late or early, which the next row makes up.
  const spanMs = (row: string[]) => Number(row[1]) - Number(row[0]);
  const busyMs = found.reduce((sum, row) => sum + Number(row[3]) * spanMs(row), 0);
  expect(busyMs / found.reduce((sum, row) => sum + spanMs(row), 0)).toBeGreaterThan(CONTAINER_CPUS_USED / 3 - 0.1);
  expect(busyMs / found.reduce((sum, row) => sum + spanMs(row), 0)).toBeLessThan(CONTAINER_CPUS_USED / 3 + 0.1);
}

for (const version of [2, 1] as const) {
  describe(`a limited container on a shared node (cgroup v${version})`, () => {
    it("is estimated from its cgroup by carbon-ci run's sampler, and the report prices its CPU time and memory limit only", async () => {
      const fake = node({ version });
      const dir = logDir();
      const sampler = await startHostUsage({ logDir: dir, intervalMs: 200, env: { CARBON_CI_PROC_ROOT: fake.proc, CARBON_CI_CGROUP_ROOT: fake.cgroupRoot } });
      if (!('stop' in sampler)) throw new Error(sampler.reason);
      await pause(1100);
      await sampler.stop();
      const [log] = await sampler.files();
      expectContainerRows(log!);

      const report = await runReport({ inputs: [log!], location: 'FR' });
      const byId = Object.fromEntries(report.devices.map((d) => [d.id, d]));
      const seconds = (Date.parse(byId.cpu0!.end) - Date.parse(byId.cpu0!.start)) / 1000;
      expect(byId.cpu0!.energyJ).toBeCloseTo(CONTAINER_CPUS_USED * CPU_W_PER_VCPU * seconds, -1);
      expect(byId.ram0!.energyJ).toBeCloseTo((CONTAINER_MEMORY_LIMIT_BYTES / 1e9) * MEMORY_W_PER_GB * seconds, 0);
      expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/the job's cgroup used \(cpu\.stat, cpuacct\.usage in cgroup v1\).*of its memory limit, else of what it holds.*the job's container, not the rest of the machine/));
    });

    it("is estimated from its cgroup by the Action's daemon, in the same rows", async () => {
      const fake = node({ version });
      const dir = logDir();
      const started = await startDaemon({ script: SCRIPT, logDir: dir, intervalMs: 200, env: { PATH: fake.proc, CARBON_CI_POWERCAP_ROOT: fake.proc, CARBON_CI_HWMON_ROOT: fake.proc, CARBON_CI_PROC_ROOT: fake.proc, CARBON_CI_CGROUP_ROOT: fake.cgroupRoot } }, cleanups);
      expect(started.ready!.running).toEqual(['host-usage']);
      await pause(1100);
      const stopped = await stopDetached(started.pid, dir, 'UTC');
      expect(stopped.warnings).toEqual([]);
      expectContainerRows(join(dir, 'host-usage.csv'));
    });
  });
}
