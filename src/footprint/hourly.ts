// Each hour's energy priced at that hour's grid intensity, where the provider has it; the annual figure
// for the hours it lacks and for devices whose energy has no hourly series.
import type { DataWarning, DeviceEnergy } from '../energy/types.js';
import { HOUR_MS, J_PER_KWH } from '../shared/units.js';
import { figureSourceOf, type Alternative } from './alternatives.js';
import { fetchHourlyIntensity, type HourlyProviderOptions } from './hourly-provider.js';
import type { DeviceFootprint, HourlyUse, IntensityFactor, IntensityScope } from './types.js';

const DAY_MS = 24 * HOUR_MS;

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
  // Whole UTC days, so that the cleanest start hour of the job's day can be named too.
  const firstDayMs = Math.floor(Math.min(...hours) / DAY_MS) * DAY_MS;
  const lastHourMs = Math.floor(Math.max(...hours) / DAY_MS) * DAY_MS + DAY_MS - HOUR_MS;
  const fetched = await fetchHourlyIntensity(annual.zone, scope, firstDayMs, lastHourMs, options);
  if (fetched.cacheProblem) warnings.push({ code: 'intensity-cache-ignored', file: fetched.cacheProblem.file, message: fetched.cacheProblem.message });
  if (fetched.failure !== undefined && fetched.byHourMs.size === 0) return fallback(fetched.failure);
  if (fetched.failure !== undefined) warnings.push({ code: 'intensity-provider-partial', message: `Some hours have no hourly grid intensity (${fetched.failure}): they are priced at the annual figure, ${annual.gPerKWh} g CO2e/kWh.` });
  return { byHourMs: fetched.byHourMs, annual, zone: annual.zone };
}

/** The hours with energy that hourlyOperationalG priced, and those of them the provider had a figure for. */
export interface HourTally {
  hours: Set<number>;
  fromProvider: Set<number>;
  /** Facility energy (J) of those hours by UTC year: which year the hourly figure is mostly of. */
  facilityJByYear: Map<number, number>;
}

/** A device's operational CO2e (g), hour by hour at `pue`; undefined for a device without an hourly series. */
export function hourlyOperationalG(device: DeviceEnergy, pue: number, pricer: HourlyPricer, tally: HourTally): number | undefined {
  const hourly = device.hourly;
  if (!hourly) return undefined;
  let grams = 0;
  hourly.energyJ.forEach((energyJ, i) => {
    if (energyJ === 0) return;
    const hour = hourly.startMs + i * HOUR_MS;
    const gPerKWh = pricer.byHourMs.get(hour);
    tally.hours.add(hour);
    if (gPerKWh !== undefined) tally.fromProvider.add(hour);
    const year = new Date(hour).getUTCFullYear();
    tally.facilityJByYear.set(year, (tally.facilityJByYear.get(year) ?? 0) + energyJ * pue);
    grams += ((energyJ * pue) / J_PER_KWH) * (gPerKWh ?? pricer.annual.gPerKWh);
  });
  return grams;
}

/**
 * The report's intensity when hourly figures priced it: their mean weighted by the facility energy they
 * priced (so that facility energy × intensity is still the operational CO2e), with what was used.
 */
