import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeminfo, parseProcStat, startHostUsage } from './host-usage.js';
import { gpuSelection } from './nvidia-smi.js';
import { startRapl } from './rapl.js';
import type { Sampler, SamplerSkipped } from './types.js';

const STAT = `cpu  100 0 50 800 50 0 0 0 0 0
cpu0 50 0 25 400 25 0 0 0 0 0
cpu1 50 0 25 400 25 0 0 0 0 0
intr 1
`;
const MEMINFO = 'MemTotal:       16384000 kB\nMemFree:         1000 kB\nMemAvailable:    8192000 kB\n';

function isSampler(value: Sampler | SamplerSkipped): value is Sampler {
  return 'stop' in value;
}

describe('/proc parsing', () => {
  it('reads busy and total ticks and the CPU count from /proc/stat (idle and iowait are idle)', () => {
    expect(parseProcStat(STAT)).toEqual({ busy: 150, total: 1000, vcpus: 2 });
    expect(parseProcStat('nothing here')).toBeUndefined();
  });

  it('reads MemTotal and MemAvailable in bytes', () => {
    expect(parseMeminfo(MEMINFO)).toEqual({ totalBytes: 16384000 * 1024, availableBytes: 8192000 * 1024 });
    expect(parseMeminfo('MemFree: 1 kB')).toBeUndefined();
  });
});

describe('gpuSelection', () => {
  it('takes --gpus first, then CUDA_VISIBLE_DEVICES up to its first invalid entry', () => {
    expect(gpuSelection('0,1', { CUDA_VISIBLE_DEVICES: '2' })).toBe('0,1');
    expect(gpuSelection(undefined, {})).toBeUndefined();
    expect(gpuSelection(undefined, { CUDA_VISIBLE_DEVICES: '1, 3' })).toBe('1,3');
    expect(gpuSelection(undefined, { CUDA_VISIBLE_DEVICES: '2,-1,3' })).toBe('2');
    expect(gpuSelection(undefined, { CUDA_VISIBLE_DEVICES: '-1' })).toBeNull();
    expect(gpuSelection(undefined, { CUDA_VISIBLE_DEVICES: '' })).toBeNull();
  });
});

describe('RAPL sampler', () => {
  it('says why it does not start: no tree, no zones, unreadable counters', async () => {
    const options = (root: string) => ({ logDir: tmpdir(), intervalMs: 1000, env: { CARBON_CI_POWERCAP_ROOT: root } });
    const missing = await startRapl(options(join(tmpdir(), 'carbon-ci-none')));
    expect(missing).toMatchObject({ name: 'rapl', reason: expect.stringMatching(/is not readable \(ENOENT\)/) });
    const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-powercap-'));
    expect(await startRapl(options(empty))).toMatchObject({ reason: expect.stringMatching(/no intel-rapl zones/) });
    mkdirSync(join(empty, 'intel-rapl:0'));
    writeFileSync(join(empty, 'intel-rapl:0', 'name'), 'package-0\n');
    writeFileSync(join(empty, 'intel-rapl:0', 'energy_uj'), '5\n');
    writeFileSync(join(empty, 'intel-rapl:0', 'max_energy_range_uj'), '100\n');
    chmodSync(join(empty, 'intel-rapl:0', 'energy_uj'), 0o000);
    const unreadable = await startRapl(options(empty));
    // Root reads the file whatever its mode; everyone else is refused, as on Linux 5.10 and later.
    if (process.getuid?.() !== 0) expect(unreadable).toMatchObject({ reason: expect.stringMatching(/only root may read it/) });
    else if (isSampler(unreadable)) await unreadable.stop();
  });

  it('logs packages and DRAM only, with a last reading at stop', async () => {
    const root = mkdtempSync(join(tmpdir(), 'carbon-ci-powercap-'));
    const logDir = mkdtempSync(join(tmpdir(), 'carbon-ci-logs-'));
    const zones = [['intel-rapl:0', 'package-0', '1000'], ['intel-rapl:0:0', 'core', '500'], ['intel-rapl:0:1', 'dram', '200'], ['intel-rapl:1', 'psys', '9']];
    for (const [id, name, energy] of zones) {
      mkdirSync(join(root, id!));
      writeFileSync(join(root, id!, 'name'), `${name}\n`);
      writeFileSync(join(root, id!, 'energy_uj'), `${energy}\n`);
      writeFileSync(join(root, id!, 'max_energy_range_uj'), '262143328850\n');
    }
    let now = 1765000000000;
    const sampler = await startRapl({ logDir, intervalMs: 60_000, env: { CARBON_CI_POWERCAP_ROOT: root }, nowMs: () => now });
    if (!isSampler(sampler)) throw new Error(sampler.reason);
    now += 1000;
    writeFileSync(join(root, 'intel-rapl:0', 'energy_uj'), '2000\n');
    await sampler.stop();
    expect(readFileSync(join(logDir, 'rapl.csv'), 'utf8')).toBe(
      'timestamp_ms,zone,name,energy_uj,max_energy_range_uj\n' +
        '1765000000000,intel-rapl:0,package-0,1000,262143328850\n' +
        '1765000000000,intel-rapl:0:1,dram,200,262143328850\n' +
        '1765000001000,intel-rapl:0,package-0,2000,262143328850\n' +
        '1765000001000,intel-rapl:0:1,dram,200,262143328850\n',
    );
    expect(await sampler.files()).toEqual([join(logDir, 'rapl.csv')]);
    expect(sampler.warnings).toEqual([]);
  });
});

