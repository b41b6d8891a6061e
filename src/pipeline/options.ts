import type { TelemetryPlugin, RecordSource } from '../sdk/plugin.js';
import type { Logger } from '../shared/logger.js';
import type { IntensityProvider } from '../footprint/hourly.js';
import type { FunctionalUnit } from '../footprint/sci.js';
import type { FacilityKind, IntensityScope } from '../footprint/types.js';
import type { RunIdentity } from '../report/types.js';
import type { ReadProgress } from './progress.js';

/** What both entry points share: where the energy was used, and who ran it. */
export interface CommonOptions {
  /** A country ("FR"), a US state ("US-CA") or a cloud region ("aws:us-east-1"). */
  location?: string;
  /** Overrides the PUE that the location or the facility implies. */
  pue?: number;
  /** The kind of facility (cloud, datacenter, hpc, desktop), which picks the default PUE. */
  facility?: FacilityKind;
  /** What the location's grid intensity counts: life-cycle (the default) or direct. */
  intensityScope?: IntensityScope;
  /** Overrides the grid intensity that the location implies (g CO2e/kWh). */
  intensityGPerKWh?: number;
  run?: RunIdentity;
  /** What the job produced (`tokens=2e9`): the report then gives its SCI, CO2e per unit. */
  functionalUnit?: FunctionalUnit;
  /** Receives debug and info lines; warnings go to the report and are forwarded here too. */
  log?: Logger;
  /** The clock, for `generatedAt` (tests pin it). */
  now?: () => Date;
}

export interface ReportOptions extends CommonOptions {
  /**
   * Price each hour at its own grid intensity from this provider (opt-in: nothing leaves the machine
   * otherwise), with its token and, for tests and proxies, its base URL. Failures fall back to the annual figure.
   */
  intensityProvider?: IntensityProvider;
  intensityToken?: string;
  intensityApiUrl?: string;
  /** Files or globs. */
  inputs: string[];
  /** Directory that relative inputs are resolved against (default: process.cwd()). */
  cwd?: string;
  /** A plugin name, or "auto" (the default) to detect each file's format. */
  plugin?: string;
  /** The plugins to choose from (default: the built-in ones). */
  plugins?: TelemetryPlugin[];
  /** Options per plugin name (`{ 'hf-trainer': { gpu: 'A100', count: 8 } }`). */
  pluginOptions?: Record<string, Record<string, unknown>>;
  /** User plugin modules: repository paths (.js/.mjs) or installed package names. */
  pluginModules?: string[];
  /** `--plugin-option` values: `name=value`, or `plugin.name=value` to aim at one plugin. */
  pluginOptionPairs?: string[];
  /** Sources of records besides the files, e.g. a Prometheus server's HTTP API over the job's window. */
  sources?: RecordSource[];
  /** IANA zone for timestamps that carry none; UTC when not given (the report says so). */
  timeZone?: string;
  /** A zone of their own for some files (absolute paths), whatever `timeZone` says: the Action's measured logs, written in UTC. */
  fileTimeZones?: Record<string, string>;
  /** Samples further apart than this are not bridged (s); 'auto' (the default) adapts to each stream's rate. */
  maxGapS?: number | 'auto';
  /** Shown how far reading has got (the CLI draws it on stderr, the Action logs it). */
  progress?: ReadProgress;
  signal?: AbortSignal;
}

export interface EstimateOptions extends CommonOptions {
  /** The accelerator as the user names it; looked up in the GPU table unless `powerW` is given. */
  gpu: string;
  /** How many devices (default 1). */
  count?: number;
  /** Hours each device ran. Give this or `gpuHours`. */
  hours?: number;
  /** Device-hours in total, shared evenly across `count` devices. */
  gpuHours?: number;
  /** Mean utilisation 0..1 applied to the power (default 1: full board power, an upper bound). */
  utilization?: number;
  /** Power per device (W); overrides the GPU table's board power. */
  powerW?: number;
  /** End of the estimated window, UTC epoch ms (default: now). */
  endMs?: number;
}
