import { resolve } from 'node:path';
import { Option } from 'commander';
import { loadConfig, type CarbonCiConfig } from '../config/index.js';
import { FACILITY_KINDS, type FacilityKind, type IntensityScope } from '../footprint/types.js';
import type { CliIO } from './io.js';

/** `.carbon-ci.yml` from the working directory, or the file named by `--config`; flags win over it. */
export async function cliConfig(io: CliIO, explicitPath: string | undefined): Promise<CarbonCiConfig> {
  return (await loadConfig(io.cwd, explicitPath === undefined ? undefined : resolve(io.cwd, explicitPath))) ?? {};
}

/** Repeatable flags: commander calls this once per occurrence. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function telemetryOf(config: CarbonCiConfig): string[] {
  if (config.telemetry === undefined) return [];
  return Array.isArray(config.telemetry) ? config.telemetry : [config.telemetry];
}

/** `--facility`: the kind of facility, which picks the default PUE (shared by report, estimate and smoke). */
export function facilityOption(): Option {
  return new Option(
    '--facility <kind>',
    'kind of facility, for the default PUE: cloud (the provider\'s figure; needs a cloud-region --location), datacenter (industry average 1.56), hpc (an HPC centre, 1.2), desktop (a laptop or workstation, 1.0); --pue wins',
  ).choices(FACILITY_KINDS);
}

/** `--intensity-scope`: what the location's grid intensity counts. */
export function intensityScopeOption(): Option {
  return new Option('--intensity-scope <scope>', 'what the grid intensity counts: life-cycle CO2e (the default) or direct (combustion) emissions only').choices([
    'life-cycle',
    'direct',
  ]);
}

/** The facility and intensity scope from the flags, else from .carbon-ci.yml; absent keys stay absent. */
export function factorChoices(
  flags: { facility?: FacilityKind; intensityScope?: IntensityScope },
  config: CarbonCiConfig,
): { facility?: FacilityKind; intensityScope?: IntensityScope } {
  const out: { facility?: FacilityKind; intensityScope?: IntensityScope } = {};
  const facility = flags.facility ?? config.facility;
  if (facility !== undefined) out.facility = facility;
  const intensityScope = flags.intensityScope ?? config.intensityScope;
  if (intensityScope !== undefined) out.intensityScope = intensityScope;
  return out;
}
