import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RAPL_LOG_HEADER } from '../../plugins/rapl/index.js';
import type { DataWarning } from '../energy/types.js';
import { DEFAULT_HWMON_ROOT, findAmdEnergyZones, type EnergyZone } from './amd-energy.js';
import { LogFile } from './log-file.js';
import { samplerWarning, type Sampler, type SamplerOptions, type SamplerSkipped } from './types.js';

export const DEFAULT_POWERCAP_ROOT = '/sys/class/powercap';
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

/**
 * Starts reading the RAPL counters every interval into `rapl.csv`, or says why it cannot: powercap's zones,
 * and where powercap has no package zone (AMD before Linux 5.8), the sockets of the amd_energy hwmon driver.
 */
export async function startRapl(options: SamplerOptions): Promise<Sampler | SamplerSkipped> {
  const root = options.env.CARBON_CI_POWERCAP_ROOT || DEFAULT_POWERCAP_ROOT;
  const powercap = await findZones(root);
  let zones = powercap.zones;
  let reason = powercap.reason;
  if (!zones.some((zone) => zone.name !== 'dram')) {
    const hwmon = await findAmdEnergyZones(options.env.CARBON_CI_HWMON_ROOT || DEFAULT_HWMON_ROOT);
    zones = [...zones, ...hwmon.zones];
    if (hwmon.zones.length === 0) reason = `${reason ?? 'no package zone'}; ${hwmon.reason}`;
  }
  if (zones.length === 0) return { name: 'rapl', reason: reason ?? 'no zones' };
  const sampler = new RaplSampler(zones, options);
  // The first reading is the command's start: it must be taken before the command runs.
  await sampler.started();
  return sampler;
}

class RaplSampler implements Sampler {
  readonly name = 'rapl';
  readonly warnings: DataWarning[] = [];
  private readonly log: LogFile;
  private readonly timer: NodeJS.Timeout;
  private reading: Promise<void> = Promise.resolve();
  private failures = 0;
  private readonly nowMs: () => number;

  constructor(private readonly zones: EnergyZone[], options: SamplerOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.log = new LogFile(join(options.logDir, RAPL_LOG_NAME), RAPL_LOG_HEADER);
    this.tick();
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    // The command's child process keeps the event loop alive; a stray timer must not.
    this.timer.unref();
  }

  started(): Promise<void> {
    return this.reading;
  }

  /** One reading of every zone, chained so that a slow read never overlaps the next. */
  private tick(): void {
    this.reading = this.reading.then(() => this.sample());
  }

  private async sample(): Promise<void> {
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

  async stop(): Promise<void> {
    clearInterval(this.timer);
    // A last reading at the end, so that the energy up to the command's end counts.
    this.tick();
    await this.reading;
    await this.log.close();
    if (this.failures > 0) this.warnings.push(samplerWarning(this.name, `${this.failures} counter reading(s) failed; the time around them counts as a gap`));
    if (this.log.error) this.warnings.push(samplerWarning(this.name, `cannot write ${this.log.path} (${this.log.error.message}); CPU energy is incomplete`));
  }

  files(): Promise<string[]> {
    return Promise.resolve(this.log.lines > 0 ? [this.log.path] : []);
  }

  pids(): number[] {
    return [];
  }
}
