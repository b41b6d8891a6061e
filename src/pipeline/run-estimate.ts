import { EnergyAccumulator } from '../energy/index.js';
import { BOARD_POWER_FACTOR, NODE_MAX_POWER_W } from '../energy/options.js';
import type { DataWarning } from '../energy/types.js';
import { lookupGpu, suggestGpus } from '../footprint/index.js';
import type { EstimateInputs, Report } from '../report/types.js';
import { InputError } from '../shared/errors.js';
import { HOUR_MS } from '../shared/units.js';
import type { DeviceRef, UsageRecord } from '../sdk/records.js';
import { assembleReport, factorsFor } from './assemble.js';
import type { EstimateOptions } from './options.js';
import { checkPositive } from './validate-options.js';

/**
 * The one power ceiling of an estimate (W per device): the energy stage's ceiling for a whole node (a DGX
 * B200 is rated 14.3 kW), so that a whole node's power can be stated. Above it --power-w is refused (exit 2);
 * at or below it the stated power is always counted, with a warning when it is above what the named
 * accelerator can draw. The energy stage gets the same ceiling, so it never drops the stated power.
 */
export const MAX_ESTIMATE_POWER_W = NODE_MAX_POWER_W;

/**
 * The largest estimate: 100,000 h per device (about 11 years, so that the window's start is a date
 * the report schema accepts), 1,000,000 devices (beyond any cluster), and so at most their product
 * in device-hours. `carbon-ci estimate --help` states them.
 */
export const ESTIMATE_LIMITS = { hours: 100_000, count: 1_000_000, gpuHours: 100_000 * 1_000_000 } as const;

/**
 * A Report from a job description instead of telemetry: one `usage` record for all the devices (a
 * device with `count` N, so that a large count costs nothing), which the energy stage turns into
 * energy = N × power × utilisation × hours, with the method `estimate`.
 */
export async function runEstimate(options: EstimateOptions): Promise<Report> {
  const warnings: DataWarning[] = [];
  const config = resolveEstimate(options, warnings);
  const { factors } = factorsFor(options, warnings);
  const endMs = options.endMs ?? (options.now?.() ?? new Date()).getTime();
  const startMs = endMs - config.hoursPerDevice * HOUR_MS;
  const vendor = config.model ? lookupGpu(config.model)?.vendor : undefined;
  const { count } = config;
  const device: DeviceRef =
    count === 1 ? { id: 'estimate:0', model: config.model ?? config.gpu, index: 0, component: 'gpu' } : { id: `estimate:0-${count - 1}`, model: config.model ?? config.gpu, component: 'gpu', count };
  if (vendor) device.vendor = vendor;
  // A device with a count draws the power of all of them (as CodeCarbon's gpu_power does).
  const record: UsageRecord = { type: 'usage', startMs, endMs, device, powerW: config.powerW * count, utilization: config.utilization };
  // The energy stage turns usage into energy (power × utilisation × time), as for any other source;
  // its ceiling is the power this command accepts, so that a stated --power-w is never dropped as implausible.
  const accumulator = new EnergyAccumulator({ powerSeries: false, maxPlausiblePowerW: MAX_ESTIMATE_POWER_W * count });
  accumulator.addBatch([record], { plugin: 'estimate' });
  const energy = accumulator.finish();
  warnings.push(...energy.warnings);
  const devices = energy.devices;
  const report = assembleReport(
    {
      devices,
      factors,
      warnings,
      inputs: { mode: 'estimate', files: [], plugin: 'estimate', timeZone: 'UTC', timeZoneSource: 'default', maxGapS: 'auto', estimate: config },
    },
    options,
  );
  // Hours, not a clock window: without a stated end the report claims no window (devices' start and end are nominal).
  if (options.endMs === undefined) report.window = null;
  return report;
}

function resolveEstimate(options: EstimateOptions, warnings: DataWarning[]): EstimateInputs {
  const gpu = options.gpu?.trim() ?? '';
  if (gpu === '') throw new InputError('no accelerator named', { hint: 'name it with --gpu, e.g. --gpu "A100 SXM4 80GB"' });

  const count = options.count ?? 1;
  if (!(Number.isInteger(count) && count >= 1 && count <= ESTIMATE_LIMITS.count)) {
    throw new InputError(`the device count must be a whole number from 1 to ${ESTIMATE_LIMITS.count}, not ${count}`, { hint: 'e.g. --count 8' });
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
  checkAtMost('--hours', options.hours, ESTIMATE_LIMITS.hours, 'hours each device ran');
  checkAtMost('--gpu-hours', options.gpuHours, ESTIMATE_LIMITS.gpuHours, 'device-hours in total');
  const hoursPerDevice = options.hours ?? options.gpuHours! / count;
  if (hoursPerDevice > ESTIMATE_LIMITS.hours) {
    throw new InputError(`--gpu-hours ${options.gpuHours} over ${count} device${count === 1 ? '' : 's'} is ${hoursPerDevice} h per device, more than the ${ESTIMATE_LIMITS.hours} h an estimate covers`, {
      hint: 'give the number of devices with --count (--gpu-hours is the total over all of them)',
    });
  }
  if (!(hoursPerDevice > 0)) throw new InputError(`--gpu-hours ${options.gpuHours} over ${count} devices is too small to estimate`, { hint: 'give the device-hours in total, e.g. --gpu-hours 800' });

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
    if (!(Number.isFinite(options.powerW) && options.powerW > 0 && options.powerW <= MAX_ESTIMATE_POWER_W)) {
      throw new InputError(`power ${options.powerW} W per device is not plausible`, {
        hint: `give the power of one device in watts, above 0 and at most ${MAX_ESTIMATE_POWER_W} (e.g. --power-w 300)`,
      });
    }
    powerW = options.powerW;
    powerSource = 'user';
    if (spec && powerW > BOARD_POWER_FACTOR * spec.boardPowerW) {
      warnings.push({
        code: 'implausible-stated-power',
        message:
          `The stated power ${powerW} W per device is more than ${BOARD_POWER_FACTOR} × the ${spec.boardPowerW} W board power of the ${spec.model}: ` +
          'is it the power of a whole node, or of all the devices together? The estimate counts it as given, per device; ' +
          'give the power of one device, or --count 1 for a whole node.',
      });
    }
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

function checkAtMost(name: string, value: number | undefined, max: number, what: string): void {
  if (value !== undefined && value > max) throw new InputError(`${name} ${value} is more than an estimate covers: at most ${max} ${what}`, { hint: `check the units of ${name}` });
}
