import { Option, type Command } from 'commander';
import { INTENSITY_PROVIDERS, type IntensityProvider } from '../../footprint/hourly.js';
import { runReport } from '../../pipeline/index.js';
import { builtinSources } from '../../../plugins/index.js';
import { PROMETHEUS_FAMILIES, type PrometheusFamily } from '../../../plugins/prometheus/index.js';
import type { RecordSource } from '../../sdk/plugin.js';
import { InputError } from '../../shared/errors.js';
import { addLeverOptions, cliConfig, collect, facilityOption, factorChoices, functionalUnitOf, intensityScopeOption, telemetryOf, type LeverFlags } from '../config.js';
import type { FacilityKind, IntensityScope } from '../../footprint/types.js';
import type { CliIO } from '../io.js';
import { cliLogger } from '../logger.js';
import { cliProgress } from '../progress.js';
import { writeOutputs } from '../output.js';
import { parseIntensity, parseMaxGap, parseNumber, parsePositive, parsePue } from '../parse.js';
import { judgeReport, type BudgetExceededError } from '../judge.js';
import type { CarbonCiConfig } from '../../config/index.js';
import type { DataWarning } from '../../energy/types.js';
import { runIdentityFromEnv } from '../run-identity.js';

export interface ReportFlags extends LeverFlags {
  intensityProvider?: IntensityProvider;
  intensityApiUrl?: string;
  plugin: string;
  location?: string;
  pue?: number;
  facility?: FacilityKind;
  intensityScope?: IntensityScope;
  intensity?: number;
  timezone?: string;
  maxGap?: number | 'auto';
  json?: string;
  markdown?: string;
  color: boolean;
  config?: string;
  pluginModule?: string[];
  pluginOption?: string[];
  prometheusUrl?: string;
  prometheusSelector?: string;
  prometheusRaw?: boolean;
  prometheusMetrics?: PrometheusFamily;
  start?: string;
  end?: string;
  budgetCo2eKg?: number;
  budgetEnergyKwh?: number;
  maxIncreasePercent?: number;
  baseline?: string;
  failOnBudget: boolean;
}

export function registerReportCommand(program: Command, io: CliIO): void {
  const command = program
    .command('report')
    .description('report the energy and CO2e of a job from its telemetry files (e.g. nvidia-smi CSV logs)')
    .argument('[files...]', 'telemetry files or globs (quote globs); default: `telemetry` in .carbon-ci.yml');
  addReportOptions(command).action(async (files: string[], flags: ReportFlags) => {
    const config = await cliConfig(io, flags.config);
    const inputs = files.length > 0 ? files : telemetryOf(config);
    const broken = await reportOn(inputs, flags, config, io);
    if (broken) throw broken;
  });
}

/** The options of `report`, which `run` takes too: what to read, where it ran, the outputs, the budgets; then the levers, last as in `estimate`. */
export function addReportOptions(command: Command): Command {
  const options = command
    .option('--plugin <name>', 'telemetry format, or "auto" to detect it per file', 'auto')
    .option('--location <loc>', 'where the energy was used: a country (FR), a state or province (US-CA, CA-QC), a cloud region (aws:us-east-1, gcp:europe-west4, azure:westeurope) or a grid zone (zone:SE-SE3)')
    .option('--pue <n>', 'power usage effectiveness of the facility; overrides the one the location implies', parsePue)
    .addOption(facilityOption())
    .option('--intensity <g-per-kwh>', 'grid carbon intensity in g CO2e/kWh; overrides the one the location implies', parseIntensity)
    .addOption(intensityScopeOption())
    .addOption(new Option('--intensity-provider <name>', 'price each hour at its own grid intensity from this provider (token in $ELECTRICITYMAPS_TOKEN); the annual figure where it fails').choices(INTENSITY_PROVIDERS))
    .option('--intensity-api-url <url>', "the provider's base URL (default https://api.electricitymaps.com; for proxies and tests)")
    .option('--timezone <tz>', 'IANA zone of timestamps that carry none, e.g. America/Los_Angeles (default: UTC)')
    .option('--max-gap <s>', 'samples further apart than this many seconds are not bridged, or "auto"', parseMaxGap)
    .option('--json <path|->', 'write the Report JSON to a file, or "-" for standard output (only the JSON goes there)')
    .option('--markdown <path|->', 'write the PR-comment Markdown to a file, or "-" for standard output')
    .option('--plugin-module <spec>', 'load a plugin: a .js/.mjs path or an installed package (repeatable)', collect)
    .option('--plugin-option <name=value>', 'an option for the plugin, or plugin.name=value for one plugin (repeatable)', collect)
    .option('--prometheus-url <url>', 'also read the job\'s series from this Prometheus server: the DCGM exporter\'s (power, energy counter), or Kepler\'s with --prometheus-metrics kepler; needs --start and --end')
    .option('--prometheus-selector <matchers>', 'PromQL label matchers that pick the job\'s GPUs for --prometheus-url, e.g. \'Hostname="node-7",pod=~"bert-.*"\' (with --prometheus-metrics kepler, its pods: \'pod_namespace="ml",pod_name=~"bert-.*"\')')
    .addOption(new Option('--prometheus-metrics <family>', 'which series --prometheus-url reads: dcgm (DCGM exporter GPUs, default) or kepler (Kepler pods: CPU, memory and GPU energy; select with Kepler labels, e.g. pod_namespace, pod_name)').choices(PROMETHEUS_FAMILIES))
    .option('--prometheus-raw', 'fetch every sample from --prometheus-url instead of reducing on the server (slower; to check the reduction)')
    .option('--start <time>', 'start of the job for --prometheus-url: ISO 8601 (zone-less times in --timezone) or epoch seconds')
    .option('--end <time>', 'end of the job for --prometheus-url')
    .option('--budget-co2e-kg <kg>', 'fail (exit 3) when the total CO2e is above this', parsePositive)
    .option('--budget-energy-kwh <kwh>', 'fail (exit 3) when the device energy is above this', parsePositive)
    .option('--max-increase-percent <percent>', 'fail (exit 3) when the CO2e rose more than this against --baseline', parseNumber)
    .option('--baseline <report.json>', 'compare with this earlier report (`carbon-ci report --json` or the Action\'s report-path)')
    .option('--no-fail-on-budget', 'show broken budgets without failing (exit 0)')
    .option('--config <path>', 'settings file (default: .carbon-ci.yml in the working directory, when present)')
    .option('--no-color', 'plain text, no ANSI colours');
  return addLeverOptions(options);
}

