// AMD socket energy through the `amd_energy` hwmon driver (Linux 5.8 to 5.12, then out of tree as
// amd/amd_energy; `zenergy` is a fork with the same files), for AMD hosts whose powercap has no package zone.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EnergyZone } from './types.js';

export const DEFAULT_HWMON_ROOT = '/sys/class/hwmon';
/** The hwmon `name` of the driver and of its fork. */
const DRIVERS = new Set(['amd_energy', 'zenergy']);
/** `energyN_label` of a socket's counter; cores are `Ecore000`, ..., which the socket already counts. */
const SOCKET_LABEL = /^Esocket(\d+)$/;
/**
 * The driver adds each 32-bit RAPL register's value into a 64-bit accumulator (kernel
 * Documentation/hwmon/amd_energy.rst, 2020): `energyN_input` (µJ, as hwmon's sysfs ABI has it) wraps
 * only at 2^64 µJ, so a lower reading is the driver reloaded, which the rapl plugin leaves to the
 * energy stage as a counter reset.
 */
const AMD_ENERGY_RANGE_UJ = '18446744073709551615';

/** The socket counters of every amd_energy hwmon device under `root`, as zones `amd_energy:<socket>` named `Esocket<socket>`. */
export async function findAmdEnergyZones(root: string): Promise<{ zones: EnergyZone[]; reason?: string }> {
  let devices: string[];
  try {
    devices = (await readdir(root)).sort();
  } catch (error) {
    return { zones: [], reason: `${root} is not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const zones: EnergyZone[] = [];
  let unreadable: string | undefined;
  for (const device of devices) {
    const dir = join(root, device);
    const name = (await readFile(join(dir, 'name'), 'utf8').catch(() => '')).trim();
    if (!DRIVERS.has(name)) continue;
    const labels = (await readdir(dir).catch(() => [] as string[])).filter((f) => /^energy\d+_label$/.test(f));
    for (const labelFile of labels) {
      const socket = SOCKET_LABEL.exec((await readFile(join(dir, labelFile), 'utf8').catch(() => '')).trim())?.[1];
      if (socket === undefined) continue;
      const energyPath = join(dir, labelFile.replace(/_label$/, '_input'));
      try {
        await readFile(energyPath, 'utf8');
        zones.push({ id: `amd_energy:${Number(socket)}`, name: `Esocket${socket}`, energyPath, maxEnergyRangeUj: AMD_ENERGY_RANGE_UJ });
      } catch (error) {
        unreadable ??= `${energyPath} is not readable (${(error as NodeJS.ErrnoException).code ?? 'error'}; the driver lets only root read it)`;
      }
    }
  }
  zones.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return zones.length > 0 ? { zones } : { zones, reason: unreadable ?? `no amd_energy socket counters under ${root}` };
}
