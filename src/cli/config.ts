import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { loadConfig, type CarbonCiConfig } from '../config/index.js';
import { parseFunctionalUnit, type FunctionalUnit } from '../footprint/sci.js';
import { INTENSITY_SCOPES } from '../footprint/zones.js';
import { FACILITY_KINDS, type FacilityKind, type IntensityScope } from '../footprint/types.js';
import { TRAINING_TYPES } from '../model-card/index.js';
import { isInputError } from '../shared/errors.js';
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
  return new Option('--intensity-scope <scope>', 'what the grid intensity counts: life-cycle CO2e (the default) or direct (combustion) emissions only').choices(INTENSITY_SCOPES);
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

/** The flags of the levers a report can add: SCI per functional unit, and the model card. */
export interface LeverFlags {
  functionalUnit?: FunctionalUnit;
  modelCard?: string;
  trainingType?: (typeof TRAINING_TYPES)[number];
}

/** `--functional-unit`, `--model-card` and `--training-type` (shared by report, run and estimate). */
export function addLeverOptions(command: Command): Command {
  return command
    .option('--functional-unit <name=count>', 'what the job produced, e.g. tokens=2e9, images=50000, epochs=3: the report adds its SCI, CO2e per unit', parseFunctionalUnitFlag)
    .option('--model-card <path>', "write the CO2e into a Hugging Face model card's front matter (co2_eq_emissions), keeping the rest of the card")
    .addOption(new Option('--training-type <type>', 'the model card\'s training_type').choices(TRAINING_TYPES));
}

function parseFunctionalUnitFlag(value: string): FunctionalUnit {
  try {
    return parseFunctionalUnit(value);
  } catch (error) {
    if (isInputError(error)) throw new InvalidArgumentError(error.message);
    throw error;
  }
}

/** The functional unit from the flag, else from .carbon-ci.yml's `functionalUnit`. */
export function functionalUnitOf(flags: LeverFlags, config: CarbonCiConfig): { functionalUnit?: FunctionalUnit } {
  if (flags.functionalUnit) return { functionalUnit: flags.functionalUnit };
  return config.functionalUnit ? { functionalUnit: parseFunctionalUnit(config.functionalUnit) } : {};
}