describe('RAPL sampler, amd_energy sockets', () => {
  const hwmonTree = () => {
    const root = mkdtempSync(join(tmpdir(), 'carbon-ci-hwmon-'));
    mkdirSync(join(root, 'hwmon1'));
    writeFileSync(join(root, 'hwmon1', 'name'), 'amd_energy\n');
    for (const [n, label, uj] of [[1, 'Ecore000', '70'], [2, 'Esocket0', '9000'], [3, 'Esocket1', '8000']] as const) {
      writeFileSync(join(root, 'hwmon1', `energy${n}_label`), `${label}\n`);
      writeFileSync(join(root, 'hwmon1', `energy${n}_input`), `${uj}\n`);
    }
    return root;
  };

  it('logs the sockets (not the cores) with their 64-bit range where powercap has no package zone', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'carbon-ci-logs-'));
    const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-powercap-'));
    const sampler = await startRapl({ logDir, intervalMs: 60_000, env: { CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: hwmonTree() }, nowMs: () => 1765000000000 });
    if (!isSampler(sampler)) throw new Error(sampler.reason);
    await sampler.stop();
    expect(readFileSync(join(logDir, 'rapl.csv'), 'utf8').split('\n').slice(1, 3)).toEqual([
      '1765000000000,amd_energy:0,Esocket0,9000,18446744073709551615',
      '1765000000000,amd_energy:1,Esocket1,8000,18446744073709551615',
    ]);
  });

  it('leaves amd_energy alone where powercap has a package zone, and says why neither is there', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'carbon-ci-logs-'));
    const powercap = mkdtempSync(join(tmpdir(), 'carbon-ci-powercap-'));
    mkdirSync(join(powercap, 'intel-rapl:0'));
    writeFileSync(join(powercap, 'intel-rapl:0', 'name'), 'package-0\n');
    writeFileSync(join(powercap, 'intel-rapl:0', 'energy_uj'), '5\n');
    writeFileSync(join(powercap, 'intel-rapl:0', 'max_energy_range_uj'), '100\n');
    const sampler = await startRapl({ logDir, intervalMs: 60_000, env: { CARBON_CI_POWERCAP_ROOT: powercap, CARBON_CI_HWMON_ROOT: hwmonTree() } });
    if (!isSampler(sampler)) throw new Error(sampler.reason);
    await sampler.stop();
    expect(readFileSync(join(logDir, 'rapl.csv'), 'utf8')).not.toContain('amd_energy');
    const empty = mkdtempSync(join(tmpdir(), 'carbon-ci-empty-'));
    expect(await startRapl({ logDir, intervalMs: 1000, env: { CARBON_CI_POWERCAP_ROOT: empty, CARBON_CI_HWMON_ROOT: empty } })).toMatchObject({
      reason: expect.stringMatching(/no intel-rapl zones under .*; no amd_energy socket counters under /),
    });
  });
});

describe('host-usage sampler', () => {
  it('logs the utilisation of each interval from /proc/stat and the memory from /proc/meminfo', async () => {
    const proc = mkdtempSync(join(tmpdir(), 'carbon-ci-proc-'));
    const logDir = mkdtempSync(join(tmpdir(), 'carbon-ci-logs-'));
    writeFileSync(join(proc, 'stat'), STAT);
    writeFileSync(join(proc, 'meminfo'), MEMINFO);
    writeFileSync(join(proc, 'cpuinfo'), 'processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz\n');
    let now = 1765000000000;
    const sampler = await startHostUsage({ logDir, intervalMs: 60_000, env: { CARBON_CI_PROC_ROOT: proc }, nowMs: () => now });
    if (!isSampler(sampler)) throw new Error(sampler.reason);
    now += 1000;
    // 200 more ticks, 150 of them busy: 75 %.
    writeFileSync(join(proc, 'stat'), STAT.replace('cpu  100 0 50 800 50', 'cpu  200 0 100 850 50'));
    await sampler.stop();
    expect(readFileSync(join(logDir, 'host-usage.csv'), 'utf8')).toBe(
      'start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model,scope\n' +
        `1765000000000,1765000001000,2,0.7500,${16384000 * 1024},${8192000 * 1024},Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz,host\n`,
    );
  });

  it('says why it does not start where /proc/stat is missing', async () => {
    expect(await startHostUsage({ logDir: tmpdir(), intervalMs: 1000, env: { CARBON_CI_PROC_ROOT: join(tmpdir(), 'carbon-ci-none') } })).toMatchObject({
      name: 'host-usage',
      reason: expect.stringMatching(/stat is not readable/),
    });
  });
});
