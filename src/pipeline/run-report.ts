import { stat } from 'node:fs/promises';
import { DEFAULT_ENERGY_OPTIONS } from '../energy/index.js';
import type { DataWarning } from '../energy/types.js';
import type { Report } from '../report/types.js';
import { InputError } from '../telemetry/errors.js';
import { expandInputs } from '../telemetry/index.js';
import { isValidTimeZone } from '../telemetry/time.js';
import { assembleReport, factorsFor } from './assemble.js';
import type { ReportOptions } from './options.js';
import { readPrometheusApi } from '../../plugins/prometheus/index.js';
import { readFilesInto } from './parallel/read-files.js';
import { energyAccumulator } from './parallel/read-unit.js';
import { resolvePlugins } from './plugins.js';
import { normalizePowerSeries } from './power-series.js';
import { checkPositive } from './validate-options.js';
import { collectingLogger } from './warnings.js';

export const DEFAULT_TIME_ZONE = 'UTC';

/** Telemetry files -> records -> per-device energy -> footprint -> a validated Report. */
export async function runReport(options: ReportOptions): Promise<Report> {
  const warnings: DataWarning[] = [];
  const timeZone = resolveTimeZone(options.timeZone);
  if (options.maxGapS !== 'auto') checkPositive('the maximum gap', options.maxGapS, 'give --max-gap in seconds, e.g. 30, or "auto"');
  const maxGapS = options.maxGapS ?? DEFAULT_ENERGY_OPTIONS.maxGapS;
  const factors = factorsFor(options, warnings);

  const files = options.inputs.length === 0 && options.prometheus ? [] : await expandInputs(options.inputs, options.cwd);
  if (files.length === 0 && !options.prometheus) {
    throw new InputError(`no telemetry files match ${options.inputs.map((i) => JSON.stringify(i)).join(', ')}`, {
      hint: 'check the paths or globs (quote globs so that the shell does not expand them)',
    });
  }

  const { plugins, pluginOptions } = await resolvePlugins(options);
  const accumulator = energyAccumulator(maxGapS);
  const log = collectingLogger(warnings, 'telemetry', options.log, files);
  const progress = options.progress;
  // Whether any plugin read timestamps without a zone (it asked for the time zone): only then does the default zone matter.
  let zoneLessTimes = options.prometheus !== undefined;
  progress?.start((await Promise.all(files.map((file) => stat(file).then((s) => s.size, () => 0)))).reduce((a, b) => a + b, 0));
  const pluginsUsed = await readFilesInto(accumulator, files, {
    plugin: options.plugin && options.plugin !== 'auto' ? options.plugin : undefined,
    plugins,
    timeZone,
    maxGapS,
    pluginOptions,
    log,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(progress ? { onBytes: (bytes: number) => progress.advance(bytes) } : {}),
    onTimeZoneRead: () => (zoneLessTimes = true),
  }).finally(() => progress?.done());
  if (options.timeZone === undefined && zoneLessTimes) warnings.unshift({ ...TIME_ZONE_DEFAULT_WARNING });
  if (options.prometheus) {
    const signal = options.signal ?? new AbortController().signal;
    for await (const batch of readPrometheusApi({ timeZone, ...options.prometheus }, { log, signal })) {
      pluginsUsed.add('prometheus');
      accumulator.addBatch(batch, { plugin: 'prometheus', file: options.prometheus.url });
    }
  }
  const energy = accumulator.finish();
  if (energy.devices.length === 0) {
    throw new InputError(`no power or energy readings found in ${[...files, ...(options.prometheus ? [options.prometheus.url] : [])].join(', ')}`, {
      hint: 'check that the files hold telemetry rows, not only a header, and that --plugin names their format',
    });
  }
  warnings.push(...energy.warnings);

  return assembleReport(
    {
      devices: energy.devices,
      factors,
      warnings,
      inputs: {
        mode: 'telemetry',
        files,
        plugin: [...pluginsUsed].join(',') || (options.plugin ?? 'auto'),
        timeZone,
        timeZoneSource: options.timeZone ? 'user' : 'default',
        maxGapS,
      },
      powerSeries: normalizePowerSeries(energy.powerSeries),
    },
    options,
  );
}

const TIME_ZONE_DEFAULT_WARNING: DataWarning = {
  code: 'time-zone-default',
  message:
    'No time zone given: timestamps that carry none (nvidia-smi prints local time) were read as UTC. ' +
    'Energy totals do not depend on it; the report window and time-matched grid intensity do. Name the zone with --timezone.',
};

function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone === undefined) return DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) {
    throw new InputError(`unknown time zone "${timeZone}"`, {
      hint: 'give an IANA zone name such as Europe/Paris, America/Los_Angeles or UTC',
    });
  }
  return timeZone;
}
