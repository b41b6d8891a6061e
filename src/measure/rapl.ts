import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RAPL_LOG_HEADER } from '../../plugins/rapl/index.js';
import { DEFAULT_HWMON_ROOT, findAmdEnergyZones } from './amd-energy.js';
import { PolledSampler, type PollWarnings } from './polled-sampler.js';
import type { EnergyZone, Sampler, SamplerOptions, SamplerSkipped } from './types.js';

const DEFAULT_POWERCAP_ROOT = '/sys/class/powercap';
export const RAPL_LOG_NAME = 'rapl.csv';
/** Zones as the kernel names them: `intel-rapl:0` a package (also on AMD since Linux 5.8), `intel-rapl:0:2` a subzone. */
const ZONE_DIR = /^intel-rapl:\d+(?::\d+)?$/;

/** The zones the rapl plugin counts: packages and DRAM; core, uncore and psys would count energy twice. */
async function findZones(root: string): Promise<{ zones: EnergyZone[]; reason?: string }> {
  let entries: string[];
  try {
    entries = (await readdir(root)).filter((name) => ZONE_DIR.test(name)).sort();
  } catch (error) {
    return { zones: [], reason: `${root} is not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (entries.length === 0) return { zones: [], reason: `no intel-rapl zones under ${root}` };
  const zones: EnergyZone[] = [];
  let unreadable: string | undefined;
  for (const id of entries) {
    const dir = join(root, id);
    try {
      const name = (await readFile(join(dir, 'name'), 'utf8')).trim();
      const isPackage = /^package-\d+$/.test(name) && id.split(':').length === 2;
      if (!isPackage && name !== 'dram') continue;
      const energyPath = join(dir, 'energy_uj');
      await readFile(energyPath, 'utf8');
      const maxEnergyRangeUj = (await readFile(join(dir, 'max_energy_range_uj'), 'utf8')).trim();
      if (/^\d+$/.test(maxEnergyRangeUj) && Number(maxEnergyRangeUj) > 0) zones.push({ id, name, energyPath, maxEnergyRangeUj });
    } catch (error) {
      unreadable ??= `${join(dir, 'energy_uj')} is not readable (${(error as NodeJS.ErrnoException).code ?? 'error'}; since Linux 5.10 only root may read it)`;
    }
  }
  return zones.length > 0 ? { zones } : { zones, reason: unreadable ?? `no package or dram zone under ${root}` };
}

/** What the RAPL sampler's warnings say, whichever process reads the counters. */
export const RAPL_WARNINGS: PollWarnings = {
  failedReadings: (count) => `${count} counter reading(s) failed; the time around them counts as a gap`,
  incomplete: 'CPU energy is incomplete',
};

/**
 * The RAPL counters to read, or why there are none: powercap's zones, and where powercap has no package
 * zone (AMD before Linux 5.8), the sockets of the amd_energy hwmon driver.
 */
export async function planRapl(options: Pick<SamplerOptions, 'env'>): Promise<EnergyZone[] | SamplerSkipped> {
  const root = options.env.CARBON_CI_POWERCAP_ROOT || DEFAULT_POWERCAP_ROOT;
  const powercap = await findZones(root);
  let zones = powercap.zones;
  let reason = powercap.reason;
  if (!zones.some((zone) => zone.name !== 'dram')) {
    const hwmon = await findAmdEnergyZones(options.env.CARBON_CI_HWMON_ROOT || DEFAULT_HWMON_ROOT);
    zones = [...zones, ...hwmon.zones];
    if (hwmon.zones.length === 0) reason = `${reason ?? 'no package zone'}; ${hwmon.reason}`;
  }
  return zones.length > 0 ? zones : { name: 'rapl', reason: reason ?? 'no zones' };
}

/** Starts reading the RAPL counters every interval into `rapl.csv`, or says why it cannot. */
export async function startRapl(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const zones = await planRapl(options);
  return Array.isArray(zones) ? startRaplZones(zones, options) : zones;
}

/** Starts reading `zones` every interval into `rapl.csv`. */
export async function startRaplZones(zones: EnergyZone[], options: SamplerOptions): Promise<Sampler> {
  const sampler = new RaplSampler(zones, options);
  // The first reading is the command's start: it must be taken before the command runs.
  await sampler.started();
  return sampler;
}

class RaplSampler extends PolledSampler {
  readonly name = 'rapl';

  constructor(private readonly zones: EnergyZone[], options: SamplerOptions) {
    super(join(options.logDir, RAPL_LOG_NAME), RAPL_LOG_HEADER, options, RAPL_WARNINGS);
  }

  /** The first reading: the command's start. */
  started(): Promise<void> {
    return this.tick();
  }

  protected async sample(): Promise<void> {
    const timeMs = this.nowMs();
    const values = await Promise.all(this.zones.map((zone) => readFile(zone.energyPath, 'utf8').then((text) => text.trim(), () => undefined)));
    this.zones.forEach((zone, i) => {
      const value = values[i];
      if (value === undefined || !/^\d+$/.test(value)) {
        this.failures += 1;
        return;
      }
      this.log.write(`${timeMs},${zone.id},${zone.name},${value},${zone.maxEnergyRangeUj}`);
    });
  }
}