export function hourlyIntensityFactor(hourly: HourlyPricer, priced: DeviceFootprint[], tally: HourTally): IntensityFactor {
  const facilityKWh = priced.reduce((sum, d) => sum + d.facilityEnergyJ, 0) / J_PER_KWH;
  const grams = priced.reduce((sum, d) => sum + d.operationalCo2eG, 0);
  // The report's `year` is one integer (schemas/report.schema.json): a job across a new year gets the year
  // that holds most of its facility energy, as the weighted mean is mostly that year's figures (the earlier
  // on a tie), and the source names the span so that the other year is not hidden.
  const byYear = [...tally.facilityJByYear].sort(([a], [b]) => a - b);
  const mostEnergy = byYear.reduce<[number, number] | undefined>((best, entry) => (best === undefined || entry[1] > best[1] ? entry : best), undefined);
  const span = byYear.length > 1 ? `, hours of ${byYear[0]![0]}–${byYear[byYear.length - 1]![0]}` : '';
  const { datasetVersion: _annualDataset, url: _annualUrl, ...annual } = hourly.annual;
  return {
    ...annual,
    url: 'https://portal.electricitymaps.com/developer-hub/api/reference',
    gPerKWh: facilityKWh > 0 ? grams / facilityKWh : hourly.annual.gPerKWh,
    source: `Electricity Maps API, hourly carbon intensity (past-range) for zone ${hourly.zone}${span}`,
    year: mostEnergy?.[0] ?? hourly.annual.year ?? new Date().getUTCFullYear(),
    hourly: { provider: 'Electricity Maps API', zone: hourly.zone, hours: tally.hours.size, hoursFromProvider: tally.fromProvider.size, annualGPerKWh: hourly.annual.gPerKWh, ...annualSourceOf(hourly.annual) },
  };
}

/**
 * The start hour within the job's first UTC day at which the same hourly energy profile would have met the
 * cleanest hours, when every hour of that window has a figure, as an alternative at the report's location
 * compared with `actualCo2eG`; undefined when no other start is cleaner.
 */
export function cleanestStart(devices: DeviceEnergy[], pue: number, pricer: HourlyPricer, embodiedCo2eG: number, actualCo2eG: number): Alternative | undefined {
  const profile = new Map<number, number>();
  for (const { hourly } of devices) {
    if (!hourly) continue;
    hourly.energyJ.forEach((energyJ, i) => {
      const hour = hourly.startMs + i * HOUR_MS;
      profile.set(hour, (profile.get(hour) ?? 0) + energyJ);
    });
  }
  if (profile.size === 0 || actualCo2eG <= 0) return undefined;
  const firstMs = Math.min(...profile.keys());
  const dayMs = Math.floor(firstMs / DAY_MS) * DAY_MS;
  const kWhByOffset = [...profile].map(([hour, energyJ]) => [(hour - firstMs) / HOUR_MS, (energyJ * pue) / J_PER_KWH] as const);
  const totalKWh = kWhByOffset.reduce((sum, [, kWh]) => sum + kWh, 0);
  let best: { startMs: number; co2eG: number; gPerKWh: number } | undefined;
  for (let startMs = dayMs; startMs < dayMs + DAY_MS; startMs += HOUR_MS) {
    if (startMs === firstMs) continue;
    let grams = 0;
    let complete = true;
    for (const [offset, kWh] of kWhByOffset) {
      const gPerKWh = pricer.byHourMs.get(startMs + offset * HOUR_MS);
      if (gPerKWh === undefined) {
        complete = false;
        break;
      }
      grams += kWh * gPerKWh;
    }
    if (complete && (best === undefined || grams + embodiedCo2eG < best.co2eG)) best = { startMs, co2eG: grams + embodiedCo2eG, gPerKWh: totalKWh > 0 ? grams / totalKWh : 0 };
  }
  if (!best || !(best.co2eG < actualCo2eG)) return undefined;
  const savingPercent = ((actualCo2eG - best.co2eG) / actualCo2eG) * 100;
  return { location: pricer.annual.location, gPerKWh: best.gPerKWh, co2eG: best.co2eG, savingPercent, startHour: new Date(best.startMs).toISOString() };
}

/** The source, year and scope of the annual figure that priced the hours the provider lacked, as the report's `hourly` names them. */
function annualSourceOf(annual: IntensityFactor): Pick<HourlyUse, 'annualSource' | 'annualYear' | 'annualScope'> {
  const { source, year, scope } = figureSourceOf(annual);
  return { annualSource: source, ...(year !== undefined ? { annualYear: year } : {}), ...(scope !== undefined ? { annualScope: scope } : {}) };
}
