// The reduction lever the report can quantify: the same job's energy priced where the grid is cleaner.
import { cloudRegions, gridZones } from '../data/index.js';
import { isInputError } from '../shared/errors.js';
import { J_PER_KWH } from '../shared/units.js';
import { locate, priceLocation } from './locations.js';
import type { IntensityFactor, IntensityScope, Totals } from './types.js';

/** How many cleaner places a report names. */
const MAX_ALTERNATIVES = 3;

/**
 * The same energy, at the same PUE and embodied share, priced at another location's annual grid intensity;
 * or, with `startHour`, at the report location's own hourly figures for another start.
 */
export interface Alternative {
  /** A cloud region of the same provider, or a grid zone of the same country that hosts a cloud region (`zone:US-NW-BPAT`). */
  location: string;
  /** For a grid zone: the cloud regions in the embedded data whose data centres are on it, in name order. */
  cloudRegions?: string[];
  /** The annual grid intensity used (g CO2e/kWh), in the report's scope. */
  gPerKWh: number;
  /** Operational CO2e at that intensity plus the report's embodied CO2e (g). */
  co2eG: number;
  /**
   * How much less, in percent (positive: a saving), like with like: a start hour against the report's CO2e; another
   * place against the report's CO2e, or, when hourly figures priced the report, against the same job at the report
   * location's annual figure (another place has only an annual figure: the job's hours would otherwise count as a saving).
   */
  savingPercent: number;
  /** For the same place at another time: the start hour (ISO 8601 UTC) within the job's day, from hourly figures. */
  startHour?: string;
  /**
   * Where `gPerKWh` comes from, the year it is for and what it counts, as for the report's own factor. Optional only
   * because reports written before dataset 2026.12.4 (read back as baselines) lack them.
   */
  source?: string;
  year?: number;
  scope?: IntensityScope;
}

/** The source, year and scope of a figure, as an alternative or an hourly fallback carries them. */
interface FigureSource {
  source: string;
  year?: number;
  scope?: IntensityScope;
}

/** `factor`'s source, year and scope; a user-stated scope is none of carbon-ci's, so it is left out. */
export function figureSourceOf(factor: IntensityFactor): FigureSource {
  const out: FigureSource = { source: factor.source };
  if (factor.year !== undefined) out.year = factor.year;
  if (factor.scope !== undefined && factor.scope !== 'user-stated') out.scope = factor.scope;
  return out;
}

/**
 * The three cleanest places to run the same job: for a cloud region, the same provider's regions; for a
 * country, state or zone, the other grid zones of the same country (Electricity Maps splits SE, NO, DK, IT,
 * JP, AU, IN, US, CA, ...) that host a cloud region. Only places with a lower figure than the report's are
 * named; none when the user stated the intensity, since carbon-ci cannot price another place in the user's scope.
 */
export function cleanerAlternatives(intensity: IntensityFactor, totals: Totals): Alternative[] {
  if (intensity.scope === 'user-stated' || intensity.scope === undefined || totals.co2eG <= 0) return [];
  const scope: IntensityScope = intensity.scope;
  const here = annualHere(intensity, totals);
  const candidates = candidatesFor(intensity.location, intensity.zone);
  const priced = candidates.flatMap((candidate) => {
    const factor = intensityOf(candidate.location, scope);
    return factor !== undefined && factor.gPerKWh < here.gPerKWh ? [{ ...candidate, factor }] : [];
  });
  priced.sort((a, b) => a.factor.gPerKWh - b.factor.gPerKWh || a.location.localeCompare(b.location));
  return priced.slice(0, MAX_ALTERNATIVES).map(({ location, cloudRegions, factor }) => {
    const co2eG = co2eAtG(totals, factor.gPerKWh);
    const alternative: Alternative = { location, gPerKWh: factor.gPerKWh, co2eG, savingPercent: ((here.co2eG - co2eG) / here.co2eG) * 100, ...figureSourceOf(factor) };
    if (cloudRegions) alternative.cloudRegions = cloudRegions;
    return alternative;
  });
}

/**
 * What other places are compared with: the report's intensity and CO2e, or, when hourly figures priced the
 * report, its location's annual figure and the same job priced at it, since the other places have annual figures only.
 */
export function annualHere(intensity: IntensityFactor, totals: Totals): { gPerKWh: number; co2eG: number } {
  if (!intensity.hourly) return { gPerKWh: intensity.gPerKWh, co2eG: totals.co2eG };
  const gPerKWh = intensity.hourly.annualGPerKWh;
  return { gPerKWh, co2eG: co2eAtG(totals, gPerKWh) };
}

/** The same job at `gPerKWh`: its facility energy priced there, plus its embodied CO2e (g). */
function co2eAtG(totals: Totals, gPerKWh: number): number {
  return (totals.facilityEnergyJ / J_PER_KWH) * gPerKWh + totals.embodiedCo2eG;
}

/** The places to compare with: the provider's other regions, or the other zones of the location's country that host a cloud region. */
function candidatesFor(location: string, zone: string | undefined): { location: string; cloudRegions?: string[] }[] {
  const region = cloudRegions.regions[location];
  if (region) {
    // One region per zone: regions on one grid would repeat the same figure.
    const byZone = new Map<string, string>();
    for (const [key, row] of Object.entries(cloudRegions.regions).sort(([a], [b]) => a.localeCompare(b))) {
      if (row.provider === region.provider && key !== location && row.zone !== region.zone && !byZone.has(row.zone)) byZone.set(row.zone, key);
    }
    return [...byZone.values()].map((key) => ({ location: key }));
  }
  if (zone === undefined) return [];
  const country = zone.split('-')[0]!;
  const hosting = regionsByZone();
  // Only zones where some cloud region runs: a small utility's grid (US-AK-SEAPA) is no place a job can move to.
  return Object.keys(gridZones.zones)
    .filter((other) => other !== zone && (other === country || other.startsWith(`${country}-`)) && hosting.has(other))
    .map((other) => ({ location: `zone:${other}`, cloudRegions: hosting.get(other)! }));
}

let regionsOfZone: Map<string, string[]> | undefined;

/** Zone -> the cloud regions on it, in name order; built once, on first use. */
function regionsByZone(): Map<string, string[]> {
  if (regionsOfZone) return regionsOfZone;
  regionsOfZone = new Map();
  for (const [key, row] of Object.entries(cloudRegions.regions).sort(([a], [b]) => a.localeCompare(b))) {
    const list = regionsOfZone.get(row.zone);
    if (list) list.push(key);
    else regionsOfZone.set(row.zone, [key]);
  }
  return regionsOfZone;
}

function intensityOf(location: string, scope: IntensityScope): IntensityFactor | undefined {
  try {
    return priceLocation(locate(location), scope).intensity;
  } catch (error) {
    // A place with no figure in this scope (Ember's countries have no direct figure) is not a candidate.
    if (isInputError(error)) return undefined;
    throw error;
  }
}
