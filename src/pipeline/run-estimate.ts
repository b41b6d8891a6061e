import { EnergyAccumulator } from '../energy/index.js';
import type { DataWarning } from '../energy/types.js';
import { lookupGpu, suggestGpus } from '../footprint/index.js';
import type { EstimateInputs, Report } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import type { DeviceRef, UsageRecord } from '../sdk/records.js';
import { assembleReport, factorsFor } from './assemble.js';
import type { EstimateOptions } from './options.js';
import { checkPositive } from './validate-options.js';

const MS_PER_HOUR = 3_600_000;
/** Above this a per-device power is a typo (W); a whole 8-GPU node is well under 20 kW. */
const MAX_DEVICE_POWER_W = 20_000;

/**
 * A Report from a job description instead of telemetry: one `usage` record per device, which the
 * energy stage turns into energy = power × utilisation × hours, with the method `estimate`.
 */
export async function runEstimate(options: EstimateOptions): Promise<Report> {
  const warnings: DataWarning[] = [];
  const config = resolveEstimate(options, warnings);
  const factors = factorsFor(options, warnings);
  const endMs = options.endMs ?? (options.now?.() ?? new Date()).getTime();
  const startMs = endMs - config.hoursPerDevice * MS_PER_HOUR;
  const vendor = config.model ? lookupGpu(config.model)?.vendor : undefined;
  const records: UsageRecord[] = [];
  for (let index = 0; index < config.count; index++) {
    const device: DeviceRef = { id: `estimate:${index}`, model: config.model ?? config.gpu, index, component: 'gpu' };
    if (vendor) device.vendor = vendor;
    records.push({ type: 'usage', startMs, endMs, device, powerW: config.powerW, utilization: config.utilization });
  }
  // The energy stage turns usage into energy (power × utilisation × time), as for any other source.
  const accumulator = new EnergyAccumulator({ powerSeries: false });
  accumulator.addBatch(records, { plugin: 'estimate' });
  const energy = accumulator.finish();
  warnings.push(...energy.warnings);
  const devices = energy.devices;
  return assembleReport(
    {
      devices,
      factors,
      warnings,
      inputs: { mode: 'estimate', files: [], plugin: 'estimate', timeZone: 'UTC', timeZoneSource: 'default', maxGapS: 'auto', estimate: config },
    },
    options,
  );
}

function resolveEstimate(options: EstimateOptions, warnings: DataWarning[]): EstimateInputs {
  const gpu = options.gpu?.trim() ?? '';
  if (gpu === '') throw new InputError('no accelerator named', { hint: 'name it with --gpu, e.g. --gpu "A100 SXM4 80GB"' });

  const count = options.count ?? 1;
  if (!(Number.isInteger(count) && count >= 1)) {
    throw new InputError(`the device count must be a whole number of at least 1, not ${count}`, { hint: 'e.g. --count 8' });
  }

  if (options.hours !== undefined && options.gpuHours !== undefined) {
    throw new InputError('both --hours and --gpu-hours given', {
      hint: 'give --hours (per device) or --gpu-hours (all devices together), not both',
    });
  }
  if (options.hours === undefined && options.gpuHours === undefined) {
    throw new InputError('no duration given', { hint: 'give --hours H (each device ran H hours) or --gpu-hours GH (device-hours in total)' });
  }
  checkPositive('--hours', options.hours, 'give the hours each device ran, e.g. --hours 100');
  checkPositive('--gpu-hours', options.gpuHours, 'give the device-hours in total, e.g. --gpu-hours 800');
  const hoursPerDevice = options.hours ?? options.gpuHours! / count;

  const utilization = options.utilization ?? 1;
  if (!(Number.isFinite(utilization) && utilization > 0 && utilization <= 1)) {
    const percent = utilization > 1 && utilization <= 100 ? ` (for ${utilization} % write ${utilization / 100})` : '';
    throw new InputError(`utilisation must be a fraction above 0 and at most 1, not ${utilization}`, { hint: `e.g. --utilization 0.8${percent}` });
  }
  if (options.utilization === undefined) {
    warnings.push({
      code: 'estimate-full-utilization',
      message: 'No utilisation given: the estimate assumes the devices drew their full power the whole time, an upper bound. Give --utilization to refine it.',
    });
  }

  const spec = lookupGpu(gpu);
  let powerW: number;
  let powerSource: EstimateInputs['powerSource'];
  if (options.powerW !== undefined) {
    if (!(Number.isFinite(options.powerW) && options.powerW > 0 && options.powerW <= MAX_DEVICE_POWER_W)) {
      throw new InputError(`power ${options.powerW} W per device is not plausible`, {
        hint: `give the power of one device in watts, above 0 and at most ${MAX_DEVICE_POWER_W} (e.g. --power-w 300)`,
      });
    }
    powerW = options.powerW;
    powerSource = 'user';
  } else if (spec) {
    powerW = spec.boardPowerW;
    powerSource = 'gpu-table';
  } else {
    const close = suggestGpus(gpu);
    throw new InputError(`unknown or ambiguous GPU "${gpu}"${close.length > 0 ? `; close matches: ${close.join(', ')}` : ''}`, {
      hint: 'name a GPU from the table (`carbon-ci estimate --help` lists them), or state its power with --power-w W',
    });
  }

  const config: EstimateInputs = { gpu, count, hoursPerDevice, utilization, powerW, powerSource };
  if (spec) config.model = spec.model;
  return config;
}
