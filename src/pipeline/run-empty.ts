import type { DataWarning } from '../energy/types.js';
import type { Report } from '../report/types.js';
import { assembleReport, factorsFor } from './assemble.js';
import type { CommonOptions } from './options.js';

/** `inputs.plugin` of a report made without telemetry. */
export const NO_TELEMETRY_PLUGIN = 'none';

/**
 * A Report with no telemetry: zero devices and zero energy, window null, coverage 0 (nothing was
 * measured), with the factors resolved for the location. The Action uses it when only a model is
 * smoke-tested; the smoke result is added to it afterwards.
 */
export function emptyReport(options: CommonOptions & { reason?: string }): Report {
  const warnings: DataWarning[] = [];
  const { factors } = factorsFor(options, warnings);
  warnings.unshift({
    code: 'no-telemetry',
    message: `No telemetry given: ${options.reason ?? 'no power logs were named'}, so the report holds no training energy or CO2e (0 devices, coverage 0).`,
  });
  return assembleReport(
    {
      devices: [],
      factors,
      warnings,
      inputs: { mode: 'telemetry', files: [], plugin: NO_TELEMETRY_PLUGIN, timeZone: 'UTC', timeZoneSource: 'default', maxGapS: 'auto' },
    },
    options,
  );
}
