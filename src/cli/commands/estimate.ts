import type { Command } from 'commander';
import { listGpus } from '../../footprint/index.js';
import { runEstimate } from '../../pipeline/index.js';
import { addLeverOptions, cliConfig, facilityOption, factorChoices, functionalUnitOf, intensityScopeOption, type LeverFlags } from '../config.js';
import type { FacilityKind, IntensityScope } from '../../footprint/types.js';
import type { CliIO } from '../io.js';
import { cliLogger } from '../logger.js';
import { writeOutputs } from '../output.js';
import { ESTIMATE_LIMITS, MAX_ESTIMATE_POWER_W } from '../../pipeline/run-estimate.js';
import { parseEstimateCount, parseEstimateGpuHours, parseEstimateHours, parseFraction, parseIntensity, parsePositive, parsePue } from '../parse.js';
import { runIdentityFromEnv } from '../run-identity.js';

interface EstimateFlags extends LeverFlags {
  gpu: string;
  count?: number;
  hours?: number;
  gpuHours?: number;
  utilization?: number;
  powerW?: number;
  location?: string;
  pue?: number;
  facility?: FacilityKind;
  intensityScope?: IntensityScope;
  intensity?: number;
  json?: string;
  markdown?: string;
  color: boolean;
  config?: string;
}

export function registerEstimateCommand(program: Command, io: CliIO): void {
  const command = program
    .command('estimate')
    .description('estimate the energy and CO2e of a job from its configuration, without telemetry')
    .requiredOption('--gpu <model>', 'the accelerator, e.g. "A100 SXM4 80GB"; any name (a TPU too) when --power-w is given')
    .option('--count <n>', `number of devices, at most ${ESTIMATE_LIMITS.count}; reported as one device "N × model"`, parseEstimateCount)
    .option('--hours <h>', `hours each device ran, at most ${ESTIMATE_LIMITS.hours}`, parseEstimateHours)
    .option('--gpu-hours <gh>', `device-hours in total, shared across --count devices (at most ${ESTIMATE_LIMITS.hours} h each)`, parseEstimateGpuHours)
    .option('--utilization <f>', 'mean utilisation 0..1 that scales the power (default 1: full power, an upper bound)', parseFraction)
    .option('--power-w <w>', `power of one device in watts, at most ${MAX_ESTIMATE_POWER_W} (default: board power from the GPU table); counted as given, with a warning above 2 × the named GPU's board power`, parsePositive)
    .option('--location <loc>', 'where the energy was used: a country (FR), a state or province (US-CA, CA-QC), a cloud region (aws:us-east-1) or a grid zone (zone:SE-SE3)')
    .option('--pue <n>', 'power usage effectiveness of the facility; overrides the one the location implies', parsePue)
    .addOption(facilityOption())
    .option('--intensity <g-per-kwh>', 'grid carbon intensity in g CO2e/kWh; overrides the one the location implies', parseIntensity)
    .addOption(intensityScopeOption())
    .option('--json <path|->', 'write the Report JSON to a file, or "-" for standard output (only the JSON goes there)')
    .option('--markdown <path|->', 'write the PR-comment Markdown to a file, or "-" for standard output')
    .option('--config <path>', 'settings file (default: .carbon-ci.yml in the working directory, when present)')
    .option('--no-color', 'plain text, no ANSI colours')
    .addHelpText('after', () => `\nGPUs in the table: ${listGpus().map((gpu) => gpu.model).join(', ')}\n`);
  addLeverOptions(command).action(async (flags: EstimateFlags) => {
      const config = await cliConfig(io, flags.config);
      const report = await runEstimate({
        gpu: flags.gpu,
        count: flags.count,
        hours: flags.hours,
        gpuHours: flags.gpuHours,
        utilization: flags.utilization,
        powerW: flags.powerW,
        location: flags.location ?? config.location,
        pue: flags.pue ?? config.pue,
        ...factorChoices(flags, config),
        intensityGPerKWh: flags.intensity ?? config.intensity,
        ...functionalUnitOf(flags, config),
        run: runIdentityFromEnv(io.env),
        log: cliLogger(io),
      });
      await writeOutputs(report, flags, io);
    });
}
