// Stand-ins for `carbon-ci run`'s samplers: nvidia-smi on PATH, and a powercap tree whose counters advance.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from '../../src/measure/detached.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/run/', import.meta.url));
const UJ_PER_J = 1e6;

/**
 * A directory holding executable `tools` that run the test suite's stand-ins (fixtures/run/fake-<tool>.mjs) with
 * this Node: `exec`'d, as a tool is, or (`child`) started by a wrapper script that waits for it, as some sites do.
 */
export function fakeToolDir(tools: readonly ('nvidia-smi' | 'amd-smi' | 'xpu-smi')[], how: 'exec' | 'child' = 'exec'): string {
  const dir = mkdtempSync(join(tmpdir(), 'carbon-ci-fake-tools-'));
  for (const tool of tools) {
    const command = `"${process.execPath}" "${join(FIXTURES, `fake-${tool}.mjs`)}" "$@"`;
    writeFileSync(join(dir, tool), `#!/bin/sh\n${how === 'exec' ? `exec ${command}` : `${command} &\nwait`}\n`);
    chmodSync(join(dir, tool), 0o755);
  }
  return dir;
}

/** Writes `text` to `path` by a rename, so that a sampler reading the stand-in never sees half a file. */
export function replaceFile(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** A directory holding an executable `nvidia-smi` that runs the stand-in with this Node. */
export function fakeNvidiaSmiDir(): string {
  return fakeToolDir(['nvidia-smi']);
}

export interface FakeZone {
  id: string;
  name: string;
  powerW: number;
  maxEnergyRangeUj: number;
}

/** Package 0 at 30 W wrapping every 2/3 s, its core subzone (left out by the sampler), and its DRAM at 5 W. */
export const FAKE_ZONES: FakeZone[] = [
  { id: 'intel-rapl:0', name: 'package-0', powerW: 30, maxEnergyRangeUj: 20 * UJ_PER_J },
  { id: 'intel-rapl:0:0', name: 'core', powerW: 20, maxEnergyRangeUj: 20 * UJ_PER_J },
  { id: 'intel-rapl:0:2', name: 'dram', powerW: 5, maxEnergyRangeUj: 65_712_999_613 },
];

/**
 * A powercap tree whose energy_uj files a timer advances (value = energy since start mod range, as RAPL
 * wraps); each write is a rename, so that a reader never sees a half-written file.
 */
export function fakePowercap(zones: FakeZone[] = FAKE_ZONES, tickMs = 10): { root: string; stop: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'carbon-ci-fake-powercap-'));
  const startMs = Date.now();
  for (const zone of zones) {
    mkdirSync(join(root, zone.id));
    writeFileSync(join(root, zone.id, 'name'), `${zone.name}\n`);
    writeFileSync(join(root, zone.id, 'max_energy_range_uj'), `${zone.maxEnergyRangeUj}\n`);
  }
  const advance = () => {
    const elapsedS = (Date.now() - startMs) / 1000;
    for (const zone of zones) {
      const file = join(root, zone.id, 'energy_uj');
      replaceFile(file, `${Math.floor(zone.powerW * elapsedS * UJ_PER_J) % zone.maxEnergyRangeUj}\n`);
    }
  };
  advance();
  const timer = setInterval(advance, tickMs);
  return { root, stop: () => clearInterval(timer) };
}

/** Expected energy of a GPU from the stand-in's log: its constant power over the span of its rows with a power reading. */
export function expectedGpuJoules(csv: string, uuid: string, powerW: number, toUtcMs: (wall: string) => number): number {
  const times = csv
    .split('\n')
    .filter((line) => line.includes(uuid) && line.split(', ')[4] !== '[N/A]')
    .map((line) => toUtcMs(line.split(', ')[0]!));
  return times.length < 2 ? 0 : (powerW * (times.at(-1)! - times[0]!)) / 1000;
}

/** Expected energy of a RAPL zone from the sampler's log: its power over the span of its readings. */
export function expectedZoneJoules(raplCsv: string, zoneId: string, powerW: number): number {
  const times = raplCsv
    .split('\n')
    .filter((line) => line.split(',')[1] === zoneId)
    .map((line) => Number(line.split(',')[0]));
  return times.length < 2 ? 0 : (powerW * (times.at(-1)! - times[0]!)) / 1000;
}

/** Whether `pid` still runs: an ended process its parent has not reaped yet (a zombie) does not, as `isAlive` says. */
export const isRunning = isAlive;

export function pidsIn(file: string): number[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map(Number);
  } catch {
    return [];
  }
}

/**
 * An amd_energy hwmon tree (beside an unrelated k10temp device) whose socket and core counters a timer
 * advances, in µJ as the driver gives them: socket s draws 60 + 20·s W, each core 5 W (never logged: the
 * socket counts it).
 */
export function fakeAmdEnergy(sockets = 2, tickMs = 10): { root: string; stop: () => void; socketPowerW: (s: number) => number } {
  const root = mkdtempSync(join(tmpdir(), 'carbon-ci-fake-hwmon-'));
  mkdirSync(join(root, 'hwmon0'));
  writeFileSync(join(root, 'hwmon0', 'name'), 'k10temp\n');
  const dir = join(root, 'hwmon3');
  mkdirSync(dir);
  writeFileSync(join(dir, 'name'), 'amd_energy\n');
  const socketPowerW = (s: number) => 60 + 20 * s;
  // The driver numbers the cores' counters first, then the sockets'.
  const counters = [
    ...[0, 1].map((c) => ({ file: `energy${c + 1}`, label: `Ecore${String(c).padStart(3, '0')}`, powerW: 5 })),
    ...Array.from({ length: sockets }, (_, s) => ({ file: `energy${s + 3}`, label: `Esocket${s}`, powerW: socketPowerW(s) })),
  ];
  for (const c of counters) writeFileSync(join(dir, `${c.file}_label`), `${c.label}\n`);
  const startMs = Date.now();
  const advance = () => {
    const elapsedS = (Date.now() - startMs) / 1000;
    for (const c of counters) {
      const file = join(dir, `${c.file}_input`);
      replaceFile(file, `${123_456_789_000 + Math.floor(c.powerW * elapsedS * UJ_PER_J)}\n`);
    }
  };
  advance();
  const timer = setInterval(advance, tickMs);
  return { root, stop: () => clearInterval(timer), socketPowerW };
}
