import { stat } from 'node:fs/promises';
import { DEFAULT_ENERGY_OPTIONS, EnergyAccumulator } from '../energy/index.js';
import type { DataWarning } from '../energy/types.js';
import { lookupGpu } from '../footprint/gpus.js';
import { hourlyPricerFor } from '../footprint/hourly.js';
import type { Report } from '../report/types.js';
import type { RecordSource } from '../sdk/plugin.js';
import type { Logger } from '../shared/logger.js';
import type { PluginRecord } from '../sdk/records.js';
import { isValidTimeZone } from '../sdk/time.js';
import { InputError, isInputError, withoutFix } from '../shared/errors.js';
import { expandInputs, readTelemetry } from '../telemetry/index.js';
import { assembleReport, factorsFor } from './assemble.js';
import type { ReportOptions } from './options.js';
import { resolvePlugins } from './plugins.js';
import { normalizePowerSeries } from './power-series.js';
import { checkPositive } from './validate-options.js';
import { collectingLogger } from './warnings.js';

export const DEFAULT_TIME_ZONE = 'UTC';

/** Telemetry files and record sources -> records -> per-device energy -> footprint -> a validated Report. */
export async function runReport(options: ReportOptions): Promise<Report> {
  const warnings: DataWarning[] = [];
  const timeZone = resolveTimeZone(options.timeZone);
  if (options.maxGapS !== 'auto') checkPositive('the maximum gap', options.maxGapS, 'give --max-gap in seconds, e.g. 30, or "auto"');
  const maxGapS = options.maxGapS ?? DEFAULT_ENERGY_OPTIONS.maxGapS;
  // Telemetry may record where it ran: a direct-scope report without a location can still price every device.
  const { factors, unpriced } = factorsFor(options, warnings, true);
  const sources = options.sources ?? [];

  const files = options.inputs.length === 0 && sources.length > 0 ? [] : await expandInputs(options.inputs, options.cwd);
  if (files.length === 0 && sources.length === 0) {
    throw new InputError(`no telemetry files match ${options.inputs.map((i) => JSON.stringify(i)).join(', ')}`, {
      hint: 'check the paths or globs (quote globs so that the shell does not expand them)',
    });
  }

  const { plugins, pluginOptions } = await resolvePlugins(options);
  const accumulator = new EnergyAccumulator({
    maxGapS,
    boardPowerW: (model) => (model ? lookupGpu(model)?.boardPowerW : undefined),
    hourlyEnergy: options.intensityProvider !== undefined,
  });
  const log = collectingLogger(warnings, 'telemetry', options.log, files);
  const signal = options.signal ?? new AbortController().signal;
  const used = new Set<string>();
  // Whether any plugin or source read timestamps without a zone (it asked for the zone): only then does the default zone matter.
  let zoneLessTimes = false;
  const onTimeZoneRead = () => (zoneLessTimes = true);
  const progress = options.progress;
  progress?.start((await Promise.all(files.map((file) => stat(file).then((s) => s.size, () => 0)))).reduce((a, b) => a + b, 0));
  try {
    const reading = readTelemetry(files, {
      plugin: options.plugin && options.plugin !== 'auto' ? options.plugin : undefined,
      plugins,
      timeZone,
      ...(options.fileTimeZones ? { fileTimeZones: options.fileTimeZones } : {}),
      pluginOptions,
      log,
      signal,
      onTimeZoneRead,
      ...(progress ? { onBytes: (bytes: number) => progress.advance(bytes) } : {}),
    });
    for await (const batch of reading) {
      used.add(batch.plugin);
      accumulator.addBatch(batch.records, { plugin: batch.plugin, file: batch.file });
    }
  } finally {
    progress?.done();
  }
  const failed: { source: RecordSource; error: InputError }[] = [];
  for (const source of sources) {
    try {
      for await (const records of readSource(source, { timeZone, log, signal, onTimeZoneRead })) {
        used.add(source.name);
        accumulator.addBatch(records, { plugin: source.name, file: source.location });
      }
    } catch (error) {
      // A source that fails (a server down, a refused query) costs its own devices, not the report of the others.
      if (!isInputError(error)) throw error;
      failed.push({ source, error });
    }
  }
  const energy = accumulator.finish();
  if (options.timeZone === undefined && zoneLessTimes) warnings.unshift(timeZoneDefaultWarning(energy.warnings.some((w) => w.code === 'time-backwards')));
  if (failed.length > 0 && energy.devices.length === 0) throw failed[0]!.error;
  warnings.push(...failed.map(sourceFailedWarning));
  if (energy.devices.length === 0) throw nothingUsable([...files, ...sources.map((s) => s.location)], energy.warnings);
  warnings.push(...energy.warnings);
  if (options.intensityProvider && unpriced) {
    warnings.push({ code: 'intensity-provider-fallback', message: 'Hourly grid intensity not used (no location given): each run is priced at the annual figure of the site its source recorded.' });
  }
  const hourly = options.intensityProvider && !unpriced
    ? await hourlyPricerFor(energy.devices, factors.intensity, { token: options.intensityToken, ...(options.intensityApiUrl ? { apiUrl: options.intensityApiUrl } : {}) }, warnings)
    : undefined;

  return assembleReport(
    {
      devices: energy.devices,
      factors,
      warnings,
      inputs: {
        mode: 'telemetry',
        files,
        plugin: [...used].join(',') || (options.plugin ?? 'auto'),
        timeZone,
        timeZoneSource: options.timeZone ? 'user' : 'default',
        maxGapS,
      },
      powerSeries: normalizePowerSeries(energy.powerSeries),
      ...(hourly ? { hourly } : {}),
      ...(unpriced ? { unpriced } : {}),
    },
    options,
  );
}