/** What `run` adds to a report that `report` makes from files alone. */
export interface ReportExtras {
  /** The zone of zone-less timestamps when the flags name none (`run`: this machine's, where nvidia-smi wrote them). */
  timeZone?: string;
  /** Warnings of the run itself (a sampler that failed), listed with the data's own. */
  warnings?: DataWarning[];
}

/**
 * Make the report from `inputs` as the flags say, judge it, and write every output; returns the error to
 * throw when a budget that fails is broken (the outputs are written first).
 */
export async function reportOn(
  inputs: string[],
  flags: ReportFlags,
  config: CarbonCiConfig,
  io: CliIO,
  extras: ReportExtras = {},
): Promise<BudgetExceededError | undefined> {
  const prometheus = prometheusOf(flags);
  if (inputs.length === 0 && !prometheus) {
    throw new InputError('no telemetry files given', { hint: 'name them: carbon-ci report logs/*.csv (or set `telemetry:` in .carbon-ci.yml)' });
  }
  const plugin = flags.plugin !== 'auto' ? flags.plugin : (config.plugin ?? 'auto');
  const timeZone = flags.timezone ?? extras.timeZone ?? config.timezone;
  const report = await runReport({
    inputs,
    ...(prometheus ? { sources: [prometheus] } : {}),
    cwd: io.cwd,
    plugin,
    pluginModules: [...(config.plugins ?? []), ...(flags.pluginModule ?? [])],
    pluginOptions: config.pluginOptions,
    pluginOptionPairs: flags.pluginOption,
    location: flags.location ?? config.location,
    pue: flags.pue ?? config.pue,
    ...factorChoices(flags, config),
    intensityGPerKWh: flags.intensity ?? config.intensity,
    ...functionalUnitOf(flags, config),
    ...(flags.intensityProvider ? { intensityProvider: flags.intensityProvider, intensityToken: io.env.ELECTRICITYMAPS_TOKEN, ...(flags.intensityApiUrl ? { intensityApiUrl: flags.intensityApiUrl } : {}) } : {}),
    timeZone,
    maxGapS: flags.maxGap ?? config.maxGapS,
    ...withProgress(cliProgress(io)),
    run: runIdentityFromEnv(io.env),
    log: cliLogger(io),
  });
  report.warnings.push(...(extras.warnings ?? []));
  const broken = await judgeReport(report, { ...flags, failOnBudget: flags.failOnBudget ? undefined : false }, config, io.cwd);
  await writeOutputs(report, flags, io);
  return broken;
}

function prometheusOf(flags: ReportFlags): RecordSource | undefined {
  if (flags.prometheusUrl === undefined) {
    if (flags.start !== undefined || flags.end !== undefined || flags.prometheusSelector !== undefined || flags.prometheusRaw || flags.prometheusMetrics !== undefined) {
      throw new InputError('--start, --end, --prometheus-selector, --prometheus-metrics and --prometheus-raw only apply with --prometheus-url', { hint: 'add --prometheus-url http://HOST:9090, or drop them' });
    }
    return undefined;
  }
  if (flags.start === undefined || flags.end === undefined) {
    throw new InputError('--prometheus-url needs the job window', { hint: 'add --start and --end, e.g. --start 2026-11-23T08:00:00Z --end 2026-11-23T12:00:00Z' });
  }
  return builtinSources.prometheus({
    url: flags.prometheusUrl,
    start: flags.start,
    end: flags.end,
    ...(flags.prometheusSelector !== undefined ? { selector: flags.prometheusSelector } : {}),
    ...(flags.prometheusRaw ? { raw: true } : {}),
    ...(flags.prometheusMetrics !== undefined ? { family: flags.prometheusMetrics } : {}),
  });
}

function withProgress(progress: ReturnType<typeof cliProgress>): { progress?: NonNullable<ReturnType<typeof cliProgress>> } {
  return progress ? { progress } : {};
}
