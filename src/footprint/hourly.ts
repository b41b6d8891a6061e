// Each hour's energy priced at that hour's grid intensity, where the provider has it; the annual figure
// for the hours it lacks and for devices whose energy has no hourly series.
import type { DataWarning, DeviceEnergy } from '../energy/types.js';
import { J_PER_KWH } from './compute.js';
import { fetchHourlyIntensity, type HourlyProviderOptions } from './hourly-provider.js';
import type { IntensityFactor, IntensityScope } from './types.js';
export type { HourlyUse } from './types.js';

const HOUR_MS = 3_600_000;

export const INTENSITY_PROVIDERS = ['electricitymaps'] as const;
export type IntensityProvider = (typeof INTENSITY_PROVIDERS)[number];

/** Hourly intensity for the job's hours, ready to price devices; undefined (with a warning) when it cannot be had. */
export interface HourlyPricer {
  byHourMs: Map<number, number>;
  annual: IntensityFactor;
  zone: string;
}

/** Fetch the hours the devices' energy spans in the annual factor's zone and scope; warnings say why not, and the annual figure stays. */
export async function hourlyPricerFor(devices: DeviceEnergy[], annual: IntensityFactor, options: HourlyProviderOptions, warnings: DataWarning[]): Promise<HourlyPricer | undefined> {
  const fallback = (why: string) => {
    warnings.push({ code: 'intensity-provider-fallback', message: `Hourly grid intensity not used (${why}): the annual figure, ${annual.gPerKWh} g CO2e/kWh, prices the whole job.` });
    return undefined;
  };
  if (annual.scope === 'user-stated' || annual.scope === undefined) return fallback('the intensity was stated, so there is no zone to ask about');
  if (annual.zone === undefined) return fallback(`${annual.location} has no Electricity Maps zone in the embedded data`);
  const hours = devices.flatMap((d) => (d.hourly ? [d.hourly.startMs, d.hourly.startMs + (d.hourly.energyJ.length - 1) * HOUR_MS] : []));
  if (hours.length === 0) return fallback('no device has an energy series by the hour');
  const scope: IntensityScope = annual.scope;
  const fetched = await fetchHourlyIntensity(annual.zone, scope, Math.min(...hours), Math.max(...hours), options);
  if (fetched.failure !== undefined && fetched.byHourMs.size === 0) return fallback(fetched.failure);
  if (fetched.failure !== undefined) warnings.push({ code: 'intensity-provider-partial', message: `Some hours have no hourly grid intensity (${fetched.failure}): they are priced at the annual figure, ${annual.gPerKWh} g CO2e/kWh.` });
  return { byHourMs: fetched.byHourMs, annual, zone: annual.zone };
}

/** A device's operational CO2e (g), hour by hour at `pue`; undefined for a device without an hourly series. */
export function hourlyOperationalG(device: DeviceEnergy, pue: number, pricer: HourlyPricer, tally: { hours: Set<number>; fromProvider: Set<number> }): number | undefined {
  const hourly = device.hourly;
  if (!hourly) return undefined;
  let grams = 0;
  hourly.energyJ.forEach((energyJ, i) => {
    if (energyJ === 0) return;
    const hour = hourly.startMs + i * HOUR_MS;
    const gPerKWh = pricer.byHourMs.get(hour);
    tally.hours.add(hour);
    if (gPerKWh !== undefined) tally.fromProvider.add(hour);
    grams += ((energyJ * pue) / J_PER_KWH) * (gPerKWh ?? pricer.annual.gPerKWh);
  });
  return grams;
}