function sourceFailedWarning({ source, error }: { source: RecordSource; error: InputError }): DataWarning {
  return {
    code: 'source-failed',
    file: source.location,
    message:
      `${source.name} (${source.location}) failed: ${withoutFix(error)}${error.hint ? ` (fix: ${error.hint})` : ''}. ` +
      `The report covers the other telemetry; devices from ${source.name} are missing or partial.`,
  };
}

/** No device has energy: say why, with the drops when readings were read and all dropped. */
function nothingUsable(inputs: string[], energyWarnings: DataWarning[]): InputError {
  const drops = energyWarnings.filter((w) => w.code !== 'no-valid-data');
  if (drops.length === 0) {
    return new InputError(`no power or energy readings found in ${inputs.join(', ')}`, {
      hint: 'check that the files hold telemetry rows, not only a header, and that --plugin names their format',
    });
  }
  const shown = drops.slice(0, 3).map((w) => `  - ${w.message}`);
  if (drops.length > 3) shown.push(`  - and ${drops.length - 3} more`);
  return new InputError(`no power or energy readings found in ${inputs.join(', ')}: every reading was dropped\n${shown.join('\n')}`, {
    hint: 'readings above the plausible ceiling usually mean a unit mix-up (mW or kW in a W column) or several devices summed in one; fix the log, or name the device model so that its ceiling is known',
  });
}

interface SourceReadOptions {
  timeZone: string;
  log: Logger;
  signal: AbortSignal;
  onTimeZoneRead: () => void;
}

/** A record source's batches, read with the context that plugins get (less options). */
function readSource(source: RecordSource, options: SourceReadOptions): AsyncIterable<PluginRecord[]> {
  const localTimeZone = () => {
    options.onTimeZoneRead();
    return options.timeZone;
  };
  return source.read({ log: options.log, signal: options.signal, localTimeZone });
}

/** The default zone matters little, unless times went back: a DST fall-back hour read as UTC repeats, and its energy is lost. */
function timeZoneDefaultWarning(timesWentBack: boolean): DataWarning {
  const read = 'No time zone given: timestamps that carry none (nvidia-smi prints local time) were read as UTC. ';
  if (!timesWentBack) {
    return {
      code: 'time-zone-default',
      message: `${read}That sets the report's window; energy totals change only if the log spans a change of the clocks (read as UTC, the hour skipped in spring is a gap). Name the zone with --timezone.`,
    };
  }
  return {
    code: 'time-zone-default',
    message:
      `${read}Some of them went back in time, as local times do when clocks fall back an hour: read as UTC, that hour repeats, ` +
      'its samples are dropped and the totals are low (coverage shows how much). Name the zone the log was written in with --timezone ' +
      '(e.g. --timezone America/New_York) so that the repeated hour is read as the second pass.',
  };
}

function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone === undefined) return DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new InputError(`unknown time zone "${timeZone}"`, {
      hint: 'give an IANA zone name such as Europe/Paris, America/Los_Angeles or UTC',
    });
  }
  return timeZone;
}
